import { loadCatalogue } from '../i18n/catalogue.js';
import { intlWarming } from './intl-warmup.js';
import { nextTask } from './next-task.js';

/** How long widgets may render one after another in a task before letting the browser in. */
const SLICE_MS = 8;
/** When the current slice of rendering began; undefined until a widget renders in this task. */
let sliceStart: number | undefined;
/** The turn of the last widget waiting for one: the next in line waits behind it. */
let tail: Promise<unknown> | undefined;

/**
 * A task boundary, after which a new slice begins at once: the render that follows the boundary
 * is the slice's first and counts (begun at the next check, it would not, and the task would
 * hold that render and one more).
 */
const nextSlice = (): Promise<void> =>
  nextTask().then(() => {
    sliceStart = undefined;
    sliceSpent();
  });

function sliceSpent(): boolean {
  const now = performance.now();
  if (sliceStart == null) {
    sliceStart = now;
    // The next task starts a new slice. (A yield's continuation, not a timer: it comes right
    // after this task, and a timer's task costs the page more, about 0.5 ms at 4× CPU.)
    void nextTask().then(() => (sliceStart = undefined));
  }
  return now - sliceStart > SLICE_MS;
}
/**
 * What a render showing a document in `locale` waits for first, if anything: the ICU warm-up
 * (its dates and counts build `Intl` formatters; src/core/intl-warmup.ts), unless it `formats`
 * none, and, while it is on its way, the locale's built-in catalogue (a chunk of the ES CDN
 * file): the warm-up a second at most, the catalogue three (src/i18n/built-in-chunks.ts).
 */
export function beforeDocumentRender(locale: string, formats = true): Promise<unknown> | undefined {
  const texts = loadCatalogue(locale);
  const intl = formats && intlWarming;
  return intl || texts ? Promise.all([intl, texts]) : undefined;
}

/**
 * Joins the end of the line: `render` runs at the turn, chained to it before any later turn's
 * check is, so that check sees the time the render took. `holdLine`: what the turn waits for
 * when it comes, the turns behind it waiting too.
 */
function inLine<T>(render: () => T, notThisTask?: boolean, holdLine?: () => unknown): Promise<T> {
  const turn = (tail = (tail ?? (notThisTask ? nextSlice() : Promise.resolve()))
    .then(holdLine)
    .then(() => (sliceSpent() ? nextSlice() : undefined)));
  void turn.then(() => tail === turn && (tail = undefined));
  return turn.then(render);
}

/**
 * Runs a widget's `render` (its update, or its connection and first render) when it may: at
 * once, returning its result, or at its turn, returning a promise of it. Widgets render one
 * after another until they have used a slice of the task, then each waits for its turn, in
 * order: a task boundary whenever a slice is spent, so input and frames come in between and no
 * task is long. An update that shows a document first waits, out of the line, for what a render
 * in its locale needs (`documentWait`: the widget's `beforeDocumentRender`), then joins the
 * line's end: a widget in English never waits for another language's texts. `showsDocument`
 * may instead be a check made when the turn comes (a connection waiting in line may be given
 * its document meanwhile): such a turn waits in the line, so the elements after it connect
 * after it (an `<article-context>`'s widgets find its document). `notThisTask`: the first of a
 * line of turns waits for a task boundary too (the task is some other work's).
 */
export function renderTurn<T>(showsDocument: boolean | (() => boolean), documentWait: () => Promise<unknown> | undefined, render: () => T, notThisTask = false): T | Promise<T> {
  const waiting = showsDocument === true && documentWait();
  if (waiting) return waiting.then(() => inLine(render));
  if (!tail && !notThisTask && !sliceSpent()) return render();
  return inLine(render, notThisTask, typeof showsDocument == 'function' ? () => showsDocument() && documentWait() : undefined);
}
