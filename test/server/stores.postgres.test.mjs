// The PostgreSQL LikeStore against a real server: the same contract as SQLite, its schema
// migrations when several processes start at once, and the counter shards.
import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import { describe, it } from 'node:test';
import pg from 'pg';
import { MIGRATIONS } from '../../server/stores/postgres-migrations.mjs';
import { openPostgresStore, shardOf } from '../../server/stores/postgres.mjs';
import { freshSchema, needsPostgres } from './services.mjs';
import { likeStoreContract } from './store-contract.mjs';

if (!needsPostgres) {
  likeStoreContract('PostgreSQL', async () => {
    const schema = await freshSchema();
    return { open: () => openPostgresStore(schema.url), cleanUp: () => schema.drop() };
  });
}

describe('PostgreSQL schema and counters', { skip: needsPostgres }, () => {
  it('applies each migration exactly once when eight processes start at once', async () => {
    const schema = await freshSchema();
    try {
      const stores = await Promise.all(Array.from({ length: 8 }, () => openPostgresStore(schema.url, { poolSize: 1 })));
      await Promise.all(stores.map((store) => store.close()));
      const rows = await schema.query('SELECT version FROM story_widgets_migrations ORDER BY version');
      assert.deepEqual(rows.map((row) => row.version), MIGRATIONS.map((step) => step.version));
    } finally {
      await schema.drop();
    }
  });

  it('keeps every like across a restart, applying nothing twice', async () => {
    const schema = await freshSchema();
    try {
      const first = await openPostgresStore(schema.url);
      const visitors = Array.from({ length: 20 }, () => randomUUID());
      await Promise.all(visitors.map((visitor) => first.setLike('kept', visitor, true)));
      await first.close();
      const second = await openPostgresStore(schema.url);
      assert.equal(await second.count('kept'), 20);
      assert.deepEqual(await second.setLike('kept', /** @type {string} */ (visitors[0]), true), { count: 20, liked: true });
      await second.close();
      const [{ n }] = await schema.query('SELECT count(*)::int AS n FROM story_widgets_migrations');
      assert.equal(n, MIGRATIONS.length);
    } finally {
      await schema.drop();
    }
  });

  /**
   * A request of `visitor` (a like or an unlike) made while another process's like of the same
   * visitor is caught between its write and its commit: its answer, and the count after both.
   * @param {boolean} liked
   */
  async function afterWaitingForALike(liked) {
    const schema = await freshSchema();
    const store = await openPostgresStore(schema.url);
    const other = new pg.Client({ connectionString: schema.url });
    await other.connect();
    try {
      const visitor = randomUUID();
      await other.query('BEGIN');
      await other.query('INSERT INTO likes (article_id, visitor, liked) VALUES ($1, $2, true)', ['waited', visitor]);
      await other.query('INSERT INTO like_counts (article_id, shard, count) VALUES ($1, $2, 1)', ['waited', shardOf(visitor)]);
      // This request's statement takes its snapshot now (no like yet), then waits on the visitor's row.
      const answer = store.setLike('waited', visitor, liked);
      await new Promise((resolve) => setTimeout(resolve, 200));
      await other.query('COMMIT');
      return { answer: await answer, count: await store.count('waited') };
    } finally {
      await other.end();
      await store.close();
      await schema.drop();
    }
  }

  it('answers a repeated like with the count that includes the same visitor\'s like it waited for', async () => {
    assert.deepEqual(await afterWaitingForALike(true), { answer: { count: 1, liked: true }, count: 1 });
  });

  it('answers an unlike that waited for the same visitor\'s like with the count after both, never −1', async () => {
    assert.deepEqual(await afterWaitingForALike(false), { answer: { count: 0, liked: false }, count: 0 });
  });

  it('recounts every article of a batch whose likes waited for the same visitors\' likes, each exactly', async () => {
    const schema = await freshSchema();
    // The store's connection is the one with this application_name.
    const name = `sw-test-${randomBytes(6).toString('hex')}`;
    const url = new URL(schema.url);
    url.searchParams.set('application_name', name);
    // One connection: the likes sent while it is busy all go in the next batch.
    const store = await openPostgresStore(url.href, { poolSize: 1 });
    const [blocker, other] = [new pg.Client({ connectionString: schema.url }), new pg.Client({ connectionString: schema.url })];
    await Promise.all([blocker.connect(), other.connect()]);
    /** The store's statement has taken its snapshot and waits for a row another transaction holds. */
    const storeWaitsForALock = async () => {
      for (const deadline = Date.now() + 5000; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 20))) {
        const [{ n }] = await schema.query("SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = $1 AND wait_event_type = 'Lock'", [name]);
        if (n) return;
      }
      throw new Error('the store never waited for a lock');
    };
    /** A like of `visitor` written by `client`'s transaction, counted on the visitor's shard. @param {pg.Client} client @param {string} article @param {string} visitor */
    const likeIn = async (client, article, visitor) => {
      await client.query('INSERT INTO likes (article_id, visitor, liked) VALUES ($1, $2, true)', [article, visitor]);
      await client.query('INSERT INTO like_counts AS c (article_id, shard, count) VALUES ($1, $2, 1) ON CONFLICT (article_id, shard) DO UPDATE SET count = c.count + 1', [article, shardOf(visitor)]);
    };
    try {
      // Four articles of 0, 3, 6 and 9 likes already (distinct counts, so no answer can pass for another's).
      const articles = ['recount-0', 'recount-1', 'recount-2', 'recount-3'];
      await Promise.all(articles.flatMap((article, i) => Array.from({ length: 3 * i }, () => store.setLike(article, randomUUID(), true))));
      // The connection is kept busy by a like that waits for the blocker's transaction.
      const blocked = randomUUID();
      await blocker.query('BEGIN');
      await likeIn(blocker, 'blocker', blocked);
      const first = store.setLike('blocker', blocked, true);
      await storeWaitsForALock();
      // Meanwhile another process is between the write and the commit of these visitors' likes
      // (and of an unlike of a visitor who never liked: no counter row)…
      const visitors = articles.map(() => randomUUID());
      const unliker = randomUUID();
      await other.query('BEGIN');
      for (const [i, article] of articles.entries()) await likeIn(other, article, /** @type {string} */ (visitors[i]));
      await other.query("INSERT INTO likes (article_id, visitor, liked) VALUES ('recount-none', $1, false)", [unliker]);
      // …and the same visitors send the same wishes, with a new visitor of recount-0 on another
      // shard (its counter row must not carry the waited-for like into the answer) and one of an
      // article nothing waits on: all of them wait for the connection, to go in one batch.
      let newcomer = randomUUID();
      while (shardOf(newcomer) === shardOf(/** @type {string} */ (visitors[0]))) newcomer = randomUUID();
      const answers = Promise.all([
        ...articles.map((article, i) => store.setLike(article, /** @type {string} */ (visitors[i]), true)),
        store.setLike('recount-0', newcomer, true),
        store.setLike('recount-none', unliker, false),
        store.setLike('written', randomUUID(), true),
      ]);
      await blocker.query('COMMIT');
      assert.deepEqual(await first, { count: 1, liked: true });
      // The batch's statement has its snapshot (without the other process's likes) and waits on their rows.
      await storeWaitsForALock();
      await other.query('COMMIT');
      const liked = (/** @type {number} */ count) => ({ count, liked: true });
      assert.deepEqual(await answers, [liked(2), liked(4), liked(7), liked(10), liked(2), { count: 0, liked: false }, liked(1)]);
      assert.deepEqual(await Promise.all([...articles, 'recount-none', 'written'].map((article) => store.count(article))), [2, 4, 7, 10, 0, 1]);
    } finally {
      await Promise.all([blocker.end(), other.end()]);
      await store.close();
      await schema.drop();
    }
  });

  it('spreads a hot article over 16 counter rows whose sum is the count', async () => {
    const schema = await freshSchema();
    try {
      const store = await openPostgresStore(schema.url);
      await Promise.all(Array.from({ length: 400 }, () => store.setLike('hot', randomUUID(), true)));
      await store.close();
      const shards = await schema.query("SELECT shard, count::int AS count FROM like_counts WHERE article_id = 'hot'");
      assert.equal(shards.length, 16, 'every shard in use');
      assert.equal(shards.reduce((sum, row) => sum + row.count, 0), 400);
      assert.ok(shards.every((row) => row.count > 0));
    } finally {
      await schema.drop();
    }
  });

  it('keeps a visitor on one shard, so no shard goes below zero', () => {
    const visitor = randomUUID();
    assert.equal(shardOf(visitor), shardOf(visitor));
    const used = new Set(Array.from({ length: 1000 }, () => shardOf(randomUUID())));
    assert.equal(used.size, 16);
  });
});
