// A Vite/Rolldown plugin for the CDN build: a terser pass before Rolldown's own minifier.
// Terser's repeated compress passes fold what one pass leaves (≈ 1.5 % of the gzip size, which
// counts against the contract's 16 KB budget); Rolldown then minifies the result as before.
import { minify } from 'terser';

// Lit's production build names its cross-module internals `_$AB`-style; nothing reads them by
// string, so inside one bundle they can be renamed like locals. The protocol markers other Lit
// copies read (`_$litType$`, `_$litDirective$`, `_$cssResult$`…) do not match and stay.
const LIT_INTERNALS = /^_\$[A-Z][A-Za-z]?$/;

export function terserPass() {
  return {
    name: 'story-widgets:terser-pass',
    async renderChunk(code, _chunk, { format }) {
      // Only an ES module's top level is private; the classic script's `var StoryWidgets` is not.
      const module = format === 'es';
      const out = await minify(code, {
        module,
        toplevel: module,
        sourceMap: true,
        ecma: 2020,
        compress: { passes: 3, pure_getters: true, unsafe_arrows: true, keep_fargs: false },
        mangle: { properties: { regex: LIT_INTERNALS } },
      });
      return { code: out.code ?? code, map: out.map };
    },
  };
}
