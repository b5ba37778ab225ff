// The end of the server's stop, once its open requests are done or cut: the likes store, the
// rate limiters and the limits' pool close at once, each within its service's time limit (3 s for
// PostgreSQL, 500 ms for Redis), so a stalled host cannot hold the stop; what it kept open is cut,
// in one log line. Every like answered 200 was committed before its answer, so a cut loses none.
import { endPool } from './stores/end-pool.mjs';
import { POSTGRES_TIMEOUT_MS } from './stores/postgres-pool.mjs';

/**
 * @param {{ store: import('./stores/like-store.mjs').LikeStore, limiters: (import('./limits/rate-limiter.mjs').RateLimiter | undefined)[], limitsPool?: import('pg').Pool }} resources
 *   limitsPool: the limiters' shared pool, ended once they are closed
 */
export async function closeStoreAndLimits({ store, limiters, limitsPool }) {
  const [stored, limits] = await Promise.all([
    store.close(),
    Promise.all(limiters.map((limiter) => limiter?.close())).then(async (closed) => [...closed, limitsPool && (await endPool(limitsPool, POSTGRES_TIMEOUT_MS))]),
  ]);
  /** Connections cut per service. @type {Map<string, number>} */
  const cut = new Map();
  for (const each of [stored, ...limits]) if (each) cut.set(each.service, (cut.get(each.service) ?? 0) + each.connections);
  if (!cut.size) return;
  const list = [...cut].map(([service, count]) => `${count} ${count === 1 ? 'connection' : 'connections'} to ${service}`).join(', ');
  console.error(`story-widgets server: stop: ${list} did not close in time (no answer from the host); cut`);
}
