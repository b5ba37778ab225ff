import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { minifyHTMLLiterals } from 'minify-literals';
import { type Plugin, defineConfig } from 'vite';
import { compileTemplates, ownSource } from './build/compile-templates.ts';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };


/**
 * Shrinks the text of our `css`/`html` templates, which a JS minifier leaves alone: the
 * maintained `minify-literals` (Lightning CSS for CSS, html-minifier-next for HTML).
 */
function minifyTemplates(): Plugin {
  return {
    name: 'story-widgets:minify-templates',
    async transform(code, id) {
      return ownSource(id) ? ((await minifyHTMLLiterals(code, { fileName: id })) ?? null) : null;
    },
  };
}

/**
 * In the ES file, the built-in catalogues besides English are chunks (src/i18n/built-in-chunks.ts
 * in place of built-in.ts); the classic script, which has no chunks, keeps them all.
 */
function catalogueChunks(): Plugin {
  const chunks = fileURLToPath(new URL('src/i18n/built-in-chunks.ts', import.meta.url));
  return {
    name: 'story-widgets:catalogue-chunks',
    enforce: 'pre',
    resolveId: (source, importer) => (source === './built-in.js' && importer?.endsWith('/src/i18n/catalogue.ts') ? chunks : null),
  };
}

// The two CDN files of the contract, Lit and @lit/context bundled, their production builds as
// published. `npm run build` runs this config twice:
// - the ES module (default): src/cdn.ts, with `<video-embed>` split into `video-embed.js`
//   beside it (and `<related-stories>` in `related-stories.js`), each loaded by a dynamic
//   import() in the task after the file's, on every page (contract §1: loading it defines every
//   tag). Rolldown keeps what the chunks share with the entry (Lit, the base class) in the entry
//   and has them import it from there, so story-widgets.js stays one file with no static import;
// - the classic script (`CDN_FORMAT=iife`, global `StoryWidgets`): src/index.ts, all six
//   inlined. A classic script cannot import() our ES chunk without loading the ES file (a
//   second Lit) as well, so it stays whole, the formats' readers (src/sources/lazy-formats.ts)
//   inlined too.
// The formats' readers are a second chunk of the ES module (`lazy-formats.js`), imported the
// first time a WordPress, JSON-LD, RSS or Atom document arrives; each built-in language but
// English is one more (`texts-fr.js`…), imported for the languages of the page.
const iife = process.env.CDN_FORMAT === 'iife';

export default defineConfig({
  plugins: [...(iife ? [] : [catalogueChunks()]), minifyTemplates(), compileTemplates()],
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: !iife,
    target: 'es2022',
    minify: true,
    sourcemap: true,
    reportCompressedSize: false,
    rolldownOptions: {
      // Library mode keeps the entry's exports exactly ('strict'), which makes Rolldown put what
      // the entry shares with the video chunk in a third file the entry imports. Allowing the
      // entry to export more keeps that code in it: the chunk imports it from story-widgets.js.
      preserveEntrySignatures: 'allow-extension',
      output: {
        // Library mode keeps whitespace in the `es` format for bundlers; ours goes straight to
        // browsers from a CDN, so minify it fully like the classic script.
        minify: true,
        // `/* @__PURE__ */` hints only help a later bundler; a CDN file has none.
        comments: false,
        // A stable name (the CDN URL carries the version): an import map can pin it by URL.
        // The built-in languages' texts (src/i18n/fr.ts…) as texts-fr.js…, not a bare fr.js.
        chunkFileNames: (chunk) => (chunk.facadeModuleId?.includes('/src/i18n/') ? 'texts-[name].js' : '[name].js'),
        // A classic script has no chunks: the dynamic import of the formats' readers is inlined.
        // The ES file's video chunk holds the document's video reader (src/sources/video.ts) and
        // the video URL grammar (src/core/video-url.ts), which the formats chunk needs too: left
        // alone, Rolldown makes them a third file for the two.
        // The formats chunk imports it from the video chunk, which every page loads anyway. What
        // these modules import from the main file stays there (not `includeDependenciesRecursively`).
        codeSplitting: iife
          ? false
          : { groups: [{ name: 'video-embed', test: /src[\\/](elements[\\/]video-embed[\\/]|i18n[\\/]video-texts\.|sources[\\/]video\.|core[\\/]video-url\.)/, includeDependenciesRecursively: false }] },
        // First, V8's explicit compile hint (Chrome 136+; a comment elsewhere): every function of
        // these files runs as the page loads, so compiling them with the file, off the main
        // thread where it can, beats compiling each lazily on its first call in the page's task.
        postBanner: `//# allFunctionsCalledOnLoad\n/*! story-widgets ${version} | MIT | includes Lit and @lit/context, BSD-3-Clause, Google LLC */`,
      },
    },
    lib: {
      entry: iife ? 'src/index.ts' : 'src/cdn.ts',
      name: 'StoryWidgets',
      formats: [iife ? 'iife' : 'es'],
      fileName: () => (iife ? 'story-widgets.iife.js' : 'story-widgets.js'),
    },
  },
});
