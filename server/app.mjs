// The HTTP routes: article documents, the JSON Feed, likes, then static files.
// Web-standard Hono handlers: the same app runs on Node here and could run on an edge runtime
// with another LikeStore behind it.
import { Hono } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import { createHash } from 'node:crypto';
import { articleDocument, jsonFeed } from './content.mjs';
import { corsMiddleware } from './cors.mjs';
import { mountFeeds } from './feeds.mjs';
import { likeHandler } from './likes.mjs';
import { clientAddress, createRateLimiter } from './rate-limit.mjs';
import { mountSsrPages } from './ssr-pages.mjs';
import { mountStatic } from './static.mjs';

export const DOCUMENT_CACHE_CONTROL = 'public, max-age=30, stale-while-revalidate=300';

/** @param {string} body */
const etagOf = (body) => `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;

/**
 * True when the If-None-Match header names `etag` (weak or strong) or is `*`.
 * @param {string | undefined} header @param {string} etag
 */
function matches(header, etag) {
  if (!header) return false;
  return header.split(',').some((tag) => {
    const trimmed = tag.trim();
    return trimmed === '*' || trimmed.replace(/^W\//, '') === etag;
  });
}

/**
 * A cacheable JSON answer: ETag from the exact bytes, 304 when the client has them.
 * @param {import('hono').Context} c @param {unknown} value @param {string} [type]
 */
function cacheableJson(c, value, type = 'application/json; charset=utf-8') {
  const body = JSON.stringify(value);
  const etag = etagOf(body);
  c.header('ETag', etag);
  c.header('Cache-Control', DOCUMENT_CACHE_CONTROL);
  if (matches(c.req.header('if-none-match'), etag)) return c.body(null, 304);
  c.header('Content-Type', type);
  return c.body(body, 200);
}

/**
 * @param {{ config: import('./config.mjs').ServerConfig, store: import('./storage.mjs').LikeStore,
 *           content: import('./content.mjs').Content, log?: (line: string) => void }} deps
 */
export function createApp({ config, store, content, log }) {
  const app = new Hono();
  const limiter = createRateLimiter({ limit: config.likeRateLimit });
  /** @param {import('hono').Context} c */
  const clientOf = (c) => {
    let socketAddress;
    try {
      socketAddress = getConnInfo(c).remote.address;
    } catch {
      socketAddress = undefined; // not running on @hono/node-server (e.g. app.request in a test)
    }
    return clientAddress({ forwardedFor: c.req.header('x-forwarded-for'), socketAddress, trustProxy: config.trustProxy });
  };

  app.use('*', async (c, next) => {
    const started = performance.now();
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'strict-origin-when-cross-origin');
    log?.(`${c.req.method} ${c.req.path} ${c.res.status} ${(performance.now() - started).toFixed(1)}ms`);
  });
  app.use('/api/*', corsMiddleware(config.corsOrigins));

  app.get('/api/articles/:id', async (c) => {
    const article = content.get(c.req.param('id'));
    if (!article) return c.json({ error: `No article "${c.req.param('id')}".` }, 404);
    return cacheableJson(c, articleDocument(article, await store.count(article.id)));
  });

  app.get('/api/feed.json', (c) => {
    const origin = new URL(c.req.url).origin;
    return cacheableJson(c, jsonFeed(content, { origin, title: config.siteTitle }), 'application/feed+json; charset=utf-8');
  });

  app.post('/api/articles/:id/likes', likeHandler({ store, content, limiter, clientOf }));
  app.all('/api/articles/:id/likes', (c) => {
    c.header('Allow', 'POST, OPTIONS');
    return c.json({ error: 'Use POST.' }, 405);
  });
  app.all('/api/*', (c) => c.json({ error: 'Not found.' }, 404));

  mountFeeds(app, { content, config });
  mountSsrPages(app, { demoDir: config.demoDir, distDir: config.distDir, content, log });
  mountStatic(app, { demoDir: config.demoDir, distDir: config.distDir, content });

  app.notFound((c) => c.text('Not found', 404));
  app.onError((error, c) => {
    console.error('story-widgets server:', error);
    return c.req.path.startsWith('/api/') ? c.json({ error: 'Internal error.' }, 500) : c.text('Internal error', 500);
  });
  return app;
}
