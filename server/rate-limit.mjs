// A fixed window per client: at most `limit` hits in the `windowMs` after the client's first
// hit of the window. Expired entries are swept once per window, so memory is bounded by the
// clients seen in the last two windows.

/**
 * @param {{ limit: number, windowMs?: number, now?: () => number }} options  limit 0 = no limit
 * @returns {{ take(key: string): { allowed: boolean, retryAfter: number } }}
 *   retryAfter: whole seconds until the client's window resets (0 when allowed)
 */
export function createRateLimiter({ limit, windowMs = 60_000, now = Date.now }) {
  /** @type {Map<string, { start: number, count: number }>} */
  const windows = new Map();
  let lastSweep = now();
  return {
    take(key) {
      if (limit <= 0) return { allowed: true, retryAfter: 0 };
      const time = now();
      if (time - lastSweep >= windowMs) {
        for (const [client, entry] of windows) if (time - entry.start >= windowMs) windows.delete(client);
        lastSweep = time;
      }
      let entry = windows.get(key);
      if (!entry || time - entry.start >= windowMs) {
        entry = { start: time, count: 0 };
        windows.set(key, entry);
      }
      entry.count += 1;
      if (entry.count <= limit) return { allowed: true, retryAfter: 0 };
      return { allowed: false, retryAfter: Math.max(1, Math.ceil((entry.start + windowMs - time) / 1000)) };
    },
  };
}

/**
 * The client address used as the rate-limit key. Behind a proxy (TRUST_PROXY=1) that is the
 * last X-Forwarded-For entry — the one our own proxy appended; earlier entries are whatever
 * the client chose to send.
 * @param {{ forwardedFor?: string | undefined, socketAddress?: string | undefined, trustProxy: boolean }} source
 */
export function clientAddress({ forwardedFor, socketAddress, trustProxy }) {
  if (trustProxy && forwardedFor) {
    const hops = forwardedFor.split(',').map((hop) => hop.trim()).filter(Boolean);
    if (hops.length) return /** @type {string} */ (hops.at(-1));
  }
  return socketAddress ?? 'unknown';
}
