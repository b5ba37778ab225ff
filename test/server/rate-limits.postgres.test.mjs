// Rate limits kept in PostgreSQL (DATABASE_URL without REDIS_URL): one limit for all processes.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import pg from 'pg';
import { RateLimiterPostgres } from 'rate-limiter-flexible';
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

  it('writes the keys that wait together in one statement, each client limited exactly as one statement per key would', async () => {
    const schema = await freshSchema();
    const pool = openPool(schema.url, { max: 1, durable: false, purpose: 'test' });
    /** @type {unknown[][]} */
    const logged = [];
    const consoleError = console.error;
    console.error = (...args) => logged.push(args);
    try {
      await (await openPostgresStore(schema.url)).close();
      let statements = 0;
      // The server's shared pool, counted: one connection, so every key after the first waits.
      const counted = /** @type {import('pg').Pool} */ (/** @type {unknown} */ ({ options: pool.options, query: (/** @type {any} */ query) => (statements++, pool.query(query)) }));
      const limiter = await createRateLimiter({ limit: 60, databaseUrl: schema.url, postgresPool: counted });
      // 300 readers, each from an address of its own, and one client that sends 25 among them.
      const keys = Array.from({ length: 325 }, (_, i) => (i % 13 === 6 ? 'busy' : `10.0.${i >> 8}.${i & 255}`));
      const answers = await Promise.all(keys.map((key) => limiter.take(key)));
      assert.ok(statements <= 5, `${statements} statements for ${keys.length} requests`);
      assert.ok(answers.every((answer, i) => keys[i] === 'busy' || answer.allowed), 'every reader allowed');
      // LIKE_RATE_LIMIT=60: 10 at once, the first 10 in arrival order, as one upsert per request gave.
      const busy = answers.filter((_, i) => keys[i] === 'busy');
      assert.deepEqual(busy.map((answer) => answer.allowed), [...Array(10).fill(true), ...Array(15).fill(false)]);
      assert.ok(busy.slice(10).every((answer) => answer.retryAfter >= 1 && answer.retryAfter <= 10));
      assert.deepEqual((await schema.query("SELECT points FROM rate_limits WHERE key = 'story-widgets:likes:busy'")).map((row) => row.points), [25]);
      await limiter.close();
      assert.deepEqual(logged, [], 'nothing limited in the process alone');
    } finally {
      console.error = consoleError;
      await pool.end();
      await schema.drop();
    }
  });

  it('keeps the windows rate-limiter-flexible keeps: one limit with a process not yet upgraded', async () => {
    const schema = await freshSchema();
    const pool = openPool(schema.url, { max: 2, durable: false, purpose: 'test' });
    try {
      await (await openPostgresStore(schema.url)).close();
      const theirs = new RateLimiterPostgres({ points: 10, duration: 10, keyPrefix: 'story-widgets:likes', storeClient: pool, storeType: 'pool', tableName: 'rate_limits', tableCreated: true, clearExpiredByTimeout: false });
      const ours = await createRateLimiter({ limit: 60, databaseUrl: schema.url, postgresPool: pool });
      for (let i = 0; i < 4; i++) await theirs.consume('203.0.113.5');
      const answers = await Promise.all(Array.from({ length: 8 }, () => ours.take('203.0.113.5')));
      assert.equal(answers.filter((answer) => answer.allowed).length, 6, 'the 4 points of the other process count');
      await assert.rejects(theirs.consume('203.0.113.5'), (rejection) => rejection instanceof Object && 'consumedPoints' in rejection && rejection.consumedPoints === 13);
      await ours.close();
    } finally {
      await pool.end();
      await schema.drop();
    }
  });

  it('starts a client’s window again once it ended', async (t) => {
    const schema = await freshSchema();
    try {
      await (await openPostgresStore(schema.url)).close();
      t.mock.timers.enable({ apis: ['Date'], now: Date.now() });
      const limiter = await createRateLimiter({ limit: 60, databaseUrl: schema.url });
      const burst = () => Promise.all(Array.from({ length: 12 }, () => limiter.take('198.51.100.7')));
      assert.equal((await burst()).filter((answer) => answer.allowed).length, 10);
      t.mock.timers.tick(9_000);
      const refused = await limiter.take('198.51.100.7');
      assert.deepEqual(refused, { allowed: false, retryAfter: 1 });
      t.mock.timers.tick(1_000);
      assert.equal((await burst()).filter((answer) => answer.allowed).length, 10, 'a new window of 10');
      // Kept in PostgreSQL, not by the process's own limiter.
      assert.deepEqual(await schema.query("SELECT points FROM rate_limits WHERE key = 'story-widgets:likes:198.51.100.7'"), [{ points: 12 }]);
      await limiter.close();
    } finally {
      await schema.drop();
    }
  });

  it('limits in the process alone while PostgreSQL does not answer within the wait, and says so in the log', async () => {
    const schema = await freshSchema();
    const locker = new pg.Client({ connectionString: schema.url });
    /** @type {string[]} */
    const logged = [];
    const consoleError = console.error;
    console.error = (/** @type {unknown} */ line) => logged.push(String(line));
    try {
      await (await openPostgresStore(schema.url)).close();
      const limiter = await createRateLimiter({ limit: 60, databaseUrl: schema.url, poolSize: 1, waitMs: 200 });
      await locker.connect();
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE rate_limits IN EXCLUSIVE MODE');
      // The first key's statement waits for the lock (1 s); the others wait for the connection, 200 ms at most.
      const unlock = new Promise((resolve) => setTimeout(resolve, 1000)).then(() => locker.query('COMMIT'));
      const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => limiter.take(i < 11 ? `192.0.2.${i}` : '192.0.2.0')));
      await unlock;
      assert.ok(answers.every((answer) => answer.allowed), 'limited, not refused');
      assert.equal(logged.length, 1, logged.join('\n'));
      assert.match(logged[0] ?? '', /^story-widgets server: rate limits: PostgreSQL did not answer \(every PostgreSQL connection stayed busy for 200 ms\): 1 request\(s\) limited in this process alone since the last such line/);
      // Shared again once PostgreSQL answers; the rest of the count is told at close.
      assert.deepEqual(await limiter.take('192.0.2.99'), { allowed: true, retryAfter: 0 });
      assert.equal((await schema.query("SELECT count(*)::int AS n FROM rate_limits WHERE key = 'story-widgets:likes:192.0.2.99'"))[0].n, 1);
      await limiter.close();
      assert.equal(logged.length, 2);
      assert.match(logged[1] ?? '', /: 10 request\(s\) limited in this process alone/);
    } finally {
      console.error = consoleError;
      await locker.end();
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

  it('deletes no window a batch of likes holds, without waiting for it (so the two never deadlock)', async () => {
    const schema = await freshSchema();
    const holder = new pg.Client({ connectionString: schema.url });
    const pool = openPool(schema.url, { max: 1, purpose: 'test' });
    try {
      await (await openPostgresStore(schema.url)).close();
      await schema.query("INSERT INTO rate_limits (key, points, expire) SELECT 'old-' || n, 1, $1 FROM generate_series(1, 3) AS n", [Date.now() - 2 * 3_600_000]);
      // A returning client's window, locked as a batch's statement locks it until its commit.
      await holder.connect();
      await holder.query('BEGIN');
      await holder.query("SELECT 1 FROM rate_limits WHERE key = 'old-2' FOR UPDATE");
      const started = performance.now();
      assert.equal(await deleteExpiredWindows(pool, Date.now() - 3_600_000), 2);
      assert.ok(performance.now() - started < 1000, 'no wait for the lock');
      await holder.query('COMMIT');
      assert.deepEqual((await schema.query('SELECT key FROM rate_limits')).map((row) => row.key), ['old-2']);
    } finally {
      await holder.end();
      await pool.end();
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
