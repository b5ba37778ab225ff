import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { CHROME_ARGS, requireBrowser } from './scripts/find-browser.mjs';
import { closedPort, startFaultServer, stopFaultServer } from './test/support/fault-server.mjs';
import { testApi } from './test/support/test-api.mjs';
import { sourcesApi } from './test/support/sources-api.mjs';
import { testRunnerHtml } from './test/support/test-runner-html.mjs';
import { RUN_ALONE } from './test/support/run-alone.mjs';
import { reactBundle } from './test/support/react-bundle.mjs';
import { forcedColorsPlugin } from './test/support/forced-colors.mjs';
import { timezonePlugin } from './test/support/timezone.mjs';

const executablePath = requireBrowser();
const faultOrigin = await startFaultServer();
const refusedPort = await closedPort();

// Tells test pages where the misbehaving server is (GET /test-api/faults).
async function faultInfo(ctx, next) {
  if (ctx.path !== '/test-api/faults') return next();
  ctx.type = 'application/json';
  ctx.body = JSON.stringify({ origin: faultOrigin, refused: `http://127.0.0.1:${refusedPort}/` });
}

export default {
  files: ['test/**/*.test.ts', '!test/dist/**', '!test/server/**', ...RUN_ALONE.map((file) => `!${file}`)],
  nodeResolve: true,
  testRunnerHtml,
  middleware: [faultInfo, sourcesApi, testApi],
  rootDir: '.',
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' }),
    { name: 'fault-server', serverStop: () => stopFaultServer() },
    // Chromium's accessibility tree, for what a screen reader gets (e.g. a button's description).
    a11ySnapshotPlugin(),
    // `react` and `react-dom/client` as one ES module, for test/react/.
    reactBundle,
    forcedColorsPlugin,
    timezonePlugin,
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
