// Small builders over the source article, so tests say only what differs.
import seed from '../fixtures/seed-article.json' with { type: 'json' };

export type Json = Record<string, unknown>;

/** A fresh copy of the source article, with `overrides` applied at the top level. */
export function article(overrides: Json = {}): Json {
  return { ...structuredClone(seed as Json), ...overrides };
}

/** URL of the fake backend's document route (see test/support/test-api.mjs). */
export function docUrl(key: string, params: Record<string, string | number> = {}): string {
  const search = new URLSearchParams({ key, ...Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)])) });
  return `/test-api/doc?${search}`;
}

/** Requests the fake backend saw for `key`. */
export async function hits(key: string): Promise<{ method: string; url: string; body?: string; cookie?: string; contentType?: string }[]> {
  const response = await fetch(`/test-api/hits?key=${encodeURIComponent(key)}`);
  return (await response.json()) as { method: string; url: string; body?: string; cookie?: string; contentType?: string }[];
}

let counter = 0;
/** A key no other test uses, so counts never mix. */
export function uniqueKey(name: string): string {
  counter += 1;
  return `${name}-${Date.now()}-${counter}`;
}
