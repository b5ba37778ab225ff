// What a reader on a phone sees, beyond "no text lost" (reflow.test.ts) and target sizes
// (target-size.test.ts): things that line up where they should, at 320 CSS px and at 200 % zoom
// of a 1280 px window (a 640 px viewport at device pixel ratio 2, see reflow.test.ts). Each
// test here was a defect seen in the demo pages' screenshots at those sizes.
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/index.js';
import { clearLoaderCache } from '../../src/core/loader.js';
import type { RelatedStories } from '../../src/elements/related-stories/related-stories.js';
import { type Json, article } from '../support/fixtures.js';
import { until } from '../support/wait.js';

const PHONE = { width: 320, height: 640 };
const ZOOM_200 = { width: 640, height: 450, deviceScaleFactor: 2 };

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
  after(() => setViewport({ width: 800, height: 600 }));
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
});
