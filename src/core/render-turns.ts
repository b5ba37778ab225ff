import { intlWarming } from './intl-warmup.js';

/** How long widgets may render one after another in a task before letting the browser in. */
const SLICE_MS = 8;
let sliceStart: number | undefined;

/** A task boundary: `scheduler.yield()` where the browser has it (its continuation goes first), a timer elsewhere. */
const nextTask = (): Promise<void> => (globalThis as { scheduler?: { yield?(): Promise<void> } }).scheduler?.yield?.() ?? new Promise((done) => setTimeout(done));

/**
 * What a widget's update waits for, if anything: the ICU warm-up when the update shows a
 * document (its dates and counts build `Intl` formatters), else the next task when widgets
 * already rendered for a slice in this one, so input and frames come between them and no
 * task is long. Undefined: render now.
 */
export function renderTurn(showsDocument: boolean): Promise<void> | undefined {
  if (showsDocument && intlWarming) return intlWarming.then(nextTask);
  const now = performance.now();
  if (sliceStart === undefined) {
    sliceStart = now;
    // The next task starts a new slice.
    setTimeout(() => (sliceStart = undefined));
  }
  if (now - sliceStart > SLICE_MS) {
    sliceStart = undefined;
    return nextTask();
  }
}
