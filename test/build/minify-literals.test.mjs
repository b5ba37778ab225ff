// The CDN build's shrinking of css`` and html`` text (scripts/minify-literals.mjs): only
// changes that cannot alter what renders.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { minifyCssChunk, minifyHtmlChunk, rewriteTemplates } from '../../scripts/minify-literals.mjs';

describe('minifyCssChunk', () => {
  it('drops comments, needless spaces, the last semicolon and leading zeros', () => {
    const css = `
      /* the card */
      .card {
        gap: 0.75em;
        margin: 0 0.5em 10.5em;
      }
      a:hover , a:focus { color: red; }`;
    assert.equal(minifyCssChunk(css), ' .card{gap:.75em;margin:0 .5em 10.5em}a:hover,a:focus{color:red}');
  });

  it('keeps strings, escapes and the space a selector or value needs', () => {
    assert.equal(minifyCssChunk(`a::after { content: '  /* not a comment */  '; }`), `a::after{content:'  /* not a comment */  '}`);
    assert.equal(minifyCssChunk(`:host([layout=grid]) .list { grid: auto / 1fr  2fr; }`), `:host([layout=grid]) .list{grid:auto / 1fr 2fr}`);
    assert.equal(minifyCssChunk(`.a\\;b { x: 1; }`), `.a\\;b{x:1}`);
  });
});

describe('minifyHtmlChunk', () => {
  it('turns whitespace that holds a line break into one space, and leaves the rest', () => {
    assert.equal(minifyHtmlChunk('<p>\n    <span>a  b</span>\n</p>'), '<p> <span>a  b</span> </p>');
  });
});

describe('rewriteTemplates', () => {
  const upper = (chunk) => chunk.toUpperCase();

  it('rewrites the static text of a template and of templates nested in its expressions', () => {
    const code = 'const t = html`<ul>${items.map((i) => html`<li>${i}</li>`)}</ul>`; const s = `<b>`;';
    assert.equal(rewriteTemplates(code, 'html', upper), 'const t = html`<UL>${items.map((i) => html`<LI>${i}</LI>`)}</UL>`; const s = `<b>`;');
  });

  it('leaves a tag named in a comment alone (and the code after it)', () => {
    const code = [
      '// a static-html`…` literal would do, but',
      '/** html`<p>` in JSDoc',
      ' * and html`<q>` on its next line */',
      'const a = `<i>`;',
      'const t = html`<b>`;',
    ].join('\n');
    assert.equal(rewriteTemplates(code, 'html', upper), code.replace('html`<b>`', 'html`<B>`'));
  });

  it('hands each template its chunks, inner templates first', () => {
    const seen = [];
    rewriteTemplates('html`<a>${x}<b>${html`<c>${y}`}</d>`', 'html', (c) => c, (chunks) => seen.push(chunks));
    assert.deepEqual(seen, [['<c>', ''], ['<a>', '<b>', '</d>']]);
  });
});
