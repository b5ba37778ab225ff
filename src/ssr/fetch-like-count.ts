import { readBody } from '../core/read-body.js';
import { likeSettings } from '../elements/like-button/like-request.js';

/**
 * The count a like endpoint gives now (`GET <endpoint>`, contract §4's live state, with no
 * visitor: the server renders for no reader in particular), for a `<like-button>` that has an
 * endpoint and no count, so that the page shows it without JavaScript. No cookies, the like
 * requests' time-out and size cap, no redirects (as the browser's like requests). Undefined for
 * anything but `200 {"count": n}` with n a whole number from 0 to 2^53 − 1; never rejects.
 */
export async function fetchLikeCount(endpoint: string, fetcher: typeof fetch, timeout: number = likeSettings.timeoutMs): Promise<number | undefined> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeout);
  try {
    const response = await Promise.race([
      fetcher(endpoint, { credentials: 'omit', redirect: 'error', signal: controller.signal, headers: { Accept: 'application/json' } }),
      // A site's `fetch` that ignores the signal must not hold the render past the time-out.
      new Promise<never>((_, reject) => controller.signal.addEventListener('abort', () => reject(new Error('time-out')), { once: true })),
    ]);
    if (!response.ok) return;
    const body = await readBody(response, likeSettings.maxBytes);
    const count = body.ok ? (Object(body.json) as { count?: unknown }).count : undefined;
    return Number.isSafeInteger(count) && (count as number) >= 0 ? (count as number) : undefined;
  } catch {
    return;
  } finally {
    clearTimeout(timer);
  }
}
