// The client's address, the source of its rate-limit key (limits/client-key.mjs).

/**
 * The client address. Behind a proxy (TRUST_PROXY=1) that is the last X-Forwarded-For entry
 * — the one our own proxy appended; earlier entries are whatever the client chose to send.
 * @param {{ forwardedFor?: string | undefined, socketAddress?: string | undefined, trustProxy: boolean }} source
 */
export function clientAddress({ forwardedFor, socketAddress, trustProxy }) {
  if (trustProxy && forwardedFor) {
    const hops = forwardedFor.split(',').map((hop) => hop.trim()).filter(Boolean);
    if (hops.length) return /** @type {string} */ (hops.at(-1));
  }
  return socketAddress ?? 'unknown';
}
