// Deletes the rate-limit windows that ended over an hour ago from PostgreSQL, so the table does
// not keep a row for every client ever seen. rate-limiter-flexible can do it too, in one DELETE
// of every such row; under the pools' 3 s statement time-out (stores/postgres-pool.mjs) that
// statement was cancelled once a burst of new clients left a few million rows, at every run,
// silently, and the table only grew. Here each DELETE takes a batch, found by the `expire` index
// (migration 4), until none is left. It skips the rows a batch of likes has locked (a returning
// client's window that ended over an hour ago): it never waits for one, so it never deadlocks with
// a batch (postgres-windows.mjs locks its keys in key order, this DELETE in the index's); a skipped
// row goes at a later run.
import { RATE_LIMIT_TABLE } from '../stores/postgres-migrations.mjs';

/** How often the expired windows are deleted, as the library did. */
export const CLEANUP_EVERY_MS = 5 * 60_000;

/** Rows per DELETE: well under a second each. */
const BATCH = 10_000;

/**
 * Deletes the windows that ended before `before` (ms since the epoch), a batch at a time.
 * @param {Pick<import('pg').Pool, 'query'>} pool
 * @param {number} before
 * @returns {Promise<number>} the rows deleted
 */
export async function deleteExpiredWindows(pool, before) {
  let deleted = 0;
  for (;;) {
    const { rowCount } = await pool.query(
      `DELETE FROM ${RATE_LIMIT_TABLE} WHERE key IN (SELECT key FROM ${RATE_LIMIT_TABLE} WHERE expire < $1 LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)`,
      [before],
    );
    deleted += rowCount ?? 0;
    if ((rowCount ?? 0) < BATCH) return deleted;
  }
}

/** Each pool's clean-up, shared by the limiters on it (the server's two share one pool and one table). */
const cleanups = new WeakMap();

/**
 * Every CLEANUP_EVERY_MS, deletes the windows that ended over an hour ago; a failure is logged
 * and the next run tries again. The timer keeps no process alive. One timer per pool, however
 * many limiters ask: each would delete the same rows of the same table.
 * @param {Pick<import('pg').Pool, 'query'>} pool
 * @returns {() => void} stops it, once the last limiter on the pool has stopped it
 */
export function cleanExpiredWindows(pool) {
  let shared = cleanups.get(pool);
  if (!shared) cleanups.set(pool, (shared = { users: 0, stop: startCleaning(pool) }));
  shared.users++;
  let stopped = false;
  return () => {
    if (stopped) return;
    stopped = true;
    if (--shared.users) return;
    shared.stop();
    cleanups.delete(pool);
  };
}

/** @param {Pick<import('pg').Pool, 'query'>} pool @returns {() => void} */
function startCleaning(pool) {
  /** @type {ReturnType<typeof setTimeout>} */
  let timer;
  let stopped = false;
  const schedule = () => {
    // Stopped while a run was deleting: no next run (the pool may be closed by then).
    if (stopped) return;
    timer = setTimeout(async () => {
      try {
        await deleteExpiredWindows(pool, Date.now() - 3_600_000);
      } catch (error) {
        console.error('story-widgets server: PostgreSQL (rate limits): deleting expired windows failed:', error instanceof Error ? error.message : error);
      }
      schedule();
    }, CLEANUP_EVERY_MS);
    timer.unref?.();
  };
  schedule();
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
