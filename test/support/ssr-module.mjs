// `story-widgets/ssr` for Node tests, straight from src/: bundled once per process with esbuild
// (our TypeScript only; packages stay imports), so the tests need no `npm run build` first.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
let loading;

/** @returns {Promise<typeof import('../../src/ssr/index.ts')>} */
export function loadSsr() {
  return (loading ??= (async () => {
    // Inside the repo, so the bundle's package imports resolve from its node_modules.
    const dir = join(root, 'node_modules/.cache/story-widgets-test');
    mkdirSync(dir, { recursive: true });
    const outfile = join(dir, `ssr-${process.pid}.mjs`);
    await build({
      entryPoints: [join(root, 'src/ssr/index.ts')],
      outfile,
      bundle: true,
      packages: 'external',
      platform: 'node',
      format: 'esm',
      tsconfig: join(root, 'tsconfig.json'),
      logLevel: 'error',
    });
    return import(pathToFileURL(outfile).href);
  })());
}
