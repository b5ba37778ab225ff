// A fixed-window counter per client: at most `limit` hits per window. Memory is bounded by
// the clients seen in one window, because every new window starts from an empty map.

/**
 * @param {{ limit: number, windowMs?: number, now?: () => number }} options  limit 0 = no limit
 * @returns {{ take(key: string): { allowed: boolean, retryAfter: number } }}
 *   retryAfter: whole seconds until the window resets (0 when allowed)
 */
export function createRateLimiter({ limit, windowMs = 60_000, now = Date.now }) {
  /** @type {Map<string, number>} */
  let hits = new Map();
  let window = -1;
  return {
    take(key) {
      if (limit <= 0) return { allowed: true, retryAfter: 0 };
      const time = now();
      const current = Math.floor(time / windowMs);
      if (current !== window) {
        window = current;
        hits = new Map();
      }
      const count = (hits.get(key) ?? 0) + 1;
      hits.set(key, count);
      if (count <= limit) return { allowed: true, retryAfter: 0 };
      return { allowed: false, retryAfter: Math.max(1, Math.ceil(((current + 1) * windowMs - time) / 1000)) };
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
