// PostgreSQL and Redis that stop answering without closing their connections (a stalled host),
// reached through a proxy of the test's own (stall-proxy.mjs): a like is answered within
// seconds, not held until the waiting requests fill MAX_CONNECTIONS; the server recovers.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SETTLE_MS } from '../../server/stores/postgres-outcome.mjs';
import { POSTGRES_TIMEOUT_MS, clientTimeout } from '../../server/stores/postgres-pool.mjs';
import { likesUrl, start, visitor } from './harness.mjs';
import { DATABASE_URL, REDIS_URL, freshRedisPrefix, freshSchema, needsBoth } from './services.mjs';
import { startStallProxy, through } from './stall-proxy.mjs';

/** The client's time limit, then the try to find out what the store holds (postgres-outcome.mjs), then a second. */
const ANSWERED_MS = clientTimeout(POSTGRES_TIMEOUT_MS) + SETTLE_MS + 1000;

/** The like's status and how long it took; given up after 10 s (status 0), so no test hangs. */
async function timedLike(/** @type {string} */ base, /** @type {string} */ token) {
  const started = performance.now();
  const signal = AbortSignal.timeout(10_000);
  try {
    const response = await fetch(likesUrl(base), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ visitor: token, liked: true }), signal });
    await response.arrayBuffer();
    return { status: response.status, ms: performance.now() - started };
  } catch {
    return { status: 0, ms: performance.now() - started };
  }
}

describe('a stalled PostgreSQL or Redis', { skip: needsBoth }, () => {
  /** @type {Awaited<ReturnType<typeof start>>} */
  let server;
  /** @type {Awaited<ReturnType<typeof freshSchema>>} */
  let schema;
  /** @type {ReturnType<typeof freshRedisPrefix>} */
  let redis;
  /** @type {Awaited<ReturnType<typeof startStallProxy>>} */
  let pgProxy;
  /** @type {Awaited<ReturnType<typeof startStallProxy>>} */
  let redisProxy;
  const original = console.error;
  before(async () => {
    schema = await freshSchema();
    redis = freshRedisPrefix();
    pgProxy = await startStallProxy(Number(new URL(/** @type {string} */ (DATABASE_URL)).port || 5432));
    redisProxy = await startStallProxy(Number(new URL(/** @type {string} */ (REDIS_URL)).port || 6379));
    server = await start({
      env: { DATABASE_URL: through(schema.url, pgProxy.port), REDIS_URL: through(/** @type {string} */ (REDIS_URL), redisProxy.port), REDIS_KEY_PREFIX: redis.prefix },
    });
    // The 500s' stack traces are expected here.
    console.error = () => {};
  });
  /**
   * A like sent while `proxies` hold every byte, timed; they are resumed after it.
   * @param {Awaited<ReturnType<typeof startStallProxy>>[]} proxies
   */
  async function likeWhileStalled(...proxies) {
    proxies.forEach((proxy) => proxy.stall());
    try {
      return await timedLike(server.url, visitor());
    } finally {
      proxies.forEach((proxy) => proxy.resume());
    }
  }

  after(async () => {
    console.error = original;
    pgProxy.resume();
    redisProxy.resume();
    await server.stop();
    await Promise.all([pgProxy.close(), redisProxy.close()]);
    await schema.drop();
    await redis.drop();
  });

  it('answers likes from the insurance limiter while Redis is stalled', async () => {
    assert.equal((await timedLike(server.url, visitor())).status, 200);
    const like = await likeWhileStalled(redisProxy);
    assert.equal(like.status, 200);
    assert.ok(like.ms < 2000, `answered in ${like.ms.toFixed(0)} ms`);
  });

  it('answers a like with a fast 500 while PostgreSQL is stalled, and likes again once it is back', async () => {
    const like = await likeWhileStalled(pgProxy);
    assert.equal(like.status, 500);
    assert.ok(like.ms < ANSWERED_MS, `answered in ${like.ms.toFixed(0)} ms`);
    assert.equal((await timedLike(server.url, visitor())).status, 200);
  });

  it('answers a like within seconds while both are stalled', async () => {
    const like = await likeWhileStalled(pgProxy, redisProxy);
    assert.equal(like.status, 500);
    assert.ok(like.ms < ANSWERED_MS, `answered in ${like.ms.toFixed(0)} ms`);
  });
});
