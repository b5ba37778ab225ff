// Answers whose bytes are made per request but change seldom (the feeds): an ETag from the
// exact bytes and the documents' cache policy, so a reader polling them gets a 304, not the
// feed again, while nothing changed.
import { DOCUMENT_CACHE_CONTROL, etagOf, matches } from './api.mjs';

/**
 * @param {import('hono').Context} c @param {string} body @param {string} type its Content-Type
 */
export function cacheableBody(c, body, type) {
  const etag = etagOf(body);
  c.header('ETag', etag);
  c.header('Cache-Control', DOCUMENT_CACHE_CONTROL);
  if (matches(c.req.header('if-none-match'), etag)) return c.body(null, 304);
  c.header('Content-Type', type);
  return c.body(body, 200);
}
