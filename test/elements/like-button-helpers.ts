// Small readers over a <like-button>'s shadow DOM and the fake like endpoint, so the tests say
// what a reader sees and what the server got.
import type { LikeButton } from '../../src/elements/like-button/like-button.js';
import { hits } from '../support/fixtures.js';

/** The fake like endpoint of test/support/test-api.mjs. */
export function likesUrl(key: string, params: Record<string, string | number> = {}): string {
  const query = new URLSearchParams({ key, ...Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)])) });
  return `/test-api/likes?${query}`;
}

export const button = (el: LikeButton): HTMLButtonElement => el.shadowRoot!.querySelector('button')!;
export const pressed = (el: LikeButton): string | null => button(el).getAttribute('aria-pressed');
export const status = (el: LikeButton): string => el.shadowRoot!.querySelector('[part=status]')!.textContent!.trim();
/** The POSTs the fake endpoint got under `key`. */
export const posts = async (key: string) => (await hits(key)).filter((hit) => hit.method === 'POST');
/** Their bodies. */
export const sent = async (key: string) => (await posts(key)).map((hit) => JSON.parse(hit.body ?? '') as { visitor: string; liked: boolean });
