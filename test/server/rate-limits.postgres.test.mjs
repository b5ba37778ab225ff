// Rate limits kept in PostgreSQL (DATABASE_URL without REDIS_URL): one limit for all processes.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createRateLimiter } from '../../server/limits/rate-limiter.mjs';
import { deleteExpiredWindows } from '../../server/limits/rate-limit-cleanup.mjs';
import { openPostgresStore } from '../../server/stores/postgres.mjs';
import { openPool } from '../../server/stores/postgres-pool.mjs';
import { freshSchema, needsPostgres } from './services.mjs';

describe('rate limits in PostgreSQL', { skip: needsPostgres }, () => {
  it('are one limit for three processes', async () => {
    const schema = await freshSchema();
    try {
      // The store's migrations make the limiter's table, as at a server's start.
      await (await openPostgresStore(schema.url)).close();
      const limiters = await Promise.all(Array.from({ length: 3 }, () => createRateLimiter({ limit: 60, databaseUrl: schema.url })));
      assert.deepEqual(limiters.map((limiter) => limiter.storage), ['postgres', 'postgres', 'postgres']);
      const answers = await Promise.all(Array.from({ length: 30 }, (_, i) => /** @type {any} */ (limiters[i % 3]).take('client')));
      assert.equal(answers.filter((answer) => answer.allowed).length, 10);
      assert.ok(answers.filter((answer) => !answer.allowed).every((answer) => answer.retryAfter >= 1 && answer.retryAfter <= 10));
      assert.equal((await /** @type {any} */ (limiters[0]).take('another')).allowed, true);
      await Promise.all(limiters.map((limiter) => limiter.close()));
    } finally {
      await schema.drop();
    }
  });

  it('deletes the rows of windows that ended over an hour ago, every 5 minutes', async (t) => {
    const schema = await freshSchema();
    try {
      await (await openPostgresStore(schema.url)).close();
      await schema.query("INSERT INTO rate_limits (key, points, expire) VALUES ('old', 1, $1), ('recent', 1, $2)", [Date.now() - 2 * 3_600_000, Date.now() + 60_000]);
      // The library's timer is set as the limiter is made: five minutes pass at once.
      t.mock.timers.enable({ apis: ['setTimeout'] });
      const limiter = await createRateLimiter({ limit: 60, databaseUrl: schema.url });
      t.mock.timers.tick(300_000);
      t.mock.timers.reset();
      /** @type {string[]} */
      let keys = [];
      for (let i = 0; i < 100; i++) {
        keys = (await schema.query('SELECT key FROM rate_limits ORDER BY key')).map((row) => row.key);
        if (!keys.includes('old')) break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      assert.deepEqual(keys, ['recent']);
      await limiter.close();
    } finally {
      await schema.drop();
    }
  });

  it('deletes a backlog of expired windows a batch at a time, each statement under the pool’s time-out, by the expire index', async () => {
    const schema = await freshSchema();
    try {
      await (await openPostgresStore(schema.url)).close();
      const old = Date.now() - 2 * 3_600_000;
      await schema.query("INSERT INTO rate_limits (key, points, expire) SELECT 'old-' || n, 1, $1 FROM generate_series(1, 25000) AS n", [old]);
      await schema.query("INSERT INTO rate_limits (key, points, expire) VALUES ('recent', 1, $1)", [Date.now() + 60_000]);
      // In this test's schema: other runs on the same database have theirs.
      assert.ok((await schema.query("SELECT 1 FROM pg_indexes WHERE indexname = 'rate_limits_expire' AND schemaname = $1", [schema.name])).length === 1, 'the expire index');
      const pool = openPool(schema.url, { max: 1, purpose: 'test' });
      const statements = [];
      const counting = { query: (/** @type {string} */ sql, /** @type {unknown[]} */ values) => (statements.push(sql), pool.query(sql, values)) };
      try {
        assert.equal(await deleteExpiredWindows(counting, Date.now() - 3_600_000), 25_000);
      } finally {
        await pool.end();
      }
      assert.equal(statements.length, 3, 'three batches');
      assert.deepEqual((await schema.query('SELECT key FROM rate_limits')).map((row) => row.key), ['recent']);
    } finally {
      await schema.drop();
    }
  });
});
