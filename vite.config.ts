import { defineConfig } from 'vite';

// The two CDN files of the contract: one self-contained, minified ES module and the same
// as a classic script exposing the global `StoryWidgets`. Lit is bundled in both.
export default defineConfig({
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: true,
    target: 'es2021',
    minify: true,
    sourcemap: true,
    reportCompressedSize: true,
    // Library mode keeps whitespace in the `es` format for bundlers; ours goes straight to
    // browsers from a CDN, so minify it fully like the classic script.
    rolldownOptions: { output: { minify: true } },
    lib: {
      entry: 'src/index.ts',
      name: 'StoryWidgets',
      formats: ['es', 'iife'],
      fileName: (format) => (format === 'es' ? 'story-widgets.js' : 'story-widgets.iife.js'),
    },
  },
});
