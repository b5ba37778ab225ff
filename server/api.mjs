// The hot routes — the article document and the like endpoint — answered on Node's own
// request and response, as a bare node:http server would: no web Request/Response objects,
// no body stream conversion (that was a quarter of each like, README "Performance").
// Everything else (preflights, the feed, static files, 404s) goes to the Hono app.
import { DOCUMENT_CACHE_CONTROL, etagOf, matches } from './cacheable.mjs';
import { articleDocument } from './content.mjs';
import { clientAddress } from './client-address.mjs';
import { corsHeaders } from './cors.mjs';
import { bodyUnread } from './http-guards.mjs';
import { clientKey } from './limits/client-key.mjs';
import { getLikeState, postLike } from './likes.mjs';
import { BASE_HEADERS } from './security-headers.mjs';
import { PoolBusyError } from './stores/pool-gate.mjs';

export const NO_STORE = { 'Cache-Control': 'no-store' };
export const JSON_TYPE = 'application/json; charset=utf-8';
const ROUTE = /^\/api\/articles\/([^/?]+)(\/likes)?(?:\?(.*))?$/;
/** A burst over the database's capacity is one event, not a line per refused request. */
const BUSY_LOG_EVERY_MS = 60_000;

/**
 * @param {{ config: import('./config.mjs').ServerConfig, store: import('./stores/like-store.mjs').LikeStore,
 *           content: import('./content.mjs').Content, limiter: import('./limits/rate-limiter.mjs').RateLimiter,
 *           tokens: import('./visitor-tokens.mjs').VisitorTokens, log?: (line: string) => void }} deps
 * @returns {(request: import('node:http').IncomingMessage, response: import('node:http').ServerResponse) => boolean}
 *   true when it answers the request, false to leave it to the next handler
 */
export function createApi({ config, store, content, limiter, tokens, log }) {
  const cors = corsHeaders(config.corsOrigins);
  // The serialised document (as bytes: encoding a string again for each answer was about a
  // quarter of the path's CPU time) and its ETag, per article, for the count it was made with: serialising and
  // hashing again is only needed when the count moved.
  /** @type {Map<string, { count: number, body: Buffer, etag: string }>} */
  const documents = new Map();
  let busyLogged = -Infinity;
  let busySince = 0;
  /** One line for the first request the database was too busy for, then one a minute at most. @param {PoolBusyError} error */
  const logBusy = (error) => {
    busySince++;
    if (performance.now() - busyLogged < BUSY_LOG_EVERY_MS) return;
    busyLogged = performance.now();
    console.error(`story-widgets server: overloaded, ${error.message}: ${busySince} request(s) answered 503 (or a document without a fresh count) since the last such line; the next line in a minute at the earliest`);
    busySince = 0;
  };

  /** @param {import('node:http').IncomingMessage} request */
  const keyOf = (request) =>
    clientKey(clientAddress({ forwardedFor: header(request, 'x-forwarded-for'), socketAddress: request.socket.remoteAddress, trustProxy: config.trustProxy }));

  /** The document served for `id`, as text. @param {string} id @param {number | undefined} count */
  const textOf = (id, count) => JSON.stringify(articleDocument(/** @type {import('./content.mjs').ArticleDocument} */ (content.get(id)), count));

  /**
   * @param {string} id
   * @returns {Promise<{ count?: number, body: Buffer, etag: string, stale?: true }>}
   */
  async function documentOf(id) {
    let count;
    try {
      count = await store.count(id);
    } catch (error) {
      if (error instanceof PoolBusyError) logBusy(error);
      else console.error('story-widgets server: the document is served without a fresh count:', error);
      // The likes' database is away or too busy: the document still serves the card, the switcher, the
      // related stories and the video — with the last count known, else none (the button then
      // asks its endpoint and shows its own error) — and no cache keeps it.
      const known = documents.get(id);
      const body = known?.body ?? Buffer.from(textOf(id, undefined));
      return { body, etag: '', stale: true };
    }
    let cached = documents.get(id);
    if (cached?.count !== count) {
      const body = textOf(id, count);
      cached = { count, body: Buffer.from(body), etag: etagOf(body) };
      documents.set(id, cached);
    }
    return cached;
  }

  return (request, response) => {
    const match = request.url?.startsWith('/api/articles/') ? ROUTE.exec(request.url) : null;
    const method = request.method ?? 'GET';
    if (!match || method === 'OPTIONS') return false;
    const [, segment = '', likes, query = ''] = match;
    const id = articleId(segment);
    const started = log ? performance.now() : 0;
    /** @param {number} status @param {Record<string, string | number>} headers @param {string | Buffer} [body] */
    const send = (status, headers, body = '') => {
      // The stop answered it 503 while it waited (stop-answer.mjs): that answer stands.
      if (response.writableEnded) return;
      // A 304 has no body, and a Content-Length must then be the 200's or none (RFC 9110 §8.6).
      const length = status === 304 ? {} : { 'Content-Length': Buffer.byteLength(body) };
      // Refused before its body was read (rate limit, content type, no such article, method): the rest is not read.
      const close = bodyUnread(request) ? { Connection: 'close' } : {};
      response.writeHead(status, { ...BASE_HEADERS, ...cors(header(request, 'origin')), ...headers, ...length, ...close });
      response.end(method === 'HEAD' ? undefined : body);
      log?.(`${method} ${request.url} ${status} ${(performance.now() - started).toFixed(1)}ms`);
    };
    /** @param {import('./likes.mjs').JsonAnswer} answer @param {Record<string, string>} [headers] */
    const sendJson = (answer, headers) => send(answer.status, { 'Content-Type': JSON_TYPE, ...headers, ...answer.headers }, JSON.stringify(answer.body));

    /** @returns {Promise<void>} */
    const answer = async () => {
      if (likes && method === 'POST') {
        return sendJson(await postLike({ store, limiter, tokens }, { articleId: id, exists: content.has(id), clientKey: keyOf(request), request }), NO_STORE);
      }
      if (!content.has(id)) return sendJson({ status: 404, body: { error: `No article "${id}".` } }, likes ? NO_STORE : undefined);
      if (!likes) {
        if (method !== 'GET' && method !== 'HEAD') return sendJson({ status: 405, body: { error: 'Use GET.' } }, { Allow: 'GET, HEAD, OPTIONS' });
        const { body, etag, stale } = await documentOf(id);
        if (stale) return send(200, { ...NO_STORE, 'Content-Type': JSON_TYPE }, body);
        const cache = { ETag: etag, 'Cache-Control': DOCUMENT_CACHE_CONTROL };
        if (matches(header(request, 'if-none-match'), etag)) return send(304, cache);
        return send(200, { ...cache, 'Content-Type': JSON_TYPE }, body);
      }
      if (method === 'GET' || method === 'HEAD') return sendJson(await getLikeState({ store, limiter, tokens }, { articleId: id, query: new URLSearchParams(query) }), NO_STORE);
      return sendJson({ status: 405, body: { error: 'Use GET or POST.' } }, { ...NO_STORE, Allow: 'GET, HEAD, POST, OPTIONS' });
    };
    answer().catch((error) => {
      // Ended, yet failing: the stop answered it 503 and closed the store under it (a failure
      // after the handler's own answer cannot happen, send being its last act). Nothing to say.
      if (response.writableEnded) return;
      if (response.headersSent) {
        console.error('story-widgets server:', error);
        response.destroy();
      } else if (error instanceof PoolBusyError) {
        // Overload, not a fault (RFC 9110 §15.6.4): the widget undoes the click, as for any
        // failure but a 429, which would make it wait and send the like again (contract §4).
        logBusy(error);
        sendJson({ status: 503, body: { error: 'The server is busy; try again in a few seconds.' } }, { ...NO_STORE, 'Retry-After': String(error.retryAfter) });
      } else {
        console.error('story-widgets server:', error);
        sendJson({ status: 500, body: { error: 'Internal error.' } }, NO_STORE);
      }
    });
    return true;
  };
}

/**
 * The article id a path segment names, percent-decoded as the pages' routes decode theirs: `%63`
 * and `c` are one character (RFC 3986 §6.2.2.2). One that does not decode stays as written (a 404).
 * @param {string} segment
 */
function articleId(segment) {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** @param {import('node:http').IncomingMessage} request @param {string} name */
function header(request, name) {
  const value = request.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}
