import type { Failure } from './article.js';
import { loaderSettings } from './loader-settings.js';
import { readBody } from './read-body.js';
import { retryDelay, shouldRetry } from './retry-policy.js';

/** What a load gives: the parsed JSON and the final URL (after redirects), or a failure. */
export type LoadResult =
  | { readonly ok: true; readonly json: unknown; readonly url: string }
  | { readonly ok: false; readonly failure: Failure };

export interface LoadOptions {
  /** `omit` (default) sends no cookies; `include` is opt-in per element. */
  readonly credentials?: 'omit' | 'include';
  /** Milliseconds per attempt before giving up with reason `timeout`. */
  readonly timeout?: number;
  /** Aborting it withdraws this caller; the request stops when no caller is left. */
  readonly signal?: AbortSignal;
  /** Skip the page cache (a refresh); the cached result is replaced only on success. */
  readonly fresh?: boolean;
}


interface Entry {
  readonly controller: AbortController;
  readonly promise: Promise<LoadResult>;
  waiters: number;
  settled: boolean;
}

// One in-flight request and one cached result per URL (and credentials mode) per page,
// shared by every element and every <article-context>.
const inFlight = new Map<string, Entry>();
const cache = new Map<string, LoadResult & { ok: true }>();

/** Counters for leak tests: how many requests are still running, how many results are cached. */
export function loaderStats(): { inFlight: number; cached: number } {
  return { inFlight: inFlight.size, cached: cache.size };
}

/** Forgets every cached document (tests, or a page that knows its data changed). */
export function clearLoaderCache(): void {
  cache.clear();
}

/** Loads a JSON document, sharing the request and the result with every other caller. */
export function loadJson(url: string, options: LoadOptions = {}): Promise<LoadResult> {
  const credentials = options.credentials ?? 'omit';
  const key = `${credentials} ${url}`;
  const cached = cache.get(key);
  if (cached && !options.fresh) return Promise.resolve(cached);

  let entry = options.fresh ? undefined : inFlight.get(key);
  if (!entry) {
    const controller = new AbortController();
    const timeout = options.timeout ?? loaderSettings.timeoutMs;
    const created: Entry = {
      controller,
      waiters: 0,
      settled: false,
      promise: fetchWithRetries(url, credentials, timeout, controller.signal, options.fresh === true).then((result) => {
        created.settled = true;
        if (inFlight.get(key) === created) inFlight.delete(key);
        if (result.ok) remember(key, result);
        return result;
      }),
    };
    entry = created;
    inFlight.set(key, entry);
  }
  return waitFor(entry, key, url, options.signal);
}

function waitFor(entry: Entry, key: string, url: string, signal?: AbortSignal): Promise<LoadResult> {
  entry.waiters += 1;
  if (!signal) return entry.promise;
  return new Promise((resolve) => {
    const withdraw = (): void => {
      entry.waiters -= 1;
      if (entry.waiters <= 0 && !entry.settled) {
        entry.controller.abort();
        if (inFlight.get(key) === entry) inFlight.delete(key);
      }
      resolve({ ok: false, failure: { reason: 'aborted', message: 'the request was withdrawn', url } });
    };
    if (signal.aborted) return withdraw();
    signal.addEventListener('abort', withdraw, { once: true });
    void entry.promise.then((result) => {
      signal.removeEventListener('abort', withdraw);
      resolve(result);
    });
  });
}

function remember(key: string, result: LoadResult & { ok: true }): void {
  cache.delete(key);
  cache.set(key, result);
  if (cache.size > loaderSettings.cacheSize) cache.delete(cache.keys().next().value as string);
}

async function fetchWithRetries(
  url: string,
  credentials: 'omit' | 'include',
  timeout: number,
  signal: AbortSignal,
  fresh: boolean,
): Promise<LoadResult> {
  for (let attempt = 0; ; attempt += 1) {
    const { result, retryAfter } = await fetchOnce(url, credentials, timeout, signal, fresh);
    if (result.ok || attempt >= loaderSettings.retries || !shouldRetry(result.failure)) return result;
    const delay = retryDelay(attempt, retryAfter);
    const stillWanted = await sleep(delay, signal);
    if (!stillWanted) return { ok: false, failure: { reason: 'aborted', message: 'the request was withdrawn', url } };
  }
}

async function fetchOnce(
  url: string,
  credentials: 'omit' | 'include',
  timeout: number,
  signal: AbortSignal,
  fresh: boolean,
): Promise<{ result: LoadResult; retryAfter?: string | null }> {
  const attempt = new AbortController();
  const stop = (): void => attempt.abort();
  signal.addEventListener('abort', stop, { once: true });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    attempt.abort();
  }, timeout);
  const fail = (failure: Omit<Failure, 'url'>): { result: LoadResult } => ({ result: { ok: false, failure: { ...failure, url } } });
  try {
    const response = await fetch(url, {
      credentials,
      signal: attempt.signal,
      headers: { Accept: 'application/json, application/feed+json;q=0.9' },
      cache: fresh ? 'no-cache' : 'default',
      referrerPolicy: 'strict-origin-when-cross-origin',
    });
    if (!response.ok) {
      const failure = fail({ reason: 'http', status: response.status, message: `the server answered ${response.status}` });
      void response.body?.cancel().catch(() => undefined);
      return { ...failure, retryAfter: response.headers.get('Retry-After') };
    }
    const body = await readBody(response, loaderSettings.maxBytes);
    if (!body.ok) return fail(body.failure);
    return { result: { ok: true, json: body.json, url: response.url || url } };
  } catch {
    if (timedOut) return fail({ reason: 'timeout', message: `no answer within ${timeout} ms` });
    if (signal.aborted) return fail({ reason: 'aborted', message: 'the request was withdrawn' });
    return fail({ reason: 'network', message: 'the request failed (network error, CORS or blocked)' });
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', stop);
  }
}

/** Resolves true after `ms`, or false as soon as `signal` aborts. */
function sleep(ms: number, signal: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve(false);
    const onAbort = (): void => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve(true);
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
