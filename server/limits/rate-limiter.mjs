// The like rate limit, kept by rate-limiter-flexible where every process sees it: in Redis
// when REDIS_URL is set, else in PostgreSQL when DATABASE_URL is set, else in this process.
//
// Smoothing: "L likes a minute" is kept as L/6 likes per 10-second window (rounded up; the
// window stretched so the long-run rate stays L a minute). A plain 60-second window lets a
// client spend L at the end of one window and L more at the start of the next: 2L in a
// moment. With six short windows the most any 60 seconds can hold is L + L/6, and a burst is
// at most L/6 — the behaviour of a token bucket of L/6 tokens refilled at L a minute.
import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { RATE_LIMIT_TABLE } from '../stores/postgres-migrations.mjs';
import { cleanExpiredWindows } from './rate-limit-cleanup.mjs';
import { createFallbackLog } from './fallback-log.mjs';
import { openPool } from '../stores/postgres-pool.mjs';

/** How many windows one minute's limit is spread over. */
const SLICES = 6;

/** A Redis command (a round trip of microseconds) that takes longer than this has failed. */
export const REDIS_TIMEOUT_MS = 500;

/**
 * @typedef {object} RateLimiter
 * @property {(key: string) => Promise<{ allowed: boolean, retryAfter: number }>} take
 *   Counts one request of the client `key` (see clientKey()); `retryAfter` is the whole
 *   seconds until it may try again (0 when allowed).
 * @property {() => Promise<void>} close
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

/**
 * @param {{ limit: number, perSeconds?: number, redisUrl?: string, databaseUrl?: string, postgresPool?: import('pg').Pool, poolSize?: number, keyPrefix?: string }} options
 *   limit: likes a minute per client (or per `perSeconds`), 0 = no limit; postgresPool: a pool on
 *   databaseUrl to use (shared by several limiters, and closed by whoever opened it) instead of
 *   one of its own (of `poolSize` connections; the server passes its shared one, sized from
 *   DATABASE_POOL_SIZE); keyPrefix: key prefix (tests use their own)
 * @returns {Promise<RateLimiter & { readonly storage: 'redis' | 'postgres' | 'memory' | 'none' }>}
 */
export async function createRateLimiter({ limit, perSeconds = 60, redisUrl, databaseUrl, postgresPool, poolSize = 2, keyPrefix = 'story-widgets:likes' }) {
  if (limit <= 0) return { storage: 'none', take: async () => ({ allowed: true, retryAfter: 0 }), close: async () => {} };
  const window = { ...windowFor(limit, perSeconds), keyPrefix };
  // While Redis or PostgreSQL is unreachable, each process limits on its own rather than
  // refusing every like or letting every one through.
  const insuranceLimiter = new RateLimiterMemory(window);

  /** @type {import('rate-limiter-flexible').RateLimiterAbstract} */
  let limiter;
  /** @type {() => Promise<unknown>} */
  let close;
  /** Told of each request the insurance limiter answers, when we ask it ourselves (PostgreSQL). @type {ReturnType<typeof createFallbackLog> | undefined} */
  let fallbacks;
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
    limiter = new RateLimiterRedis({ ...window, storeClient: redis, insuranceLimiter });
    close = () => redis.quit();
    storage = 'redis';
  } else if (databaseUrl) {
    const pool = postgresPool ?? openPool(databaseUrl, { max: poolSize, durable: false, purpose: 'rate limits' });
    // The table is made by the store's migrations (stores/postgres-migrations.mjs). Its expired
    // windows are deleted by our own timer, a batch at a time (rate-limit-cleanup.mjs), not by
    // the library's one DELETE, which the pool's time-out cancels on a large table.
    // No insuranceLimiter given to the library: take() asks it, and the log says so (fallback-log.mjs).
    limiter = new RateLimiterPostgres({ ...window, storeClient: pool, storeType: 'pool', tableName: RATE_LIMIT_TABLE, tableCreated: true, clearExpiredByTimeout: false });
    const log = (fallbacks = createFallbackLog('PostgreSQL'));
    const stopCleaning = cleanExpiredWindows(pool);
    close = async () => {
      stopCleaning();
      log.flush();
      if (!postgresPool) await pool.end();
    };
    storage = 'postgres';
  } else {
    limiter = insuranceLimiter;
    close = async () => {};
    storage = 'memory';
  }

  /** @param {import('rate-limiter-flexible').RateLimiterAbstract} from @param {string} key */
  const consume = async (from, key) => {
    try {
      await from.consume(key);
      return { allowed: true, retryAfter: 0 };
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) return { allowed: false, retryAfter: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
      throw rejection;
    }
  };
  return {
    storage,
    async take(key) {
      if (!fallbacks) return consume(limiter, key);
      try {
        return await consume(limiter, key);
      } catch (error) {
        fallbacks.note(error);
        return consume(insuranceLimiter, key);
      }
    },
    async close() {
      await close();
    },
  };
}
