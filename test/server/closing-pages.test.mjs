// close() with a server-rendered page (a route of the Hono app) still rendering when the drain
// ends: the page's document comes from a host that stalls. The stop answers it 503 as it does a
// like (closing.test.mjs); when the render ends later, nothing more is written nor logged. Until
// 2026-12-08 the HTTP adapter wrote the late page into the ended answer, and logged
// ERR_HTTP_HEADERS_SENT, and the request log said the page was sent (200).
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { serveDocuments } from '../support/document-server.mjs';
import { consoleOf, within } from './bounded.mjs';
import { start, tempDir } from './harness.mjs';
import { rawSocket } from './raw-socket.mjs';
import { ssrDist } from './ssr-dist.mjs';
import { stopUnanswered } from './stop-answer.mjs';

const DRAIN_MS = 300;
/** The global the site's renderWidgets calls when a render ends. */
const RENDERED = 'storyWidgetsTestRendered';

/**
 * A site whose home page server-renders the document at `src`: its demo folder, and a dist
 * folder whose `ssr/index.js` is story-widgets/ssr built from src/ (no `npm run build` needed).
 * @param {string} dir @param {string} src
 */
async function siteRendering(dir, src) {
  mkdirSync(join(dir, 'demo'));
  writeFileSync(join(dir, 'demo/index.html'), `<!doctype html>\n<html lang="en">\n  <body>\n    <article-context src="${src}"><like-button></like-button></article-context>\n  </body>\n</html>\n`);
  // Its renderWidgets says when a render has ended (the server runs in this process), so the
  // test knows the late page has been handed to the adapter, however slow the machine.
  const dist = await ssrDist(join(dir, 'dist'), (ssr) => `import { renderWidgets as render } from ${ssr};\nexport const renderWidgets = (...args) => render(...args).finally(() => globalThis.${RENDERED}?.());\n`);
  return { DEMO_DIR: join(dir, 'demo'), DIST_DIR: dist };
}

describe('closing with a server-rendered page still rendering at the drain\'s end', () => {
  it('answers it 503 with Retry-After and Connection: close, and writes and logs nothing when the render ends', async () => {
    /** @type {() => void} */
    let release = () => {};
    const stalled = new Promise((resolve) => (release = () => resolve(undefined)));
    const host = await serveDocuments({ '/held.json': { body: JSON.stringify({ title: 'Held', likes: { count: 1, endpoint: '/likes' } }), until: stalled } });
    const temp = tempDir();
    // The request log on (no QUIET): a line for the page would say it was sent.
    const server = await start({ env: { QUIET: '', ...(await siteRendering(temp.dir, `${host.origin}/held.json`)) }, config: { drainMs: DRAIN_MS } });
    const { socket, opened, closed, received } = rawSocket(server.url);
    try {
      const lines = await consoleOf(async () => {
        await opened;
        socket.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n');
        for (let waited = 0; waited < 5000 && !host.requests.includes('/held.json'); waited += 20) await sleep(20);
        assert.deepEqual(host.requests, ['/held.json'], 'the render waits for its document');
        const { text } = await stopUnanswered(server, { closed, received }, DRAIN_MS);
        assert.equal(text, 'The server is stopping; try again.\n');
        // The host answers now: the render ends, and its page has nowhere to go.
        const rendered = new Promise((resolve) => Object.assign(globalThis, { [RENDERED]: resolve }));
        release();
        await within(rendered, 5000, 'the render');
        // The app makes its answer from the render and the adapter writes it, in this turn or the next few.
        await sleep(200);
      });
      assert.deepEqual(lines, []);
    } finally {
      delete (/** @type {Record<string, unknown>} */ (globalThis))[RENDERED];
      release();
      socket.destroy();
      await server.stop();
      await host.close();
      temp.remove();
    }
  });
});
