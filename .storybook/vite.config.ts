import { defineConfig, type Plugin } from 'vite';

// package.json lists only dist/ files in `sideEffects` (right for the npm package), so the
// bundler would drop the stories' `import '…/define.js'` of the sources: the tags would never
// be defined. The modules that define tags keep their side effects here.
const defineModules = /[\\/]src[\\/](index\.ts|elements[\\/][^\\/]+[\\/]define\.ts)$/;
const keepDefinitions: Plugin = {
  name: 'story-widgets:keep-definitions',
  enforce: 'post',
  transform(code, id) {
    return defineModules.test(id) ? { code, map: null, moduleSideEffects: true } : undefined;
  },
};

// Storybook's own Vite config: the repository's vite.config.ts builds the CDN library and
// must not leak into the Storybook build. TypeScript decorators (Lit's @property) follow
// tsconfig.json (`experimentalDecorators`, `useDefineForClassFields: false`).
export default defineConfig({
  plugins: [keepDefinitions],
  build: { target: 'es2022', chunkSizeWarningLimit: 2000 },
});
