import type { Failure } from '../../core/article.js';
import { fetchFailure } from '../../core/loader.js';
import { readBody } from '../../core/read-body.js';
import { storedVisitorId, visitorId } from './visitor-store.js';

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
 * Sends one like or unlike for the visitor: `POST <endpoint>` with `{"visitor","liked"}` as
 * JSON. Resolves with the server's `{count, liked}`, or a failure (network, timeout, http,
 * not-json, too-large, invalid); never rejects and never retries — a like is the visitor's
 * act, repeated only by them. The time-out covers the answer's body too.
 */
export function sendLike(endpoint: string, wanted: boolean, credentials: RequestCredentials): Promise<LikeValue | Failure> {
  return askEndpoint(endpoint, {
    method: 'POST',
    credentials,
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ visitor: visitorId(), liked: wanted }),
  });
}

/**
 * Asks for the live state: `GET <endpoint>?visitor=<id>` → `{count, liked}` (contract §4).
 * A visitor who never liked anything has no id yet, and none is made just to read: the
 * parameter is left out (the server answers `liked: false`).
 */
export function fetchLikeState(endpoint: string, credentials: RequestCredentials): Promise<LikeValue | Failure> {
  const url = new URL(endpoint, document.baseURI);
  const visitor = storedVisitorId();
  if (visitor) url.searchParams.set('visitor', visitor);
  return askEndpoint(url.href, { credentials }, endpoint);
}

/** One request to the like endpoint, its answer read as `{count, liked}`. */
async function askEndpoint(url: string, init: RequestInit, endpoint = url): Promise<LikeValue | Failure> {
  const timeout = likeSettings.timeoutMs;
  const signal = AbortSignal.timeout(timeout);
  let failure: Omit<Failure, 'url'> = { reason: 'invalid', message: 'the answer is not {count, liked}' };
  try {
    // The contract allows requests to the like endpoint only, not wherever it redirects.
    const response = await fetch(url, { ...init, signal, redirect: 'error' });
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
