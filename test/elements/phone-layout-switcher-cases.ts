// The cases of a <language-switcher> on a phone while its document loads, for one variant: two
// test files run them (links, select), as one file has two minutes.
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import { clearLoaderCache } from '../../src/core/loader.js';
import type { LanguageSwitcher } from '../../src/elements/language-switcher/language-switcher.js';
import { type Json, article, docUrl, uniqueKey } from '../support/fixtures.js';
import { DEFAULT_VIEWPORT, ZOOM_200 } from '../support/small-screens.js';
import { PHONES, expectNothingMovesWhileLoading } from './phone-layout-helpers.js';

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

/** Every case of `variant` in `locales`, at 320, 390, 640 (200 % zoom) and 1280 px. */
export function describeSwitcherWhileLoading(variant: 'links' | 'select', locales: readonly string[]): void {
  describe(`<language-switcher variant="${variant}"> on a phone while its document loads (nothing moves)`, () => {
    after(() => setViewport(DEFAULT_VIEWPORT));
    afterEach(() => clearLoaderCache());

    for (const viewport of [...PHONES, ZOOM_200, { width: 1280, height: 800 }]) {
      for (const lang of locales) {
        for (const translations of TRANSLATIONS) {
          // The one-line placeholder became a two-line sentence on phones ("This post is also
          // available in: Français and العربية" at 320–390 px): what was under it moved a line.
          it(`keeps its height at ${viewport.width} px (${lang}, ${translations.length} translations)`, async () => {
            await setViewport(viewport);
            const { el, below } = await slowSwitcher(lang, variant, translations);
            const what = (): string => `"${el.shadowRoot!.querySelector('p')!.textContent!.replace(/\s+/g, ' ').trim()}"`;
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
          it(`keeps its height at 320 px with the page’s text at ${root} (${lang}, ${translations.length} translations)`, async () => {
            await setViewport(PHONES[0]!);
            document.documentElement.style.fontSize = root;
            try {
              const { el, below } = await slowSwitcher(lang, variant, translations);
              await expectNothingMovesWhileLoading(el, below, () => `"${el.shadowRoot!.querySelector('p')!.textContent!.replace(/\s+/g, ' ').trim()}"`);
            } finally {
              document.documentElement.style.fontSize = '';
            }
          });
        }
      }
    }
  });
}
