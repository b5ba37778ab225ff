// Lit's template compiler for the CDN build (vite.config.ts), and what the build does to its
// output: the compiled modules of our sources share one tag, Lit's part classes read once, and
// two makers of their parts. Lit's own modules are bundled exactly as published; only the code
// the compiler writes for OUR templates is rewritten (test/build/compiled-templates.test.mjs
// checks that every compiled template stays the object the compiler alone makes).
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { compileLitTemplates } from '@lit-labs/compiler';
import ts from 'typescript';
import type { Plugin } from 'vite';

/** Our sources, as opposed to Lit's files, which are bundled exactly as published. */
export const ownSource = (id: string): boolean => /\/src\/.*\.ts$/.test(id);

/** The module of the compiled templates' shared tag (see compileTemplates). */
const IDENTITY_TAG = '\0story-widgets:template-tag';

/** Lit's part constructors that our templates use, by the names private-ssr-support.js gives them. */
const PART_CLASSES = ['AttributePart', 'BooleanAttributePart', 'EventPart'];

/**
 * What the compiled templates share: their tag, Lit's part constructors (those our templates use: a
 * property or element binding would need PropertyPart or ElementPart in PART_CLASSES, the build
 * says so: MISSING_EXPORT), the makers of their parts.
 *
 * The constructors are read from lit-html's `_$LH`, as Lit's private-ssr-support.js (what the
 * compiler imports) reads them, under the short keys Lit's minified build gives them, which that
 * file names: taken from its text (`ssrSupport`, the file the bundle would take), so they are the
 * installed Lit's. Importing that module brought its whole object (SSR helpers, a long error
 * message) into the CDN files for three values: 428 B gzip in story-widgets.js.
 * @param ssrSupport the text of lit-html/private-ssr-support.js, as published (minified)
 * @param ssrSupportPath its path, to find the lit-html module it reads `_$LH` from
 */
export function sharedModule(ssrSupport: string, ssrSupportPath: string): string {
  const [, local, from] = /import\{_\$LH as (\w+)[^}]*\}from"([^"]+)"/.exec(ssrSupport) ?? [];
  const keys = PART_CLASSES.map((name) => new RegExp(`[{,]${name}:${local}\\.(\\w+)[,}]`).exec(ssrSupport)?.[1]);
  if (!local || !from || keys.includes(undefined)) throw new Error(`lit-html/private-ssr-support.js (${ssrSupportPath}) no longer reads ${PART_CLASSES.join(', ')} from _$LH as the build expects`);
  const litHtml = fileURLToPath(new URL(from, pathToFileURL(ssrSupportPath)));
  return `import { _$LH } from ${JSON.stringify(litHtml)};
export const tag = (strings) => strings;
export const { ${PART_CLASSES.map((name, i) => `${keys[i]}: ${name}`).join(', ')} } = _$LH;
export const attributePart = (index, name, ctor = AttributePart) => ({ type: 1, index, name, strings: ['', ''], ctor });
export const childPart = (index) => ({ type: 2, index });`;
}

/** Local names of the shared module's makers in a compiled module. */
const [ATTRIBUTE_PART, CHILD_PART] = ['lit_attribute_part', 'lit_child_part'];

/**
 * After Lit's compiler: the parts it writes out for each template, a whole-value attribute part
 * `{ type: 1, index, name, strings: ["", ""], ctor }` and a child part `{ type: 2, index }`, become
 * calls to the shared module's makers (sharedModule), which return the same objects, made once
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
export function compileTemplates(): Plugin {
  return {
    name: 'story-widgets:compile-templates',
    resolveId: (source) => (source === IDENTITY_TAG ? source : null),
    async load(id) {
      if (id !== IDENTITY_TAG) return null;
      // The file the bundle would take for the compiler's import (browser, production build).
      const resolved = await this.resolve('lit-html/private-ssr-support.js');
      if (!resolved) throw new Error('lit-html/private-ssr-support.js not found');
      return sharedModule(readFileSync(resolved.id, 'utf8'), resolved.id);
    },
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
