// The Hono app for everything but the hot API routes (api.mjs): CORS preflights, the JSON
// Feed, API 404s, static files. Web-standard handlers; none of them is on the like path.
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { RETAINED_304_HEADERS, etag } from 'hono/etag';
import { cacheableBody } from './cacheable.mjs';
import { jsonFeed } from './content.mjs';
import { corsMiddleware } from './cors.mjs';
import { mountFeeds } from './feeds.mjs';
import { mountSsrPages } from './ssr-pages.mjs';
import { securityHeaders } from './security-headers.mjs';
import { mountStatic } from './static.mjs';

/**
 * @param {{ config: import('./config.mjs').ServerConfig, content: import('./content.mjs').Content,
 *           siteUrl: () => string, localUrl?: () => string, log?: (line: string) => void, failedPageMs?: number, checkedPageMs?: number }} deps
 *   siteUrl: origin of absolute URLs; localUrl: the address the server listens on (server-rendered pages fetch this
 *   site's documents there); failedPageMs, checkedPageMs: how long a page rendered with a document missing is served,
 *   and how long a good one between checks of its documents (ssr-pages.mjs)
 */
export function createApp({ config, content, siteUrl, localUrl = siteUrl, log, failedPageMs, checkedPageMs }) {
  const app = new Hono();

  // The request log, only where there is one (QUIET leaves it out: no timing, no escaping).
  if (log) app.use('*', async (c, next) => {
    const started = performance.now();
    await next();
    /** @type {{ incoming?: { method?: string }, outgoing?: { headersSent: boolean } } | undefined} */
    const node = c.env;
    // Answered by the stop meanwhile (its 503, stop-answer.mjs): this answer is not sent, and not
    // logged as sent, as the API's is not (api.mjs).
    if (node?.outgoing?.headersSent) return;
    // The path as Hono decoded it: its control characters written back as %XX, so a request
    // for `/x%0aGET%20/admin` cannot write a line of its own into the log, nor `%E2%80%AE` (a
    // right-to-left override) show a terminal the rest of its line reversed, nor a C1 control
    // (`%C2%9B`, a CSI to some terminals) act on it: as the SSR log's `describeFailure` escapes.
    // eslint-disable-next-line no-control-regex -- control characters are what it looks for
    const path = c.req.path.replace(/[\0-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, encodeURIComponent);
    // The method Node received: a HEAD reaches the app as a GET (head-as-get.mjs).
    const method = node?.incoming?.method ?? c.req.method;
    log(`${method} ${path} ${c.res.status} ${(performance.now() - started).toFixed(1)}ms`);
  });
  app.use('*', securityHeaders);
  const cors = corsMiddleware(config.corsOrigins);
  // The API, the script files a blog on another origin loads (a module script is a CORS
  // request) and every other static file, as contract §11 says: an allow-list, no credentials.
  app.use('*', cors);
  // Text answers gzip-compressed for clients that ask (the CDN file is 55 KB, 20 KB gzip);
  // the like API (api.mjs) answers before this app, with small bodies, as it did. Outside the
  // validators: it sees the 200s, not the 304s, so a 304 is given the Vary its 200 has here.
  app.use('*', compress());
  app.use('*', async (c, next) => {
    await next();
    if (c.res.status === 304) c.res.headers.append('Vary', 'Accept-Encoding');
  });
  // A validator for every answer that has none of its own (the pages): an unchanged one is a
  // 304, with its CORS headers, as the cached answer's are checked against them. Weak: the
  // same page compressed or not. (Files and feeds bring theirs: nothing is hashed for them.)
  app.use('*', etag({ weak: true, retainedHeaders: [...RETAINED_304_HEADERS, 'access-control-allow-origin', 'access-control-expose-headers'] }));

  // Absolute URLs from PUBLIC_URL or the listening address, never the request's Host header.
  app.get('/api/feed.json', (c) =>
    cacheableBody(c, JSON.stringify(jsonFeed(content, { origin: siteUrl(), title: config.siteTitle })), 'application/feed+json; charset=utf-8'),
  );
  app.all('/api/*', (c) => c.json({ error: 'Not found.' }, 404));

  mountFeeds(app, { content, config, siteUrl });
  mountSsrPages(app, { demoDir: config.demoDir, distDir: config.distDir, content, siteUrl, localUrl, log, failedPageMs, checkedPageMs });
  mountStatic(app, { demoDir: config.demoDir, distDir: config.distDir, content, siteUrl });

  app.notFound((c) => c.text('Not found', 404));
  app.onError((error, c) => {
    console.error('story-widgets server:', error);
    return c.req.path.startsWith('/api/') ? c.json({ error: 'Internal error.' }, 500) : c.text('Internal error', 500);
  });
  return app;
}
