// `npm run build`: the npm output (unbundled ES modules + .d.ts in dist/, their templates then
// minified as in the CDN files) and the CDN files (dist/cdn/: the ES module with its video chunk,
// then the classic script), then the SRI hash of each CDN file for the README's snippet.
import { spawnSync } from 'node:child_process';
import { chmodSync, rmSync } from 'node:fs';
import { printIntegrity } from './integrity.mjs';
import { minifyNpmTemplates } from './minify-npm-templates.mjs';

function run(args) {
  const result = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status || 1);
}

rmSync('dist', { recursive: true, force: true });
run(['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json']);
await minifyNpmTemplates('dist');
// The `story-widgets` command (package.json `bin`): npm makes it executable where it installs
// the package, but `npx story-widgets` in this repository runs dist/ssr/cli.js as tsc wrote it.
chmodSync('dist/ssr/cli.js', 0o755);
run(['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn']);
process.env.CDN_FORMAT = 'iife';
run(['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn']);
printIntegrity();
