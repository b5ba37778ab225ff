// `npm test`: every test. Browser tests (Web Test Runner in the system Chromium, with the
// coverage threshold), then the browser tests that count long tasks, alone, then the Node tests
// of the server, if any. Non-zero on any failure, once all have run.
import { existsSync, readdirSync } from 'node:fs';
import { requireBrowser } from './find-browser.mjs';
import { runKeepingRecap } from './run-and-recap.mjs';
import { RUN_ALONE } from '../test/support/run-alone.mjs';

requireBrowser();

// A failure's tests are named again at its end (run-and-recap.mjs), and the other suites still
// run (a browser test that failed under load hid every Node test's result): every failure is
// named once more at the very end, and the exit status is the first failure's.
const failures = [];
async function run(command, args) {
  const result = await runKeepingRecap(command, args);
  if (result.status !== 0) failures.push(result);
}

// Extra arguments (e.g. `npm test -- --files test/core/loader.test.ts`) run a subset, without
// the coverage threshold, which only makes sense for the whole suite.
const extra = process.argv.slice(2);
const WTR = 'node_modules/@web/test-runner/dist/bin.js';
await run(process.execPath, [WTR, ...(extra.length ? extra : ['--coverage'])]);
// The files that count long tasks, one page at a time (test/support/run-alone.mjs).
if (extra.length === 0) await run(process.execPath, [WTR, '--files', ...RUN_ALONE, '--concurrency', '1']);

// Node tests: the manifest and themes, the reference server, server-side rendering, the bench's
// trace reading. A file named `x.postgres.test.mjs` / `x.redis.test.mjs` (or both) needs a real
// PostgreSQL / Redis: it runs when DATABASE_URL / REDIS_URL are set (CI sets them) and is named
// as not run otherwise.
const SERVICES = { postgres: 'DATABASE_URL', redis: 'REDIS_URL' };
if (extra.length === 0) {
  const files = ['test/build', 'test/server', 'test/ssr', 'bench']
    .filter((dir) => existsSync(dir))
    .flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.test.mjs')).map((f) => `${dir}/${f}`));
  const missing = (file) => Object.entries(SERVICES).filter(([part, env]) => file.split('.').includes(part) && !process.env[env]).map(([, env]) => env);
  const skipped = files.filter((file) => missing(file).length);
  if (skipped.length) {
    const envs = [...new Set(skipped.flatMap(missing))].join(' and ');
    console.log(`story-widgets: not run, as ${envs} ${envs.includes(' and ') ? 'are' : 'is'} not set: ${skipped.join(', ')}`);
  }
  const runnable = files.filter((file) => !skipped.includes(file));
  if (runnable.length) await run(process.execPath, ['--test', '--test-concurrency=1', ...runnable]);
}

if (failures.length) {
  console.error(`\nstory-widgets: ${failures.length} of the test runs failed:\n${failures.map(({ report }) => report).join('\n\n')}`);
  process.exit(failures[0].status);
}
