// The like protocol (contract section 4) against the real server and a real SQLite file.
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { readConfig } from '../../server/config.mjs';
import { startServer } from '../../server/server.mjs';
import { openSqliteStore } from '../../server/stores/sqlite.mjs';
import { ARTICLE, FRENCH, TEST_SECRET, likeCount, likesUrl, postLike, start, tempDir, visitor as newVisitor } from './harness.mjs';
import { likeStoreContract } from './store-contract.mjs';

describe('POST /api/articles/:id/likes', () => {
  /** @type {Awaited<ReturnType<typeof start>>} */
  let server;
  before(async () => {
    server = await start({ env: { LIKE_RATE_LIMIT: '0' } });
  });
  after(() => server.stop());

  it('counts a like and answers the new count and state', async () => {
    const response = await postLike(likesUrl(server.url), { visitor: newVisitor(), liked: true });
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^application\/json/);
    assert.equal(response.headers.get('cache-control'), 'no-store');
    assert.deepEqual(await response.json(), { count: 1, liked: true });
    assert.equal(await likeCount(server.url), 1);
  });

  it('takes a like back when the same visitor sends liked: false', async () => {
    const visitor = newVisitor();
    const before = await likeCount(server.url, FRENCH);
    await postLike(likesUrl(server.url, FRENCH), { visitor, liked: true });
    const response = await postLike(likesUrl(server.url, FRENCH), { visitor, liked: false });
    assert.deepEqual(await response.json(), { count: before, liked: false });
    assert.equal(await likeCount(server.url, FRENCH), before);
  });

  it('counts a visitor once however often the same body arrives', async () => {
    const visitor = newVisitor();
    const url = likesUrl(server.url, 'nirvana-1992-benefit');
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push(await (await postLike(url, { visitor, liked: true })).json());
    assert.deepEqual(answers, Array(5).fill({ count: 1, liked: true }));
    // unliking twice also moves the count once, and never below zero
    await postLike(url, { visitor, liked: false });
    const again = await (await postLike(url, { visitor, liked: false })).json();
    assert.deepEqual(again, { count: 0, liked: false });
  });

  it('never goes below zero when a visitor who never liked sends liked: false', async () => {
    const response = await postLike(likesUrl(server.url, 'fit-without-body-shaming'), { visitor: newVisitor(), liked: false });
    assert.deepEqual(await response.json(), { count: 0, liked: false });
  });

  it('keeps likes of different articles apart', async () => {
    const visitor = newVisitor();
    await postLike(likesUrl(server.url, 'favorite-posts-week'), { visitor, liked: true });
    assert.equal(await likeCount(server.url, 'favorite-posts-week'), 1);
    assert.equal(await likeCount(server.url, 'girls-will-be-girls-remastered'), 0);
  });

  it('gives exactly 200 for 200 concurrent likes from 200 visitors', async () => {
    const id = 'girls-will-be-girls-remastered';
    const responses = await Promise.all(
      Array.from({ length: 200 }, () => postLike(likesUrl(server.url, id), { visitor: newVisitor(), liked: true })),
    );
    const bodies = await Promise.all(responses.map((response) => response.json()));
    assert.ok(responses.every((response) => response.status === 200));
    // every answer is a distinct count: no two requests saw the same state
    assert.deepEqual(bodies.map((body) => body.count).sort((a, b) => a - b), Array.from({ length: 200 }, (_, i) => i + 1));
    assert.equal(await likeCount(server.url, id), 200);
  });

  it('gives exactly 1 for 50 concurrent likes from the same visitor', async () => {
    const visitor = newVisitor();
    const url = likesUrl(server.url, 'weekend-on-the-ridge');
    await Promise.all(Array.from({ length: 50 }, () => postLike(url, { visitor, liked: true })));
    assert.equal(await likeCount(server.url, 'weekend-on-the-ridge'), 1);
  });
});

describe('GET /api/articles/:id/likes?visitor=… (the live state)', () => {
  /** @type {Awaited<ReturnType<typeof start>>} */
  let server;
  const liker = newVisitor();
  before(async () => {
    server = await start({ env: { LIKE_RATE_LIMIT: '0' } });
    await postLike(likesUrl(server.url), { visitor: liker, liked: true });
  });
  after(() => server.stop());

  /** @param {string} query */
  const liveState = async (query) => {
    const response = await fetch(`${likesUrl(server.url)}${query}`);
    assert.equal(response.status, 200, query);
    assert.equal(response.headers.get('cache-control'), 'no-store');
    return response.json();
  };

  it('answers the count and the visitor\'s liked state', async () => {
    assert.deepEqual(await liveState(`?visitor=${liker}`), { count: 1, liked: true });
    assert.deepEqual(await liveState(`?visitor=${newVisitor()}`), { count: 1, liked: false });
    assert.deepEqual(await liveState(''), { count: 1, liked: false });
  });

  // Contract §4: the GET answers 200 {"count", "liked"}; the 403 with a new token is a POST's.
  for (const [name, visitor] of [
    ['that is empty', ''],
    ['of 101 characters', 'a'.repeat(101)],
    ['with spaces and markup', '<b> x </b>'],
    ['with a character outside ASCII', 'visitor-é'],
  ]) {
    it(`answers a visitor ${name} with the count and liked: false, not 400 and no token`, async () => {
      assert.deepEqual(await liveState(`?visitor=${encodeURIComponent(visitor)}`), { count: 1, liked: false });
    });
  }
});

describe('a restart', () => {
  it('keeps every like and every visitor state', async () => {
    const temp = tempDir();
    const databasePath = join(temp.dir, 'nested', 'likes.sqlite');
    try {
      // No VISITOR_SECRET: the one generated beside the database must outlive the process.
      const first = await start({ databasePath, env: { LIKE_RATE_LIMIT: '0', VISITOR_SECRET: '' } });
      const visitors = Array.from({ length: 30 }, () => first.tokens.sign());
      await Promise.all(visitors.map((visitor) => postLike(likesUrl(first.url), { visitor, liked: true })));
      await postLike(likesUrl(first.url), { visitor: visitors[0], liked: false });
      await first.stop();

      const second = await start({ databasePath, env: { LIKE_RATE_LIMIT: '0', VISITOR_SECRET: '' } });
      try {
        assert.equal(await likeCount(second.url), 29);
        // visitor 1 still likes it: repeating the like changes nothing
        const repeat = await (await postLike(likesUrl(second.url), { visitor: visitors[1], liked: true })).json();
        assert.deepEqual(repeat, { count: 29, liked: true });
        // visitor 0 had unliked: liking again counts
        const back = await (await postLike(likesUrl(second.url), { visitor: visitors[0], liked: true })).json();
        assert.deepEqual(back, { count: 30, liked: true });
      } finally {
        await second.stop();
      }
    } finally {
      temp.remove();
    }
  });
});

describe('a like while another process holds the SQLite file\'s write lock past busy_timeout', () => {
  it('answers a repeat like with the state the file holds, and a new like 500', async () => {
    const temp = tempDir();
    const path = join(temp.dir, 'likes.sqlite');
    const config = readConfig({ HOST: '127.0.0.1', PORT: '0', QUIET: '1', VISITOR_SECRET: TEST_SECRET, DATABASE_PATH: path, LIKE_RATE_LIMIT: '0' });
    const server = await startServer(config, { store: openSqliteStore(path, { busyMs: 200 }) });
    // Another process's transaction, as a `sqlite3` shell left in BEGIN IMMEDIATE.
    const other = new Database(path);
    const original = console.error;
    try {
      const [repeat, fresh] = [newVisitor(), newVisitor()];
      assert.equal((await postLike(likesUrl(server.url), { visitor: repeat, liked: true })).status, 200);
      other.exec('BEGIN IMMEDIATE');
      // The 500's stack trace is expected here.
      console.error = () => {};
      const [held, missing] = await Promise.all([repeat, fresh].map((visitor) => postLike(likesUrl(server.url), { visitor, liked: true })));
      other.exec('ROLLBACK');
      assert.deepEqual({ status: held?.status, body: await held?.json() }, { status: 200, body: { count: 1, liked: true } });
      assert.equal(missing?.status, 500);
      const state = await (await fetch(`${likesUrl(server.url)}?visitor=${fresh}`)).json();
      assert.deepEqual(state, { count: 1, liked: false }, 'the like answered 500 is not recorded');
    } finally {
      console.error = original;
      other.close();
      await server.close();
      temp.remove();
    }
  });
});

describe('GET /api/articles/:id', () => {
  it('serves the document of the content file with the live likes', async () => {
    const server = await start();
    try {
      const response = await fetch(`${server.url}/api/articles/${ARTICLE}`);
      assert.equal(response.status, 200);
      const document = await response.json();
      assert.equal(document.id, ARTICLE);
      assert.equal(document.title, 'Chechnya’s Anti-LGBTQ Purge Has Restarted, Says Russian LGBTQ Network');
      assert.deepEqual(document.likes, { count: 0, endpoint: `/api/articles/${ARTICLE}/likes` });
      assert.deepEqual(document.translations.map((/** @type {{language: string}} */ t) => t.language), ['fr', 'ar']);
      assert.ok(document.related.length >= 3);
      assert.match(document.image.src, /^\/img\/.+\.svg$/);

      const french = await (await fetch(`${server.url}/api/articles/${FRENCH}`)).json();
      assert.equal(french.language, 'fr');
      assert.deepEqual(french.translations.map((/** @type {{url: string}} */ t) => t.url), [document.url, '/stories/chechnya-purge-restarted-ar']);
      assert.equal(document.translations[0].url, french.url);
    } finally {
      await server.stop();
    }
  });
});

likeStoreContract('SQLite', async () => {
  const temp = tempDir();
  const path = join(temp.dir, 'likes.sqlite');
  return { open: async () => openSqliteStore(path), cleanUp: async () => temp.remove() };
});
