// The guard of the CDN files' Lit subset (scripts/lit-trim.mjs): every Lit feature the build
// leaves out is caught in a source file, and what the widgets use passes.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { checkSubset } from '../../scripts/lit-trim.mjs';

const sources = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );

describe('the Lit subset of the CDN files', () => {
  it('is all that src/ uses', () => {
    const used = sources('src').flatMap((file) => checkSubset(readFileSync(file, 'utf8')).map((problem) => `${file}: ${problem}`));
    assert.deepEqual(used, []);
  });

  it('passes attribute, boolean, event and child bindings, static css, if-defined and type imports', () => {
    const code = [
      "import { html, nothing, type TemplateResult } from 'lit';",
      "import type { PropertyValues } from 'lit';",
      "import { ifDefined } from 'lit/directives/if-defined.js';",
      'static properties = { state: { reflect: true }, limit: { type: Number } };',
      'static styles = [shared, css`:host { display: block; }`];',
      'const t = html`<a href=${u} class="x ${y}" lang=\'${l}\' ?hidden=${h} @click=${f}>${t}</a><!-- note -->${list.map((i) => html`<li>${i}</li>`)}`;',
    ].join('\n');
    assert.deepEqual(checkSubset(code), []);
  });

  const leftOut = {
    "svg from 'lit'": "import { html, svg } from 'lit';",
    "unsafeHTML from 'lit/directives/unsafe-html.js'": "import { unsafeHTML } from 'lit/directives/unsafe-html.js';",
    'a decorator': "import { property } from 'lit/decorators.js';",
    'a .property binding': 'html`<input .value=${v}>`',
    'an element binding': 'html`<div class="a" ${ref(x)}></div>`',
    'a binding inside a comment': 'html`<p><!-- ${x} --></p>`',
    'a binding inside <textarea>': 'html`<textarea>${x}</textarea>`',
    'a binding inside <style>': 'html`<style>p{color:${c}}</style>`',
    'an inner template with a .property binding': 'html`<ul>${items.map((i) => html`<li .item=${i}></li>`)}</ul>`',
    'the state option': 'static properties = { open: { state: true } };',
    'the useDefault option': 'static properties = { mode: { reflect: true, useDefault: true } };',
    'a JSON attribute': 'static properties = { tags: { type: Array } };',
    'an interpolation in css``': 'const styles = css`:host { gap: ${gap}; }`;',
    'an accessor under a reactive property name': 'static override properties: PropertyDeclarations = {\n    open: {},\n    limit: { type: Number },\n  };\n  get limit() { return 1; }',
  };
  for (const [what, code] of Object.entries(leftOut)) {
    it(`catches ${what}`, () => assert.equal(checkSubset(code).length, 1, JSON.stringify(checkSubset(code))));
  }
});
