// What a reader on a phone sees, beyond "no text lost" (reflow.test.ts) and target sizes
// (target-size.test.ts): things that line up where they should, at 320 CSS px and at 200 % zoom
// of a 1280 px window (a 640 px viewport at device pixel ratio 2, see reflow.test.ts). Each
// test here was a defect seen in the demo pages' screenshots at those sizes.
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/index.js';
import { clearLoaderCache } from '../../src/core/loader.js';
import type { LikeButton } from '../../src/elements/like-button/like-button.js';
import { likeSettings } from '../../src/elements/like-button/like-request.js';
import type { RelatedStories } from '../../src/elements/related-stories/related-stories.js';
import { ar } from '../../src/i18n/ar.js';
import { de } from '../../src/i18n/de.js';
import { fr } from '../../src/i18n/fr.js';
import type { CoreMessages } from '../../src/i18n/messages.js';
import { ru } from '../../src/i18n/ru.js';
import { type Json, article, uniqueKey } from '../support/fixtures.js';
import { DEFAULT_VIEWPORT, PHONE, ZOOM_200 } from '../support/small-screens.js';
import { sleep, until } from '../support/wait.js';
import { button, likesUrl, status } from './like-button-helpers.js';
import { LOCALES, PHONES, expectLikeButtonStill, layoutShifts, settle } from './phone-layout-helpers.js';

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
    for (const viewport of [...PHONES, { width: 1280, height: 800 }]) {
      for (const { lang, dir } of LOCALES) {
        for (const base of [0, 3]) {
          // The status line went under the button or beside it by its text's width: the 12em bar
          // under it and "3 people like this." beside it at 320 px, or the reverse in French.
          it(`keeps its height and moves nothing at ${viewport.width} px (${lang}, count ${base})`, async () => {
            await setViewport(viewport);
            const { el, status, what } = await expectLikeButtonStill(lang, dir, base);
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
  describe('<like-button> when a like fails or waits (nothing moves when the notice comes or goes)', () => {
    const defaults = { ...likeSettings };
    before(() => {
      likeSettings.noticeMs = 1000;
    });
    after(() => {
      Object.assign(likeSettings, defaults);
      document.documentElement.style.fontSize = '';
    });

    it('keeps its width on a wide page once clicked: the notices’ room takes no width of the row', async () => {
      await setViewport({ width: 1280, height: 800 });
      const page = await fixture<HTMLElement>(html`<footer style="display: flex; flex-wrap: wrap; align-items: center; gap: 1rem"><like-button endpoint=${likesUrl(uniqueKey('wide-room'), { base: 3 })} count="3"></like-button><span>Share</span></footer>`);
      const el = page.querySelector<LikeButton>('like-button')!;
      await until(() => status(el) === '3 people like this.', 3000, 'the count');
      const before = el.getBoundingClientRect().width;
      button(el).click();
      await until(() => status(el) === 'You and 3 others like this.', 3000, 'the like');
      await el.updateComplete;
      // Only the longer sentence's few pixels (the notices on one line would be 800 px wide).
      expect(el.getBoundingClientRect().width).to.be.below(before + 40);
    });

    // The notices took 3 lines or more here (de, ru, at 320 px, or with the root's text at 200 %)
    // where the status line kept 2: the row grew when one came, a round trip after the click,
    // and shrank when it went, moving what is under the button.
    const conditions = [
      { name: '320 px', rootFontSize: '' },
      { name: '320 px, the root at 200 %', rootFontSize: '200%' },
    ];
    const notices: { what: string; params: Record<string, number>; text: (messages: CoreMessages) => string }[] = [
      { what: 'failure notice', params: { status: 500 }, text: (messages) => messages.likeFailed },
      { what: '"will retry" notice (429)', params: { status: 429, retryAfter: 1, fail: 1 }, text: (messages) => messages.likeRetrying },
    ];
    const locales = [
      { lang: 'de', dir: 'ltr', messages: de },
      { lang: 'ru', dir: 'ltr', messages: ru },
      { lang: 'fr', dir: 'ltr', messages: fr },
      { lang: 'ar', dir: 'rtl', messages: ar },
    ];
    for (const { name, rootFontSize } of conditions) {
      for (const { lang, dir, messages } of locales) {
        for (const { what, params, text } of notices) {
          it(`moves nothing when its ${what} comes and goes at ${name} (${lang})`, async () => {
            await setViewport(PHONE);
            document.documentElement.style.fontSize = rootFontSize;
            const page = await fixture<HTMLElement>(html`<main style="padding-inline: 1em; line-height: 1.6" lang=${lang} dir=${dir}>
              <footer style="display: flex; flex-wrap: wrap; align-items: center; gap: 1rem"><like-button count="3" endpoint=${likesUrl(uniqueKey('phone-notice'), { ...params, delay: 1000 })}></like-button></footer>
              <p>Under the button</p>
            </main>`);
            const el = page.querySelector('like-button')!;
            const below = page.querySelector('p')!;
            await until(() => el.getAttribute('state') === 'ready', 5000, 'the button');
            await el.updateComplete;
            button(el).click();
            // A shift within 500 ms of the reader's input is theirs (CLS leaves it out); from
            // then on, while the like is on its way, nothing may move.
            await sleep(600);
            await settle();
            const before = { height: el.getBoundingClientRect().height, below: below.getBoundingClientRect().top };
            const shifts = layoutShifts();
            await until(() => status(el) === text(messages), 3000, `the ${what}`);
            await settle();
            expect(el.getBoundingClientRect().height, `the button's height with the ${what}`).to.equal(before.height);
            expect(below.getBoundingClientRect().top, `what is under it, with the ${what}`).to.equal(before.below);
            await until(() => status(el) !== text(messages), 3000, `the end of the ${what}`);
            await settle();
            shifts.stop();
            expect(el.getBoundingClientRect().height, `the button's height once the ${what} went`).to.equal(before.height);
            expect(below.getBoundingClientRect().top, `what is under it, once the ${what} went`).to.equal(before.below);
            expect(shifts.scores, 'layout shifts').to.deep.equal([]);
          });
        }
      }
    }
  });
});
