// The stop (SIGTERM, close()) while PostgreSQL or Redis does not answer, through a proxy of the
// test's own (stall-proxy.mjs): it ends within the services' time limits, cuts what they keep
// open in one log line, exits 0, and loses no like it answered 200. Until 2026-12-07 a
// connection given back while the pool ended waited for the database's goodbye for good
// (pg-pool's end()), and a Redis that did not answer QUIT made the stop exit 1; until 2026-12-08
// a like still waiting for the stalled database at the drain's end got no answer at all.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { readConfig } from '../../server/config.mjs';
import { startServer } from '../../server/server.mjs';
import { openPostgresStore } from '../../server/stores/postgres.mjs';
import { POSTGRES_TIMEOUT_MS } from '../../server/stores/postgres-pool.mjs';
import { errorsOf, within } from './bounded.mjs';
import { TEST_SECRET, launchProcess, likesUrl, postLike, visitor } from './harness.mjs';
import { STOP_RETRY_AFTER } from '../../server/stop-answer.mjs';
import { DRAIN_MS } from '../../server/config.mjs';
import { REDIS_URL, freshRedisPrefix, freshSchema, needsBoth, needsPostgres } from './services.mjs';
import { startStallProxy, through } from './stall-proxy.mjs';

/** Polls `read` every 50 ms until it returns true, for 3 s at most. @param {() => Promise<boolean>} read */
async function until(read) {
  for (const deadline = Date.now() + 3000; !(await read()); await sleep(50)) if (Date.now() > deadline) throw new Error('waited 3 s');
}

/**
 * Runs `run` on a server on a fresh schema through a stall proxy, without rate limits (its one
 * pool is the likes'), whose store says when the stop reaches it (`closing`); then stops and
 * removes it all. Resolves with console.error's lines while `run` ran.
 * @param {(held: { schema: Awaited<ReturnType<typeof freshSchema>>, proxy: Awaited<ReturnType<typeof startStallProxy>>, server: Awaited<ReturnType<typeof startServer>>, closing: Promise<unknown>, waiting: () => Promise<boolean> }) => Promise<void>} run
 *   waiting: whether a statement of the server waits for a lock
 */
async function onServerThroughProxy(run) {
  const schema = await freshSchema();
  const name = `sw-test-${randomBytes(6).toString('hex')}`;
  const proxy = await startStallProxy(Number(new URL(schema.url).port || 5432));
  /** @type {Awaited<ReturnType<typeof startServer>> | undefined} */
  let server;
  try {
    return await errorsOf(async () => {
      const url = new URL(through(schema.url, proxy.port));
      url.searchParams.set('application_name', name);
      const config = readConfig({ HOST: '127.0.0.1', PORT: '0', QUIET: '1', VISITOR_SECRET: TEST_SECRET, DATABASE_URL: url.href, LIKE_RATE_LIMIT: '0', VISITOR_TOKEN_LIMIT: '0' });
      const store = await openPostgresStore(url.href, { poolSize: 2, poolMin: 0 });
      /** @type {() => void} */
      let reached = () => {};
      const closing = new Promise((resolve) => (reached = () => resolve(undefined)));
      server = await startServer(config, { store: { ...store, close: () => (reached(), store.close()) } });
      const waiting = async () => (await schema.query("SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = $1 AND wait_event_type = 'Lock'", [name]))[0].n > 0;
      await run({ schema, proxy, server, closing, waiting });
    });
  } finally {
    await schema.query('ROLLBACK').catch(() => {});
    proxy.resume();
    // Clean-up, bounded: a stop that never ends does not hang the run (each test that uses this
    // stops the server itself and checks that stop).
    await within(server?.close(), 5000, 'the stop').catch(() => {});
    await proxy.close();
    await schema.drop();
  }
}

/** @param {string} base @param {string} token @param {boolean} liked @param {AbortSignal} [signal] */
const setLike = (base, token, liked, signal) =>
  fetch(likesUrl(base), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ visitor: token, liked }), signal });

describe('stopping while PostgreSQL does not answer', { skip: needsPostgres }, () => {
  it('ends within its limit when the database stalls between a like\'s answer and the goodbye, and says what it cut', async () => {
    const errors = await onServerThroughProxy(async ({ schema, proxy, server, closing, waiting }) => {
      const token = visitor();
      assert.equal((await setLike(server.url, token, true)).status, 200);
      // The visitor's row is locked, so its unlike is still running when the stop begins.
      await schema.query('BEGIN');
      await schema.query('SELECT 1 FROM likes WHERE visitor = $1 FOR UPDATE', [token]);
      const abort = new AbortController();
      const unlike = setLike(server.url, token, false, abort.signal).catch(() => undefined);
      await until(waiting);
      // Its client gives up, so the drain is over at once and the pool ends with the unlike on a connection.
      abort.abort();
      await unlike;
      const stopped = server.close();
      await within(closing, 2000, 'the drain');
      // The unlike's answer comes back; what the server sends next (its goodbye) is lost.
      proxy.stall('sent');
      await schema.query('ROLLBACK');
      const started = performance.now();
      await within(stopped, POSTGRES_TIMEOUT_MS + 2000, 'the stop');
      assert.ok(performance.now() - started < POSTGRES_TIMEOUT_MS + 1000, `stopped in ${(performance.now() - started).toFixed(0)} ms`);
    });
    assert.equal(errors.length, 1, errors.join('\n'));
    assert.match(errors[0] ?? '', /^story-widgets server: stop: \d connections? to PostgreSQL \(likes\) did not close in time \(no answer from the host\); cut$/);
  });

  it('answers a like the database finishes during the stop, keeps it, and cuts nothing', async () => {
    const errors = await onServerThroughProxy(async ({ schema, server, waiting }) => {
      assert.equal((await setLike(server.url, visitor(), true)).status, 200);
      // The next like waits for the counters' table until the database goes on, 500 ms into the stop.
      await schema.query('BEGIN');
      await schema.query('LOCK TABLE like_counts IN EXCLUSIVE MODE');
      const like = setLike(server.url, visitor(), true);
      await until(waiting);
      const stopped = server.close();
      await sleep(500);
      await schema.query('ROLLBACK');
      const answer = await like;
      assert.equal(answer.status, 200);
      assert.equal((await answer.json()).count, 2);
      await within(stopped, 2000, 'the stop');
      assert.equal((await schema.query('SELECT sum(count)::int AS n FROM like_counts'))[0].n, 2);
    });
    assert.deepEqual(errors, []);
  });
});

describe('the server process stopping while PostgreSQL and Redis do not answer', { skip: needsBoth }, () => {
  /**
   * `node server/index.mjs` on PostgreSQL and Redis through proxies; `likes` likes, then `before`
   * (stalls the proxies), then SIGTERM.
   * @param {(proxies: { pg: Awaited<ReturnType<typeof startStallProxy>>, redis: Awaited<ReturnType<typeof startStallProxy>> }) => Promise<void>} before
   */
  async function stopWith(before) {
    const schema = await freshSchema();
    const redis = freshRedisPrefix();
    const pg = await startStallProxy(Number(new URL(schema.url).port || 5432));
    const redisProxy = await startStallProxy(Number(new URL(/** @type {string} */ (REDIS_URL)).port || 6379));
    const server = launchProcess({ DATABASE_URL: through(schema.url, pg.port), REDIS_URL: through(/** @type {string} */ (REDIS_URL), redisProxy.port), REDIS_KEY_PREFIX: redis.prefix, LIKE_RATE_LIMIT: '100000' });
    try {
      const url = await server.url;
      const answers = await Promise.all(Array.from({ length: 20 }, () => postLike(likesUrl(url), { visitor: visitor(), liked: true })));
      const answered = answers.filter((answer) => answer.status === 200).length;
      // The likes' 10 connections (DATABASE_POOL_MIN), all open before anything stalls.
      await until(async () => pg.connections === 10);
      await before({ pg, redis: redisProxy });
      const started = performance.now();
      server.child.kill('SIGTERM');
      const exit = await within(server.exited, POSTGRES_TIMEOUT_MS + 3000, 'the stop');
      const kept = (await schema.query('SELECT coalesce(sum(count), 0)::int AS n FROM like_counts'))[0].n;
      return { ...exit, ms: performance.now() - started, answered, kept };
    } finally {
      server.child.kill('SIGKILL');
      pg.resume();
      redisProxy.resume();
      // One test closes the Redis proxy itself.
      await Promise.all([pg.close(), redisProxy.close().catch(() => {})]);
      await schema.drop();
      await redis.drop();
    }
  }

  it('exits 0 within its limit, says in one line what it cut, and keeps every like it answered 200', async () => {
    const stop = await stopWith(async ({ pg, redis }) => {
      pg.stall();
      redis.stall();
    });
    assert.equal(stop.code, 0, stop.output);
    assert.ok(stop.ms < POSTGRES_TIMEOUT_MS + 1500, `stopped in ${stop.ms.toFixed(0)} ms`);
    const cuts = stop.output.split('\n').filter((line) => line.includes('did not close'));
    assert.deepEqual(cuts, ['story-widgets server: stop: 10 connections to PostgreSQL (likes), 2 connections to Redis (rate limits) did not close in time (no answer from the host); cut']);
    assert.doesNotMatch(stop.output, /error while closing/);
    assert.match(stop.output, /stopped, database closed/);
    assert.equal(stop.answered, 20);
    assert.equal(stop.kept, 20);
  });

  it('exits 0 at once when Redis is down, with nothing to cut', async () => {
    const stop = await stopWith(async ({ redis }) => {
      await redis.close();
      await sleep(200);
    });
    assert.equal(stop.code, 0, stop.output);
    assert.ok(stop.ms < 1500, `stopped in ${stop.ms.toFixed(0)} ms`);
    assert.doesNotMatch(stop.output, /error while closing|cut/);
    assert.equal(stop.kept, stop.answered);
  });
});

describe('the server process stopping while a like waits for a stalled PostgreSQL', { skip: needsPostgres }, () => {
  it('answers the like 503 at the drain\'s end, with Retry-After and Connection: close, and exits 0 within its limit', async () => {
    const schema = await freshSchema();
    const pg = await startStallProxy(Number(new URL(schema.url).port || 5432));
    // Rate limits in PostgreSQL too: a like waits for the limiter, then for the store, longer than the drain.
    const server = launchProcess({ DATABASE_URL: through(schema.url, pg.port), LIKE_RATE_LIMIT: '100000' });
    try {
      const url = await server.url;
      assert.equal((await postLike(likesUrl(url), { visitor: visitor(), liked: true })).status, 200);
      pg.stall();
      const like = postLike(likesUrl(url), { visitor: visitor(), liked: true }, { Origin: 'https://blog.example' });
      await sleep(200);
      const started = performance.now();
      server.child.kill('SIGTERM');
      const answer = await within(like, DRAIN_MS + 2000, 'the like\'s answer');
      assert.equal(answer?.status, 503);
      assert.equal(answer?.headers.get('retry-after'), STOP_RETRY_AFTER);
      assert.equal(answer?.headers.get('connection'), 'close');
      assert.equal(answer?.headers.get('x-content-type-options'), 'nosniff');
      const exit = await within(server.exited, DRAIN_MS + POSTGRES_TIMEOUT_MS + 3000, 'the stop');
      assert.equal(exit?.code, 0, exit?.output);
      assert.ok(performance.now() - started < DRAIN_MS + POSTGRES_TIMEOUT_MS + 2000, `stopped in ${(performance.now() - started).toFixed(0)} ms`);
      assert.doesNotMatch(exit?.output ?? '', /ERR_HTTP_HEADERS_SENT|error while closing/);
    } finally {
      server.child.kill('SIGKILL');
      pg.resume();
      await pg.close();
      await schema.drop();
    }
  });
});
