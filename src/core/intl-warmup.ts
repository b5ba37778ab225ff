import { nextTask } from './next-task.js';

/**
 * The first `Intl.DateTimeFormat` or `Intl.NumberFormat` a page builds loads the browser's ICU
 * data, once for the whole process: 20–35 ms on a fast machine, 80–220 ms at 4× CPU throttling,
 * in one task. A worker (from a `data:` URL, so no extra file) builds the widgets' kinds of
 * formatter first (dates, numbers, lists, plurals, and `<language-switcher>`'s language names);
 * once it is done the main thread's first formatter costs a few ms. `intlWarming` is that wait
 * while it lasts (at most a second), then undefined.
 */
export let intlWarming: Promise<unknown> | undefined;

/**
 * Builds one formatter of each kind in a worker for `lang` (a JSON string); settles when the
 * worker is done or failed, or after a second. An invalid `lang` (or a missing formatter) throws
 * in the worker: caught there, so the page's console stays quiet. A `data:` URL, not a Blob's:
 * registering a Blob is a synchronous call to the browser process, which cost the main thread
 * about 15 ms while the page loads (unthrottled, against 2 ms), and its URL would stay registered.
 * Exported for tests. @internal
 */
export const warmUp = (lang: string): Promise<unknown> =>
  new Promise((done) => {
    const worker = new Worker(
      'data:text/javascript,' + encodeURIComponent(`try{let l=${lang};new Intl.DateTimeFormat(l,{dateStyle:'medium'}).format(0);new Intl.NumberFormat(l).format(0);new Intl.ListFormat(l).format([]);new Intl.DisplayNames(l,{type:'language'}).of(l);new Intl.PluralRules(l).select(0)}catch{}postMessage(0);close()`),
    );
    // A worker that never starts (a refusal, a busy machine) holds nothing up for long; one that
    // answers clears the timer, which would otherwise wake the page a second later for nothing.
    const timer = setTimeout(done, 1000);
    worker.onmessage = worker.onerror = () => done(clearTimeout(timer));
  });

/** Makes `wait` the warm-up, over (undefined again) once it settles, whichever way. */
const warmUpUntil = (wait: Promise<unknown>): unknown => (intlWarming = wait.catch(() => {}).then(() => (intlWarming = undefined)));

try {
  // A page declaring its policy in a <meta> is not asked: most such policies refuse a `data:`
  // worker (or, enforcing Trusted Types, its string URL), and the refusal would be reported.
  // A policy sent as a header cannot be read: README, Performance, says what to allow. Only the
  // head is looked at (a policy elsewhere is ignored by the browser), not the whole article.
  if (typeof Worker == 'function' && !document.head?.querySelector('meta[http-equiv=content-security-policy i]')) {
    const lang = JSON.stringify(document.documentElement.lang || 'en');
    // Starting a worker costs the main thread about 10 ms at 4× CPU: in a task of its own, the
    // first after this module's (the document to format is a round trip away at least). Refused
    // at once, the first formatter is built on the main thread.
    warmUpUntil(nextTask().then(() => warmUp(lang)));
  }
} catch {
  // No document (the server renderer): nothing to warm up.
}

/** For tests: a warm-up that lasts until the returned function is called. @internal */
export function holdWarmUp(): () => void {
  let release!: () => void;
  warmUpUntil(new Promise<void>((done) => (release = done)));
  return release;
}
