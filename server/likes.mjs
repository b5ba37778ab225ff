// The like endpoint of the contract (section 4), on Node's own request — the hot path:
//   POST /api/articles/:id/likes  {"visitor": "<token>", "liked": true|false} → 200 {"count", "liked"}
//        a visitor that is no token this server signed → 403 {"error", "visitor": "<new token>"} (§4, §11)
//   GET  /api/articles/:id/likes?visitor=<id>                              → 200 {"count", "liked"}
//        whatever the visitor string: one no like is kept under is liked: false (§4 "Live state")
import { requestCut } from './http-guards.mjs';
import { readBody } from './read-body.mjs';
import { refuseUnknownVisitor } from './visitor-tokens.mjs';

export const MAX_BODY_BYTES = 1024;

/** The ids likes are kept under: tokens, and before them a widget's own id (a UUID); no other string. */
export const VISITOR_PATTERN = /^[A-Za-z0-9._:~-]{1,100}$/;

const VISITOR_STRING = '"visitor" must be a string (the token this server issued).';

/** @param {string | undefined} header */
export const isJsonContentType = (header) =>
  typeof header === 'string' && /^application\/json\s*(?:;|$)/i.test(header.trim());

/**
 * @param {unknown} body
 * @returns {{ visitor: string, liked: boolean } | string} the like, or why it is refused
 */
export function parseLike(body) {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return 'The body must be a JSON object.';
  const { visitor, liked } = /** @type {Record<string, unknown>} */ (body);
  // Any string is well-formed (contract §11): one that is no token this server issued is the
  // 403 that hands out a new one, whatever it looks like.
  if (typeof visitor !== 'string') return VISITOR_STRING;
  if (typeof liked !== 'boolean') return '"liked" must be true or false.';
  return { visitor, liked };
}

/**
 * @typedef {{ status: number, body: unknown, headers?: Record<string, string> }} JsonAnswer
 * @typedef {{ store: import('./stores/like-store.mjs').LikeStore,
 *             limiter: import('./limits/rate-limiter.mjs').RateLimiter,
 *             tokens: import('./visitor-tokens.mjs').VisitorTokens }} LikeDeps
 */

/** @param {number} status @param {string} error @returns {JsonAnswer} */
const refuse = (status, error) => ({ status, body: { error } });

/**
 * POST: records a like.
 * @param {LikeDeps} deps
 * @param {{ articleId: string, exists: boolean, clientKey: string, request: import('node:http').IncomingMessage }} input
 * @returns {Promise<JsonAnswer>}
 */
export async function postLike({ store, limiter, tokens }, { articleId, exists, clientKey, request }) {
  // Limited first, so refused requests of any kind count against the client too.
  const { allowed, retryAfter } = await limiter.take(clientKey);
  if (!allowed) {
    return { ...refuse(429, 'Too many likes from this address; try again in a minute.'), headers: { 'Retry-After': String(retryAfter) } };
  }
  if (!exists) return refuse(404, `No article "${articleId}".`);
  // A 400, not a 415: the contract (§11) makes every body that is not the like's JSON a 400, and a
  // client that sends `text/plain` (a form, `curl -d`, a fetch without headers) sent none.
  if (!isJsonContentType(request.headers['content-type'])) return refuse(400, 'Send the body as Content-Type: application/json.');

  const read = await readBody(request, MAX_BODY_BYTES);
  // Node's 408 went out before the body was read (readBody): the reader was told the like failed.
  if (requestCut(request)) return refuse(408, 'The body came after the time limit.');
  if (!read.ok) {
    // The rest of a body too large is never read: the connection closes after the answer, so
    // no later request (nor the 408 of a body that never ends) is taken from it.
    return read.reason === 'too-large'
      ? { ...refuse(413, `The body must be at most ${MAX_BODY_BYTES} bytes.`), headers: { Connection: 'close' } }
      : refuse(400, 'The body is not UTF-8.');
  }
  /** @type {unknown} */
  let body;
  try {
    body = JSON.parse(read.text);
  } catch {
    return refuse(400, 'The body is not valid JSON.');
  }
  const like = parseLike(body);
  if (typeof like === 'string') return refuse(400, like);
  const unknown = await refuseUnknownVisitor(tokens, like.visitor, clientKey);
  if (unknown) return unknown;

  const result = await store.setLike(articleId, like.visitor, like.liked);
  return { status: 200, body: { count: result.count, liked: result.liked } };
}

/**
 * GET: the live state for one visitor (contract §4 "Live state": `200 {"count", "liked"}`; only a
 * POST is refused for its visitor). Not rate-limited: it changes nothing, and every page view of
 * a widget without a count asks once. Without `visitor` (a reader who never liked anything has
 * no id yet), or with one no like can be kept under (likes are kept under tokens, and before
 * tokens under ids of VISITOR_PATTERN), the answer is the count and `liked: false`. No token is
 * handed out here: readers who only read use none of their address's token budget.
 * @param {LikeDeps} deps
 * @param {{ articleId: string, query: URLSearchParams }} input
 * @returns {Promise<JsonAnswer>}
 */
export async function getLikeState({ store }, { articleId, query }) {
  const visitor = query.get('visitor');
  const { count, liked } =
    visitor !== null && VISITOR_PATTERN.test(visitor) ? await store.state(articleId, visitor) : { count: await store.count(articleId), liked: false };
  return { status: 200, body: { count, liked } };
}
