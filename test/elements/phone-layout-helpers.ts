// What the phone-layout tests share: the viewports, the Layout Instability API, and the check
// that a widget whose document is late moves nothing when it arrives.
import { expect } from '@open-wc/testing';
import { PHONE } from '../support/small-screens.js';
import { sleep, until } from '../support/wait.js';

/** The phones of the layout-shift audit: 320 and 390 CSS px wide. */
export const PHONES = [PHONE, { width: 390, height: 780 }];
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
 */
export async function expectNothingMovesWhileLoading(el: HTMLElement & { updateComplete: Promise<unknown> }, below: HTMLElement, what: () => string): Promise<void> {
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
