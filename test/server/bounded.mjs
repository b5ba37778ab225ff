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

/**
 * The lines written with the console `methods` while `run` runs, those `keep` takes.
 * @param {('log' | 'info' | 'warn' | 'error')[]} methods @param {(line: string) => boolean} keep @param {() => Promise<void>} run
 */
async function linesOf(methods, keep, run) {
  /** @type {string[]} */
  const lines = [];
  const originals = methods.map((method) => /** @type {const} */ ([method, console[method]]));
  for (const method of methods) {
    console[method] = (...args) => {
      const line = args.join(' ');
      if (keep(line)) lines.push(line);
    };
  }
  try {
    await run();
  } finally {
    for (const [method, original] of originals) console[method] = original;
  }
  return lines;
}

/**
 * The server's lines on console.error while `run` runs. The server's own lines only: without
 * `dist` (the Node tests run before the build), Hono's static files middleware says so on every start.
 * @param {() => Promise<void>} run
 */
export const errorsOf = (run) => linesOf(['error'], (line) => /^story-widgets server/.test(line), run);

/**
 * Every line on the console while `run` runs, whoever wrote it (the HTTP adapter logs its own
 * errors, without the server's prefix).
 * @param {() => Promise<void>} run
 */
export const consoleOf = (run) => linesOf(['log', 'info', 'warn', 'error'], () => true, run);
