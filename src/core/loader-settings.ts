/** Tunables, exported so tests can shorten waits; not part of the public API. */
export const loaderSettings = {
  timeoutMs: 10_000,
  // A real full-content feed is ~2 MB (contract §2).
  maxBytes: 4 * 1024 * 1024,
  retries: 2,
  retryBaseMs: 300,
  retryCapMs: 5_000,
  cacheSize: 64,
};
