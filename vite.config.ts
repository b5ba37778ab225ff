import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';
import { litTrim } from './scripts/lit-trim.mjs';
import { minifyLiterals } from './scripts/minify-literals.mjs';
import { terserPass } from './scripts/terser-pass.mjs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

// The two CDN files of the contract: one self-contained, minified ES module and the same
// as a classic script exposing the global `StoryWidgets`. Lit is bundled in both.
export default defineConfig({
  // The text of `css`/`html` templates is shrunk before bundling (a JS minifier cannot), and
  // terser's extra passes run before Rolldown's minifier; Lit is cut to what the widgets use
  // (scripts/lit-trim.mjs, which also fails the build if a source file needs more).
  plugins: [minifyLiterals(), litTrim(), terserPass()],
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
        postBanner: `/*! story-widgets ${version} | MIT | includes Lit, BSD-3-Clause, Google LLC */`,
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
