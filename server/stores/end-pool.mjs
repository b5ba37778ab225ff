// Ends a PostgreSQL pool (postgres-pool.mjs) within a time limit, for the server's stop.
// pg-pool's end() waits for every connection it handed out to come back, and one given back
// while it ends is closed before it counts as back: a goodbye (Terminate) that the database
// answers by closing its side. A database that stops answering (a frozen host, a network that
// drops packets) never does, so the stop waited for good; the idle connections, ended at once,
// stayed open half closed. Past the limit, the connections still open are destroyed.

import { cutConnection, within } from './time-limit.mjs';

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
  if (!(await within(closed.then(() => false), ms, true))) return undefined;
  if (!entry?.open.size) return undefined;
  const connections = entry.open.size;
  entry.open.forEach(cutConnection);
  return { service: `PostgreSQL (${entry.purpose})`, connections };
}
