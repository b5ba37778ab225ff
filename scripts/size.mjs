// Size of what users download, after `npm run build`: the two CDN files, and each npm entry
// point bundled with Lit and minified, with the chunks it imports at start (what a site's
// bundler ships for that import).
// Fails when the ES CDN bundle is over budget. `--markdown` prints the table for the README;
// `--write` also puts the figures in bench/results.json (`sizes`, dated `sizesDate`), as
// `npm run bench` does, without the rest of the bench.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'vite';
import { CDN_FILES } from './integrity.mjs';

/** The budget for the whole ES CDN bundle, gzip (issue #19): 20 KB. CI enforces it. */
export const BUDGET = 20 * 1024;

const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;
const brotli = (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/** Entry points of package.json `exports` that are JavaScript for browsers, minus React (not ours to count); `./ssr` is Node only. */
function npmEntries() {
  const { exports } = JSON.parse(readFileSync('package.json', 'utf8'));
  return Object.entries(exports)
    .filter(([name, target]) => typeof target === 'object' && target.default && name !== './react')
    .map(([name, target]) => ({ name: name === '.' ? 'story-widgets' : `story-widgets${name.slice(1)}`, file: target.default.replace(/^\.\//, '') }))
    .filter(({ file }) => existsSync(file));
}

async function bundle(file) {
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      rolldownOptions: { output: { minify: true, comments: false } },
      lib: { entry: file, formats: ['es'], fileName: () => 'entry.js' },
    },
  });
  const [result] = Array.isArray(out) ? out : [out];
  // The entry and every chunk it imports statically, however deep: a browser loads them all at
  // start (a chunk shared with a lazy part, such as the formats' readers, is one of them).
  const chunks = new Map(result.output.filter((item) => item.type === 'chunk').map((chunk) => [chunk.fileName, chunk]));
  const loaded = new Set();
  const visit = (fileName) => {
    if (loaded.has(fileName) || !chunks.has(fileName)) return;
    loaded.add(fileName);
    chunks.get(fileName).imports.forEach(visit);
  };
  visit(result.output.find((item) => item.type === 'chunk' && item.isEntry).fileName);
  return [...loaded].map((fileName) => Buffer.from(chunks.get(fileName).code));
}

export async function measure() {
  const rows = [];
  for (const file of CDN_FILES) {
    if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first.`);
    const bytes = readFileSync(file);
    rows.push({ name: file, min: bytes.length, gzip: gzip(bytes), brotli: brotli(bytes) });
  }
  for (const { name, file } of npmEntries()) {
    // Each file compressed on its own, as it is sent.
    const files = await bundle(file);
    const sum = (measure) => files.reduce((total, bytes) => total + measure(bytes), 0);
    rows.push({ name: `import '${name}'`, min: sum((bytes) => bytes.length), gzip: sum(gzip), brotli: sum(brotli) });
  }
  return rows;
}

function print(rows, markdown) {
  if (markdown) {
    console.log('| file or import (with Lit) | minified | gzip | brotli |\n|---|---:|---:|---:|');
    for (const r of rows) console.log(`| \`${r.name}\` | ${kb(r.min)} | ${kb(r.gzip)} | ${kb(r.brotli)} |`);
    return;
  }
  const width = Math.max(...rows.map((r) => r.name.length));
  console.log(`${'file or import (bundled with Lit, minified)'.padEnd(width)}  ${'min'.padStart(8)}  ${'gzip'.padStart(8)}  ${'brotli'.padStart(8)}`);
  for (const r of rows) console.log(`${r.name.padEnd(width)}  ${kb(r.min).padStart(8)}  ${kb(r.gzip).padStart(8)}  ${kb(r.brotli).padStart(8)}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await measure();
  print(rows, process.argv.includes('--markdown'));
  if (process.argv.includes('--write')) {
    const results = JSON.parse(readFileSync('bench/results.json', 'utf8'));
    writeFileSync('bench/results.json', `${JSON.stringify({ ...results, sizes: rows, sizesDate: new Date().toISOString() }, null, 2)}\n`);
  }
  const es = rows[0];
  // Bytes, not rounded kilobytes: 20 490 bytes would print as "20.0 KB" and still be over.
  const figure = `${es.gzip} bytes gzip (${kb(es.gzip)})`;
  if (es.gzip > BUDGET) {
    console.error(`\nstory-widgets: ${es.name} is ${figure}, ${es.gzip - BUDGET} bytes over the budget of ${BUDGET} bytes (${kb(BUDGET)}).`);
    process.exit(1);
  }
  console.log(`\n${es.name}: ${figure}; budget ${BUDGET} bytes (${kb(BUDGET)}), ${BUDGET - es.gzip} bytes left.`);
}
