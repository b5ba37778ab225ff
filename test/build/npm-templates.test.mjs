// The npm output ships its `html`/`css` templates minified (scripts/minify-npm-templates.mjs: a
// site's bundler never minifies inside them), and its source maps still point into our .ts
// sources after that step. `npm test` runs before any build (CI: npm ci, npm test, npm run
// build), so the output is made here as `npm run build` makes it (tsc, then the step); dist/ is
// checked the same way when a build left one.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { builtModules, minifyNpmTemplates } from '../../scripts/minify-npm-templates.mjs';

const root = resolve(import.meta.dirname, '../..');
const dist = join(root, 'dist');
const fresh = join(root, `node_modules/.cache/story-widgets-test/npm-${process.pid}`);

/** Line (1-based) and column (0-based) of the first `needle` in `text`. */
function positionOf(text, needle) {
  const index = text.indexOf(needle);
  assert.ok(index >= 0, `${JSON.stringify(needle)} not found`);
  const lines = text.slice(0, index).split('\n');
  return { line: lines.length, column: lines.at(-1).length };
}

/** The stylesheet modules (*styles.js) under `dir`, the CDN files aside. */
const styleModules = (dir) => [...builtModules(dir)].filter((path) => path.endsWith('styles.js'));

/** What the npm output in `out` must hold. */
function checkOutput(out) {
  const read = (path) => readFileSync(join(out, path), 'utf8');

  it('has the video’s stylesheet minified: no CSS comment, no indented line in its css literal', () => {
    const [, literal] = /\bcss\s*`([^`]*)`/.exec(read('elements/video-embed/video-embed.styles.js')) ?? [];
    assert.ok(literal, 'no css`…` literal in video-embed.styles.js');
    assert.ok(!literal.includes('/*'), 'a CSS comment is left in the css literal');
    assert.doesNotMatch(literal, /\n\s/, 'the css literal keeps its line breaks and indentation');
  });

  it('has no CSS comment or indented line left in any stylesheet module', () => {
    const modules = styleModules(out);
    assert.ok(modules.length >= 5, `only ${modules.length} stylesheet modules found`);
    for (const file of modules) {
      for (const [, literal] of readFileSync(file, 'utf8').matchAll(/\bcss\s*`([^`]*)`/g)) {
        assert.ok(!literal.includes('/*') && !/\n\s/.test(literal), `${file.slice(out.length + 1)} keeps a template as written`);
      }
    }
  });

  it('has the like-button’s multi-line html template on one line', () => {
    assert.match(read('elements/like-button/like-button.js'), /html\s*`<button part="button" lang=\$\{ifDefined\(lang\)\} class=\$\{/);
  });

  it('maps a position after a minified template back to its line in the .ts source', () => {
    const js = read('elements/like-button/like-button.js');
    const map = new TraceMap(read('elements/like-button/like-button.js.map'));
    // `#syncSession` comes right after render()'s multi-line html template.
    assert.ok(js.lastIndexOf('html `<button', js.indexOf('#syncSession() {')) > 0, 'no html template before #syncSession');
    const { line, column } = positionOf(js, '#syncSession() {');
    const original = originalPositionFor(map, { line, column });
    assert.ok(original.source, `no mapping at ${line}:${column}`);
    const tsFile = resolve(join(out, 'elements/like-button'), original.source);
    assert.equal(tsFile, join(root, 'src/elements/like-button/like-button.ts'));
    const expected = positionOf(readFileSync(tsFile, 'utf8'), '#syncSession(): void {');
    assert.deepEqual({ line: original.line, column: original.column }, expected);
  });
}

describe('the npm output’s templates, as tsc and the step write them', () => {
  before(async () => {
    const tsc = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json', '--outDir', fresh], { cwd: root, encoding: 'utf8' });
    assert.equal(tsc.status, 0, tsc.stdout + tsc.stderr);
    await minifyNpmTemplates(fresh);
  });
  after(() => rmSync(fresh, { recursive: true, force: true }));
  checkOutput(fresh);
});

const built = existsSync(join(dist, 'index.js'));
describe('the npm output’s templates in dist/', { skip: !built && 'no dist/: run `npm run build` first' }, () => {
  checkOutput(dist);
});
