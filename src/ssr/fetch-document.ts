import { loaderSettings } from '../core/loader-settings.js';
import { type LoadResult, requestDocument } from '../core/request-document.js';

/**
 * Fetches a document at render time by the browser loader's rules: the same `Accept`, no
 * cookies, the same time-out, size cap, charsets, XML feeds, refused media types, retries and backoff, and the
 * final URL (after redirects) as the base of the URLs inside. It has no cache of its own:
 * the caller shares one request per URL within a page, and a `fetch` given by the site may cache.
 * Never rejects.
 */
export function fetchDocument(url: string, fetcher: typeof fetch, timeout: number = loaderSettings.timeoutMs): Promise<LoadResult> {
  return requestDocument(new AbortController(), url, bounded(fetcher), { credentials: 'omit' }, timeout);
}

/**
 * The site's `fetch`, ended by the time-out's abort even when it ignores the signal (a cache
 * wrapper that calls `fetch(url)` without its `init`, say): the render never waits past it.
 * Whichever settles first, the abort listener goes with the race (a long-lived signal given
 * by a caller would otherwise keep one per request).
 */
export const bounded =
  (fetcher: typeof fetch): typeof fetch =>
  (input, init) => {
    const signal = init?.signal;
    let onAbort = (): void => undefined;
    const aborted = new Promise<never>((_, reject) => {
      onAbort = () => reject(signal!.reason as Error);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
    return Promise.race([fetcher(input, init), aborted]).finally(() => signal?.removeEventListener('abort', onAbort));
  };
