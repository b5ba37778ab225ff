// The server-rendered pages of a site whose public address (PUBLIC_URL, behind a proxy) is not
// the address the server listens on: the documents embedded in the page carry the public URLs
// (the like endpoint, images), which the reader's browser can reach and the page's
// `connect-src 'self'` allows; never the loopback the server read them from.
// Needs the built files (`npm run build`, then `npm run test:e2e`).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { start } from '../server/harness.mjs';
import { e2eSkip } from '../support/e2e-site.mjs';

const skip = e2eSkip('ssr public URL e2e', ['ssr/index.js']);
const PUBLIC = 'https://news.example';

/** Every string in the inline JSON documents of a page. */
function embeddedStrings(html) {
  const strings = [];
  const walk = (value) => {
    if (typeof value === 'string') strings.push(value);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  for (const [, json] of html.matchAll(/<script type="application\/json">([\s\S]*?)<\/script>/g)) walk(JSON.parse(json));
  return strings;
}

describe('server-rendered pages behind a public address', { skip }, () => {
  /** @type {Awaited<ReturnType<typeof start>>} */
  let server;
  before(async () => {
    server = await start({ env: { PUBLIC_URL: PUBLIC } });
  });
  after(() => server.stop());

  for (const path of ['/', '/stories/nirvana-1992-benefit']) {
    it(`${path}: the embedded documents name the public address, not the loopback`, async () => {
      const html = await (await fetch(`${server.url}${path}`)).text();
      assert.match(html, /shadowrootmode/, 'server-rendered');
      const strings = embeddedStrings(html);
      assert.ok(strings.length > 0, 'a document is embedded');
      assert.deepEqual(strings.filter((value) => value.startsWith(server.url)), []);
      assert.ok(
        strings.some((value) => /^https:\/\/news\.example\/api\/articles\/[\w-]+\/likes$/.test(value)),
        strings.filter((value) => value.includes('/likes')).join(', '),
      );
    });
  }
});
