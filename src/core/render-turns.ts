import { textsLoading } from '../i18n/catalogue.js';
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
  if (sliceStart === undefined) {
    sliceStart = now;
    // A later task starts a new slice.
    setTimeout(() => (sliceStart = undefined));
  }
  return now - sliceStart > SLICE_MS;
}
/**
 * What a widget's update waits for, if anything (undefined: render now). Widgets render one
 * after another until they have used a slice of the task, then each waits for its turn, in
 * order: a task boundary whenever a slice is spent, so input and frames come in between and no
 * task is long. An update that shows a document (its dates and counts build `Intl`
 * formatters) also waits for the ICU warm-up (src/core/intl-warmup.ts); `showsDocument` may be
 * a check made when the turn comes, if the warm-up still lasts then (a connection waiting in
 * line may be given its document meanwhile). `notThisTask`: the first of a line of turns waits
 * for a task boundary too (the task is some other work's).
 */
export function renderTurn(showsDocument: boolean | (() => boolean), notThisTask = false): Promise<unknown> | undefined {
  const warming = showsDocument && (intlWarming || textsLoading) && (Promise.all([intlWarming, textsLoading]) as Promise<unknown>);
  if (!tail && !warming && !notThisTask && !sliceSpent()) return;
  // Each turn is chained to the one before, and the widget's render is chained to its turn
  // before the next turn is: so the next check sees the time that render took.
  const turn = (tail = (tail ?? (notThisTask ? nextSlice() : Promise.resolve()))
    .then(() => warming && (showsDocument === true || showsDocument()) && warming)
    .then(() => (sliceSpent() ? nextSlice() : undefined)));
  void turn.then(() => tail === turn && (tail = undefined));
  return turn;
}
