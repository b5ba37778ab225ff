// The Hono app for everything but the hot API routes (api.mjs): CORS preflights, the JSON
// Feed, API 404s, static files. Web-standard handlers; none of them is on the like path.
import { Hono } from 'hono';
import { COMMON_HEADERS, DOCUMENT_CACHE_CONTROL, etagOf, matches } from './api.mjs';
import { jsonFeed } from './content.mjs';
import { corsMiddleware } from './cors.mjs';
import { mountFeeds } from './feeds.mjs';
import { mountSsrPages } from './ssr-pages.mjs';
import { mountStatic } from './static.mjs';

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
 * @param {{ config: import('./config.mjs').ServerConfig, content: import('./content.mjs').Content,
 *           log?: (line: string) => void }} deps
 */
export function createApp({ config, content, log }) {
  const app = new Hono();

  app.use('*', async (c, next) => {
    const started = performance.now();
    await next();
    for (const [name, value] of Object.entries(COMMON_HEADERS)) c.header(name, value);
    log?.(`${c.req.method} ${c.req.path} ${c.res.status} ${(performance.now() - started).toFixed(1)}ms`);
  });
  app.use('/api/*', corsMiddleware(config.corsOrigins));

  app.get('/api/feed.json', (c) => {
    const origin = new URL(c.req.url).origin;
    return cacheableJson(c, jsonFeed(content, { origin, title: config.siteTitle }), 'application/feed+json; charset=utf-8');
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
