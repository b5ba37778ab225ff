// `npm run size:sources`: what each source module costs in the ES CDN file and in its
// `<video-embed>` and formats chunks, gzip. Builds them (vite.config.ts, src/cdn.ts) into a temporary folder (never touches dist/), then, for each module, gzips the bundle
// without that module's bytes (found through the source map): the difference is what the module
// adds. Modules share words, so the figures add up to a little less than the total.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';
import { build } from 'vite';

const gzip = (text) => gzipSync(text, { level: 9 }).length;

/** Lit is one line; the catalogues are one; everything else is a line per source file. */
function groupOf(source) {
  // Sources are relative to the temporary folder: keep what follows the project root.
  const path = (source ?? '(bundler)').replace(/^.*?\/(?=src\/|node_modules\/)/, '');
  if (/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//.test(path)) return 'Lit';
  if (/^src\/i18n\/[a-z]{2}\.ts$/.test(path)) return 'src/i18n/<catalogues>';
  return path;
}

/** Prints what each group of sources adds to `file`, gzip. */
function table(file, code, sourceMap) {
  const map = new SourceMapConsumer(JSON.parse(sourceMap));
  // The group of every character of the bundle.
  const owners = [];
  code.split('\n').forEach((line, index) => {
    for (let column = 0; column < line.length; column++) owners.push(groupOf(map.originalPositionFor({ line: index + 1, column }).source));
    owners.push(owners.at(-1));
  });

  const total = gzip(code);
  const rows = [...new Set(owners)].map((group) => {
    const without = code.split('').filter((_, i) => owners[i] !== group).join('');
    return { module: group, gzip: total - gzip(without), min: owners.filter((o) => o === group).length };
  });
  rows.sort((a, b) => b.gzip - a.gzip);
  console.table(rows);
  console.log(`${file}: ${code.length} bytes minified, ${total} bytes gzip (${(total / 1024).toFixed(2)} KB).`);
}

const outDir = mkdtempSync(join(tmpdir(), 'sw-size-'));
try {
  await build({ logLevel: 'silent', build: { outDir, emptyOutDir: true } });
  for (const file of ['story-widgets.js', 'related-stories.js', 'video-embed.js', 'lazy-formats.js']) table(file, readFileSync(join(outDir, file), 'utf8'), readFileSync(join(outDir, `${file}.map`), 'utf8'));
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
