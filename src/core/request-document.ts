import type { Failure } from './article.js';
import { loaderSettings } from './loader-settings.js';
import { readBody } from './read-body.js';
import { retryDelay, shouldRetry } from './retry-policy.js';
import { readXml } from './xml-document.js';

/** What a load gives: the parsed JSON (or XML feed document) and the final URL (after redirects), or a failure. */
export type LoadResult =
  | { readonly ok: true; readonly json: unknown; readonly url: string }
  | { readonly ok: false; readonly failure: Failure };

/** Why a `fetch` threw: its signal's time-out, or the network (also CORS and blockers). */
export function fetchFailure(timedOut: boolean, timeout: number): Omit<Failure, 'url'> {
  return timedOut ? { reason: 'timeout', message: `no answer in ${timeout} ms` } : { reason: 'network', message: 'offline, CORS or blocked' };
}

/** An answer whose HTTP status is not a success (the document loader's and the like button's). */
export const httpFailure = (status: number): Failure => ({ reason: 'http', message: `HTTP ${status}`, status });

/**
 * Requests a document, attempt after attempt, by the loader's rules (the browser's loader and
 * the server renderer alike): what it accepts, the size cap, charsets, XML feeds, refused media
 * types, retries with backoff or `Retry-After`, and the final URL (after redirects). Never rejects.
 * @param stop aborting it ends the request, also while it waits to retry; so does a time-out
 * @param fetcher the page's `fetch`, or the one a site gives the server renderer
 * @param init the request's credentials and cache mode
 * @param timeout milliseconds per attempt before giving up with reason `timeout`
 */
export async function requestDocument(stop: AbortController, url: string, fetcher: typeof fetch, init: RequestInit, timeout: number): Promise<LoadResult> {
  const { signal } = stop;
  for (let attempt = 0; ; attempt++) {
    let failure: Omit<Failure, 'url'>;
    let retryAfter: string | null | undefined;
    // A time-out ends the whole request (it is not retried). The signal also aborts when the
    // loader's last caller withdraws, but then nobody reads the answer.
    const timer = setTimeout(() => stop.abort(), timeout);
    try {
      // Written out here, not as a constant: the ES CDN file has no byte to spare. JSON first;
      // anything else the readers know (an RSS or Atom feed) last, so a server that negotiates
      // answers a feed URL with its feed rather than 406.
      const response = await fetcher(url, { ...init, signal, headers: { Accept: 'application/json,application/feed+json;q=0.9,*/*;q=0.1' } });
      const { status } = response;
      if (response.ok) {
        const body = await readBody(response, loaderSettings.maxBytes, readXml);
        if (body.ok) return { ...body, url: response.url || url };
        failure = body.failure;
      } else {
        void response.body?.cancel().catch(() => {});
        retryAfter = response.headers.get('Retry-After');
        failure = httpFailure(status);
      }
    } catch {
      failure = fetchFailure(signal.aborted, timeout);
    } finally {
      clearTimeout(timer);
    }
    if (attempt >= loaderSettings.retries || !shouldRetry(failure)) return { ok: false, failure: { ...failure, url } };
    // Aborted while it waits, it tries no more and settles (in the loader nobody reads it then).
    await new Promise((resolve) => {
      const wait = setTimeout(resolve, retryDelay(attempt, retryAfter));
      signal.onabort = () => resolve(clearTimeout(wait));
    });
    if (signal.aborted) return { ok: false, failure: { ...fetchFailure(true, timeout), url } };
  }
}
