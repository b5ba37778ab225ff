// How many PostgreSQL connections one server process opens (README: connections per process):
// DATABASE_POOL_SIZE for the likes, and one pool the two rate limiters share, two fifths of it;
// and how many of them it keeps open through a quiet spell (DATABASE_POOL_MIN, by default all).
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import { readConfig } from '../../server/config.mjs';
import { openPostgresStore } from '../../server/stores/postgres.mjs';
import { likesUrl, postLike, start, visitor } from './harness.mjs';
import { freshSchema, needsPostgres } from './services.mjs';

describe('the rate limits’ PostgreSQL pool', () => {
  it('is sized from DATABASE_POOL_SIZE: 4 at the default 10, 1 at 1, more for a larger one', () => {
    const limits = (/** @type {string | undefined} */ size) => readConfig({ DATABASE_POOL_SIZE: size }).limitsPoolSize;
    assert.deepEqual([undefined, '1', '2', '5', '20', '40'].map(limits), [4, 1, 1, 2, 8, 16]);
  });
});

describe('the connections kept open when idle (DATABASE_POOL_MIN)', () => {
  it('are all of DATABASE_POOL_SIZE by default, and the limits pool keeps the same share of them', () => {
    const kept = (/** @type {Record<string, string>} */ env) => {
      const config = readConfig(env);
      return [config.databasePoolMin, config.limitsPoolMin];
    };
    assert.deepEqual(kept({}), [10, 4]);
    assert.deepEqual(kept({ DATABASE_POOL_SIZE: '20' }), [20, 8]);
    assert.deepEqual(kept({ DATABASE_POOL_MIN: '0' }), [0, 0]);
    assert.deepEqual(kept({ DATABASE_POOL_MIN: '2' }), [2, 1]);
    assert.deepEqual(kept({ DATABASE_POOL_SIZE: '4', DATABASE_POOL_MIN: '4' }), [4, 2]);
  });

  it('cannot be more than DATABASE_POOL_SIZE, nor anything but a whole number', () => {
    assert.throws(() => readConfig({ DATABASE_POOL_MIN: '11' }), /DATABASE_POOL_MIN must be at most DATABASE_POOL_SIZE \(10\), got 11/);
    assert.throws(() => readConfig({ DATABASE_POOL_SIZE: '2', DATABASE_POOL_MIN: '3' }), /at most DATABASE_POOL_SIZE \(2\)/);
    assert.throws(() => readConfig({ DATABASE_POOL_MIN: 'all' }), /DATABASE_POOL_MIN must be a whole number/);
  });
});

/** A URL of `schema` whose connections carry a name of their own, and a count of them as PostgreSQL sees them. @param {Awaited<ReturnType<typeof freshSchema>>} schema */
function namedConnections(schema) {
  const name = `sw-test-${randomBytes(6).toString('hex')}`;
  const url = new URL(schema.url);
  url.searchParams.set('application_name', name);
  const open = async () => (await schema.query('SELECT count(*)::int AS count FROM pg_stat_activity WHERE application_name = $1', [name]))[0].count;
  return { url: url.href, open };
}

/** @param {number} ms */
const quiet = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The idle time-out in these tests (10 s in a server), and a quiet spell well past it. */
const IDLE_MS = 200;
const QUIET_MS = 1000;

describe('PostgreSQL connections per process', { skip: needsPostgres }, () => {
  // DATABASE_POOL_SIZE, and the most connections: its own and the limits' (until 2026-12-07 a
  // fixed 4, so 5 at DATABASE_POOL_SIZE=1).
  for (const [size, most] of [[1, 2], [10, 14]]) {
    it(`opens at most ${most} at DATABASE_POOL_SIZE=${size}: the likes' and the limits' share of it`, async () => {
      const schema = await freshSchema();
      // The process's connections are the ones with this application_name.
      const connections = namedConnections(schema);
      const server = await start({ env: { DATABASE_URL: connections.url, DATABASE_POOL_SIZE: String(size), LIKE_RATE_LIMIT: '100000' } });
      try {
        // More likes at once than either pool has connections: both grow to their largest.
        const answers = await Promise.all(Array.from({ length: 40 }, () => postLike(likesUrl(server.url), { visitor: visitor(), liked: true })));
        assert.deepEqual([...new Set(answers.map((answer) => answer.status))], [200]);
        const count = await connections.open();
        assert.ok(count >= 1 && count <= most, `${count} connections`);
      } finally {
        await server.stop();
        await schema.drop();
      }
    });
  }
});

describe('PostgreSQL connections through a quiet spell', { skip: needsPostgres }, () => {
  // Until 2026-12-07 every idle connection closed after 10 s (pg-pool's default), so the first
  // burst after a quiet spell opened them all again while it waited.
  it('keeps every connection a burst opened, of both pools, by default', async () => {
    const schema = await freshSchema();
    const connections = namedConnections(schema);
    const server = await start({ env: { DATABASE_URL: connections.url, LIKE_RATE_LIMIT: '100000' }, config: { databaseIdleMs: IDLE_MS } });
    try {
      const answers = await Promise.all(Array.from({ length: 40 }, () => postLike(likesUrl(server.url), { visitor: visitor(), liked: true })));
      assert.deepEqual([...new Set(answers.map((answer) => answer.status))], [200]);
      // At least one of each pool: every like is a query in both.
      const opened = await connections.open();
      assert.ok(opened >= 2, `${opened} connections`);
      await quiet(QUIET_MS);
      assert.equal(await connections.open(), opened);
    } finally {
      await server.stop();
      await schema.drop();
    }
  });

  it('closes every idle connection of both pools at DATABASE_POOL_MIN=0', async () => {
    const schema = await freshSchema();
    const connections = namedConnections(schema);
    const server = await start({ env: { DATABASE_URL: connections.url, DATABASE_POOL_MIN: '0', LIKE_RATE_LIMIT: '100000' }, config: { databaseIdleMs: IDLE_MS } });
    try {
      const answers = await Promise.all(Array.from({ length: 40 }, () => postLike(likesUrl(server.url), { visitor: visitor(), liked: true })));
      assert.deepEqual([...new Set(answers.map((answer) => answer.status))], [200]);
      await quiet(QUIET_MS);
      assert.equal(await connections.open(), 0);
    } finally {
      await server.stop();
      await schema.drop();
    }
  });

  it('keeps DATABASE_POOL_MIN of the likes store\'s connections open, and closes the others', async () => {
    const schema = await freshSchema();
    const connections = namedConnections(schema);
    const store = await openPostgresStore(connections.url, { poolSize: 4, poolMin: 1, idleMs: IDLE_MS });
    try {
      // Four queries at once: one on the connection the start left open, three on new ones.
      await Promise.all(Array.from({ length: 4 }, () => store.count('quiet')));
      assert.equal(await connections.open(), 4);
      await quiet(QUIET_MS);
      assert.equal(await connections.open(), 1);
    } finally {
      await store.close();
      await schema.drop();
    }
  });
});
