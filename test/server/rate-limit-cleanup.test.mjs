// The expired windows' clean-up (server/limits/rate-limit-cleanup.mjs) on its timer: one per pool
// however many limiters share it, and none after it is stopped, even mid-run. The deleting itself
// is tested on PostgreSQL (rate-limits.postgres.test.mjs).
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it, mock } from 'node:test';
import { CLEANUP_EVERY_MS, cleanExpiredWindows } from '../../server/limits/rate-limit-cleanup.mjs';

/** A pool that counts its DELETEs; each answers when `answer` is called (at once with `now`). */
function countingPool({ now = true } = {}) {
  const pool = {
    deletes: 0,
    /** @type {(() => void)[]} */
    waiting: [],
    query() {
      pool.deletes++;
      return new Promise((resolve) => (now ? resolve({ rowCount: 0 }) : pool.waiting.push(() => resolve({ rowCount: 0 }))));
    },
  };
  return pool;
}

/** The timer's run, then the promise callbacks it queues (the mock runs timers, not those). */
async function runTimers(ms = CLEANUP_EVERY_MS) {
  mock.timers.tick(ms);
  for (let i = 0; i < 10; i++) await Promise.resolve();
}

describe('the expired windows’ clean-up timer', () => {
  beforeEach(() => mock.timers.enable({ apis: ['setTimeout'] }));
  afterEach(() => mock.timers.reset());

  it('runs once per pool for the two limiters that share it, until the last one stops it', async () => {
    const pool = countingPool();
    const stopLikes = cleanExpiredWindows(pool);
    const stopTokens = cleanExpiredWindows(pool);
    await runTimers();
    assert.equal(pool.deletes, 1, 'one DELETE a run, not one per limiter');
    stopLikes();
    stopLikes(); // twice: still one limiter on it
    await runTimers();
    assert.equal(pool.deletes, 2, 'the other limiter still has it cleaned');
    stopTokens();
    await runTimers();
    assert.equal(pool.deletes, 2, 'none once both stopped');
    // A new limiter on the pool starts it again.
    const stopAgain = cleanExpiredWindows(pool);
    await runTimers();
    assert.equal(pool.deletes, 3);
    stopAgain();
  });

  it('schedules no next run when stopped while a run is deleting', async () => {
    const pool = countingPool({ now: false });
    const stop = cleanExpiredWindows(pool);
    await runTimers();
    assert.equal(pool.deletes, 1);
    stop();
    pool.waiting.splice(0).forEach((answer) => answer());
    await runTimers();
    await runTimers();
    assert.equal(pool.deletes, 1, 'no run after the stop');
  });
});
