import { readFileSync } from 'node:fs';
import { minifyHTMLLiterals } from 'minify-literals';
import { type Plugin, defineConfig } from 'vite';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

/**
 * Shrinks the text of our `css`/`html` templates, which a JS minifier leaves alone: the
 * maintained `minify-literals` (Lightning CSS for CSS, html-minifier-next for HTML). Only our
 * sources: Lit's own files are bundled exactly as published.
 */
function minifyTemplates(): Plugin {
  return {
    name: 'story-widgets:minify-templates',
    async transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id)) return null;
      return (await minifyHTMLLiterals(code, { fileName: id })) ?? null;
    },
  };
}

// The two CDN files of the contract: one self-contained, minified ES module and the same
// as a classic script exposing the global `StoryWidgets`. Lit and @lit/context are bundled in
// both, their production builds as published.
export default defineConfig({
  plugins: [minifyTemplates()],
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    sourcemap: true,
    reportCompressedSize: false,
    rolldownOptions: {
      output: {
        // Library mode keeps whitespace in the `es` format for bundlers; ours goes straight to
        // browsers from a CDN, so minify it fully like the classic script.
        minify: true,
        // `/* @__PURE__ */` hints only help a later bundler; a CDN file has none.
        comments: false,
        postBanner: `/*! story-widgets ${version} | MIT | includes Lit and @lit/context, BSD-3-Clause, Google LLC */`,
      },
    },
    lib: {
      entry: 'src/index.ts',
      name: 'StoryWidgets',
      formats: ['es', 'iife'],
      fileName: (format) => (format === 'es' ? 'story-widgets.js' : 'story-widgets.iife.js'),
    },
  },
});
