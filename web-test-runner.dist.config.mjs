// `npm run test:dist`: browser tests over the BUILT files (dist/cdn/*, dist/**/*.js), not the
// sources. Needs `npm run build` first; .ci/checks/dist.sh runs it after CI's build.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROME_ARGS, requireBrowser } from './scripts/find-browser.mjs';
import { testApi } from './test/support/test-api.mjs';
import { testRunnerHtml } from './test/support/test-runner-html.mjs';

const executablePath = requireBrowser();

export default {
  files: ['test/dist/**/*.test.ts'],
  nodeResolve: true,
  testRunnerHtml,
  middleware: [testApi],
  rootDir: '.',
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' })],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath, headless: true, args: CHROME_ARGS },
      // A window, not a background tab: lazy widgets need IntersectionObserver callbacks.
      createPage: ({ context }) => context.newPage({ type: 'window' }),
    }),
  ],
};
