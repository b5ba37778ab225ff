// The demo's article pages (/, /fr/) and article pages (/stories/<id>) rendered on the server with
// story-widgets/ssr, the way a site would serve them: every widget is in the HTML, with its
// document, before any script runs. `?csr=1` serves the same page as written (client-rendered),
// for comparison. A rendered page is kept until one of the documents it used changes (the like
// count is part of a document: the button takes the live count after takeover anyway); one
// whose render failed somewhere (a document that could not be read) is not kept at all.
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { articlePage } from './article-page.mjs';
import { withSiteFrame } from './site-frame.mjs';

/** @typedef {{ html: string, documents: Map<string, string | null> }} CachedPage */

/**
 * @param {import('hono').Hono} app
 * @param {{ demoDir: string, distDir: string, content: import('./content.mjs').Content, siteUrl: () => string,
 *           localUrl: () => string, log?: (line: string) => void }} options siteUrl: the origin of the
 *   pages' URLs (PUBLIC_URL, else the listening address; never the request's Host header); localUrl:
 *   the listening address, where this site's own documents are fetched
 */
export function mountSsrPages(app, { demoDir, distDir, content, siteUrl, localUrl, log }) {
  const entry = join(distDir, 'ssr/index.js');
  /** @type {Promise<typeof import('../src/ssr/index.ts')> | undefined} */
  let ssr;
  /** @type {Map<string, CachedPage>} */
  const cache = new Map();

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
    const again = fetchFrom(origin, new Map());
    for (const [url, etag] of page.documents) {
      if (!etag || (await again(url)).headers.get('ETag') !== etag) return false;
    }
    return true;
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
      ssr ??= import(pathToFileURL(entry).href);
      const { renderWidgets, describeFailure } = await ssr;
      const documents = new Map();
      const read = fetchFrom(url.origin, documents);
      // A fetch that never answered leaves no ETag to check the page against later: the page
      // would be kept with its widgets in their error state until a restart.
      let failed = false;
      const html = await renderWidgets(await page(), {
        baseUrl: key,
        fetch: (input, init) => read(input, init).catch((error) => {
          failed = true;
          throw error;
        }),
        // One line, its control characters escaped, as the command writes it.
        onError: (failure) => {
          failed = true;
          log?.(`ssr ${url.pathname}: ${describeFailure(failure)}`);
        },
      });
      cached = { html, documents };
      if (failed) cache.delete(key);
      else cache.set(key, cached);
    }
    c.header('Cache-Control', 'no-cache');
    return c.html(cached.html);
  };

  // The demo's article in English and in French (the English page's switcher and hreflang links
  // lead there: a crawler or a reader without JavaScript finds the same widgets there too).
  for (const file of ['index.html', 'fr/index.html']) {
    const demoPage = async () => withSiteFrame(await readFile(join(demoDir, file), 'utf8'), siteUrl());
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
