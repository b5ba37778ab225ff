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

/** console.error's lines while `run` runs. @param {() => Promise<void>} run */
export async function errorsOf(run) {
  /** @type {string[]} */
  const lines = [];
  const original = console.error;
  console.error = (...args) => lines.push(args.join(' '));
  try {
    await run();
  } finally {
    console.error = original;
  }
  return lines;
}
