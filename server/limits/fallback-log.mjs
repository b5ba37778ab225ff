// The log of a shared limit answered in this process alone: while PostgreSQL does not answer
// the limiter in time, each process counts its clients on its own, so several processes would
// each allow the whole limit. An operator must see it: one line for the first such request,
// then one a minute at most with the count since, and the count still untold at close.

/** At most one line a minute. */
export const FALLBACK_LOG_EVERY_MS = 60_000;

/**
 * @param {string} store  where the limit is kept ('PostgreSQL')
 * @param {(line: string) => void} [write]
 * @returns {{ note: (error: unknown) => void, flush: () => void }}
 */
export function createFallbackLog(store, write = (line) => console.error(line)) {
  let logged = -Infinity;
  let since = 0;
  /** @type {unknown} */
  let last;
  const line = () => {
    const reason = last instanceof Error ? last.message : String(last);
    write(`story-widgets server: rate limits: ${store} did not answer (${reason}): ${since} request(s) limited in this process alone since the last such line; the next line in a minute at the earliest`);
    logged = performance.now();
    since = 0;
  };
  return {
    note(error) {
      since++;
      last = error;
      if (performance.now() - logged >= FALLBACK_LOG_EVERY_MS) line();
    },
    flush() {
      if (since) line();
    },
  };
}
