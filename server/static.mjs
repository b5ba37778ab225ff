// Static files: the built CDN bundle under /dist/… (and /cdn/… for short snippets), the
// demo pages (with the site's frame put in) and images under /, and /stories/<id> article
// pages rendered from the documents.
import { serveStatic } from '@hono/node-server/serve-static';
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { articlePage, metadataOf } from './article-page.mjs';
import { fileEtag } from './cacheable.mjs';
import { withSiteFrame } from './site-frame.mjs';

/** @param {string} path */
const isDirectory = (path) => existsSync(path) && statSync(path).isDirectory();

// A demo page's URL: folders and a file name of letters, digits, _ and -; no dots but `.html`,
// so it cannot leave the folder.
const PAGE = /^\/(?:[\w-]+\/)*(?:[\w-]+\.html)?$/;

/**
 * The file of the demo page at `path` (`…/` is its folder's index.html), if there is one.
 * @param {string} demoDir @param {string} path
 */
export function demoPageFile(demoDir, path) {
  if (!PAGE.test(path)) return undefined;
  const file = join(demoDir, path.endsWith('/') ? `${path}index.html` : path);
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

// The paths of caption files, whatever folder they are in (`.+` takes slashes too).
const CAPTIONS = '/:file{.+\\.vtt}';

/**
 * Caption files of the demo videos: a <track> is read only as text/vtt, which Hono's type table
 * lacks. Set on the answer once served: behind the CORS middleware, a type set in `onFound`
 * loses to the one serveStatic gave its answer. Routed to .vtt paths only (CAPTIONS).
 * @type {import('hono').MiddlewareHandler}
 */
export async function captionsType(c, next) {
  await next();
  if (c.res.ok) c.res.headers.set('Content-Type', 'text/vtt; charset=utf-8');
}

/**
 * @param {import('hono').Hono} app
 * @param {{ demoDir: string, distDir: string, content: import('./content.mjs').Content, siteUrl: () => string }} options
 *   siteUrl: the origin of the pages' absolute URLs (PUBLIC_URL, else the listening address)
 */
export function mountStatic(app, { demoDir, distDir, content, siteUrl }) {
  // Demo and bundle change while developing; the browser checks every time, with the file's
  // validator (the app's etag layer answers 304 to it).
  const revalidate = (/** @type {string} */ path, /** @type {import('hono').Context} */ c) => {
    c.header('Cache-Control', 'no-cache');
    c.header('ETag', fileEtag(path));
  };
  app.use(CAPTIONS, captionsType);

  app.use('/dist/*', serveStatic({ root: distDir, rewriteRequestPath: (path) => path.slice('/dist'.length), onFound: revalidate }));
  app.use('/cdn/*', serveStatic({ root: join(distDir, 'cdn'), rewriteRequestPath: (path) => path.slice('/cdn'.length), onFound: revalidate }));

  // An article page for every document, the way a CMS template renders it.
  app.get('/stories/:id', async (c, next) => {
    const article = content.get(c.req.param('id'));
    if (!article) return next();
    c.header('Cache-Control', 'no-cache');
    return c.html(articlePage(article, siteUrl()));
  });

  // The content files are the server's input, not public pages: /api/articles/… serves them.
  app.use('/content/*', async (c) => c.text('Not found', 404));

  // /fr → /fr/ so the page's relative links resolve inside its folder. The target starts with
  // exactly one slash: `//img/` would send the browser to a host named "img".
  app.use('*', async (c, next) => {
    const path = c.req.path;
    if ((c.req.method === 'GET' || c.req.method === 'HEAD') && !path.endsWith('/') && !path.includes('..') && isDirectory(join(demoDir, path))) {
      return c.redirect(`/${path.replace(/^[/\\]+/, '')}/`, 301);
    }
    return next();
  });
  // Demo pages, with the site's masthead and footer put in (site-frame.mjs).
  app.get('*', async (c, next) => {
    const file = demoPageFile(demoDir, c.req.path);
    if (!file) return next();
    c.header('Cache-Control', 'no-cache');
    return c.body(withSiteFrame(await readFile(file, 'utf8'), siteUrl(), metadataOf(content, siteUrl())), 200, { 'Content-Type': 'text/html; charset=utf-8' });
  });
  app.use('*', serveStatic({ root: demoDir, onFound: revalidate }));
}
