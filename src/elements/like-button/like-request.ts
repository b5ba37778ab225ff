import type { Failure } from '../../core/article.js';
import { count as countOf } from '../../core/json-guards.js';
import { credentialsMode } from '../../core/loader.js';
import { fetchFailure, httpFailure } from '../../core/request-document.js';
import { readBody } from '../../core/read-body.js';
import { retryAfterMs } from '../../core/retry-policy.js';
import { withoutFragment } from '../../core/url-safety.js';
import { adoptVisitor, visitorId } from './visitor-store.js';

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
  /** A 429 asking to wait up to this long keeps the click and sends it again; a longer one fails. */
  maxRetryAfterMs: 60_000,
};

/** The server is busy (`429`) and said when to send the like again: soon enough to wait. */
interface LikeRetry {
  readonly retryAfterMs: number;
}

/** One answer: a like, a failure, a short wait, or (`403`) the visitor token to send instead. */
type Attempt = LikeValue | LikeRetry | Failure | { readonly visitor: string };

/**
 * One request to the like endpoint. With `wanted`, sends the visitor's like or unlike:
 * `POST <endpoint>` with `{"visitor","liked"}` as JSON. Without, asks for the live state:
 * `GET <endpoint>?visitor=<id>` (contract §4).
 *
 * Resolves with the server's `{count, liked}`, a wait the server asked for (a 429 with a
 * `Retry-After` up to `likeSettings.maxRetryAfterMs`), or a failure (network, timeout, http,
 * not-json, too-large, invalid); never rejects. A visitor token in any answer is kept; a 403
 * "unknown visitor" with one sends the same like once more, as that visitor — the visitor's
 * act is not repeated otherwise. The time-out covers every answer's body too.
 */
export async function askLikes(endpoint: string, credentials: RequestCredentials, wanted?: boolean): Promise<LikeValue | LikeRetry | Failure> {
  const timeout = likeSettings.timeoutMs;
  const signal = AbortSignal.timeout(timeout);
  let answer: Attempt;
  try {
    answer = await ask(endpoint, credentials, signal, wanted);
    if ('visitor' in answer && wanted != null) answer = await ask(endpoint, credentials, signal, wanted);
  } catch {
    answer = fetchFailure(signal.aborted, timeout);
  }
  // A 403 whose new token was refused too (or one to a GET): no further request.
  if ('visitor' in answer) answer = httpFailure(403);
  return 'reason' in answer ? { ...answer, url: endpoint } : answer;
}

async function ask(endpoint: string, credentials: RequestCredentials, signal: AbortSignal, wanted?: boolean): Promise<Attempt> {
  const visitor = visitorId();
  // The live state's query goes before a fragment (`…/likes#top`), which the browser drops with all after it.
  const path = withoutFragment(endpoint);
  const response = await fetch(
    // Encoded: a server's base64 token has `+` (a space in a query) and `/`, `=`.
    wanted == null ? `${path}${path.includes('?') ? '&' : '?'}visitor=${encodeURIComponent(visitor)}` : endpoint,
    {
      // As for documents: `same-origin` or a misspelt mode sends no cookies (and fails no request).
      credentials: credentialsMode(credentials),
      signal,
      // The contract allows requests to the like endpoint only, not wherever it redirects.
      redirect: 'error',
      // A like sent as the reader leaves the page still arrives (keepalive outlives the page).
      ...(wanted != null && { method: 'POST', keepalive: true, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ visitor, liked: wanted }) }),
    },
  );
  const { status } = response;
  const wait = retryAfterMs(response.headers.get('Retry-After'));
  const body = await readBody(response, likeSettings.maxBytes);
  // Own fields only: a JSON value has no inherited `count` or `liked` (arrays and primitives
  // have neither). A token is kept from any answer (contract §4), a 429's or a 500's too.
  const { count, liked, visitor: issued } = Object(body.ok && body.json) as Partial<Record<keyof LikeValue | 'visitor', unknown>>;
  const adopted = adoptVisitor(issued);
  if (status == 429 && wait <= likeSettings.maxRetryAfterMs) return { retryAfterMs: wait };
  if (status == 403 && adopted) return { visitor: adopted };
  if (!response.ok) return httpFailure(status);
  if (!body.ok) return body.failure;
  if (countOf(count) != null && typeof liked == 'boolean') return { count: count as number, liked };
  return { reason: 'invalid', message: 'the answer is not {count, liked}' };
}
