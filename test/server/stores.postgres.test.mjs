// The PostgreSQL LikeStore against a real server: the same contract as SQLite, its schema
// migrations when several processes start at once, and the counter shards.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
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
