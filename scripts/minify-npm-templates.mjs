// Minifies the `html`/`css` template literals of the npm output, which tsc writes as they are in
// src/ (indentation, CSS comments) and which a site's bundler never minifies: the same
// `minify-literals` call, with the same options, as vite.config.ts's plugin, so the npm files and
// the CDN files carry the same template text. Every .js that tsc wrote is done, dist/ssr too:
// it has no template today, and one rule for all keeps a later one from shipping as written.
// Each .js.map is chained (minified → tsc's output → .ts) so it still points into our sources.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import remapping from '@jridgewell/remapping';
import { minifyHTMLLiterals } from 'minify-literals';

/** The .js files under `dir`, but the CDN files (vite.config.ts minifies those itself). */
export function* builtModules(dir, cdn = join(dir, 'cdn')) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (path !== cdn) yield* builtModules(path, cdn);
    } else if (entry.name.endsWith('.js')) {
      yield path;
    }
  }
}

async function minifyModule(file) {
  const code = readFileSync(file, 'utf8');
  const result = await minifyHTMLLiterals(code, { fileName: file });
  if (!result) return;
  const tscMap = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
  // Most recent transformation first; its one source is tsc's output, whatever it is named.
  const map = remapping([{ ...result.map, file: basename(file) }, tscMap], () => null);
  writeFileSync(file, result.code);
  writeFileSync(`${file}.map`, JSON.stringify(map));
}

/** Minifies the templates of every module tsc wrote under `dir`, in place, maps included. */
export async function minifyNpmTemplates(dir = 'dist') {
  await Promise.all([...builtModules(dir)].map(minifyModule));
}
