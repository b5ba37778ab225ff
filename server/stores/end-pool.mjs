// Ends a PostgreSQL pool (postgres-pool.mjs) within a time limit, for the server's stop.
// pg-pool's end() waits for every connection it handed out to come back, and one given back
// while it ends is closed before it counts as back: a goodbye (Terminate) that the database
// answers by closing its side. A database that stops answering (a frozen host, a network that
// drops packets) never does, so the stop waited for good; the idle connections, ended at once,
// stayed open half closed. Past the limit, the connections still open are destroyed.

/** @typedef {{ service: string, connections: number }} Cut  connections closed without the other side's goodbye */

/** @typedef {{ purpose: string, open: Set<import('pg').Client>, closed: (() => void)[] }} Tracked */
/** @type {WeakMap<object, Tracked>} */
const tracked = new WeakMap();

/**
 * Keeps `pool`'s connections from their opening to the closing of their socket.
 * @param {import('pg').Pool} pool
 * @param {string} purpose  for the log line of a cut: `PostgreSQL (likes)`
 */
export function trackConnections(pool, purpose) {
  /** @type {Tracked} */
  const entry = { purpose, open: new Set(), closed: [] };
  tracked.set(pool, entry);
  pool.on('connect', (client) => {
    entry.open.add(client);
    // 'end': the socket is closed, whoever closed it.
    client.once('end', () => {
      entry.open.delete(client);
      if (!entry.open.size) for (const resolve of entry.closed.splice(0)) resolve();
    });
  });
}

/**
 * Ends `pool` (once): resolves when each of its connections is closed, or after `ms` with those
 * still open destroyed (a query still on one fails). A database that answers takes milliseconds.
 * @param {import('pg').Pool} pool
 * @param {number} ms
 * @returns {Promise<Cut | undefined>} the connections destroyed, if any
 */
export async function endPool(pool, ms) {
  const entry = tracked.get(pool);
  const closed = pool.end().then(() => (entry?.open.size ? new Promise((resolve) => entry.closed.push(() => resolve(undefined))) : undefined));
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let timer;
  try {
    if (!(await Promise.race([closed.then(() => false), new Promise((resolve) => (timer = setTimeout(resolve, ms, true)))]))) return undefined;
  } finally {
    clearTimeout(timer);
  }
  if (!entry?.open.size) return undefined;
  const connections = entry.open.size;
  // pg has no way to close a connection without the goodbye: its own end() does this for a dead socket.
  for (const client of entry.open) client.connection.stream.destroy();
  return { service: `PostgreSQL (${entry.purpose})`, connections };
}
