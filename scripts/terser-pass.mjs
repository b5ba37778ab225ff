// A Vite/Rolldown plugin for the CDN build: a terser pass before Rolldown's own minifier.
// Terser's repeated compress passes fold what one pass leaves (≈ 1.5 % of the gzip size, which
// counts against the contract's 16 KB budget); Rolldown then minifies the result as before.
import { minify } from 'terser';

export function terserPass() {
  return {
    name: 'story-widgets:terser-pass',
    async renderChunk(code, _chunk, { format }) {
      // Only an ES module's top level is private; the classic script's `var StoryWidgets` is not.
      const module = format === 'es';
      const out = await minify(code, { module, toplevel: module, sourceMap: true, compress: { passes: 3, pure_getters: true, unsafe_arrows: true }, mangle: true });
      return { code: out.code ?? code, map: out.map };
    },
  };
}
