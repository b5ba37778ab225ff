// The CDN build rewrites what Lit's compiler writes for our templates (build/compile-templates.ts,
// compileTemplates): one shared tag, Lit's part classes taken once, the parts made by two shared
// makers. Here every module of ours with a template goes through the compiler alone and through
// the build's plugin, and each compiled template must come out the same object (same HTML
// strings, same parts, same classes), the rest of the module unchanged, line for line.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { compileLitTemplates } from '@lit-labs/compiler';
import { minifyHTMLLiterals } from 'minify-literals';
import ts from 'typescript';
import { loadConfigFromFile } from 'vite';

const root = resolve(import.meta.dirname, '../..');

/** Lit's part classes, as names: equal objects must name the same class. */
const CLASSES = { AttributePart: 'AttributePart', BooleanAttributePart: 'BooleanAttributePart', EventPart: 'EventPart', PropertyPart: 'PropertyPart', ElementPart: 'ElementPart' };
/** Lit's published private-ssr-support.js, the file the CDN build takes for the compiler's import. */
const SSR_SUPPORT = join(root, 'node_modules/lit-html/private-ssr-support.js');

/**
 * lit-html's `_$LH` as the classes' names, under its minified keys, which Lit's
 * private-ssr-support.js names (`AttributePart:e.H`).
 */
const LIT_KEYS = Object.fromEntries(
  [...readFileSync(SSR_SUPPORT, 'utf8').matchAll(/[{,](\w+):e\.(\w+)(?=[,}])/g)].filter(([, name]) => name in CLASSES).map(([, name, key]) => [key, name]),
);

/**
 * The build's shared module (build/compile-templates.ts serves it to the compiled modules), run with
 * lit-html's `_$LH` standing in as the classes' names (LIT_KEYS).
 * @param {string} text
 */
function sharedModule(text) {
  const names = [...text.matchAll(/^export const (?:\{ ([^}]*) \}|(\w+))/gm)].flatMap(([, list, name]) => (list ? list.split(', ').map((spec) => spec.split(': ').pop()) : [name]));
  const body = text.replace(/^import \{ _\$LH \} from .*$/m, '').replace(/^export const /gm, 'const ');
  return new Function('_$LH', `${body}\nreturn { ${names.join(', ')} };`)(LIT_KEYS);
}

/**
 * The compiled templates of a module (`const lit_template_N = …`), evaluated with its imports of
 * the tag and the part classes given: the compiler's own lines or the build's.
 * @param {string} code @param {Record<string, unknown>} [shared] the build's shared module
 */
function templates(code, shared = {}) {
  /** @type {Record<string, unknown>} */
  const scope = {};
  let source = '';
  for (const line of code.split('\n')) {
    let match;
    if ((match = /^const (b_\d+) = i => i;$/.exec(line))) scope[match[1]] = (/** @type {TemplateStringsArray} */ strings) => strings;
    else if ((match = /^import \{ (.*) \} from '\0story-widgets:template-tag';$/.exec(line))) {
      for (const spec of match[1].split(', ')) {
        const [name, local = name] = spec.split(' as ');
        scope[local] = shared[name];
      }
    } else if ((match = /^const \{ (.*) \} = \w+\._\$LH;$/.exec(line))) {
      for (const spec of match[1].split(', ')) {
        const [name, local = name] = spec.split(': ');
        scope[local] = CLASSES[/** @type {keyof typeof CLASSES} */ (name)];
      }
    } else if (/^const lit_template_\d+ = /.test(line)) source += `${line.replace(/^const /, 'out.')}\n`;
  }
  /** @type {Record<string, unknown>} */
  const out = {};
  new Function('out', ...Object.keys(scope), source)(out, ...Object.values(scope));
  return out;
}

/** A module's lines but its imports and compiled templates. */
const rest = (code) => code.split('\n').filter((line) => !/^(import |const lit_template_|const \{ .* \} = \w+\._\$LH;|const b_\d+ = i => i;)/.test(line) && line.trim());

describe('the CDN build’s compiled templates', async () => {
  const { config } = /** @type {{ config: import('vite').UserConfig }} */ (await loadConfigFromFile({ command: 'build', mode: 'production' }, join(root, 'vite.config.ts')));
  const plugin = /** @type {import('vite').Plugin & { transform: (code: string, id: string) => { code: string } | null }} */ (
    config.plugins?.flat().find((candidate) => candidate && typeof candidate === 'object' && 'name' in candidate && candidate.name === 'story-widgets:compile-templates')
  );
  // The plugin asks the build where Lit's private-ssr-support.js is: here, the published file.
  const load = /** @type {(this: unknown, id: string) => Promise<string>} */ (plugin.load);
  const shared = sharedModule(await load.call({ resolve: async () => ({ id: SSR_SUPPORT }) }, '\0story-widgets:template-tag'));
  const files = execFileSync('grep', ['-rl', 'html`', 'src', '--include=*.ts'], { cwd: root, encoding: 'utf8' }).trim().split('\n');

  it('are the objects Lit’s compiler makes, module by module, the rest of each module unchanged', async () => {
    let compared = 0;
    for (const file of files) {
      const id = join(root, file);
      const text = readFileSync(id, 'utf8');
      const code = (await minifyHTMLLiterals(text, { fileName: id }))?.code ?? text;
      const built = plugin.transform(code, id);
      if (!built) continue;
      const compiler = ts.transpileModule(code, {
        fileName: id,
        compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
        transformers: { before: [compileLitTemplates()] },
      }).outputText;
      const expected = templates(compiler);
      assert.deepEqual(templates(built.code, shared), expected, file);
      assert.deepEqual(rest(built.code), rest(compiler.replace(/\n\/\/# sourceMappingURL=.*\s*$/, '\n')), `${file}: the code besides the templates`);
      compared += Object.keys(expected).length;
    }
    // The check saw the templates (a parser that found none would pass on anything).
    assert.ok(compared >= 40, `${compared} templates compared`);
  });
});
