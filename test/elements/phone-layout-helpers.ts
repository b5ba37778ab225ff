// What the phone-layout tests share: the viewports, the Layout Instability API, and the check
// that a widget whose document is late moves nothing when it arrives.
import { expect, fixture, html } from '@open-wc/testing';
import type { LikeButton } from '../../src/elements/like-button/like-button.js';
import { uniqueKey } from '../support/fixtures.js';
import { PHONE, spaceText } from '../support/small-screens.js';
import { sleep, until } from '../support/wait.js';
import { likesUrl } from './like-button-helpers.js';

/** The phones of the layout-shift audit: 320 and 390 CSS px wide. */
export const PHONES = [PHONE, { width: 390, height: 780 }];
/** The reader's text: the page's size, and a phone's large-text settings (Android's font size, a browser's default of 20 px or more). */
export const TEXT_SIZES = ['100%', '125%', '150%', '175%', '200%'];
/** Locales whose texts differ most in length and direction. */
export const LOCALES = [
  { lang: 'en', dir: 'ltr' },
  { lang: 'fr', dir: 'ltr' },
  { lang: 'ar', dir: 'rtl' },
];

/** The Layout Instability API's shift scores from now on (Chromium), and a way to stop listening. */
export function layoutShifts(): { scores: number[]; stop: () => void } {
  const scores: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) scores.push((entry as PerformanceEntry & { value: number }).value);
  });
  observer.observe({ type: 'layout-shift' });
  return { scores, stop: () => observer.disconnect() };
}

/** Two frames and a little more: layout-shift entries are reported after the frame that moved. */
export const settle = async (): Promise<void> => {
  for (let i = 0; i < 2; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
  await sleep(50);
};

/**
 * Widget `el` placed above `below` in a page column, its document late: once its placeholder
 * shows, waits for the document and checks that neither its height nor what is under it moved,
 * and that the browser saw no layout shift. `what` names what it shows then, for the messages.
 * With `spacing`, the page and the widget's shadow tree have WCAG 1.4.12's text spacing
 * (TEXT_SPACING) from its placeholder on.
 */
export async function expectNothingMovesWhileLoading(el: HTMLElement & { updateComplete: Promise<unknown> }, below: HTMLElement, what: () => string, spacing = false): Promise<void> {
  const unspace = spacing ? [spaceText(document), spaceText(el.shadowRoot!)] : [];
  try {
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
  } finally {
    for (const undo of unspace) undo();
  }
}

/**
 * A like button in a page's actions row, a paragraph under it, its live count (`base`) 700 ms
 * late: checks that neither its height nor what is under it moved, and that the browser saw no
 * layout shift, from its placeholder to the sentence. Returns the button, its status line and
 * its sentence in quotes, for the messages.
 */
export async function expectLikeButtonStill(lang: string, dir: string, base: number): Promise<{ el: LikeButton; status: Element; what: string }> {
  const page = await fixture<HTMLElement>(html`<main style="padding-inline: 1em; line-height: 1.6" lang=${lang} dir=${dir}>
    <footer style="display: flex; flex-wrap: wrap; align-items: center; gap: 1rem"><like-button endpoint=${likesUrl(uniqueKey('phone-like'), { delay: 700, base })}></like-button></footer>
    <p>Under the button</p>
  </main>`);
  const el = page.querySelector('like-button')!;
  const below = page.querySelector('p')!;
  await until(() => !!el.shadowRoot?.querySelector('.bar'), 5000, 'the placeholder');
  await settle();
  const before = { height: el.getBoundingClientRect().height, below: below.getBoundingClientRect().top };
  const shifts = layoutShifts();
  const status = el.shadowRoot!.querySelector('[part=status]')!;
  await until(() => status.textContent!.trim() !== '' && !el.shadowRoot!.querySelector('.bar'), 5000, 'the live count');
  await settle();
  shifts.stop();
  const what = `"${status.textContent!.trim()}"`;
  expect(el.getBoundingClientRect().height, `the button's height with ${what}`).to.equal(before.height);
  expect(below.getBoundingClientRect().top, `what is under it, with ${what}`).to.equal(before.below);
  expect(shifts.scores, `layout shifts with ${what}`).to.deep.equal([]);
  return { el, status, what };
}
