// The room a switcher and a video title keep, by the element's width, is written in their
// styles and again where a page keeps it before the script has run: the demo's site.css and
// README's snippets. A step added to one (a phone with large text) must reach the others.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const read = (/** @type {string} */ path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
/** The width steps of a room: `clamp(0px, (32em - 100%) * 999, 1lh)` → `32em`, in order. @param {string} text */
const steps = (text) => [...text.matchAll(/clamp\(0px,\s*\((\d+em) - 100%\) \* 999,\s*1lh\)/g)].map(([, width]) => width);
/** The declaration of `text` that starts with `start`, to its `;` or its rule's `}`. @param {string} text @param {string} start */
const rule = (text, start) => {
  const at = text.indexOf(start);
  assert.ok(at >= 0, `"${start}" is there`);
  return text.slice(at + start.length).match(/^[^;}]*/)?.[0] ?? '';
};

describe('the rooms kept before the script, as the elements keep them', () => {
  const readme = read('README.md').replace(/\s*\n\s*/g, ' ');
  const site = read('demo/site.css');

  it('the switcher’s: site.css and README as language-switcher.styles.ts', () => {
    const own = steps(rule(read('src/elements/language-switcher/language-switcher.styles.ts'), 'padding-block-start: calc('));
    assert.deepEqual(own, ['32em', '16em', '10em']);
    assert.deepEqual(steps(rule(site, 'language-switcher:not([state]) { padding-block-start')), own, 'demo/site.css');
    assert.deepEqual(steps(rule(readme, 'language-switcher:not([state]) { display: block; padding-block-start')), own, 'README');
  });

  it('the video title’s: site.css and README as video-embed.styles.ts', () => {
    const own = steps(rule(read('src/elements/video-embed/video-embed.styles.ts'), 'padding-block-start: calc(1lh'));
    assert.deepEqual(own, ['40em', '20em', '10em']);
    assert.deepEqual(steps(rule(site, 'padding-block-end: calc(var(--sw-gap')), own, 'demo/site.css');
    assert.deepEqual(steps(rule(readme, 'padding-block-end: calc(var(--sw-gap')), own, 'README');
  });
});
