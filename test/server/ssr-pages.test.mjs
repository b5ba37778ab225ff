// The server-rendered pages' cache (server/ssr-pages.mjs): a page is kept while its documents
// are unchanged, a render that could not read a document is served for a while then tried again,
// and readers asking meanwhile share one render. Rendered with story-widgets/ssr built from src/
// (ssr-dist.mjs): until 2026-12-08 they used the checkout's dist and skipped without it, so they
// never ran in CI, whose `npm test` comes before its build.
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { createApp } from '../../server/app.mjs';
import { loadContent } from '../../server/content.mjs';
import { likesUrl, postLike, start, tempDir, visitor } from './harness.mjs';
import { ssrDist } from './ssr-dist.mjs';

/** A loopback address nothing listens on (a port just freed). */
async function closedUrl() {
  const probe = createServer();
  await new Promise((resolve) => probe.listen(0, '127.0.0.1', () => resolve(undefined)));
  const { port } = /** @type {import('node:net').AddressInfo} */ (probe.address());
  await new Promise((resolve) => probe.close(resolve));
  return `http://127.0.0.1:${port}`;
}

/** @param {string} html */
const states = (html) => [...html.matchAll(/<(article-context|like-button)\b[^>]*\bstate="([a-z]+)"/g)].map(([, tag, state]) => `${tag}:${state}`);

describe('server-rendered pages', () => {
  /** @type {Awaited<ReturnType<typeof start>>} */
  let server;
  const dist = tempDir();
  before(async () => {
    server = await start({ env: { DIST_DIR: await ssrDist(dist.dir) } });
  });
  after(async () => {
    await server.stop();
    dist.remove();
  });

  it('serves a render whose document could not be fetched for a while, at once, then renders again, rather than keeping its errors', async () => {
    // The documents are read over loopback (localUrl): first from a port nothing answers on.
    let local = await closedUrl();
    let asked = 0;
    const app = createApp({
      config: server.config,
      content: loadContent(server.config.contentDir),
      siteUrl: () => server.url,
      localUrl: () => (asked++, local),
      failedPageMs: 600,
    });
    // Two readers at once: one render between them.
    const [failed, same] = await Promise.all([app.request('/'), app.request('/')].map(async (answer) => (await answer).text()));
    assert.ok(states(failed).includes('article-context:error'), states(failed).join(' '));
    assert.equal(same, failed);
    const askedOnce = asked;
    // Meanwhile the host is back, but the failed render is served as it is, without asking it.
    local = server.url;
    assert.equal(await (await app.request('/')).text(), failed);
    assert.equal(asked, askedOnce, 'no document asked for while the failed render is kept');
    await new Promise((resolve) => setTimeout(resolve, 700));
    const again = await (await app.request('/')).text();
    assert.deepEqual(states(again), ['article-context:ready', 'like-button:ready']);
    // A good render is kept: the same HTML while the documents are unchanged.
    assert.equal(await (await app.request('/')).text(), again);
  });

  it('serves a page as it is for a moment between checks of its documents (a hot article changes at every like), then renders it again', async () => {
    const app = createApp({ config: server.config, content: loadContent(server.config.contentDir), siteUrl: () => server.url, checkedPageMs: 500 });
    const before = await (await app.request('/')).text();
    const liked = await postLike(likesUrl(server.url), { visitor: visitor(), liked: true });
    assert.equal(liked.status, 200);
    assert.equal(await (await app.request('/')).text(), before, 'within the moment: the page as rendered');
    await new Promise((resolve) => setTimeout(resolve, 600));
    const after = await (await app.request('/')).text();
    assert.notEqual(after, before, 'the document changed: rendered again');
  });
});
