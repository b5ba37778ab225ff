// Validators and cache policy: the documents' strong ETag over their exact bytes (api.mjs), the
// feeds' (made per request, changed seldom), and the static files' from their size and change
// time, so a reader polling an unchanged one gets a 304, not its bytes again.
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';

/** Documents and feeds: a like shows up for other readers within half a minute. */
export const DOCUMENT_CACHE_CONTROL = 'public, max-age=30, stale-while-revalidate=300';

/** @param {string} body */
export const etagOf = (body) => `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;

/**
 * True when the If-None-Match header names `etag` (weak or strong) or is `*`.
 * @param {string | undefined} header @param {string} etag
 */
export function matches(header, etag) {
  if (!header) return false;
  return header.split(',').some((tag) => {
    const trimmed = tag.trim();
    return trimmed === '*' || trimmed.replace(/^W\//, '') === etag;
  });
}

/**
 * A feed: weak ETag, as the app compresses it (a 304 names the validator its 200 did).
 * @param {import('hono').Context} c @param {string} body @param {string} type its Content-Type
 */
export function cacheableBody(c, body, type) {
  const etag = etagOf(body);
  c.header('ETag', `W/${etag}`);
  c.header('Cache-Control', DOCUMENT_CACHE_CONTROL);
  if (matches(c.req.header('if-none-match'), etag)) return c.body(null, 304);
  c.header('Content-Type', type);
  return c.body(body, 200);
}

/**
 * A static file's validator from its size and change time, weak (the same file compressed or
 * not): read from the file, not hashed from its bytes, so the answer streams at once, a range
 * (206) names the whole file's, and a HEAD has it too.
 * @param {string} path
 */
export function fileEtag(path) {
  const { size, mtimeMs } = statSync(path);
  return `W/"${size.toString(36)}-${Math.trunc(mtimeMs).toString(36)}"`;
}
