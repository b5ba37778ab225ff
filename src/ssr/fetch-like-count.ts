import { count as countOf } from '../core/json-guards.js';
import { readBody } from '../core/read-body.js';
import { withoutFragment } from '../core/url-safety.js';
import { type LikeButton, countFor, endpointFor } from '../elements/like-button/like-button.js';
import { likeSettings } from '../elements/like-button/like-request.js';
import { bounded } from './fetch-document.js';

/**
 * The endpoint a like button, given its document, would ask for its count before it shows a
 * number (CONTRACT §4): one from the document's `likes` (or, without a document, the `endpoint`
 * attribute) with no count in either. Read as the element reads them (like-button.ts), without
 * the fragment, which is no part of the request. Undefined when it has a count or is no ready
 * button with an endpoint.
 */
export function uncountedEndpoint(button: LikeButton): string | undefined {
  // Protected on the element: the server reads what the browser's element would show.
  const article = button['article'];
  if (button.state !== 'ready' || countFor(button, article) !== undefined) return;
  const endpoint = endpointFor(button, article);
  return endpoint && withoutFragment(endpoint);
}

/**
 * The count each endpoint gives now, one request per endpoint, as the browser's buttons of one
 * article share one (undefined: none usable).
 */
export async function likeCountsOf(endpoints: Iterable<string>, fetcher: typeof fetch, timeout?: number): Promise<Map<string, number | undefined>> {
  return new Map(await Promise.all([...new Set(endpoints)].map(async (endpoint) => [endpoint, await fetchLikeCount(endpoint, fetcher, timeout)] as const)));
}

/**
 * The count a like endpoint gives now (`GET <endpoint>`, contract §4's live state, with no
 * visitor: the server renders for no reader in particular). No cookies, the like requests'
 * time-out and size cap, no redirects (as the browser's like requests); a site's `fetch` that
 * ignores the signal is cut off at the time-out too (`bounded`). Undefined for anything but
 * `200 {"count": n}` with n a whole number from 0 to 2^53 − 1; never rejects.
 */
async function fetchLikeCount(endpoint: string, fetcher: typeof fetch, timeout: number = likeSettings.timeoutMs): Promise<number | undefined> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeout);
  try {
    const response = await bounded(fetcher)(endpoint, { credentials: 'omit', redirect: 'error', signal: controller.signal, headers: { Accept: 'application/json' } });
    if (!response.ok) return;
    const body = await readBody(response, likeSettings.maxBytes);
    return body.ok ? countOf((Object(body.json) as { count?: unknown }).count) : undefined;
  } catch {
    return;
  } finally {
    clearTimeout(timer);
  }
}
