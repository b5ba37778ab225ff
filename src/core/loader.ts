import { loaderSettings } from './loader-settings.js';
import { nextTask } from './next-task.js';
import { type LoadResult, requestDocument } from './request-document.js';

// One in-flight request and one cached result per URL (and credentials mode) per page,
// shared by every element and every <article-context>. Both are functions that add a caller
// (a cached result has nothing to withdraw).
type Join = (signal?: AbortSignal) => LoadResult | Promise<LoadResult>;
const inFlight = new Map<string, Join>();
const cache = new Map<string, Join>();

/** Counters for leak tests: how many requests are still running, how many results are cached. */
export function loaderStats(): { inFlight: number; cached: number } {
  return { inFlight: inFlight.size, cached: cache.size };
}

/** Forgets every cached document (tests, or a page that knows its data changed). */
export function clearLoaderCache(): void {
  cache.clear();
}

/**
 * The request mode of an element's `credentials`: `include` (an enumerated attribute, so in any
 * case) sends cookies; anything else, `same-origin` too, sends none.
 */
export const credentialsMode = (value: string): 'omit' | 'include' => (/^\s*include\s*$/i.test(value) ? 'include' : 'omit');

/**
 * Loads a JSON document or an XML feed, sharing the request and the result with every other caller.
 * @param credentials `omit` (default) sends no cookies; `include` is opt-in per element
 * @param timeout milliseconds per attempt before giving up with reason `timeout` (default `loaderSettings.timeoutMs`)
 * @param signal aborting it withdraws this caller; the request stops when no caller is left
 * @param fresh skip the page cache (a refresh); the cached result is replaced only on success
 */
export async function loadJson(url: string, credentials: 'omit' | 'include' = 'omit', timeout?: number | null, signal?: AbortSignal, fresh?: boolean): Promise<LoadResult> {
  const key = credentials + ' ' + url;
  let join = fresh ? undefined : (cache.get(key) ?? inFlight.get(key));
  if (!join) {
    const controller = new AbortController();
    const forget = (): boolean => inFlight.get(key) === join && inFlight.delete(key);
    let callers = 0;
    // The page's referrer policy applies, as to its images. The request never rejects. It
    // starts in a task of its own: a page's first `fetch()` holds the main thread 2–4 ms before
    // the request leaves (18 ms at 4× CPU), which the connecting widget's task, rendering its
    // placeholder too, need not carry.
    const promise = nextTask().then(() => requestDocument(controller, url, fetch, { credentials, cache: fresh ? 'no-cache' : undefined }, timeout ?? loaderSettings.timeoutMs)).then((result) => {
      forget();
      // The first cached goes first (a refresh keeps its place).
      // Not a function made here: it would keep this call's scope alive in the cache, and with it
      // the widgets that asked (every card of a page's round stayed in memory: test/hardening/heap.mjs).
      if (result.ok && cache.set(key, Promise.resolve.bind(Promise, result) as Join).size > loaderSettings.cacheSize) cache.delete(cache.keys().next().value!);
      return result;
    });
    join = (signal) =>
      new Promise((resolve) => {
        callers++;
        const withdraw = (): void => {
          if (!--callers) {
            controller.abort();
            forget();
          }
          resolve({ ok: false, failure: { reason: 'aborted', message: 'withdrawn' } });
        };
        if (signal?.aborted) withdraw();
        else signal?.addEventListener('abort', withdraw);
        void promise.then(resolve);
      });
    inFlight.set(key, join);
  }
  return join(signal);
}
