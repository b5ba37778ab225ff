// The floors' scripts for `node bench/main-thread.mjs --floors`: bench/floors/*.js bundled and
// minified in memory by Vite (the CDN file's own bundler), with the CDN file's compile hint, so
// they load as the widgets' file does. Served in place of dist/cdn/story-widgets.js. The
// hand-written floor is bundled with what the widgets rendered on the page (`widgets`).
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const HAND_WRITTEN = fileURLToPath(new URL('./floors/hand-written.js', import.meta.url));

/** The floors, in the order they are measured: a name, what it is, its source (and what it is bundled with). */
export const FLOORS = [
  { name: 'vanilla', what: 'five trivial custom elements, no framework', entry: fileURLToPath(new URL('./floors/vanilla.js', import.meta.url)) },
  { name: 'lit', what: 'the same five with Lit as published', entry: fileURLToPath(new URL('./floors/lit.js', import.meta.url)) },
  { name: 'hand-written', what: "the widgets' final DOM from the same fetched document, written by hand", entry: HAND_WRITTEN, needsWidgets: true },
  { name: 'hand-written, complete', what: 'the same with placeholders, turns and dates written after an ICU warm-up in a worker', entry: HAND_WRITTEN, needsWidgets: true, complete: true },
];

/**
 * Bundles one floor's entry; resolves to its minified code and its gzip size.
 * @param {string} entry
 * @param {{ widgets?: Record<string, object>, complete?: boolean }} [options] for the hand-written
 *   floors: what each widget tag showed (`__WIDGETS__`: placeholder and final DOM, styles,
 *   attributes; main-thread.mjs), and whether to do what the widgets must (`__COMPLETE__`)
 */
export async function bundleFloor(entry, { widgets, complete = false } = {}) {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    define: { __WIDGETS__: JSON.stringify(widgets ?? null), __COMPLETE__: JSON.stringify(complete) },
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      lib: { entry, formats: ['es'], fileName: () => 'floor.js' },
      rolldownOptions: { output: { minify: true, comments: false, postBanner: '//# allFunctionsCalledOnLoad' } },
    },
  });
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) => /** @type {any} */ (o).output);
  const code = chunks.find((c) => c.type === 'chunk').code;
  return { code, gzipBytes: gzipSync(code, { level: 9 }).length };
}
