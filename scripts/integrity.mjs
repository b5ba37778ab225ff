// Subresource Integrity hashes of the CDN files, for <script integrity="…" crossorigin>.
// `node scripts/integrity.mjs --snippet` prints the blogger snippets with the pinned version;
// `--readme` writes them into README.md, `--check-readme` fails when README's are not those of
// the built files (a blogger pasting a stale hash gets the script refused by the browser).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { BUILT_IN_LOCALES } from './built-in-locales.mjs';

// The ES file (the budget's), the classic script, and the ES file's chunks (video, formats).
/** The built-in catalogues besides English, each a chunk of the ES file (`texts-fr.js`…). */
export const TEXTS_CHUNKS = BUILT_IN_LOCALES.slice(1).map((locale) => `dist/cdn/texts-${locale}.js`);
export const CDN_FILES = ['dist/cdn/story-widgets.js', 'dist/cdn/story-widgets.iife.js', 'dist/cdn/related-stories.js', 'dist/cdn/video-embed.js', 'dist/cdn/lazy-formats.js', ...TEXTS_CHUNKS];

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

// The snippets' <script> tags in the README (every one: the Video section has its own), for each CDN file.
const README_TAGS = [/<script type="module" src="[^"]*\/story-widgets\.js"\n[^\n]*<\/script>/g, /<script src="[^"]*\/story-widgets\.iife\.js"\n[^\n]*<\/script>/g];

/** README.md with its snippet tags made those of the built files. */
function readmeWithSnippets(readme) {
  const { module, classic } = snippets();
  return [module, classic].reduce((text, tag, i) => {
    if (!text.match(README_TAGS[i])) throw new Error(`README.md has no snippet tag for ${CDN_FILES[i]}`);
    return text.replace(README_TAGS[i], () => tag);
  }, readme);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.argv.includes('--readme') || process.argv.includes('--check-readme')) {
    const readme = readFileSync('README.md', 'utf8');
    const updated = readmeWithSnippets(readme);
    if (process.argv.includes('--readme')) writeFileSync('README.md', updated);
    else if (updated !== readme) {
      console.error('story-widgets: the README snippet\'s integrity is not that of the built CDN files; run `node scripts/integrity.mjs --readme` and commit README.md.');
      process.exit(1);
    } else console.log('README snippets: integrity matches the built CDN files.');
  } else if (process.argv.includes('--snippet')) {
    const { module, classic } = snippets();
    console.log(`${module}\n\n<!-- or, as a classic script (global StoryWidgets): -->\n${classic}`);
  } else printIntegrity();
}
