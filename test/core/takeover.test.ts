import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { LanguageSwitcher } from '../../src/elements/language-switcher/language-switcher.js';
import { defineElement } from '../../src/core/registry.js';
import { article, docUrl, hits, uniqueKey } from '../support/fixtures.js';
import { addServerRendered, removeServerRendered } from '../support/server-rendered.js';
import { until } from '../support/wait.js';

/**
 * A widget as `story-widgets/ssr` writes it: a declarative shadow root (here a stand-in with a
 * marker), then the document as the inline JSON child, and the `src` it came from.
 */
const serverRendered = (tag: string, document: unknown, src: string): HTMLElement =>
  addServerRendered(tag, { attributes: `src="${src}"`, shadow: '<p class="from-server">server</p>', document });

describe('taking over a server-rendered widget', () => {
  it('renders once into the shadow root it came with, from the inline document, without fetching src', async () => {
    const key = uniqueKey('takeover');
    const el = serverRendered('article-card', article({ title: 'From the inline document' }), docUrl(key));
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const root = el.shadowRoot!;
    expect(root.querySelector('.from-server')).to.equal(null);
    expect(root.querySelectorAll('[part=card]')).to.have.length(1);
    expect(root.querySelector('[part=link]')!.textContent).to.equal('From the inline document');
    expect(el.getAttribute('state')).to.equal('ready');
    expect(await hits(key)).to.deep.equal([]);
    el.parentElement!.remove();
  });

  it('adds no placeholder while taking over: the first render is already the ready one', async () => {
    const added: Element[] = [];
    const host = document.createElement('div');
    host.setHTMLUnsafe(`<related-stories><template shadowrootmode="open"><p>server</p></template><script type="application/json">${JSON.stringify(article())}</script></related-stories>`);
    const el = host.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
    new MutationObserver((records) => records.forEach((record) => added.push(...[...record.addedNodes].filter((node) => node instanceof Element)))).observe(el.shadowRoot!, {
      childList: true,
      subtree: true,
    });
    document.body.append(host);
    await el.updateComplete;
    expect(added.filter((node) => node.matches('.placeholder, .bar') || node.querySelector('.placeholder, .bar'))).to.deep.equal([]);
    expect(el.shadowRoot!.querySelectorAll('a[part=link]')).to.have.length(4);
    host.remove();
  });

  afterEach(() => {
    removeServerRendered();
    document.querySelectorAll('body > .takeover-test').forEach((node) => node.remove());
    window.scrollTo(0, 0);
  });

  /**
   * A links switcher of a new tag as the server writes it (English, with links to French and
   * German), on the page before its script; `upgrade()` defines the tag, and the takeover follows
   * in a later task.
   */
  function linksSwitcher(tag: string): { el: HTMLElement & { hasUpdated: boolean }; upgrade: () => void } {
    const link = (language: string, name: string) => `<a part="link" href="https://news.example/${language}/story/" hreflang="${language}" lang="${language}" rel="alternate" dir="auto">${name}</a>`;
    const translations = ['fr', 'de'].map((language) => ({ language, url: `https://news.example/${language}/story/` }));
    const el = addServerRendered<HTMLElement & { hasUpdated: boolean }>(tag, {
      attributes: 'lang="en"',
      shadow: `<p class="line ready"><span part="label">This post is also available in:</span> <span part="list">${link('fr', 'Français')} and ${link('de', 'Deutsch')}</span></p>`,
      document: article({ language: 'en', translations }),
    });
    return { el, upgrade: () => defineElement(tag, class extends LanguageSwitcher {}) };
  }

  it('gives the focus back to the same control when the reader had focused one of the server’s', async () => {
    const { el, upgrade } = linksSwitcher('focused-takeover-switcher');
    const serverLink = el.shadowRoot!.querySelectorAll('a')[1]!;
    serverLink.focus();
    upgrade();
    await until(() => el.hasUpdated, 5000, 'the takeover');
    const focused = el.shadowRoot!.activeElement;
    expect(focused, 'a new link').not.to.equal(serverLink);
    expect(focused?.isConnected).to.equal(true);
    expect(focused?.textContent).to.equal('Deutsch');
    expect(document.activeElement, 'the focus in the switcher').to.equal(el);
  });

  it('takes no focus when none of the server’s controls had it', async () => {
    const outside = document.createElement('button');
    outside.className = 'takeover-test';
    document.body.append(outside);
    outside.focus();
    const { el, upgrade } = linksSwitcher('unfocused-takeover-switcher');
    upgrade();
    await until(() => el.hasUpdated, 5000, 'the takeover');
    expect(el.shadowRoot!.querySelectorAll('a[part=link]')).to.have.length(2);
    expect(el.shadowRoot!.activeElement, 'nothing focused in the switcher').to.equal(null);
    expect(document.activeElement, 'the focus where it was').to.equal(outside);
  });

  it('gives the focus back without scrolling to it: the reader may have scrolled away', async () => {
    const { el, upgrade } = linksSwitcher('scrolled-takeover-switcher');
    const below = document.createElement('div');
    below.className = 'takeover-test';
    below.style.blockSize = '300vh';
    document.body.append(below);
    el.shadowRoot!.querySelector('a')!.focus();
    window.scrollTo(0, document.documentElement.scrollHeight);
    expect(el.getBoundingClientRect().bottom, 'the switcher above the screen').to.be.below(0);
    upgrade();
    await until(() => el.hasUpdated, 5000, 'the takeover');
    expect(el.shadowRoot!.activeElement?.textContent).to.equal('Français');
    expect(el.getBoundingClientRect().bottom, 'still above the screen').to.be.below(0);
  });
});
