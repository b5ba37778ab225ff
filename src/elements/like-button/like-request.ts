import type { Failure } from '../../core/article.js';
import { field, isRecord } from '../../core/json-guards.js';
import { readBody } from '../../core/read-body.js';
import type { LikeValue } from './like-state.js';

/** Tunables, exported so tests can shorten waits; not part of the public API. */
export const likeSettings = {
  /** A like request that takes longer fails with reason `timeout`. */
  timeoutMs: 8_000,
  /** How long the status line says the like could not be saved. */
  noticeMs: 4_000,
  /** A like answer is a few bytes; anything much bigger is not one. */
  maxBytes: 16 * 1024,
};

export type LikeResult = { readonly ok: true; readonly value: LikeValue } | { readonly ok: false; readonly failure: Failure };

/**
 * Sends one like or unlike: `POST <endpoint>` with `{"visitor","liked"}` as JSON. Resolves
 * with the server's `{count, liked}`, or a failure (network, timeout, http, not-json, invalid);
 * never rejects and never retries — a like is the visitor's act, repeated only by them.
 */
export async function sendLike(endpoint: string, visitor: string, liked: boolean, credentials: 'omit' | 'include'): Promise<LikeResult> {
  const abort = new AbortController();
  const timeout = likeSettings.timeoutMs;
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    abort.abort();
  }, timeout);
  const fail = (failure: Omit<Failure, 'url'>): LikeResult => ({ ok: false, failure: { ...failure, url: endpoint } });
  try {
    const response = await fetch(endpoint, {
      method: 'POST',
      credentials,
      signal: abort.signal,
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ visitor, liked }),
      cache: 'no-store',
      // The contract allows requests to the like endpoint only, not wherever it redirects.
      redirect: 'error',
      referrerPolicy: 'strict-origin-when-cross-origin',
    });
    if (!response.ok) {
      void response.body?.cancel().catch(() => undefined);
      return fail({ reason: 'http', status: response.status, message: `the like endpoint answered ${response.status}` });
    }
    const body = await readBody(response, likeSettings.maxBytes);
    if (!body.ok) return fail(body.failure);
    const value = readAnswer(body.json);
    return value ? { ok: true, value } : fail({ reason: 'invalid', message: 'the answer is not {"count": number, "liked": boolean}' });
  } catch {
    if (timedOut) return fail({ reason: 'timeout', message: `no answer within ${timeout} ms` });
    return fail({ reason: 'network', message: 'the like request failed (network error, CORS or blocked)' });
  } finally {
    clearTimeout(timer);
  }
}

/** `{"count": <integer ≥ 0>, "liked": <boolean>}`, or undefined for anything else. */
function readAnswer(json: unknown): LikeValue | undefined {
  if (!isRecord(json)) return undefined;
  const count = field(json, 'count');
  const liked = field(json, 'liked');
  if (typeof count !== 'number' || !Number.isSafeInteger(count) || count < 0 || typeof liked !== 'boolean') return undefined;
  return { count, liked };
}
