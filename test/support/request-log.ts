// A page-level log of requests, from Resource Timing: every image, fetch, script and iframe
// navigation the page starts gets an entry, whether it succeeds or not. `since()` marks a
// point; `requests()` lists the URLs requested after it (but the test's own /test-api/hits).
performance.setResourceTimingBufferSize(10_000);

export interface RequestLog {
  /** URLs requested since the log was made, in order. */
  requests(): string[];
  /** Those on another origin than the page's. */
  foreign(): string[];
}

export function requestLog(): RequestLog {
  // By start time, not by position: a request of an earlier test may complete (and get its
  // entry) after this log began.
  const start = performance.now();
  const requests = () =>
    performance
      .getEntriesByType('resource')
      .filter((entry) => entry.startTime >= start)
      .map((entry) => entry.name)
      // The test's own questions to the fake backend are no request of the page's.
      .filter((url) => !url.includes('/test-api/hits'));
  return { requests, foreign: () => requests().filter((url) => new URL(url).origin !== location.origin) };
}
