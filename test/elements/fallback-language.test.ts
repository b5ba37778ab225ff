// WCAG 3.1.2 (language of parts): on a page in a language the widgets have no texts for (Swedish
// here), they speak English, and a screen reader must read that English with an English voice:
// every text of the widget's own carries `lang="en"` (nearest `lang`, crossing the shadow root),
// while the article's text (titles, summary, the author's name) stays in the document's language,
// else the page's. On a page in a language with texts (French) nothing is marked English. The
// host is never given a `lang` (the page owns it). And axe finds nothing wrong with either page.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { clearLoaderCache } from '../../src/core/loader.js';
import type { StoryWidget } from '../../src/core/story-widget.js';
import { article, uniqueKey } from '../support/fixtures.js';
import { langOf, langsOf, textNodes } from '../support/text-lang.js';
import { until } from '../support/wait.js';
import { likesUrl } from './like-button-helpers.js';

/** A Swedish article that does not say its language (most documents do not). */
const swedish = (endpoint: string) =>
  article({
    language: undefined,
    title: 'Förföljelsen i Tjetjenien har börjat igen',
    summary: 'Det ryska HBTQ-nätverket säger att gripandena har börjat igen.',
    author: { name: 'Redaktionen' },
    likes: { count: 3, endpoint },
    translations: [{ language: 'fr', url: 'https://news.example/fr/tchetchenie/' }],
    related: [{ url: 'https://news.example/2017/07/veckans-favoriter/', title: 'Veckans favoriter', published: '2017-07-08T15:00:00Z' }],
  });

const widgets = (root: Element): StoryWidget[] => [...root.querySelectorAll<StoryWidget>('[state]')].filter((el) => el.localName !== 'article-context');

async function page(lang: string) {
  const root = await fixture<HTMLElement>(html`<div lang=${lang}>
    <article-context .data=${swedish(likesUrl(uniqueKey('fallback-lang')))}>
      <article-card></article-card><like-button></like-button><language-switcher></language-switcher>
      <related-stories loading="eager"></related-stories><video-embed></video-embed>
    </article-context>
  </div>`);
  await until(() => widgets(root).length === 5 && widgets(root).every((el) => el.getAttribute('state') === 'ready'), 5000, 'the widgets ready');
  await Promise.all(widgets(root).map((el) => el.updateComplete));
  const [card, like, switcher, related, video] = ['article-card', 'like-button', 'language-switcher', 'related-stories', 'video-embed'].map((tag) => root.querySelector(tag)!);
  return { root, card: card!, like: like!, switcher: switcher!, related: related!, video: video! };
}

describe('the widgets’ own texts in English on a page without texts are marked lang="en"', () => {
  afterEach(() => clearLoaderCache());

  it('on a Swedish page: the English texts are en, the article’s text Swedish', async () => {
    const { root, card, like, switcher, related, video } = await page('sv');
    // Each text and the language it must be read in: the widgets' own texts English, the
    // article's the page's Swedish, each language's name in that language.
    const expected: [Element, string, string][] = [
      // The like button: its status sentence and its name.
      [like, 'people like this.', 'en'],
      [like, 'Like', 'en'],
      // The card: "By", the date in English; the title, summary and name the page's Swedish.
      [card, 'By', 'en'],
      [card, 'Jul 10, 2017', 'en'],
      [card, 'Förföljelsen i Tjetjenien', 'sv'],
      [card, 'Det ryska HBTQ-nätverket', 'sv'],
      [card, 'Redaktionen', 'sv'],
      // The switcher: its sentence English, each language's name in that language.
      [switcher, 'This post is also available in:', 'en'],
      [switcher, 'Français', 'fr'],
      // The related stories: the default heading and the date English, the title Swedish.
      [related, 'Related Stories', 'en'],
      [related, 'Jul 8, 2017', 'en'],
      [related, 'Veckans favoriter', 'sv'],
      // The video: the button's name and the notice English, the title (in the name too) Swedish.
      [video, 'Play video:', 'en'],
      [video, 'which may set cookies', 'en'],
      [video, 'The Russian LGBT Network on the new arrests', 'sv'],
    ];
    for (const [widget, text, lang] of expected) expect(langsOf(widget, text), `"${text}"`).to.deep.equal([lang]);
    expect(langOf(like.shadowRoot!.querySelector('[part=count]')!), 'the like count').to.equal('en');
    expect(card.shadowRoot!.querySelector('img')!.lang, 'the image’s alt text').to.equal('sv');
    // The page owns the hosts: none got a `lang`.
    expect(widgets(root).filter((el) => el.hasAttribute('lang'))).to.deep.equal([]);
    await expect(root).to.be.accessible();
  });

  it('on a French page: the French texts carry no lang="en" (they are the page’s language)', async () => {
    const { root, card, like } = await page('fr');
    expect(langsOf(like, 'personnes aiment ceci.')).to.deep.equal(['fr']);
    expect(langsOf(card, 'Förföljelsen i Tjetjenien'), 'an article without language: the page’s').to.deep.equal(['fr']);
    for (const widget of widgets(root)) expect([...widget.shadowRoot!.querySelectorAll('[lang=en]')], `<${widget.localName}>`).to.deep.equal([]);
    await expect(root).to.be.accessible();
  });

  it('follows the page: a Swedish page turned French drops the marks, and back', async () => {
    const { root, like, card } = await page('sv');
    root.lang = 'fr';
    await until(() => textNodes(like, 'personnes aiment ceci.').length > 0, 3000, 'French texts');
    expect(langsOf(like, 'personnes aiment ceci.')).to.deep.equal(['fr']);
    expect(langsOf(card, 'Förföljelsen i Tjetjenien')).to.deep.equal(['fr']);
    root.lang = 'sv';
    await until(() => textNodes(like, 'people like this').length > 0, 3000, 'English texts');
    expect(langsOf(like, 'people like this.')).to.deep.equal(['en']);
  });
});
