// The waits the server's stores put a time limit on (a pool's end, a batch's outcome, a
// migration's silence), and the cut of a PostgreSQL connection that will not close.

/**
 * `promise`'s value if it settles within `ms`, else `timedOut`; the timer is cleared either way.
 * @template T, U
 * @param {Promise<T>} promise
 * @param {number} ms
 * @param {U} timedOut
 * @returns {Promise<T | U>}
 */
export async function within(promise, ms, timedOut) {
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let timer;
  try {
    return await Promise.race([promise, /** @type {Promise<U>} */ (new Promise((resolve) => (timer = setTimeout(resolve, ms, timedOut))))]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Closes `client`'s connection without the goodbye a database that does not answer never
 * acknowledges. pg has no public way to: its own end() does this for a dead socket.
 * @param {import('pg').Client} client
 */
export function cutConnection(client) {
  /** @type {{ connection?: { stream?: { destroy: () => void } } }} */ (/** @type {unknown} */ (client)).connection?.stream?.destroy();
}
