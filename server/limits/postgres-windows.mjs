// Rate-limit windows in PostgreSQL, with the keys that wait for a connection written together:
// one statement and one commit for up to BATCH keys (group commit, as the likes do:
// stores/postgres.mjs). rate-limiter-flexible's RateLimiterPostgres takes one key per consume()
// and spends a statement, a commit and a round trip on each, so a burst of likes waited its pool's
// 3 s and was limited in the process alone (README, "Rate limits in PostgreSQL: one statement for
// a burst"). The rows are the ones it keeps (same table, key `prefix:key`, points, expire in ms)
// and the window rule its upsert's, so processes on either share one limit.
import { RATE_LIMIT_TABLE } from '../stores/postgres-migrations.mjs';
import { createPoolGate, groupCommit } from '../stores/pool-gate.mjs';
import { POSTGRES_TIMEOUT_MS } from '../stores/postgres-pool.mjs';

/** Keys in one statement at most: about a millisecond of work. */
export const BATCH = 100;

// A window that ended starts again with this batch's points; else they are added. Rows are
// locked in key order, the same in every statement, so two batches never wait for each other
// both ways. The keys are distinct (a key may change a row once per statement).
const CONSUME = `
  INSERT INTO ${RATE_LIMIT_TABLE} AS r (key, points, expire)
  SELECT key, points, expire FROM unnest($1::text[], $2::integer[], $3::bigint[]) AS i (key, points, expire) ORDER BY key
  ON CONFLICT (key) DO UPDATE SET
    points = CASE WHEN r.expire <= $4 THEN excluded.points ELSE r.points + excluded.points END,
    expire = CASE WHEN r.expire <= $4 THEN excluded.expire ELSE r.expire END
  RETURNING r.key, r.points, r.expire::float8 AS expire`;

/**
 * @typedef {object} Windows
 * @property {(key: string, durationMs: number) => Promise<{ consumed: number, msBeforeNext: number }>} consume
 *   Adds a point to `key`'s window (a new one of `durationMs` if it ended): the points of the
 *   window with this one, as if every request had been a statement of its own in arrival order,
 *   and the ms until the window ends. Rejects with the query's error, or a PoolBusyError when no
 *   connection came within the wait.
 */

/** One per pool, so the limiters that share a pool share its batches and its connections. @type {WeakMap<object, Windows>} */
const onPool = new WeakMap();

/**
 * @param {Pick<import('pg').Pool, 'query'>} pool
 * @param {{ size: number, waitMs?: number }} options  size: the pool's connections. The first
 *   call on a pool sets both for every limiter on it; the server's two pass the same (their
 *   shared pool's max, the default wait), and one gate must count that pool's connections anyway.
 * @returns {Windows}
 */
export function windowsOn(pool, { size, waitMs = POSTGRES_TIMEOUT_MS }) {
  let windows = onPool.get(pool);
  if (!windows) onPool.set(pool, (windows = createWindows(pool, size, waitMs)));
  return windows;
}

/**
 * @typedef {{ key: string, durationMs: number, taken?: true, resolve: (result: { consumed: number, msBeforeNext: number }) => void, reject: (error: unknown) => void }} Waiting
 */

/** @param {Pick<import('pg').Pool, 'query'>} pool @param {number} size @param {number} waitMs @returns {Windows} */
function createWindows(pool, size, waitMs) {
  const gate = createPoolGate(size, waitMs);
  /**
   * The requests of the first BATCH keys waiting, grouped by key in arrival order.
   * @param {(chosen: (request: Waiting) => boolean) => void} take
   */
  const takeBatch = (take) => {
    /** @type {Map<string, Waiting[]>} */
    const batch = new Map();
    take((request) => {
      const same = batch.get(request.key);
      if (same) same.push(request);
      else if (batch.size < BATCH) batch.set(request.key, [request]);
      else return false;
      return true;
    });
    return batch;
  };
  /**
   * On a connection of the gate: the keys waiting then, in one statement.
   * @param {(chosen: (request: Waiting) => boolean) => void} take
   */
  const writeBatch = async (take) => {
    const batch = takeBatch(take);
    if (!batch.size) return;
    const requests = [...batch.values()];
    try {
      const now = Date.now();
      const values = [[...batch.keys()], requests.map((same) => same.length), requests.map((same) => now + /** @type {Waiting} */ (same[0]).durationMs), now];
      const { rows } = await pool.query({ name: 'sw-limits-consume', text: CONSUME, values });
      /** @type {Map<string, { points: number, expire: number }>} */
      const windows = new Map(rows.map((row) => [row.key, row]));
      for (const [key, same] of batch) {
        const { points, expire } = /** @type {{ points: number, expire: number }} */ (windows.get(key));
        const msBeforeNext = Math.max(expire - Date.now(), 0);
        // The window's points before this batch, then each request's in turn.
        same.forEach((request, i) => request.resolve({ consumed: points - same.length + i + 1, msBeforeNext }));
      }
    } catch (error) {
      for (const request of requests.flat()) request.reject(error);
    }
  };
  /** @type {(request: Waiting) => void} */
  const inLine = groupCommit(gate, writeBatch);
  return {
    // Whichever request gets a connection first takes every key waiting then (groupCommit).
    consume: (key, durationMs) => new Promise((resolve, reject) => inLine({ key, durationMs, resolve, reject })),
  };
}
