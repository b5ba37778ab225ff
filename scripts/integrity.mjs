// Subresource Integrity hashes of the CDN files, for <script integrity="…" crossorigin>.
// `node scripts/integrity.mjs --snippet` prints the blogger snippets with the pinned version.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

export const CDN_FILES = ['dist/cdn/story-widgets.js', 'dist/cdn/story-widgets.iife.js'];

export function integrityOf(path) {
  return `sha384-${createHash('sha384').update(readFileSync(path)).digest('base64')}`;
}

export function printIntegrity() {
  for (const file of CDN_FILES) {
    const bytes = readFileSync(file);
    const kb = (gzipSync(bytes, { level: 9 }).length / 1024).toFixed(1);
    console.log(`${file}  ${kb} KB gzip  integrity="${integrityOf(file)}"`);
  }
}

/** The `<script>` tags a blogger pastes: jsDelivr URL with the exact version, SRI, crossorigin. */
export function snippets() {
  const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
  const url = (file) => `https://cdn.jsdelivr.net/npm/story-widgets@${version}/${file}`;
  const [es, iife] = CDN_FILES;
  return {
    module: `<script type="module" src="${url(es)}"\n        integrity="${integrityOf(es)}" crossorigin="anonymous"></script>`,
    classic: `<script src="${url(iife)}"\n        integrity="${integrityOf(iife)}" crossorigin="anonymous"></script>`,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.argv.includes('--snippet')) {
    const { module, classic } = snippets();
    console.log(`${module}\n\n<!-- or, as a classic script (global StoryWidgets): -->\n${classic}`);
  } else printIntegrity();
}
