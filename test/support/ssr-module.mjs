// `story-widgets/ssr` for Node tests, straight from src/: bundled once per process with esbuild
// (our TypeScript only; packages stay imports), so the tests need no `npm run build` first.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const bundles = new Map();

/** `story-widgets/ssr`. @returns {Promise<typeof import('../../src/ssr/index.ts')>} */
export async function loadSsr() {
  return import(pathToFileURL(await ssrPath()).href);
}

/** The path of `story-widgets/ssr` as a module file, for a server to import (its dist/ssr/index.js). */
export function ssrPath() {
  return bundle('index');
}

/** The path of a runnable `story-widgets` command (`node <path> render …`). */
export function cliPath() {
  return bundle('cli');
}

/** Bundles src/ssr/<name>.ts once per process; resolves to the file's path. */
function bundle(name) {
  if (!bundles.has(name)) bundles.set(name, (async () => {
    // Inside the repo, so the bundle's package imports resolve from its node_modules.
    const dir = join(root, 'node_modules/.cache/story-widgets-test');
    mkdirSync(dir, { recursive: true });
    const outfile = join(dir, `ssr-${name}-${process.pid}.mjs`);
    await build({
      entryPoints: [join(root, `src/ssr/${name}.ts`)],
      outfile,
      bundle: true,
      packages: 'external',
      platform: 'node',
      format: 'esm',
      tsconfig: join(root, 'tsconfig.json'),
      logLevel: 'error',
    });
    return outfile;
  })());
  return bundles.get(name);
}
