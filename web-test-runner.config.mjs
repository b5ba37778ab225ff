import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROME_ARGS, requireBrowser } from './scripts/find-browser.mjs';
import { trimLit } from './scripts/lit-trim.mjs';
import { closedPort, startFaultServer, stopFaultServer } from './test/support/fault-server.mjs';
import { testApi } from './test/support/test-api.mjs';

const executablePath = requireBrowser();
const faultOrigin = await startFaultServer();
const refusedPort = await closedPort();

// Tells test pages where the misbehaving server is (GET /test-api/faults).
async function faultInfo(ctx, next) {
  if (ctx.path !== '/test-api/faults') return next();
  ctx.type = 'application/json';
  ctx.body = JSON.stringify({ origin: faultOrigin, refused: `http://127.0.0.1:${refusedPort}/` });
}

// LIT_SUBSET=1: the tests run against Lit's production build cut like the CDN files' (see
// scripts/lit-trim.mjs). Property bindings stay: the tests' own fixtures use them
// (`.data=${…}`), and checkSubset() keeps them out of src/.
const litSubset = process.env.LIT_SUBSET === '1';
const litSubsetPlugin = {
  name: 'lit-subset',
  transform(context) {
    if (typeof context.body !== 'string') return undefined;
    const body = trimLit(context.body, context.path, ['no .property bindings']);
    return body === null ? undefined : { body };
  },
};

export default {
  // test/lit-subset/ checks that the LIT_SUBSET pass really is one; it fails against full Lit.
  files: ['test/**/*.test.ts', '!test/dist/**', '!test/server/**', ...(litSubset ? [] : ['!test/lit-subset/**'])],
  nodeResolve: litSubset ? { exportConditions: ['production'] } : true,
  middleware: [faultInfo, testApi],
  rootDir: '.',
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' }),
    { name: 'fault-server', serverStop: () => stopFaultServer() },
    ...(litSubset ? [litSubsetPlugin] : []),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath, headless: true, args: CHROME_ARGS },
      // A window per test file, not a tab: a background tab is hidden, so it gets no
      // animation frames and no IntersectionObserver callbacks (fixture(), lazy loading).
      createPage: ({ context }) => context.newPage({ type: 'window' }),
    }),
  ],
  coverageConfig: {
    include: ['src/**/*.ts'],
    threshold: { lines: 85, statements: 85, functions: 80, branches: 70 },
    reporters: ['text-summary', 'lcov'],
  },
};
