// No widget's placeholder makes an Intl formatter: a page's first formatter (a date's, a
// number's, a language's name) loads ICU's data on the main thread, 80–220 ms at 4× CPU, which
// the ICU warm-up's worker does instead before any widget shows a document (issue 27). Until
// 2026-12-07 the switcher's placeholder named the page's language: a task of 200–350 ms on the
// article page. Its own file: formatters and names are cached per page.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { LanguageSwitcher } from '../../src/elements/language-switcher/language-switcher.js';
import { article, docUrl, uniqueKey } from '../support/fixtures.js';

type Formatters = Pick<typeof Intl, 'DateTimeFormat' | 'NumberFormat' | 'PluralRules' | 'ListFormat' | 'DisplayNames' | 'RelativeTimeFormat'>;
const KINDS = ['DateTimeFormat', 'NumberFormat', 'PluralRules', 'ListFormat', 'DisplayNames', 'RelativeTimeFormat'] as const;

/** Runs `test` while every Intl formatter made is listed (its kind and locale). */
async function listingFormatters(test: (made: string[]) => Promise<void>): Promise<void> {
  const intl = Intl as Formatters;
  const originals = KINDS.map((kind) => intl[kind]);
  const made: string[] = [];
  KINDS.forEach((kind, i) => {
    (intl as Record<string, unknown>)[kind] = new Proxy(originals[i]!, {
      construct(target, args: unknown[]) {
        made.push(`${kind} ${String(args[0])}`);
        return Reflect.construct(target, args);
      },
    });
  });
  try {
    await test(made);
  } finally {
    KINDS.forEach((kind, i) => ((intl as Record<string, unknown>)[kind] = originals[i]));
  }
}

/** A document that answers in 5 s: the widgets show their placeholders meanwhile. */
const slow = (): string => docUrl(uniqueKey('placeholder'), { delay: 5000 });

describe('placeholders', () => {
  it('make no Intl formatter, in any widget, until a document is there', () =>
    listingFormatters(async (made) => {
      const page = await fixture<HTMLElement>(html`<div lang="fi">
        <article-card src=${slow()}></article-card>
        <like-button src=${slow()}></like-button>
        <like-button endpoint="/test-api/likes?key=${uniqueKey('placeholder-like')}&delay=5000"></like-button>
        <language-switcher src=${slow()}></language-switcher>
        <language-switcher variant="select" src=${slow()}></language-switcher>
        <related-stories loading="eager" src=${slow()}></related-stories>
        <video-embed src=${slow()}></video-embed>
      </div>`);
      const widgets = [...page.children] as (HTMLElement & { updateComplete: Promise<unknown> })[];
      await Promise.all(widgets.map((widget) => widget.updateComplete));
      // Those with a src wait for it; the button with only an endpoint waits for its live count.
      expect(widgets.filter((widget) => widget.hasAttribute('src')).map((widget) => widget.getAttribute('state'))).to.deep.equal(Array(6).fill('loading'));
      expect(widgets.every((widget) => widget.shadowRoot!.childElementCount > 0), 'every placeholder rendered').to.equal(true);
      expect(made, 'formatters made for placeholders').to.deep.equal([]);
    }));

  it('and a document makes them: the switcher names its languages', () =>
    listingFormatters(async (made) => {
      const el = await fixture<LanguageSwitcher>(html`<language-switcher lang="fi" src=${slow()}></language-switcher>`);
      await el.updateComplete;
      expect(made, 'before its document').to.deep.equal([]);
      el.data = article({ translations: [{ language: 'sv', url: 'https://news.example/sv/' }] });
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('a')!.textContent).to.equal('Svenska');
      expect(made, 'once its document is there').to.include('DisplayNames sv');
    }));
});
