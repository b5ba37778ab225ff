// For the tests that wait on a server while a service stalls: a wait that fails the test rather
// than hang the run, and what the server logged meanwhile. Not a test file itself.

/**
 * `promise`'s value (undefined: none to wait for), or a rejection once `ms` have passed.
 * @template T @param {Promise<T> | undefined} promise @param {number} ms @param {string} what  named in the rejection
 * @returns {Promise<T | undefined>}
 */
export async function within(promise, ms, what) {
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let timer;
  try {
    return await Promise.race([promise, new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`${what} took over ${ms} ms`)), ms)))]);
  } finally {
    clearTimeout(timer);
  }
}

/** The server's lines on console.error while `run` runs. @param {() => Promise<void>} run */
export async function errorsOf(run) {
  /** @type {string[]} */
  const lines = [];
  const original = console.error;
  // The server's own lines only: without `dist` (the Node tests run before the build), Hono's
  // static files middleware says so on every start.
  console.error = (...args) => void (/^story-widgets server/.test(args.join(' ')) && lines.push(args.join(' ')));
  try {
    await run();
  } finally {
    console.error = original;
  }
  return lines;
}
