// custom-elements.json tells the truth about the public API: Storybook's controls and Docs
// tables, editors and the React wrappers are made from it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';

const manifest = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../custom-elements.json'), 'utf8'));
const elements = manifest.modules.flatMap((mod) => mod.declarations ?? []).filter((decl) => decl.customElement);
const classes = manifest.modules.flatMap((mod) => mod.declarations ?? []).filter((decl) => decl.kind === 'class');

describe('custom-elements.json', () => {
  it('lists every element with a tag, a description (its Docs overview) and a one-line summary', () => {
    assert.ok(elements.length >= 5);
    for (const element of elements) {
      assert.match(element.tagName ?? '', /^[a-z]+-[a-z-]+$/);
      assert.ok(element.description?.length > 40, `${element.tagName} has no description`);
      assert.ok(element.summary && !element.summary.includes('\n'), `${element.tagName}'s summary is not one line`);
    }
  });

  it('leaves out private, protected, static and internal members', () => {
    const internal = ['contextDocument', 'article', 'failure', 'i18n', 'locale', 'applySnapshot', 'refreshFailed', 'lazyTarget', 'parseDocument'];
    for (const decl of classes) {
      for (const member of decl.members ?? []) {
        const where = `${decl.name}.${member.name}`;
        assert.ok(!['private', 'protected'].includes(member.privacy), `${where} is ${member.privacy}`);
        assert.ok(!member.static, `${where} is static`);
        assert.doesNotMatch(member.name, /^[[#]/, `${where} is not a public name`);
        assert.ok(!internal.includes(member.name), `${where} is internal`);
      }
    }
  });

  it('types the events that carry a detail as CustomEvent (like-change, video-play, error)', () => {
    for (const [tag, name] of [['like-button', 'like-change'], ['video-embed', 'video-play'], ['like-button', 'error']]) {
      const events = elements.find((element) => element.tagName === tag)?.events ?? [];
      assert.ok(events.some((event) => event.name === name && event.type?.text === 'CustomEvent'), `${tag}'s ${name}: ${JSON.stringify(events.filter((event) => event.name === name))}`);
    }
  });

  it('marks state as read-only and types every --sw-* colour for a colour picker', () => {
    for (const element of elements) {
      assert.equal(element.members.find((member) => member.name === 'state')?.readonly, true, `${element.tagName}'s state`);
      // CONTRACT §9: every widget that draws (all but <article-context>) documents at least the
      // four shared properties, so the loop below has colours to check, never an empty list.
      const names = (element.cssProperties ?? []).map((prop) => prop.name);
      if (element.tagName !== 'article-context') {
        for (const name of ['--sw-accent', '--sw-muted', '--sw-radius', '--sw-gap']) assert.ok(names.includes(name), `${element.tagName} documents ${name}: ${names}`);
      }
      for (const prop of element.cssProperties ?? []) {
        assert.match(prop.name, /^--sw-/);
        if (/accent|muted|danger|background|color|placeholder|hover|focus-ring/.test(prop.name)) assert.equal(prop.type?.text, '<color>', prop.name);
      }
    }
  });

  it('documents the empty attribute that <language-switcher> and <related-stories> set, for site CSS, and offers no control for it', () => {
    for (const tag of ['language-switcher', 'related-stories']) {
      const element = elements.find((element) => element.tagName === tag);
      const attribute = element.attributes?.find((a) => a.name === 'empty');
      assert.equal(attribute?.type?.text, 'boolean', `${tag}: ${JSON.stringify(attribute)}`);
      assert.match(attribute.description ?? '', /set by the element/i, tag);
      // An attribute without a field: Storybook makes controls from fields, and this one is the element's to set.
      assert.equal(attribute.fieldName, undefined, tag);
      assert.ok(!element.members.some((member) => member.name === 'empty'), `${tag} has no empty member`);
    }
  });

  // It said "over https, or http from the page's own origin", while a file plays over either from any.
  it('says which video files <video-embed> plays as the contract does: over http or https, from any origin (§12)', () => {
    const description = elements.find((element) => element.tagName === 'video-embed').description;
    assert.match(description, /over http or https,\s+from any origin/);
  });

  it('offers heading-level as the six heading levels', () => {
    for (const tag of ['article-card', 'related-stories']) {
      const attribute = elements.find((element) => element.tagName === tag).attributes.find((a) => a.name === 'heading-level');
      assert.equal(attribute?.type?.text, '1 | 2 | 3 | 4 | 5 | 6');
    }
  });
});
