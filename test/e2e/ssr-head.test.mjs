// A HEAD of a server-rendered page is answered as its GET, without the body (server/head-as-get.mjs):
// the same status and headers, uncompressed the Content-Length of the rendered page. The server's
// own HEAD test (test/server/http.test.mjs) runs in `npm test`, before CI's build, when these
// pages are served as written (client-rendered): a rendered page is longer and made elsewhere.
// Needs the built files (`npm run build`, then `npm run test:e2e`).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { start } from '../server/harness.mjs';
import { assertHeadAsGet } from '../server/head-as-get-check.mjs';
import { e2eSkip } from '../support/e2e-site.mjs';

const skip = e2eSkip('ssr HEAD e2e', ['ssr/index.js']);

describe('a HEAD of a server-rendered page', { skip }, () => {
  /** @type {Awaited<ReturnType<typeof start>>} */
  let server;
  before(async () => {
    server = await start();
  });
  after(() => server.stop());

  for (const path of ['/', '/fr/', '/stories/nirvana-1992-benefit']) {
    it(`${path}: the GET's status and headers, its Content-Length, no body, and a 304 to its ETag`, async () => {
      for (const encoding of ['identity', 'gzip']) {
        const { head, body } = await assertHeadAsGet(`${server.url}${path}`, { 'Accept-Encoding': encoding });
        assert.match(body, /shadowrootmode/, `${path}: server-rendered`);
        assert.match(head.headers.get('content-type') ?? '', /^text\/html/, path);
        assert.equal(head.headers.get('cache-control'), 'no-cache', path);
        assert.equal(head.headers.get('content-encoding'), encoding === 'gzip' ? 'gzip' : null, path);
      }
    });
  }
});
