import type { Failure } from './article.js';
import { loaderSettings } from './loader-settings.js';
import { readBody } from './read-body.js';
import { retryDelay, shouldRetry } from './retry-policy.js';
import { readXml } from './xml-document.js';

/** What a load gives: the parsed JSON (or XML feed document) and the final URL (after redirects), or a failure. */
export type LoadResult =
  | { readonly ok: true; readonly json: unknown; readonly url: string }
  | { readonly ok: false; readonly failure: Failure };

// One in-flight request and one cached result per URL (and credentials mode) per page,
// shared by every element and every <article-context>. Both are functions that add a caller
// (a cached result has nothing to withdraw).
type Join = (signal?: AbortSignal) => LoadResult | Promise<LoadResult>;
const inFlight = new Map<string, Join>();
const cache = new Map<string, Join>();

/** What a document request asks for (the browser's loader and the server renderer alike). */
export const DOCUMENT_ACCEPT = 'application/json, application/feed+json;q=0.9';

/** Counters for leak tests: how many requests are still running, how many results are cached. */
export function loaderStats(): { inFlight: number; cached: number } {
  return { inFlight: inFlight.size, cached: cache.size };
}

/** Forgets every cached document (tests, or a page that knows its data changed). */
export function clearLoaderCache(): void {
  cache.clear();
}

/** Why a `fetch` threw: its signal's time-out, or the network (also CORS and blockers). */
export function fetchFailure(timedOut: boolean, timeout: number): Omit<Failure, 'url'> {
  return timedOut ? { reason: 'timeout', message: `no answer in ${timeout} ms` } : { reason: 'network', message: 'offline, CORS or blocked' };
}

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
    const { signal: stop } = controller;
    const forget = (): void => void (inFlight.get(key) === join && inFlight.delete(key));
    const ms = timeout ?? loaderSettings.timeoutMs;
    let callers = 0;
    const promise = (async (): Promise<LoadResult> => {
      for (let attempt = 0; ; attempt++) {
        let failure: Omit<Failure, 'url'>;
        let retryAfter: string | null | undefined;
        // A time-out ends the whole request (it is not retried). The signal also aborts when the
        // last caller withdraws, but then nobody reads the answer.
        const timer = setTimeout(() => controller.abort(), ms);
        try {
          // The page's referrer policy applies, as to its images.
          const response = await fetch(url, {
            credentials,
            signal: stop,
            headers: { Accept: DOCUMENT_ACCEPT },
            cache: fresh ? 'no-cache' : undefined,
          });
          const { ok, status } = response;
          if (ok) {
            const body = await readBody(response, loaderSettings.maxBytes, readXml);
            if (body.ok) {
              const result = { ...body, url: response.url || url };
              // The first cached goes first (a refresh keeps its place).
              if (cache.set(key, () => result).size > loaderSettings.cacheSize) cache.delete(cache.keys().next().value!);
              return result;
            }
            failure = body.failure;
          } else {
            void response.body?.cancel().catch(() => undefined);
            retryAfter = response.headers.get('Retry-After');
            failure = { reason: 'http', status, message: `HTTP ${status}` };
          }
        } catch {
          failure = fetchFailure(stop.aborted, ms);
        } finally {
          clearTimeout(timer);
        }
        if (attempt >= loaderSettings.retries || !shouldRetry(failure)) return { ok: false, failure: { ...failure, url } };
        // A request withdrawn while it waits never wakes up: nobody waits for its answer.
        await new Promise((resolve) => {
          const wait = setTimeout(resolve, retryDelay(attempt, retryAfter));
          stop.onabort = () => clearTimeout(wait);
        });
      }
    })().finally(forget);
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
