// A dist folder whose ssr/index.js is story-widgets/ssr built from src/ (test/support/ssr-module.mjs),
// for a test server to render its pages with: the Node tests run before `npm run build` (CI runs
// `npm test` first, on a fresh clone), so they cannot count on the checkout's dist. Not a test
// file itself.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ssrPath } from '../support/ssr-module.mjs';

/**
 * Writes `dir`/ssr/index.js (and an empty `dir`/cdn, else Hono's static files middleware says it
 * is missing); resolves with `dir`, for DIST_DIR.
 * @param {string} dir
 * @param {(ssr: string) => string} [more]  module text after the re-export, given the bundle's URL as a JS string
 */
export async function ssrDist(dir, more = () => '') {
  const ssr = JSON.stringify(pathToFileURL(await ssrPath()).href);
  mkdirSync(join(dir, 'ssr'), { recursive: true });
  mkdirSync(join(dir, 'cdn'), { recursive: true });
  writeFileSync(join(dir, 'ssr/index.js'), `export * from ${ssr};\n${more(ssr)}`);
  return dir;
}
