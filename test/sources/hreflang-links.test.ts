import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/article-context/define.js';
import '../../src/elements/language-switcher/define.js';
import type { LanguageSwitcher } from '../../src/elements/language-switcher/language-switcher.js';
import { until } from '../support/wait.js';

/** Puts these `<link>`s in the page's head for one test; returns the undo. */
function headLinks(links: [hreflang: string, href: string][]): () => void {
  const nodes = links.map(([hreflang, href]) => Object.assign(document.createElement('link'), { rel: 'alternate', hreflang, href }));
  document.head.append(...nodes);
  return () => nodes.forEach((node) => node.remove());
}

const linkTexts = (el: LanguageSwitcher): string[] => [...el.shadowRoot!.querySelectorAll('a[part=link]')].map((a) => a.textContent!);

describe('<language-switcher> with no source and no context: the page’s hreflang links', () => {
  let undo: () => void;
  afterEach(() => undo?.());

  it('links the translations the page names, leaving out x-default and the page itself', async () => {
    undo = headLinks([
      ['en', location.href],
      ['fr', 'https://news.example/fr/article/'],
      ['x-default', 'https://news.example/article/'],
      ['de', 'https://news.example/de/article/'],
      ['es', 'javascript:alert(1)'],
    ]);
    const el = await fixture<LanguageSwitcher>(html`<language-switcher lang="en"></language-switcher>`);
    await until(() => el.state === 'ready');
    await el.updateComplete;
    expect(linkTexts(el)).to.deep.equal(['Français', 'Deutsch']);
    const french = el.shadowRoot!.querySelector('a')!;
    expect([french.href, french.hreflang]).to.deep.equal(['https://news.example/fr/article/', 'fr']);
    await expect(el).to.be.accessible();
  });

  it('leaves the page itself out when the reader arrived with campaign parameters, or its escapes in another case', async () => {
    const before = location.href;
    const folder = location.pathname.replace(/\/[^/]*$/, '');
    undo = headLinks([
      // The page's own link, as WordPress writes its slugs' escapes (in lower case), under a tag
      // that is not the switcher's language (whose link the switcher leaves out anyway).
      ['de', new URL(`${folder}/%c3%a9t%c3%a9/`, location.href).href],
      ['fr', 'https://news.example/fr/article/'],
    ]);
    try {
      // As a Facebook share or a newsletter brings the reader, to the page as an address bar writes it.
      history.replaceState(history.state, '', `${folder}/%C3%A9t%C3%A9/?utm_source=newsletter&fbclid=IwAR123`);
      const el = await fixture<LanguageSwitcher>(html`<language-switcher lang="en"></language-switcher>`);
      await until(() => el.state === 'ready');
      await el.updateComplete;
      expect(linkTexts(el)).to.deep.equal(['Français']);
    } finally {
      history.replaceState(history.state, '', before);
    }
  });

  it('is ready and empty on a page without such links (an untranslated post): no "Loading…" line', async () => {
    const el = await fixture<LanguageSwitcher>(html`<language-switcher></language-switcher>`);
    await until(() => el.state === 'ready');
    await el.updateComplete;
    expect(el.hasAttribute('empty')).to.equal(true);
    expect(el.getBoundingClientRect().height).to.equal(0);
    expect(el.shadowRoot!.textContent!.trim()).to.equal('');
  });

  it('does not read the page inside an <article-context>: the context is its source', async () => {
    undo = headLinks([['fr', 'https://news.example/fr/article/']]);
    const context = await fixture(html`<article-context .data=${{ title: 'T', translations: [{ language: 'de', url: 'https://news.example/de/' }] }}><language-switcher lang="en"></language-switcher></article-context>`);
    const el = context.querySelector('language-switcher')!;
    await until(() => el.state === 'ready');
    await el.updateComplete;
    expect(linkTexts(el)).to.deep.equal(['Deutsch']);
  });
});
