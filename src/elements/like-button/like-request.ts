import type { Failure } from '../../core/article.js';
import { fetchFailure } from '../../core/loader.js';
import { readBody } from '../../core/read-body.js';
import { visitorId } from './visitor-store.js';

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
 * One request to the like endpoint. With `wanted`, sends the visitor's like or unlike:
 * `POST <endpoint>` with `{"visitor","liked"}` as JSON. Without, asks for the live state:
 * `GET <endpoint>?visitor=<id>` (contract §4).
 *
 * Resolves with the server's `{count, liked}`, or a failure (network, timeout, http,
 * not-json, too-large, invalid); never rejects and never retries — a like is the visitor's
 * act, repeated only by them. The time-out covers the answer's body too.
 */
export async function askLikes(endpoint: string, credentials: RequestCredentials, wanted?: boolean): Promise<LikeValue | Failure> {
  const timeout = likeSettings.timeoutMs;
  const signal = AbortSignal.timeout(timeout);
  const visitor = visitorId();
  let failure: Omit<Failure, 'url'> = { reason: 'invalid', message: 'the answer is not {count, liked}' };
  try {
    const response = await fetch(
      // The id is letters, digits and dashes (visitorId()): nothing in it needs encoding.
      wanted == null ? `${endpoint}${endpoint.includes('?') ? '&' : '?'}visitor=${visitor}` : endpoint,
      {
        credentials,
        signal,
        // The contract allows requests to the like endpoint only, not wherever it redirects.
        redirect: 'error',
        ...(wanted != null && { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ visitor, liked: wanted }) }),
      },
    );
    if (response.ok) {
      const body = await readBody(response, likeSettings.maxBytes);
      if (!body.ok) failure = body.failure;
      else {
        // Own fields only: a JSON value has no inherited `count` or `liked` (arrays and
        // primitives have neither).
        const { count, liked } = Object(body.json) as Partial<Record<keyof LikeValue, unknown>>;
        if (Number.isSafeInteger(count) && (count as number) >= 0 && typeof liked == 'boolean') return { count: count as number, liked };
      }
    } else {
      failure = { reason: 'http', message: `HTTP ${response.status}` };
    }
  } catch {
    failure = fetchFailure(signal.aborted, timeout);
  }
  return { ...failure, url: endpoint };
}
