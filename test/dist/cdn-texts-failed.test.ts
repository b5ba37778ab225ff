// A French page whose French texts chunk (dist/cdn/texts-fr.js) fails to load shows the widgets'
// English texts; like those on a page in a language without texts (test/elements/
// fallback-language.test.ts), they are marked `lang="en"` (WCAG 3.1.2), their numbers and dates
// are English like the sentences around them, and the article's text keeps the page's French.
import { expect } from '@open-wc/testing';
import { article } from '../support/fixtures.js';
import { langOf, langsOf } from '../support/text-lang.js';
import { until } from '../support/wait.js';
import { MODULE, TAGS, type TestPage, openPage, readyWidgets, widgetsMarkup } from './pages.js';

/** A French article that does not say its language: its text is in the page's. */
const french = article({
  language: undefined,
  title: 'La purge anti-LGBTQ a repris en Tchétchénie',
  author: { name: 'La rédaction' },
  likes: { count: 1234 },
  translations: [{ language: 'de', url: 'https://news.example/de/tschetschenien/' }],
});

/** An import map sending the French chunk's request to the test server, answering 503 after `delay` ms. */
const failingChunk = (delay: number): string =>
  `<script type="importmap">{ "imports": { "/dist/cdn/texts-fr.js": "/test-api/doc?key=${Math.random()}&status=503&delay=${delay}" } }</script>`;

async function expectEnglishMarked(page: TestPage): Promise<void> {
  const [, card, like, switcher, related, video] = await readyWidgets(page);
  const expected: [Element, string, string][] = [
    [like!, 'people like this.', 'en'],
    [like!, 'Like', 'en'],
    [card!, 'By', 'en'],
    [card!, 'Jul 10, 2017', 'en'],
    [card!, 'La purge anti-LGBTQ', 'fr'],
    [card!, 'La rédaction', 'fr'],
    [switcher!, 'This post is also available in:', 'en'],
    [switcher!, 'Deutsch', 'de'],
    [related!, 'Related Stories', 'en'],
    [video!, 'Play video:', 'en'],
  ];
  for (const [widget, text, lang] of expected) expect(langsOf(widget, text), `"${text}" in <${widget.localName}>`).to.deep.equal([lang]);
  // The count in English like its sentence ("1 234" in French).
  const count = like!.shadowRoot!.querySelector('[part=count]')!;
  expect([count.textContent, langOf(count)], 'the like count').to.deep.equal(['1,234', 'en']);
  // The page owns the hosts: none got a `lang`.
  expect(TAGS.filter((tag) => page.document.querySelector(tag)!.hasAttribute('lang'))).to.deep.equal([]);
  expect(page.window.warnings).to.have.length(1);
  expect(page.window.warnings[0]).to.match(/^story-widgets: the "fr" texts did not load, English shows instead: /);
  expect(page.window.errors).to.deep.equal([]);
}

describe('dist/cdn/story-widgets.js: English shown for a texts chunk that failed is marked lang="en"', () => {
  it('on a French page whose French texts are refused (503)', async () => {
    const page = await openPage(failingChunk(0) + MODULE, `<main lang="fr">${widgetsMarkup('', french)}</main>`);
    await expectEnglishMarked(page);
    page.frame.remove();
  });

  it('on a French page whose French texts fail after the widgets stopped waiting for them (three seconds)', async () => {
    const page = await openPage(failingChunk(3500) + MODULE, `<main lang="fr">${widgetsMarkup('', french)}</main>`);
    await until(() => page.window.warnings.length > 0, 6000, 'the chunk’s failure');
    await expectEnglishMarked(page);
    page.frame.remove();
  });
});
