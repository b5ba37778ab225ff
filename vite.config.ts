import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compileLitTemplates } from '@lit-labs/compiler';
import { minifyHTMLLiterals } from 'minify-literals';
import ts from 'typescript';
import { type Plugin, defineConfig } from 'vite';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

/** Our sources, as opposed to Lit's files, which are bundled exactly as published. */
const ownSource = (id: string): boolean => /\/src\/.*\.ts$/.test(id);

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

/** The module of the compiled templates' shared tag (see compileTemplates). */
const IDENTITY_TAG = '\0story-widgets:template-tag';

/**
 * What the compiled templates share: their tag, Lit's part constructors (those our templates use: a
 * property or element binding would need PropertyPart or ElementPart here, the build says so:
 * MISSING_EXPORT), the makers of their parts.
 */
const SHARED_MODULE = `import { _$LH } from 'lit-html/private-ssr-support.js';
export const tag = (strings) => strings;
export const { AttributePart, BooleanAttributePart, EventPart } = _$LH;
export const attributePart = (index, name, ctor = AttributePart) => ({ type: 1, index, name, strings: ['', ''], ctor });
export const childPart = (index) => ({ type: 2, index });`;

/** Local names of the shared module's makers in a compiled module. */
const [ATTRIBUTE_PART, CHILD_PART] = ['lit_attribute_part', 'lit_child_part'];

/**
 * After Lit's compiler: the parts it writes out for each template, a whole-value attribute part
 * `{ type: 1, index, name, strings: ["", ""], ctor }` and a child part `{ type: 2, index }`, become
 * calls to the shared module's makers (SHARED_MODULE), which return the same objects, made once
 * per template as before (Lit only reads them): 58 B gzip less in story-widgets.js. (A maker for
 * the template results `{ _$litType$, values }` too: 4 B more there, 34 less in the chunks.)
 */
function shareCompiledShapes(): ts.TransformerFactory<ts.SourceFile> {
  return (context) => (file) => {
    const f = context.factory;
    // The compiler's local name for AttributePart: the makers' default constructor.
    let attributePart: string | undefined;
    for (const statement of file.statements) {
      if (!ts.isVariableStatement(statement)) continue;
      for (const declaration of statement.declarationList.declarations) {
        const { name, initializer } = declaration;
        if (!ts.isObjectBindingPattern(name) || !initializer || !ts.isPropertyAccessExpression(initializer) || initializer.name.text !== '_$LH') continue;
        for (const { propertyName, name: local } of name.elements)
          if (propertyName && ts.isIdentifier(propertyName) && propertyName.text === 'AttributePart' && ts.isIdentifier(local)) attributePart = local.text;
      }
    }
    const props = (node: ts.ObjectLiteralExpression): Map<string, ts.Expression> | undefined => {
      const map = new Map<string, ts.Expression>();
      for (const p of node.properties) {
        if (!ts.isPropertyAssignment(p) || !ts.isIdentifier(p.name)) return undefined;
        const key = p.name.text;
        map.set(key, p.initializer);
      }
      return map;
    };
    const keys = (map: Map<string, ts.Expression>, ...names: string[]): boolean => map.size === names.length && names.every((name, i) => [...map.keys()][i] === name);
    const isNumber = (e: ts.Expression | undefined): e is ts.NumericLiteral => !!e && ts.isNumericLiteral(e);
    const call = (name: string, args: ts.Expression[]) => f.createCallExpression(f.createIdentifier(name), undefined, args);
    const visit = (node: ts.Node): ts.Node => {
      node = ts.visitEachChild(node, visit, context);
      // Only what the compiler wrote (no position in our source), never an object of ours.
      if (!ts.isObjectLiteralExpression(node) || node.pos !== -1) return node;
      const map = props(node);
      if (!map) return node;
      const type = map.get('type');
      if (keys(map, 'type', 'index', 'name', 'strings', 'ctor') && isNumber(type) && type.text === '1') {
        const [index, name, strings, ctor] = ['index', 'name', 'strings', 'ctor'].map((k) => map.get(k)!);
        const empty = ts.isArrayLiteralExpression(strings!) && strings.elements.length === 2 && strings.elements.every((s) => ts.isStringLiteral(s) && s.text === '');
        if (!empty || !isNumber(index) || !ts.isStringLiteral(name!) || !ts.isIdentifier(ctor!)) return node;
        return call(ATTRIBUTE_PART, ctor.text === attributePart ? [index, name] : [index, name, ctor]);
      }
      if (keys(map, 'type', 'index') && isNumber(type) && type.text === '2' && isNumber(map.get('index'))) return call(CHILD_PART, [map.get('index')!]);
      return node;
    };
    return ts.visitNode(file, visit) as ts.SourceFile;
  };
}

/**
 * Prepares our `html` templates at build time with Lit's compiler (`@lit-labs/compiler`, a
 * TypeScript transformer): the browser no longer marks, parses and walks each template's HTML on
 * its first render (README, Size: 10–17 ms less main-thread CPU at 4× on the article page, for
 * 1 047 B gzip). Runs after the minifier, on the minified HTML.
 */
function compileTemplates(): Plugin {
  return {
    name: 'story-widgets:compile-templates',
    resolveId: (source) => (source === IDENTITY_TAG ? source : null),
    load: (id) => (id === IDENTITY_TAG ? SHARED_MODULE : null),
    transform(code, id) {
      if (!ownSource(id) || !code.includes('html`')) return null;
      const { outputText, sourceMapText } = ts.transpileModule(code, {
        fileName: id,
        compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, sourceMap: true },
        transformers: { before: [compileLitTemplates(), shareCompiledShapes()] },
      });
      // Each compiled module declares its own tag `const b_1 = i => i;` (it only marks the
      // templates' HTML as template strings for Lit): all share one, from a module of their own,
      // with the makers of the compiled parts (shareCompiledShapes)…
      const shared = outputText.replace(
        /^const (b_\d+) = i => i;$/m,
        `import { tag as $1, attributePart as ${ATTRIBUTE_PART}, childPart as ${CHILD_PART} } from '${IDENTITY_TAG}';`,
      );
      // …and Lit's part constructors (`const { AttributePart: A_1, … } = litHtmlPrivate_1._$LH;`):
      // one binding each, so the parts of every module read alike (51 B gzip less in
      // story-widgets.js; with the makers, 117). Two lines to two, for the source map.
      const parts = shared.replace(
        /^import \* as (litHtmlPrivate_\d+) from "lit-html\/private-ssr-support\.js";\nconst \{ ([^}]*) \} = \1\._\$LH;$/m,
        (_, _namespace, names: string) => `import { ${names.replace(/: /g, ' as ')} } from '${IDENTITY_TAG}';\n`,
      );
      return { code: parts.replace(/\n\/\/# sourceMappingURL=.*\s*$/, '\n'), map: sourceMapText };
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
//   beside it, loaded by a dynamic import() only on pages that have one. Rolldown keeps what
//   the chunk shares with the entry (Lit, the base class) in the entry and has the chunk import
//   it from there, so story-widgets.js stays one file with no static import;
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
        codeSplitting: !iife,
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
