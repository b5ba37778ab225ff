// The likes' database away (a PostgreSQL restart, a closed SQLite file): an article's document
// still serves the card, switcher, related stories and video — with the last count known, else
// none — and no cache keeps it; the server-rendered page shows the article, not an error.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ARTICLE, FRENCH, likesUrl, postLike, start, visitor } from './harness.mjs';

/** @param {string} html */
const states = (html) => [...html.matchAll(/<(article-context|like-button)\b[^>]*\bstate="([a-z]+)"/g)].map(([, tag, state]) => `${tag}:${state}`);

describe('the likes database away', () => {
  it('serves documents without a fresh count, uncached, and pages that show the article', async () => {
    const server = await start({ env: { LIKE_RATE_LIMIT: '0' } });
    const errors = [];
    const consoleError = console.error;
    console.error = (...args) => errors.push(args);
    try {
      assert.equal((await postLike(likesUrl(server.url), { visitor: visitor(), liked: true })).status, 200);
      const before = await fetch(`${server.url}/api/articles/${ARTICLE}`);
      assert.equal((await before.json()).likes.count, 1);
      await server.store.close();

      const known = await fetch(`${server.url}/api/articles/${ARTICLE}`);
      assert.equal(known.status, 200);
      assert.equal(known.headers.get('cache-control'), 'no-store');
      assert.equal(known.headers.get('etag'), null);
      const document = await known.json();
      assert.deepEqual(document.likes, { count: 1, endpoint: `/api/articles/${ARTICLE}/likes` }, 'the last count known');
      assert.ok(document.title && document.translations.length, 'the rest of the document');

      const unknown = await fetch(`${server.url}/api/articles/${FRENCH}`);
      assert.equal(unknown.status, 200);
      assert.deepEqual((await unknown.json()).likes, { endpoint: `/api/articles/${FRENCH}/likes` }, 'no count: the button asks its endpoint');

      const page = await fetch(`${server.url}/stories/${FRENCH}`);
      assert.equal(page.status, 200);
      assert.deepEqual(states(await page.text()).filter((state) => state.endsWith(':error')), [], 'no widget in error');
      assert.ok(errors.length > 0, 'the failure is logged');
    } finally {
      console.error = consoleError;
      await server.stop();
    }
  });
});
