import type { Failure } from '../core/article.js';
import { DOCUMENT_ACCEPT, type LoadResult, fetchFailure } from '../core/loader.js';
import { loaderSettings } from '../core/loader-settings.js';
import { readBody } from '../core/read-body.js';
import { retryDelay, shouldRetry } from '../core/retry-policy.js';
import { readXml } from '../core/xml-document.js';

/**
 * Fetches a document at render time by the browser loader's rules: the same `Accept`, no
 * cookies, the same time-out, size cap, charsets, XML feeds, refused media types, retries and backoff, and the
 * final URL (after redirects) as the base of the URLs inside. It has no cache of its own:
 * the caller shares one request per URL within a page, and a `fetch` given by the site may cache.
 * Never rejects.
 */
export async function fetchDocument(url: string, fetcher: typeof fetch, timeout: number = loaderSettings.timeoutMs): Promise<LoadResult> {
  for (let attempt = 0; ; attempt++) {
    let failure: Omit<Failure, 'url'>;
    let retryAfter: string | null = null;
    const signal = AbortSignal.timeout(timeout);
    try {
      const response = await fetcher(url, { signal, credentials: 'omit', headers: { Accept: DOCUMENT_ACCEPT } });
      const { ok, status } = response;
      if (ok) {
        const body = await readBody(response, loaderSettings.maxBytes, readXml);
        if (body.ok) return { ...body, url: response.url || url };
        failure = body.failure;
      } else {
        void response.body?.cancel().catch(() => undefined);
        retryAfter = response.headers.get('Retry-After');
        failure = { reason: 'http', status, message: `HTTP ${status}` };
      }
    } catch {
      failure = fetchFailure(signal.aborted, timeout);
    }
    if (attempt >= loaderSettings.retries || !shouldRetry(failure)) return { ok: false, failure: { ...failure, url } };
    await new Promise((resolve) => setTimeout(resolve, retryDelay(attempt, retryAfter)));
  }
}
