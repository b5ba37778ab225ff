import { credentialsMode } from '../core/loader.js';
import { readBody } from '../core/read-body.js';
import { safeUrl } from '../core/url-safety.js';
import { likeSettings } from '../elements/like-button/like-request.js';
import { bounded } from './fetch-document.js';
import type { FoundWidget } from './html-tree.js';

/**
 * The count each endpoint-only `<like-button>` of `buttons` gets from its endpoint (undefined:
 * none usable), which the browser asks for before it shows a number: the server renders it, so
 * the page shows it without JavaScript. One request per endpoint, as the browser's buttons of
 * one article share one.
 */
export async function likeCountsOf(buttons: readonly FoundWidget[], baseUrl: string | undefined, fetcher: typeof fetch, timeout?: number): Promise<Map<FoundWidget, number | undefined>> {
  const requests = new Map<string, Promise<number | undefined>>();
  const asked = buttons.flatMap((button) => {
    const endpoint = uncountedEndpoint(button, baseUrl);
    if (!endpoint) return [];
    if (!requests.has(endpoint)) requests.set(endpoint, fetchLikeCount(endpoint, fetcher, timeout));
    return [[button, requests.get(endpoint)!] as const];
  });
  return new Map(await Promise.all(asked.map(async ([button, count]) => [button, await count] as const)));
}

/**
 * The absolute endpoint of a like button that has one and no count of its own nor any document
 * (no `src`, no inline JSON, no context): the one whose count the server asks for.
 */
function uncountedEndpoint({ inlineJson, attributes, context, shadowRoot }: FoundWidget, baseUrl: string | undefined): string | undefined {
  // As the element reads `count`: a whole number from 0 to 2^53 − 1, else none.
  const count = Number(attributes.get('count')?.trim() || NaN);
  if (inlineJson !== undefined || context || attributes.has('src') || (Number.isSafeInteger(count) && count >= 0)) return;
  // Not asked for a button the render leaves as it is: rendered before, or left to the browser.
  if ((shadowRoot && attributes.get('state') !== 'error') || credentialsMode(attributes.get('credentials') ?? '') === 'include') return;
  return safeUrl(attributes.get('endpoint') ?? '', baseUrl ?? 'about:blank')?.replace(/#.*/s, '');
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
    const count = body.ok ? (Object(body.json) as { count?: unknown }).count : undefined;
    return Number.isSafeInteger(count) && (count as number) >= 0 ? (count as number) : undefined;
  } catch {
    return;
  } finally {
    clearTimeout(timer);
  }
}
