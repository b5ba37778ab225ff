// What a reader on a phone sees, beyond "no text lost" (reflow.test.ts) and target sizes
// (target-size.test.ts): things that line up where they should, at 320 CSS px and at 200 % zoom
// of a 1280 px window (a 640 px viewport at device pixel ratio 2, see reflow.test.ts). Each
// test here was a defect seen in the demo pages' screenshots at those sizes.
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/index.js';
import { clearLoaderCache } from '../../src/core/loader.js';
import type { LanguageSwitcher } from '../../src/elements/language-switcher/language-switcher.js';
import type { LikeButton } from '../../src/elements/like-button/like-button.js';
import type { RelatedStories } from '../../src/elements/related-stories/related-stories.js';
import { type Json, article, docUrl, uniqueKey } from '../support/fixtures.js';
import { BUILT_IN_LOCALES, DEFAULT_VIEWPORT, PHONE, ZOOM_200 } from '../support/small-screens.js';
import { sleep, until } from '../support/wait.js';
import { likesUrl } from './like-button-helpers.js';

/** The phones of the layout-shift audit: 320 and 390 CSS px wide. */
const PHONES = [PHONE, { width: 390, height: 780 }];
/** Locales whose texts differ most in length and direction. */
const LOCALES = [
  { lang: 'en', dir: 'ltr' },
  { lang: 'fr', dir: 'ltr' },
  { lang: 'ar', dir: 'rtl' },
];

/** The Layout Instability API's shift scores from now on (Chromium), and a way to stop listening. */
function layoutShifts(): { scores: number[]; stop: () => void } {
  const scores: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) scores.push((entry as PerformanceEntry & { value: number }).value);
  });
  observer.observe({ type: 'layout-shift' });
  return { scores, stop: () => observer.disconnect() };
}

/** Two frames and a little more: layout-shift entries are reported after the frame that moved. */
const settle = async (): Promise<void> => {
  for (let i = 0; i < 2; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
  await sleep(50);
};

/**
 * Widget `el` placed above `below` in a page column, its document late: once its placeholder
 * shows, waits for the document and checks that neither its height nor what is under it moved,
 * and that the browser saw no layout shift. `what` names what it shows then, for the messages.
 */
async function expectNothingMovesWhileLoading(el: HTMLElement & { updateComplete: Promise<unknown> }, below: HTMLElement, what: () => string): Promise<void> {
  await until(() => el.getAttribute('state') === 'loading', 5000, 'the placeholder');
  await settle();
  const before = { height: el.getBoundingClientRect().height, below: below.getBoundingClientRect().top };
  const shifts = layoutShifts();
  await until(() => el.getAttribute('state') === 'ready', 5000, 'the document');
  await el.updateComplete;
  await settle();
  shifts.stop();
  expect(el.getBoundingClientRect().height, `the height with ${what()}`).to.equal(before.height);
  expect(below.getBoundingClientRect().top, `what is under it, with ${what()}`).to.equal(before.below);
  expect(shifts.scores, `layout shifts with ${what()}`).to.deep.equal([]);
}

const ARABIC_TITLE = 'استئناف حملة القمع ضد مجتمع الميم في الشيشان، بحسب الشبكة الروسية للمثليين';
const ENGLISH_TITLE = 'Chechnya’s Anti-LGBTQ Purge Has Restarted, Says Russian LGBTQ Network';

/** The seed article whose related stories get `titles` in turn (and `language`, where given). */
function withTitles(titles: { title: string; language?: string }[]): Json {
  return article({ related: (article().related as Json[]).map((story, i) => ({ ...story, ...titles[i % titles.length] })) });
}

/** `template` (one <related-stories>) in a page's column, once ready. */
async function related(template: TemplateResult): Promise<RelatedStories> {
  const page = await fixture<HTMLElement>(html`<main style="padding-inline: 1em">${template}</main>`);
  const el = page.querySelector('related-stories')!;
  await until(() => el.getAttribute('state') === 'ready', 5000, 'related stories ready');
  await el.updateComplete;
  return el;
}

const boxOf = (el: Element, selector: string): DOMRect => el.shadowRoot!.querySelector(selector)!.getBoundingClientRect();

/** The rectangles of the lines of `node`'s text. */
function lineBoxes(node: Element): DOMRect[] {
  const range = document.createRange();
  range.selectNodeContents(node);
  // One rectangle per line: the text's fragments on one line merged.
  const lines = new Map<number, DOMRect>();
  for (const rect of range.getClientRects()) {
    if (!rect.width) continue;
    const key = Math.round(rect.top / 4);
    const line = lines.get(key);
    lines.set(key, line ? new DOMRect(Math.min(line.left, rect.left), line.top, Math.max(line.right, rect.right) - Math.min(line.left, rect.left), line.height) : rect);
  }
  return [...lines.values()];
}

describe('on a phone: what lines up', () => {
  after(() => setViewport(DEFAULT_VIEWPORT));
  afterEach(() => clearLoaderCache());

  describe('<related-stories layout="grid">', () => {
    // Cards side by side are stretched to their row's tallest; the extra room went half to the
    // thumbnail's row, so a short title started lower than its neighbour's, under a gap.
    it('starts every title just under its thumbnail, so titles side by side start at one height (200 % zoom: two columns)', async () => {
      await setViewport(ZOOM_200);
      const el = await related(html`<related-stories layout="grid" .data=${withTitles([{ title: 'Short' }, { title: `${ENGLISH_TITLE}: ${ENGLISH_TITLE}, again and again` }])}></related-stories>`);
      const items = [...el.shadowRoot!.querySelectorAll('li')];
      const tops = new Set(items.map((li) => Math.round(li.getBoundingClientRect().top)));
      expect(tops.size, 'two cards a row').to.equal(2);
      const rowGap = parseFloat(getComputedStyle(items[0]!).rowGap);
      for (const li of items) {
        const thumb = li.querySelector('.thumb')!.getBoundingClientRect();
        const title = li.querySelector('[part=link]')!.getBoundingClientRect();
        expect(title.top - thumb.bottom, `gap above "${li.textContent!.slice(0, 20)}"`).to.be.closeTo(rowGap, 1);
      }
    });
  });

  describe('<related-stories> titles in another direction than the list', () => {
    before(() => setViewport(PHONE));

    // A title carries dir="auto"; as an inline span inside the link it kept the list's
    // alignment: an Arabic title in an English list was ragged on the right, where its lines start.
    for (const layout of ['list', 'grid']) {
      it(`aligns an Arabic title in an English list (${layout}) to the right, where its lines start`, async () => {
        const el = await related(html`<related-stories lang="en" layout=${layout} .data=${withTitles([{ title: ARABIC_TITLE, language: 'ar' }])}></related-stories>`);
        const title = el.shadowRoot!.querySelector('[part=title]')!;
        const lines = lineBoxes(title);
        expect(lines.length, 'the title wraps').to.be.greaterThan(1);
        const end = boxOf(el, '.text').right;
        for (const line of lines) expect(line.right, 'each line ends at the right edge').to.be.closeTo(end, 1);
      });

      it(`keeps a one-line Arabic title in an English list (${layout}) where the list's titles start`, async () => {
        await setViewport({ width: 1280, height: 640 });
        try {
          const el = await related(html`<related-stories lang="en" layout=${layout} .data=${withTitles([{ title: 'الشيشان', language: 'ar' }])}></related-stories>`);
          const lines = lineBoxes(el.shadowRoot!.querySelector('[part=title]')!);
          expect(lines.length, 'one line').to.equal(1);
          expect(lines[0]!.left, 'the line starts at the left edge, beside the thumbnail').to.be.closeTo(boxOf(el, '.text').left, 1);
        } finally {
          await setViewport(PHONE);
        }
      });

      it(`aligns an English title in an Arabic list (${layout}) to the left`, async () => {
        const el = await related(html`<related-stories lang="ar" dir="rtl" layout=${layout} .data=${withTitles([{ title: `${ENGLISH_TITLE} today`, language: 'en' }])}></related-stories>`);
        const title = el.shadowRoot!.querySelector('[part=title]')!;
        const lines = lineBoxes(title);
        expect(lines.length, 'the title wraps').to.be.greaterThan(1);
        const start = boxOf(el, '.text').left;
        for (const line of lines) expect(line.left, 'each line starts at the left edge').to.be.closeTo(start, 1);
      });
    }
  });

  describe('<like-button> while its live count loads (nothing moves)', () => {
    /** A like button in a page's actions row, a paragraph under it, its live count `delay` ms late. */
    async function slowButton(lang: string, dir: string, base: number): Promise<{ el: LikeButton; below: HTMLElement }> {
      const page = await fixture<HTMLElement>(html`<main style="padding-inline: 1em; line-height: 1.6" lang=${lang} dir=${dir}>
        <footer style="display: flex; flex-wrap: wrap; align-items: center; gap: 1rem"><like-button endpoint=${likesUrl(uniqueKey('phone-like'), { delay: 700, base })}></like-button></footer>
        <p>Under the button</p>
      </main>`);
      const el = page.querySelector('like-button')!;
      return { el, below: page.querySelector('p')! };
    }

    for (const viewport of [...PHONES, { width: 1280, height: 800 }]) {
      for (const { lang, dir } of LOCALES) {
        for (const base of [0, 3]) {
          // The status line went under the button or beside it by its text's width: the 12em bar
          // under it and "3 people like this." beside it at 320 px, or the reverse in French.
          it(`keeps its height and moves nothing at ${viewport.width} px (${lang}, count ${base})`, async () => {
            await setViewport(viewport);
            const { el, below } = await slowButton(lang, dir, base);
            await until(() => !!el.shadowRoot?.querySelector('.bar'), 5000, 'the placeholder');
            await settle();
            const before = { height: el.getBoundingClientRect().height, below: below.getBoundingClientRect().top };
            const shifts = layoutShifts();
            await until(() => el.shadowRoot!.querySelector('[part=status]')!.textContent!.trim() !== '' && !el.shadowRoot!.querySelector('.bar'), 5000, 'the live count');
            await settle();
            shifts.stop();
            const status = el.shadowRoot!.querySelector('[part=status]')!;
            const what = `"${status.textContent!.trim()}"`;
            expect(el.getBoundingClientRect().height, `the button's height with ${what}`).to.equal(before.height);
            expect(below.getBoundingClientRect().top, `what is under it, with ${what}`).to.equal(before.below);
            expect(shifts.scores, `layout shifts with ${what}`).to.deep.equal([]);
            if (viewport.width === 1280) {
              // The desktop look: the sentence on one line beside the button, centred on it.
              const button = el.shadowRoot!.querySelector('button')!.getBoundingClientRect();
              const text = lineBoxes(status);
              expect(text.length, `${what} on one line`).to.equal(1);
              expect(text[0]!.top + text[0]!.height / 2, `${what} centred beside the button`).to.be.closeTo(button.top + button.height / 2, 1.5);
              expect(el.getBoundingClientRect().height, 'the row is the button').to.be.closeTo(button.height, 0.5);
            }
          });
        }
      }
    }
  });

  describe('<video-embed> while its document loads (nothing moves)', () => {
    // The demo's French video title, 93 characters: three lines on a phone.
    const LONG_TITLE = 'Une vidéo d’exemple à la place de celle de l’article (l’exemple d’intégration de YouTube)';
    for (const viewport of [...PHONES, ZOOM_200, { width: 1280, height: 800 }]) {
      for (const lang of BUILT_IN_LOCALES) {
        for (const { name, video, notice } of [
          { name: 'a short title', video: {}, notice: /YouTube/ },
          { name: 'a long title', video: { title: LONG_TITLE }, notice: /YouTube/ },
          // No notice at all: the room of YouTube's stays.
          { name: 'a video file', video: { url: 'https://news.example/media/clip.mp4' }, notice: /^$/ },
        ]) {
          // Title and notice reserved one line each; on a phone the title took two or three and
          // the notice two (every language but English at 320 px, Russian at 390), so what was
          // under the video moved down as its document arrived.
          it(`keeps its height at ${viewport.width} px (${lang}, ${name})`, async () => {
            await setViewport(viewport);
            const document = article();
            document.video = { ...(document.video as Json), ...video };
            const page = await fixture<HTMLElement>(html`<main style="padding-inline: 1em; line-height: 1.5" lang=${lang} dir=${lang === 'ar' ? 'rtl' : 'ltr'}>
              <video-embed src=${docUrl(uniqueKey('phone-video'), { delay: 400, body: JSON.stringify(document) })}></video-embed>
              <p>Under the video</p>
            </main>`);
            const el = page.querySelector('video-embed')!;
            const shown = (): string => el.shadowRoot!.querySelector('.notice')!.textContent!;
            await expectNothingMovesWhileLoading(el, page.querySelector('p')!, () => `the notice "${shown()}"`);
            expect(shown(), 'the notice').to.match(notice);
          });
        }
      }
    }
  });

  describe('<language-switcher> while its document loads (nothing moves)', () => {
    /** Translations the sentence names: one, two (one of them Arabic, as in the demo) or three. */
    const TRANSLATIONS = [['fr'], ['fr', 'ar'], ['fr', 'ar', 'de']].map((languages) =>
      languages.map((language) => ({ language, url: `https://news.example/${language}/story/` })),
    );

    /** A switcher in a story's header, a paragraph under it, its document `delay` ms late. */
    async function slowSwitcher(lang: string, variant: string, translations: Json[]): Promise<{ el: LanguageSwitcher; below: HTMLElement }> {
      const body = JSON.stringify(article({ translations }));
      const page = await fixture<HTMLElement>(html`<main style="padding-inline: 1em; line-height: 1.5" lang=${lang} dir=${lang === 'ar' ? 'rtl' : 'ltr'}>
        <language-switcher variant=${variant} src=${docUrl(uniqueKey('phone-switcher'), { delay: 400, body })}></language-switcher>
        <p>Under the switcher</p>
      </main>`);
      return { el: page.querySelector('language-switcher')!, below: page.querySelector('p')! };
    }

    const cases = [
      ...BUILT_IN_LOCALES.map((lang) => ({ lang, variant: 'links' })),
      ...['en', 'fr', 'ar'].map((lang) => ({ lang, variant: 'select' })),
    ];
    for (const viewport of [...PHONES, ZOOM_200, { width: 1280, height: 800 }]) {
      for (const { lang, variant } of cases) {
        for (const translations of TRANSLATIONS) {
          // The one-line placeholder became a two-line sentence on phones ("This post is also
          // available in: Français and العربية" at 320–390 px): what was under it moved a line.
          it(`keeps its height at ${viewport.width} px (${variant}, ${lang}, ${translations.length} translations)`, async () => {
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
  });
});
