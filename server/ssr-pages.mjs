// The demo's article pages (/, /fr/) and article pages (/stories/<id>) rendered on the server with
// story-widgets/ssr, the way a site would serve them: every widget is in the HTML, with its
// document, before any script runs. `?csr=1` serves the same page as written (client-rendered),
// for comparison. A rendered page is kept until one of the documents it used changes (the like
// count is part of a document: the button takes the live count after takeover anyway); one
// whose render failed somewhere (a document that could not be read) is kept FAILED_PAGE_MS, then
// rendered again; a page is served CHECKED_PAGE_MS between checks of its documents; requests for
// a page being rendered wait for that render.
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { articlePage, metadataOf } from './article-page.mjs';
import { withSiteFrame } from './site-frame.mjs';

/**
 * A rendered page, and the ETag of each document it read; `checkedUntil`: served without
 * checking its documents until then (ms since the epoch); `retryAt`: a render during which a
 * document could not be read, kept until then (ms since the epoch) instead of being checked.
 * @typedef {{ html: string, documents: Map<string, string | null>, checkedUntil?: number, retryAt?: number }} CachedPage
 */

/**
 * How long a render that could not read a document is served before the next try: without it,
 * every request rendered the page again and waited on the failing host (10 s each for one that
 * never answers); with it, one request a while does, and the readers meanwhile get the page at
 * once, its widgets in their error state (which the browser retries).
 */
export const FAILED_PAGE_MS = 30_000;

/**
 * How long a page is served as it is before its documents are asked again: on a hot article
 * every like changes the document's ETag, and each request rendered the page again (673 → 173
 * pages/s at 10 likes/s); the like button takes the live count at takeover anyway.
 */
export const CHECKED_PAGE_MS = 1000;

/**
 * @param {import('hono').Hono} app
 * @param {{ demoDir: string, distDir: string, content: import('./content.mjs').Content, siteUrl: () => string,
 *           localUrl: () => string, log?: (line: string) => void, failedPageMs?: number, checkedPageMs?: number }} options siteUrl: the
 *   origin of the pages' URLs (PUBLIC_URL, else the listening address; never the request's Host
 *   header); localUrl: the listening address, where this site's own documents are fetched;
 *   failedPageMs, checkedPageMs: FAILED_PAGE_MS, CHECKED_PAGE_MS (tests change them)
 */
export function mountSsrPages(app, { demoDir, distDir, content, siteUrl, localUrl, log, failedPageMs = FAILED_PAGE_MS, checkedPageMs = CHECKED_PAGE_MS }) {
  const entry = join(distDir, 'ssr/index.js');
  /** @type {Promise<typeof import('../src/ssr/index.ts')> | undefined} */
  let ssr;
  /** @type {Map<string, CachedPage>} */
  const cache = new Map();
  /** Renders under way: requests for a page meanwhile wait for the same one. @type {Map<string, Promise<CachedPage>>} */
  const rendering = new Map();

  /**
   * This site's documents come from the server itself over loopback (its API answers on Node's
   * own request, outside this app), others from the network; each answer's ETag is noted, so the
   * page can be checked against the current documents later.
   * @param {string} origin @param {Map<string, string | null>} documents
   * @returns {typeof fetch}
   */
  const fetchFrom = (origin, documents) => async (input, init) => {
    const url = new URL(String(input));
    const local = url.origin === origin ? new URL(url.pathname + url.search, localUrl()) : url;
    const response = await fetch(local, init);
    documents.set(url.href, response.headers.get('ETag'));
    if (local === url) return response;
    // The document's URL is the public one, not the loopback it was read from: its relative URLs
    // (the like endpoint, images) resolve against it, as in the reader's browser.
    const answered = new URL(response.url || local);
    return Object.defineProperty(response, 'url', { value: new URL(answered.pathname + answered.search, origin).href });
  };

  /** @param {CachedPage} page @param {string} origin the page's */
  const fresh = async (page, origin) => {
    if (page.retryAt !== undefined) return Date.now() < page.retryAt;
    if (Date.now() < (page.checkedUntil ?? 0)) return true;
    const again = fetchFrom(origin, new Map());
    for (const [url, etag] of page.documents) {
      if (!etag || (await again(url)).headers.get('ETag') !== etag) return false;
    }
    page.checkedUntil = Date.now() + checkedPageMs;
    return true;
  };

  /**
   * Renders a page with its widgets, noting each document's ETag; a render during which a
   * document could not be read (a fetch that failed, a widget in error) is marked to be tried
   * again after `failedPageMs`.
   * @param {URL} url @param {() => Promise<string>} page the page's HTML as written
   * @returns {Promise<CachedPage>}
   */
  const renderPage = async (url, page) => {
    ssr ??= import(pathToFileURL(entry).href);
    const { renderWidgets, describeFailure } = await ssr;
    const documents = new Map();
    const read = fetchFrom(url.origin, documents);
    let failed = false;
    const html = await renderWidgets(await page(), {
      baseUrl: url.href,
      fetch: (input, init) =>
        read(input, init).catch((error) => {
          failed = true;
          throw error;
        }),
      // One line, its control characters escaped, as the command writes it.
      onError: (failure) => {
        failed = true;
        log?.(`ssr ${url.pathname}: ${describeFailure(failure)}`);
      },
    });
    return failed ? { html, documents, retryAt: Date.now() + failedPageMs } : { html, documents, checkedUntil: Date.now() + checkedPageMs };
  };

  /**
   * @param {import('hono').Context} c @param {() => Promise<void>} next
   * @param {() => Promise<string>} page the page's HTML as written
   */
  const serve = async (c, next, page) => {
    if (c.req.query('csr') !== undefined || !existsSync(entry)) return next();
    const url = new URL(c.req.path, siteUrl());
    const key = url.href;
    let cached = cache.get(key);
    if (!cached || !(await fresh(cached, url.origin))) {
      let render = rendering.get(key);
      if (!render) {
        render = renderPage(url, page).finally(() => rendering.delete(key));
        rendering.set(key, render);
      }
      cached = await render;
      cache.set(key, cached);
    }
    c.header('Cache-Control', 'no-cache');
    return c.html(cached.html);
  };

  // The demo's article in English and in French (the English page's switcher and hreflang links
  // lead there: a crawler or a reader without JavaScript finds the same widgets there too).
  for (const file of ['index.html', 'fr/index.html']) {
    const demoPage = async () => withSiteFrame(await readFile(join(demoDir, file), 'utf8'), siteUrl(), metadataOf(content, siteUrl()));
    const folder = `/${file.replace('index.html', '')}`;
    app.get(folder, (c, next) => serve(c, next, demoPage));
    app.get(`/${file}`, (c, next) => serve(c, next, demoPage));
  }
  // The article pages the server writes from each document (article-page.mjs), rendered.
  app.get('/stories/:id', (c, next) => {
    const article = content.get(c.req.param('id'));
    return article ? serve(c, next, async () => articlePage(article, siteUrl())) : next();
  });
}
