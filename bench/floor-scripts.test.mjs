// `node --test bench/floor-scripts.test.mjs`: the main-thread bench's floors bundle as the CDN
// file does — one self-contained module with the compile hint first — so what they cost the
// page compares with what the widgets' file costs.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { WIDGET_TAGS } from './article-page.mjs';
import { FLOORS, bundleFloor } from './floor-scripts.mjs';

/** What the bench gives the hand-written floor (captureWidgets), in small: one line per tag. */
const WIDGETS = Object.fromEntries(
  WIDGET_TAGS.map((tag) => [
    tag,
    {
      html: `<p part="title">${tag} as rendered</p>`,
      placeholder: `<p class="bar">${tag} waiting</p>`,
      css: `:host{--shown-by:${tag}}`,
      attributes: [['state', 'ready']],
      placeholderAttributes: [['state', 'loading']],
    },
  ]),
);

// Each floor bundled once for every test.
const bundles = Promise.all(FLOORS.map((f) => bundleFloor(f.entry, f.needsWidgets ? { widgets: WIDGETS, complete: f.complete } : undefined)));

for (const [i, { name }] of FLOORS.entries()) {
  test(`the ${name} floor is one minified module with the CDN file's compile hint`, async () => {
    const { code, gzipBytes } = (await bundles)[i];
    assert.equal(code.split('\n')[0], '//# allFunctionsCalledOnLoad');
    assert.doesNotMatch(code, /\bimport\s*[("'{*]|\bfrom\s*["']/, 'imports nothing: the page loads one file');
    assert.match(code, /customElements\.define/);
    assert.ok(gzipBytes > 0 && gzipBytes < code.length, `${gzipBytes} B gzip`);
  });
}

test('the Lit floor carries Lit as published and the vanilla one no framework', async () => {
  const [vanilla, lit] = await bundles;
  // Lit's production build registers its version on the global object.
  assert.match(lit.code, /litHtmlVersions/);
  assert.match(lit.code, /reactiveElementVersions/);
  assert.doesNotMatch(vanilla.code, /litHtmlVersions/);
  assert.ok(lit.gzipBytes > 10 * vanilla.gzipBytes, `${lit.gzipBytes} B vs ${vanilla.gzipBytes} B`);
});

test('the hand-written floors carry what the widgets showed, for every tag', async () => {
  for (const [i, floor] of FLOORS.entries()) {
    if (!floor.needsWidgets) continue;
    const { code } = (await bundles)[i];
    for (const tag of Object.keys(WIDGETS)) {
      assert.ok(code.includes(`${tag} as rendered`), `${floor.name}: ${tag}'s shadow DOM`);
      assert.ok(code.includes(`${tag} waiting`), `${floor.name}: ${tag}'s placeholder`);
      assert.ok(code.includes(`--shown-by:${tag}`), `${floor.name}: ${tag}'s styles`);
      assert.match(code, new RegExp(`customElements\\.define\\(["\`']${tag}["\`']`), `${floor.name}: ${tag} defined`);
    }
    assert.doesNotMatch(code, /__WIDGETS__|__COMPLETE__/);
    assert.doesNotMatch(code, /litHtmlVersions/, 'no framework');
  }
});

test('only the complete hand-written floor does what the widgets must: turns, the ICU warm-up', async () => {
  const [bare, complete] = ['hand-written', 'hand-written, complete'].map((name) => FLOORS.findIndex((f) => f.name === name));
  const codes = await bundles;
  // The minifier drops what a false __COMPLETE__ makes dead code.
  assert.doesNotMatch(codes[bare].code, /new Worker/);
  assert.match(codes[complete].code, /new Worker/);
  assert.match(codes[complete].code, /scheduler/);
});
