// Target size (WCAG 2.2 SC 2.5.8, AA): every button, select and link of every widget, in each
// state and layout and in each built-in locale, on a phone (320 CSS px wide) and at 200 % zoom
// of a 1280 px window (see reflow.test.ts), is at least 24 × 24 CSS px where a pointer hits it,
// or an undersized one keeps the rule's spacing: a 24 px circle on its centre meets no other
// target and no other undersized target's circle.
//
// What a pointer hits is measured, not assumed: a stretched link (the card's title, a related
// story's title: an absolutely placed ::after over the card or the row) is its containing
// block's box, and the box counts only if a hit at its centre and near each edge reaches the
// target (nothing covers it). A link in a sentence is exempt ("Inline"): the links variant of
// <language-switcher> is one sentence ("This post is also available in: Français and
// Deutsch"), so its links keep the line's height; the test checks they are still in that
// sentence rather than skipping them by name.
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/index.js';
import { clearLoaderCache } from '../../src/core/loader.js';
import type { StoryWidget } from '../../src/core/story-widget.js';
import type { LikeButton } from '../../src/elements/like-button/like-button.js';
import { article, docUrl, uniqueKey } from '../support/fixtures.js';
import { elementsOf, nameOf } from '../support/shadow-trees.js';
import { BUILT_IN_LOCALES, DEFAULT_VIEWPORT, PHONE, ZOOM_200 } from '../support/small-screens.js';
import { nextEvent, until } from '../support/wait.js';
import { button, likesUrl } from './like-button-helpers.js';

const MIN = 24;

const CONDITIONS = [
  { name: 'at 320 CSS px', viewport: PHONE },
  { name: 'at 200 % zoom of a 1280 px window', viewport: ZOOM_200 },
  // A blog's sidebar or footer: the select is then under 24 px tall, and must keep its spacing.
  { name: 'at 320 CSS px, in a 14 px font', viewport: PHONE, fontSize: '14px' },
];

// Long enough to measure a placeholder, short enough not to fill the browser's six connections
// to the test server. A new URL for each test: buttons of one endpoint share its live count once it has come (a
// run slower than the delay then found no placeholder), and documents their cache.
const slowDocument = () => docUrl(uniqueKey('target-size-loading'), { delay: 3000 });
const slowCount = () => likesUrl(uniqueKey('target-size-live'), { delay: 3000 });
/** Links side by side and on top of each other: six translations, which wrap on a phone. */
const manyTranslations = () => article({ translations: ['fr', 'de', 'es', 'pt-BR', 'ru', 'ar'].map((language) => ({ language, url: `https://news.example/${language}/` })) });
const withoutThumbnails = () => article({ related: (article().related as Record<string, unknown>[]).map(({ image: _, ...story }) => story) });

const state = (wanted: string) => (el: StoryWidget) => el.getAttribute('state') === wanted;
const ready = state('ready');

interface Case {
  name: string;
  template: () => TemplateResult;
  /** Holds once the widget shows the state measured. */
  reached?: (el: StoryWidget) => boolean;
  /** Brings it there after it is ready (a click). */
  act?: (el: StoryWidget) => Promise<unknown>;
}

/** A like button with an endpoint, clicked; resolves once `settled` holds. */
const clicked = (settled: (el: LikeButton) => Promise<unknown>) => async (el: StoryWidget) => {
  const done = settled(el as LikeButton);
  button(el as LikeButton).click();
  await done;
};

const CASES: Case[] = [
  { name: 'like-button not liked', template: () => html`<like-button count="3" endpoint=${likesUrl(uniqueKey('target-not-liked'))}></like-button>` },
  {
    name: 'like-button liked',
    template: () => html`<like-button count="3" endpoint=${likesUrl(uniqueKey('target-liked'))}></like-button>`,
    act: clicked((el) => nextEvent(el, 'like-change')),
  },
  {
    name: 'like-button failed',
    template: () => html`<like-button count="3" endpoint=${likesUrl(uniqueKey('target-failed'), { status: 500 })}></like-button>`,
    act: clicked((el) => nextEvent(el, 'error')),
  },
  { name: 'like-button without an endpoint (disabled)', template: () => html`<like-button count="123456"></like-button>` },
  {
    name: 'like-button waiting for its live count',
    template: () => html`<like-button endpoint=${slowCount()}></like-button>`,
    reached: (el) => ready(el) && !!el.shadowRoot!.querySelector('.bar'),
  },
  { name: 'language-switcher links', template: () => html`<language-switcher show-current .data=${manyTranslations()}></language-switcher>` },
  { name: 'language-switcher select', template: () => html`<language-switcher variant="select" .data=${manyTranslations()}></language-switcher>` },
  { name: 'language-switcher select loading', template: () => html`<language-switcher variant="select" src=${slowDocument()}></language-switcher>`, reached: state('loading') },
  { name: 'related-stories list', template: () => html`<related-stories .data=${article()}></related-stories>` },
  { name: 'related-stories list without thumbnails', template: () => html`<related-stories .data=${withoutThumbnails()}></related-stories>` },
  { name: 'related-stories grid', template: () => html`<related-stories layout="grid" .data=${article()}></related-stories>` },
  { name: 'related-stories grid without thumbnails', template: () => html`<related-stories layout="grid" .data=${withoutThumbnails()}></related-stories>` },
  { name: 'article-card vertical', template: () => html`<article-card .data=${article()}></article-card>` },
  { name: 'article-card horizontal', template: () => html`<article-card layout="horizontal" .data=${article()}></article-card>` },
  { name: 'article-card minimal', template: () => html`<article-card layout="minimal" .data=${article()}></article-card>` },
  { name: 'video-embed poster', template: () => html`<video-embed .data=${article()}></video-embed>` },
  {
    name: 'video-embed without a poster',
    template: () => html`<video-embed url="https://youtu.be/M7lc1UVf-VE" video-title="A video"></video-embed>`,
  },
];

const TARGETS = 'a[href], button, select, input, summary, [tabindex]:not([tabindex="-1"])';

interface Target {
  el: HTMLElement;
  /** Where a pointer hits it, in page coordinates (each target is scrolled to in turn). */
  box: DOMRect;
  /** In a sentence: exempt (SC 2.5.8 "Inline"). */
  inline: boolean;
}

const describeTarget = (el: Element): string => `${nameOf(el)} "${el.textContent!.trim().slice(0, 30)}"`;

/** The box a pointer hits for `el`: its own, or a stretched link's (an absolutely placed ::after) containing block's. */
function hitBox(el: HTMLElement): DOMRect {
  const after = getComputedStyle(el, '::after');
  const stretched = after.content !== 'none' && after.position === 'absolute' && el.offsetParent;
  return (stretched ? el.offsetParent : el).getBoundingClientRect();
}

/** A link inside a sentence: inline, in a paragraph that has words of its own besides its links. */
function inSentence(el: HTMLElement): boolean {
  if (getComputedStyle(el).display !== 'inline' || el.localName !== 'a') return false;
  const paragraph = el.closest('p');
  if (!paragraph) return false;
  const ownWords = [...paragraph.childNodes].reduce((text, node) => text + (node instanceof Element && node.matches('a') ? '' : node.textContent), '');
  return /\p{L}{2}/u.test(ownWords);
}

/** Where a hit on `point` lands, seen from `el`'s tree. */
const hitAt = (el: HTMLElement, x: number, y: number): Element | null => (el.getRootNode() as ShadowRoot).elementFromPoint(x, y);

/** The problems of the targets in `widget`, measured where a pointer meets them. */
function targetProblems(widget: Element): string[] {
  const problems: string[] = [];
  const targets: Target[] = [];
  for (const el of elementsOf(widget.shadowRoot!)) {
    if (!(el instanceof HTMLElement) || !el.matches(TARGETS) || el.closest('[aria-hidden=true]')) continue;
    if (getComputedStyle(el).visibility === 'hidden' || !el.getClientRects().length) continue;
    el.scrollIntoView({ block: 'center', inline: 'nearest' });
    const box = hitBox(el);
    const inline = inSentence(el);
    targets.push({ el, box: new DOMRect(box.x + scrollX, box.y + scrollY, box.width, box.height), inline });
    if (inline) continue;
    // What is hit at the centre and just inside each edge is the target (no cover, no gap), in
    // the part of the box on screen (a card is taller than a zoomed window).
    const left = Math.max(box.left, 0);
    const right = Math.min(box.right, innerWidth);
    const top = Math.max(box.top, 0);
    const bottom = Math.min(box.bottom, innerHeight);
    const x = (left + right) / 2;
    const y = (top + bottom) / 2;
    for (const [px, py] of [[x, y], [x, top + 2], [x, bottom - 2], [left + 2, y], [right - 2, y]] as const) {
      const hit = hitAt(el, px, py);
      if (!hit || !el.contains(hit)) problems.push(`${describeTarget(el)}: a hit at (${Math.round(px)}, ${Math.round(py)}) of its ${Math.round(box.width)}×${Math.round(box.height)} box lands on ${hit ? describeTarget(hit) : 'nothing'}`);
    }
  }
  if (!targets.length) problems.push('no target to measure');
  const undersized = (t: Target) => !t.inline && (t.box.width < MIN - 0.5 || t.box.height < MIN - 0.5);
  const centre = (box: DOMRect) => [(box.left + box.right) / 2, (box.top + box.bottom) / 2] as const;
  for (const t of targets.filter(undersized)) {
    const [cx, cy] = centre(t.box);
    for (const other of targets) {
      if (other === t) continue;
      let clash: boolean;
      if (undersized(other)) {
        const [ox, oy] = centre(other.box);
        clash = Math.hypot(cx - ox, cy - oy) < MIN;
      } else {
        // The circle meets the other's box when the box's nearest point is within the radius.
        const nx = Math.max(other.box.left, Math.min(cx, other.box.right));
        const ny = Math.max(other.box.top, Math.min(cy, other.box.bottom));
        clash = Math.hypot(cx - nx, cy - ny) < MIN / 2;
      }
      if (clash) problems.push(`${describeTarget(t.el)} is ${Math.round(t.box.width)}×${Math.round(t.box.height)} px and its 24 px circle meets ${describeTarget(other.el)}`);
    }
  }
  return problems;
}

describe('target size (WCAG 2.5.8): every control 24 × 24 CSS px, or spaced as the rule allows', () => {
  after(() => setViewport(DEFAULT_VIEWPORT));
  afterEach(() => clearLoaderCache());

  for (const condition of CONDITIONS) {
    describe(condition.name, () => {
      before(() => setViewport(condition.viewport));

      for (const lang of BUILT_IN_LOCALES) {
        const dir = lang === 'ar' ? 'rtl' : 'ltr';
        for (const { name, template, reached = ready, act } of CASES) {
          it(`${name}, ${lang}`, async () => {
            const page = await fixture<HTMLElement>(html`<main lang=${lang} dir=${dir} style="padding-inline: 1em; font-size: ${condition.fontSize ?? 'inherit'}">${template()}</main>`);
            const el = page.firstElementChild as StoryWidget;
            await until(() => reached(el), 5000, `${name} reached`);
            await act?.(el);
            await el.updateComplete;
            await new Promise((resolve) => requestAnimationFrame(resolve));
            expect(targetProblems(el), name).to.deep.equal([]);
          });
        }
      }
    });
  }
});
