// POST /api/articles/:id/likes — the like protocol of the contract (section 4):
// body {"visitor": "<id>", "liked": true|false} → 200 {"count": n, "liked": bool}.
import { readBody } from './read-body.mjs';

export const MAX_BODY_BYTES = 1024;

/** A visitor id as the widget makes them (a UUID) or any similar opaque token. */
export const VISITOR_PATTERN = /^[A-Za-z0-9._:~-]{1,100}$/;

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
  if (typeof visitor !== 'string' || !VISITOR_PATTERN.test(visitor)) {
    return '"visitor" must be a string of 1–100 letters, digits or ._:~- (a UUID works).';
  }
  if (typeof liked !== 'boolean') return '"liked" must be true or false.';
  return { visitor, liked };
}

/**
 * @param {{ store: import('./storage.mjs').LikeStore, content: import('./content.mjs').Content,
 *           limiter: ReturnType<typeof import('./rate-limit.mjs').createRateLimiter>,
 *           clientOf: (c: import('hono').Context) => string }} deps
 * @returns {import('hono').Handler}
 */
export function likeHandler({ store, content, limiter, clientOf }) {
  return async (c) => {
    c.header('Cache-Control', 'no-store');
    const fail = (/** @type {import('hono/utils/http-status').ContentfulStatusCode} */ status, /** @type {string} */ error) =>
      c.json({ error }, status);

    // Limited first, so refused requests of any kind count against the client too.
    const { allowed, retryAfter } = limiter.take(clientOf(c));
    if (!allowed) {
      c.header('Retry-After', String(retryAfter));
      return fail(429, 'Too many likes from this address; try again in a minute.');
    }
    const id = c.req.param('id') ?? '';
    if (!content.has(id)) return fail(404, `No article "${id}".`);
    if (!isJsonContentType(c.req.header('content-type'))) return fail(415, 'Send the body as Content-Type: application/json.');

    const read = await readBody(c.env.incoming, MAX_BODY_BYTES);
    if (!read.ok) {
      return read.reason === 'too-large' ? fail(413, `The body must be at most ${MAX_BODY_BYTES} bytes.`) : fail(400, 'The body is not UTF-8.');
    }
    /** @type {unknown} */
    let body;
    try {
      body = JSON.parse(read.text);
    } catch {
      return fail(400, 'The body is not valid JSON.');
    }
    const like = parseLike(body);
    if (typeof like === 'string') return fail(400, like);

    const result = await store.setLike(id, like.visitor, like.liked);
    return c.json({ count: result.count, liked: result.liked });
  };
}
