// `npm run test:dist`: the browser tests over the built files (web-test-runner.dist.config.mjs).
import { existsSync } from 'node:fs';
import { runAndRecap } from './run-and-recap.mjs';

for (const file of ['dist/cdn/story-widgets.js', 'dist/cdn/story-widgets.iife.js', 'dist/index.js']) {
  if (!existsSync(file)) {
    console.error(`story-widgets: ${file} is missing; run \`npm run build\` first.`);
    process.exit(1);
  }
}
process.exitCode = await runAndRecap(process.execPath, ['node_modules/@web/test-runner/dist/bin.js', '--config', 'web-test-runner.dist.config.mjs', ...process.argv.slice(2)]);
