import type { Failure } from '../../core/article.js';
import { field, isRecord } from '../../core/json-guards.js';
import { fetchFailure } from '../../core/loader.js';
import { readBody } from '../../core/read-body.js';

/** A liked flag and a count, as shown or as confirmed by the server. */
export interface LikeValue {
  readonly liked: boolean;
  readonly count: number;
}

/** Tunables, exported so tests can shorten waits; not part of the public API. */
export const likeSettings = {
  /** A like request that takes longer fails with reason `timeout`. */
  timeoutMs: 8_000,
  /** How long the status line says the like could not be saved. */
  noticeMs: 4_000,
  /** A like answer is a few bytes; anything much bigger is not one. */
  maxBytes: 16 * 1024,
};

/**
 * Sends one like or unlike: `POST <endpoint>` with `{"visitor","liked"}` as JSON. Resolves
 * with the server's `{count, liked}`, or a failure (network, timeout, http, not-json, invalid);
 * never rejects and never retries — a like is the visitor's act, repeated only by them.
 * The time-out covers the answer's body too.
 */
export async function sendLike(endpoint: string, visitor: string, liked: boolean, credentials: RequestCredentials): Promise<LikeValue | Failure> {
  const timeout = likeSettings.timeoutMs;
  const signal = AbortSignal.timeout(timeout);
  let failure: Omit<Failure, 'url'> = { reason: 'invalid', message: 'the answer is not {count, liked}' };
  try {
    const response = await fetch(endpoint, {
      method: 'POST',
      credentials,
      signal,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ visitor, liked }),
      // The contract allows requests to the like endpoint only, not wherever it redirects.
      redirect: 'error',
    });
    const { ok, status } = response;
    if (ok) {
      const body = await readBody(response, likeSettings.maxBytes);
      if (!body.ok) failure = body.failure;
      else if (isRecord(body.json)) {
        const count = field(body.json, 'count') as number;
        const answer = field(body.json, 'liked');
        if (Number.isSafeInteger(count) && count >= 0 && typeof answer === 'boolean') return { count, liked: answer };
      }
    } else {
      failure = { reason: 'http', message: `HTTP ${status}` };
    }
  } catch {
    failure = fetchFailure(signal.aborted, timeout);
  }
  return { ...failure, url: endpoint };
}
