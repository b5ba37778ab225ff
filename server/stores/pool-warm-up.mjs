// Opens the PostgreSQL pools' kept connections (DATABASE_POOL_MIN) when the server starts.
// pg-pool keeps `min` connections once opened but opens none ahead of need, so the first burst
// after a (re)start opened them while its likes waited (README: "Idle connections stay open").
// In the background: the start neither waits for them nor fails without them.

/**
 * Opens `pool`'s `min` connections, each given back the moment it is made: a like that needs
 * one meanwhile waits only for a connection being made, as it would have made one itself. A pool
 * ended meanwhile closes each as it comes (pg-pool removes a client given back while it ends,
 * and its end() waits for them), so a stop during the warm-up leaves none open.
 * @param {Pick<import('pg').Pool, 'connect' | 'options'>} pool
 * @returns {Promise<void>} once each is open or has failed; rejects with the first failure
 */
export async function warmUp(pool) {
  // All asked for at once, so each opens one of its own; an idle one (the migrations') goes to
  // one of them. One after another, each would take the same idle one.
  const opened = await Promise.allSettled(Array.from({ length: pool.options.min ?? 0 }, async () => (await pool.connect()).release()));
  const failed = opened.find((result) => result.status === 'rejected');
  if (failed) throw failed.reason;
}

/**
 * Runs the warm-ups without waiting for them; a failure (the database briefly away) is one log
 * line for them all, and none once the server is stopping.
 * @param {((() => Promise<void>) | undefined)[]} warmUps  undefined: a pool that has none to open
 * @param {() => boolean} stopping
 */
export function warmUpInBackground(warmUps, stopping) {
  void Promise.allSettled(warmUps.map((each) => each?.())).then((results) => {
    const failed = results.find((result) => result.status === 'rejected');
    if (!failed || stopping()) return;
    const reason = failed.reason instanceof Error ? failed.reason.message : failed.reason;
    console.error(`story-widgets server: PostgreSQL: the connections kept open (DATABASE_POOL_MIN) could not be opened at start (${reason}); they open as likes need them`);
  });
}
