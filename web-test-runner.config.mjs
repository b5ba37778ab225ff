import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROME_ARGS, requireBrowser } from './scripts/find-browser.mjs';
import { testApi } from './test/support/test-api.mjs';

const executablePath = requireBrowser();

export default {
  files: ['test/**/*.test.ts', '!test/dist/**', '!test/server/**'],
  nodeResolve: true,
  middleware: [testApi],
  rootDir: '.',
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' })],
  browsers: [chromeLauncher({ launchOptions: { executablePath, headless: true, args: CHROME_ARGS } })],
  coverageConfig: {
    include: ['src/**/*.ts'],
    threshold: { lines: 85, statements: 85, functions: 80, branches: 70 },
    reporters: ['text-summary', 'lcov'],
  },
};
