// How many PostgreSQL connections one server process opens (README: connections per process):
// DATABASE_POOL_SIZE for the likes, and one pool the two rate limiters share, two fifths of it;
// and how many of them it keeps open through a quiet spell (DATABASE_POOL_MIN, by default all),
// opened at start without a request, in the background.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import { readConfig } from '../../server/config.mjs';
import { startServer } from '../../server/server.mjs';
import { openPostgresStore } from '../../server/stores/postgres.mjs';
import { POSTGRES_TIMEOUT_MS } from '../../server/stores/postgres-pool.mjs';
import { TEST_SECRET, likesUrl, postLike, start, visitor } from './harness.mjs';
import { freshSchema, needsPostgres } from './services.mjs';
import { errorsOf, within } from './bounded.mjs';
import { startStallProxy, through } from './stall-proxy.mjs';

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

/**
 * Runs `body` with connections to a fresh schema named for the count, then drops the schema,
 * whatever happened.
 * @param {(connections: ReturnType<typeof namedConnections>) => Promise<void>} body
 */
async function withFreshSchema(body) {
  const schema = await freshSchema();
  try {
    await body(namedConnections(schema));
  } finally {
    await schema.drop();
  }
}

/**
 * Runs `body` with a server on a fresh schema whose connections are named (the count of them
 * is the process's), then stops the server and drops the schema, whatever happened.
 * @param {{ env?: Record<string, string>, config?: Partial<import('../../server/config.mjs').ServerConfig> }} options  as start's, DATABASE_URL set
 * @param {(server: Awaited<ReturnType<typeof start>>, connections: ReturnType<typeof namedConnections>) => Promise<void>} body
 */
function withFreshServer({ env, config }, body) {
  return withFreshSchema(async (connections) => {
    const server = await start({ env: { DATABASE_URL: connections.url, ...env }, config });
    try {
      await body(server, connections);
    } finally {
      await server.stop();
    }
  });
}

/** More likes at once than either pool has connections, each answered 200: both pools grow to their largest. @param {{ url: string }} server */
async function burstOfLikes(server) {
  const answers = await Promise.all(Array.from({ length: 40 }, () => postLike(likesUrl(server.url), { visitor: visitor(), liked: true })));
  assert.deepEqual([...new Set(answers.map((answer) => answer.status))], [200]);
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
    it(`opens at most ${most} at DATABASE_POOL_SIZE=${size}: the likes' and the limits' share of it`, () =>
      withFreshServer({ env: { DATABASE_POOL_SIZE: String(size), LIKE_RATE_LIMIT: '100000' } }, async (server, connections) => {
        await burstOfLikes(server);
        const count = await connections.open();
        assert.ok(count >= 1 && count <= most, `${count} connections`);
      }));
  }
});

describe('PostgreSQL connections through a quiet spell', { skip: needsPostgres }, () => {
  // Until 2026-12-07 every idle connection closed after 10 s (pg-pool's default), so the first
  // burst after a quiet spell opened them all again while it waited.
  it('keeps every connection a burst opened, of both pools, by default', () =>
    withFreshServer({ env: { LIKE_RATE_LIMIT: '100000' }, config: { databaseIdleMs: IDLE_MS } }, async (server, connections) => {
      await burstOfLikes(server);
      // At least one of each pool: every like is a query in both.
      const opened = await connections.open();
      assert.ok(opened >= 2, `${opened} connections`);
      await quiet(QUIET_MS);
      assert.equal(await connections.open(), opened);
    }));

  it('closes every idle connection of both pools at DATABASE_POOL_MIN=0', () =>
    withFreshServer({ env: { DATABASE_POOL_MIN: '0', LIKE_RATE_LIMIT: '100000' }, config: { databaseIdleMs: IDLE_MS } }, async (server, connections) => {
      await burstOfLikes(server);
      await quiet(QUIET_MS);
      assert.equal(await connections.open(), 0);
    }));

  it('keeps DATABASE_POOL_MIN of the likes store\'s connections open, and closes the others', () =>
    withFreshSchema(async (connections) => {
      const store = await openPostgresStore(connections.url, { poolSize: 4, poolMin: 1, idleMs: IDLE_MS });
      try {
        // Four queries at once: one on the connection the start left open, three on new ones.
        await Promise.all(Array.from({ length: 4 }, () => store.count('quiet')));
        assert.equal(await connections.open(), 4);
        await quiet(QUIET_MS);
        assert.equal(await connections.open(), 1);
      } finally {
        await store.close();
      }
    }));
});

/** Polls `read` every 50 ms until it returns `wanted` or `ms` have passed; returns its last value. @param {() => Promise<number>} read @param {number} wanted @param {number} ms */
async function awaitCount(read, wanted, ms) {
  let value = await read();
  for (const deadline = Date.now() + ms; value !== wanted && Date.now() < deadline; value = await read()) await quiet(50);
  return value;
}

/**
 * Asserts that `connections` reach `count` within 5 s (opened in the background), and are still
 * `count` 300 ms later. @param {ReturnType<typeof namedConnections>} connections @param {number} count @param {string} more  the message of the second
 */
async function assertSettlesAt(connections, count, more) {
  assert.equal(await awaitCount(connections.open, count, 5000), count);
  await quiet(300);
  assert.equal(await connections.open(), count, more);
}

describe('PostgreSQL connections at start', { skip: needsPostgres }, () => {
  // Until 2026-12-07 the kept connections opened only at the first burst, which waited for them.
  for (const [env, kept] of /** @type {const} */ ([[{}, 14], [{ DATABASE_POOL_SIZE: '5', DATABASE_POOL_MIN: '3' }, 5]])) {
    it(`opens DATABASE_POOL_MIN of the likes' connections and the limits' share of it without a request (${kept} at ${JSON.stringify(env)})`, () =>
      withFreshServer({ env }, (_, connections) => assertSettlesAt(connections, kept, 'and no more')));
  }

  it('opens none at DATABASE_POOL_MIN=0 (the migrations\' one closes once idle, as before)', () =>
    withFreshServer({ env: { DATABASE_POOL_MIN: '0' }, config: { databaseIdleMs: IDLE_MS } }, async (_, connections) => {
      let most = 0;
      for (const deadline = Date.now() + QUIET_MS; Date.now() < deadline; await quiet(50)) most = Math.max(most, await connections.open());
      assert.ok(most <= 1, `${most} connections at once`);
      assert.equal(await connections.open(), 0);
    }));

  it('opens none for the limits when neither limits anything', () =>
    withFreshServer({ env: { DATABASE_POOL_SIZE: '2', LIKE_RATE_LIMIT: '0', VISITOR_TOKEN_LIMIT: '0' } }, (_, connections) =>
      assertSettlesAt(connections, 2, 'the likes\' 2, none for the limits')));
});

describe('PostgreSQL connections at start, the database not answering', { skip: needsPostgres }, () => {
  /**
   * A server on PostgreSQL through a proxy of its own, which holds every connection made after
   * the store has migrated (the ones the start opens ahead of need), until resumed.
   * @param {ReturnType<typeof namedConnections>} connections  the schema's, named for the count
   */
  async function startHeld(connections) {
    const proxy = await startStallProxy(Number(new URL(connections.url).port || 5432));
    const url = through(connections.url, proxy.port);
    const config = readConfig({ HOST: '127.0.0.1', PORT: '0', QUIET: '1', VISITOR_SECRET: TEST_SECRET, DATABASE_URL: url });
    const store = await openPostgresStore(url, { poolSize: config.databasePoolSize, poolMin: config.databasePoolMin });
    proxy.stall();
    const started = performance.now();
    const server = await startServer(config, { store });
    return { connections, proxy, server, startMs: performance.now() - started };
  }

  /** @typedef {Awaited<ReturnType<typeof startHeld>>} Held */

  /**
   * Starts a held server (startHeld) on a fresh schema and runs `whileHeld` with it, what the
   * server logs meanwhile collected; then `afterwards` with those lines. Resumes the proxy, stops
   * the server and drops the schema, whatever happened.
   * @param {(held: Held) => Promise<void>} whileHeld @param {(held: Held, errors: string[]) => Promise<void>} afterwards
   */
  function withHeldServer(whileHeld, afterwards) {
    return withFreshSchema(async (connections) => {
      /** @type {Held | undefined} */
      let held;
      try {
        const errors = await errorsOf(async () => {
          held = await startHeld(connections);
          await whileHeld(held);
        });
        await afterwards(/** @type {Held} */ (held), errors);
      } finally {
        held?.proxy.resume();
        // Clean-up, bounded: a stop that never ends does not hang the run (the stop itself is what
        // stop-stalled.postgres.redis.test.mjs checks).
        await within(held?.server.close(), 5000, 'the stop').catch(() => {});
        await held?.proxy.close();
      }
    });
  }

  it('starts without waiting for them, says so in one line when they cannot be made, and likes once it answers', () =>
    withHeldServer(async ({ startMs, proxy }) => {
      assert.ok(startMs < 1000, `started in ${startMs.toFixed(0)} ms`);
      // The migrations' connection, then the 9 more of the likes' 10 and the limits' 4, held.
      assert.equal(await awaitCount(async () => proxy.connections, 14, 2000), 14);
      // Past pg's time limit on making a connection (3 s).
      await quiet(POSTGRES_TIMEOUT_MS + 500);
    }, async ({ proxy, server }, errors) => {
      assert.equal(errors.length, 1, errors.join('\n'));
      assert.match(errors[0] ?? '', /PostgreSQL: the connections kept open \(DATABASE_POOL_MIN\) could not be opened at start \(.+\); they open as likes need them/);
      proxy.resume();
      const answer = await postLike(likesUrl(server.url), { visitor: visitor(), liked: true });
      assert.equal(answer.status, 200);
    }));

  it('stops during them cleanly: every connection made after the stop is closed, and nothing is logged', () =>
    withHeldServer(async ({ proxy, server, connections }) => {
      assert.equal(await awaitCount(async () => proxy.connections, 14, 2000), 14);
      const stopped = server.close();
      // The held connections reach PostgreSQL after the stop began.
      await quiet(200);
      proxy.resume();
      await within(stopped, 5000, 'the stop');
      assert.equal(await awaitCount(connections.open, 0, 2000), 0);
    }, async (_, errors) => assert.deepEqual(errors, [])));
});
