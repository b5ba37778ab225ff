// The cases of a <language-switcher> on a phone while its document loads, for one variant, with
// or without WCAG 1.4.12's text spacing: three test files run them (links, links spaced, select),
// as one file has two minutes.
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import { clearLoaderCache } from '../../src/core/loader.js';
import type { LanguageSwitcher } from '../../src/elements/language-switcher/language-switcher.js';
import { type Json, article, docUrl, uniqueKey } from '../support/fixtures.js';
import { DEFAULT_VIEWPORT, ZOOM_200 } from '../support/small-screens.js';
import { PHONES, TEXT_SIZES, expectNothingMovesWhileLoading } from './phone-layout-helpers.js';

/** Translations the sentence names: one, two (one of them Arabic, as in the demo) or three. */
const TRANSLATIONS = [['fr'], ['fr', 'ar'], ['fr', 'ar', 'de']].map((languages) =>
  languages.map((language) => ({ language, url: `https://news.example/${language}/story/` })),
);

/** A switcher in a story's header, a paragraph under it, its document 400 ms late. */
async function slowSwitcher(lang: string, variant: string, translations: Json[]): Promise<{ el: LanguageSwitcher; below: HTMLElement }> {
  const body = JSON.stringify(article({ translations }));
  const page = await fixture<HTMLElement>(html`<main style="padding-inline: 1em; line-height: 1.5" lang=${lang} dir=${lang === 'ar' ? 'rtl' : 'ltr'}>
    <language-switcher variant=${variant} src=${docUrl(uniqueKey('phone-switcher'), { delay: 400, body })}></language-switcher>
    <p>Under the switcher</p>
  </main>`);
  return { el: page.querySelector('language-switcher')!, below: page.querySelector('p')! };
}

/** The sentence a switcher shows, for the messages. */
const sentence = (el: LanguageSwitcher): string => `"${el.shadowRoot!.querySelector('p')!.textContent!.replace(/\s+/g, ' ').trim()}"`;

/**
 * A switcher of `variant` on `phone`, the page's text at `size`, with or without the text
 * spacing, keeps its height while its document loads.
 */
async function expectSwitcherStill(variant: string, phone: (typeof PHONES)[number], size: string, lang: string, translations: Json[], spacing: boolean): Promise<void> {
  await setViewport(phone);
  document.documentElement.style.fontSize = size;
  try {
    const { el, below } = await slowSwitcher(lang, variant, translations);
    await expectNothingMovesWhileLoading(el, below, () => sentence(el), spacing);
  } finally {
    document.documentElement.style.fontSize = '';
  }
}

/**
 * Every case of `variant` in `locales`: at 320, 390, 640 (200 % zoom) and 1280 px, and at 320 px
 * with the page's text larger; or, with `spacing`, at 320 and 390 px with WCAG 1.4.12's text
 * spacing, the page's text at 100–200 %.
 */
export function describeSwitcherWhileLoading(variant: 'links' | 'select', locales: readonly string[], spacing = false): void {
  describe(`<language-switcher variant="${variant}"> on a phone while its document loads${spacing ? ', with the text spacing of WCAG 1.4.12' : ''} (nothing moves)`, () => {
    after(() => setViewport(DEFAULT_VIEWPORT));
    afterEach(() => clearLoaderCache());

    if (spacing) {
      // Letters and words spaced wider wrap sooner, which a room chosen by the width cannot see:
      // "Dieser Beitrag ist auch verfügbar auf: Français und العربية" took six lines at 320 px
      // with the text at 200 %, where four were kept, and one more than kept at 100–175 % (de,
      // es, fr, pt, ru), so what was under it moved by one or two lines (until 2026-12-07).
      for (const phone of PHONES) {
        for (const size of TEXT_SIZES) {
          for (const lang of locales) {
            for (const translations of TRANSLATIONS.slice(0, 2)) {
              it(`keeps its height at ${phone.width} px with the page’s text at ${size} (${lang}, ${translations.length} translations)`, () => expectSwitcherStill(variant, phone, size, lang, translations, true));
            }
          }
        }
      }
      return;
    }

    for (const viewport of [...PHONES, ZOOM_200, { width: 1280, height: 800 }]) {
      for (const lang of locales) {
        for (const translations of TRANSLATIONS) {
          // The one-line placeholder became a two-line sentence on phones ("This post is also
          // available in: Français and العربية" at 320–390 px): what was under it moved a line.
          it(`keeps its height at ${viewport.width} px (${lang}, ${translations.length} translations)`, async () => {
            await setViewport(viewport);
            const { el, below } = await slowSwitcher(lang, variant, translations);
            const what = (): string => sentence(el);
            await expectNothingMovesWhileLoading(el, below, what);
            if (viewport.width === 1280) {
              // Room enough: one line, no empty one under it.
              expect(el.getBoundingClientRect().height, `${what()} on one line`).to.be.below(parseFloat(getComputedStyle(el).lineHeight) * 1.9);
            }
          });
        }
      }
    }

    // A reader's larger text (Android's font size, a browser's default of 20 px or more): the
    // column is then under 16em, or 10em, wide, and the sentence takes three or four lines.
    for (const root of ['125%', '150%', '200%']) {
      for (const lang of locales) {
        for (const translations of TRANSLATIONS.slice(0, 2)) {
          it(`keeps its height at 320 px with the page’s text at ${root} (${lang}, ${translations.length} translations)`, () => expectSwitcherStill(variant, PHONES[0]!, root, lang, translations, false));
        }
      }
    }
  });
}
