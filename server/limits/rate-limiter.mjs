// The like rate limit, kept where every process sees it: in Redis when REDIS_URL is set
// (rate-limiter-flexible), else in PostgreSQL when DATABASE_URL is set (its windows, written a
// batch of keys per statement: postgres-windows.mjs), else in this process (rate-limiter-flexible).
//
// Smoothing: "L likes a minute" is kept as L/6 likes per 10-second window (rounded up; the
// window stretched so the long-run rate stays L a minute). A plain 60-second window lets a
// client spend L at the end of one window and L more at the start of the next: 2L in a
// moment. With six short windows the most any 60 seconds can hold is L + L/6, and a burst is
// at most L/6 — the behaviour of a token bucket of L/6 tokens refilled at L a minute.
import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { cleanExpiredWindows } from './rate-limit-cleanup.mjs';
import { createFallbackLog } from './fallback-log.mjs';
import { windowsOn } from './postgres-windows.mjs';
import { endPool } from '../stores/end-pool.mjs';
import { POSTGRES_TIMEOUT_MS, openPool } from '../stores/postgres-pool.mjs';

/** How many windows one minute's limit is spread over. */
const SLICES = 6;

/** A Redis command (a round trip of microseconds) that takes longer than this has failed. */
export const REDIS_TIMEOUT_MS = 500;

/**
 * @typedef {object} RateLimiter
 * @property {(key: string) => Promise<{ allowed: boolean, retryAfter: number }>} take
 *   Counts one request of the client `key` (see clientKey()); `retryAfter` is the whole
 *   seconds until it may try again (0 when allowed).
 * @property {() => Promise<import('../stores/end-pool.mjs').Cut | void>} close
 *   Resolves with the connections it cut, if any: Redis or PostgreSQL did not close them in time.
 */

/**
 * Points and seconds of one window for `limit` a minute (or per `perSeconds`).
 * @param {number} limit  > 0
 * @param {number} [perSeconds]
 */
export function windowFor(limit, perSeconds = 60) {
  const points = Math.ceil(limit / SLICES);
  return { points, duration: Math.max(1, Math.round((perSeconds * points) / limit)) };
}

/** A refusal: the whole seconds until the window ends, at least 1. @param {number} msBeforeNext */
const refused = (msBeforeNext) => ({ allowed: false, retryAfter: Math.max(1, Math.ceil(msBeforeNext / 1000)) });

/**
 * @param {{ limit: number, perSeconds?: number, redisUrl?: string, databaseUrl?: string, postgresPool?: import('pg').Pool, poolSize?: number, waitMs?: number, keyPrefix?: string }} options
 *   limit: likes a minute per client (or per `perSeconds`), 0 = no limit; postgresPool: a pool on
 *   databaseUrl to use (shared by several limiters, and closed by whoever opened it) instead of
 *   one of its own (of `poolSize` connections; the server passes its shared one, sized from
 *   DATABASE_POOL_SIZE); waitMs: how long a key waits for a connection of it before the process
 *   limits on its own (3 s; tests shorten it); keyPrefix: key prefix (tests use their own)
 * @returns {Promise<RateLimiter & { readonly storage: 'redis' | 'postgres' | 'memory' | 'none' }>}
 */
export async function createRateLimiter({ limit, perSeconds = 60, redisUrl, databaseUrl, postgresPool, poolSize = 2, waitMs, keyPrefix = 'story-widgets:likes' }) {
  if (limit <= 0) return { storage: 'none', take: async () => ({ allowed: true, retryAfter: 0 }), close: async () => {} };
  const window = { ...windowFor(limit, perSeconds), keyPrefix };
  // While Redis or PostgreSQL is unreachable, each process limits on its own rather than
  // refusing every like or letting every one through.
  const insuranceLimiter = new RateLimiterMemory(window);

  /** @param {import('rate-limiter-flexible').RateLimiterAbstract} limiter @param {string} key */
  const consume = async (limiter, key) => {
    try {
      await limiter.consume(key);
      return { allowed: true, retryAfter: 0 };
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) return refused(rejection.msBeforeNext);
      throw rejection;
    }
  };

  /** @type {RateLimiter['take']} */
  let take;
  /** @type {RateLimiter['close']} */
  let close;
  /** @type {'redis' | 'postgres' | 'memory'} */
  let storage;
  if (redisUrl) {
    // No offline queue: a request is answered from the insurance limiter at once instead of
    // waiting for a reconnect. A command time-out: a Redis that stops answering without closing
    // the connection (a stalled host) is an error too, so the insurance limiter answers.
    const redis = new Redis(redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: true, commandTimeout: REDIS_TIMEOUT_MS });
    // ioredis reconnects on its own; say so once per outage, not on every try. Down until the
    // first connection: a failure then stops the start, in one line with the first error's reason.
    let down = true;
    /** @type {Error | undefined} */
    let firstError;
    redis.on('error', (error) => {
      firstError ??= error;
      if (!down) console.error(`story-widgets server: Redis: ${error.message}; limiting in this process until it is back`);
      down = true;
    });
    redis.on('ready', () => (down = false));
    try {
      await redis.connect();
    } catch (error) {
      redis.disconnect();
      const reason = firstError ?? error;
      throw new Error(`Redis at REDIS_URL cannot be reached (${reason instanceof Error ? reason.message : reason})`);
    }
    const limiter = new RateLimiterRedis({ ...window, storeClient: redis, insuranceLimiter });
    take = (key) => consume(limiter, key);
    close = async () => {
      const connected = redis.status === 'ready';
      try {
        await redis.quit();
      } catch {
        // No answer within REDIS_TIMEOUT_MS (a stalled host), or none possible (Redis is down):
        // closed without the goodbye, at once, rather than failing the stop.
        redis.disconnect();
        redis.stream.destroy();
        if (connected) return { service: 'Redis (rate limits)', connections: 1 };
      }
    };
    storage = 'redis';
  } else if (databaseUrl) {
    const pool = postgresPool ?? openPool(databaseUrl, { max: poolSize, durable: false, purpose: 'rate limits' });
    // The table is made by the store's migrations (stores/postgres-migrations.mjs). The keys
    // waiting together are one statement (postgres-windows.mjs); the expired windows are deleted
    // by our own timer, a batch at a time (rate-limit-cleanup.mjs).
    const windows = windowsOn(pool, { size: postgresPool?.options.max ?? poolSize, waitMs });
    const durationMs = window.duration * 1000;
    const log = createFallbackLog('PostgreSQL');
    take = async (key) => {
      let answer;
      try {
        answer = await windows.consume(`${keyPrefix}:${key}`, durationMs);
      } catch (error) {
        // No answer within the wait, or a fault: this process limits on its own, and says so.
        log.note(error);
        return consume(insuranceLimiter, key);
      }
      return answer.consumed <= window.points ? { allowed: true, retryAfter: 0 } : refused(answer.msBeforeNext);
    };
    const stopCleaning = cleanExpiredWindows(pool);
    close = async () => {
      stopCleaning();
      log.flush();
      if (!postgresPool) return endPool(pool, POSTGRES_TIMEOUT_MS);
    };
    storage = 'postgres';
  } else {
    take = (key) => consume(insuranceLimiter, key);
    close = async () => {};
    storage = 'memory';
  }

  return {
    storage,
    take,
    close,
  };
}
