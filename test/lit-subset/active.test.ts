// Runs only in the LIT_SUBSET=1 pass (.ci/checks/lit-subset.sh): proves that pass really serves
// the cut Lit, so a change in how the test server names Lit's files cannot make it test full
// Lit in silence. A directive is one of the features the CDN files leave out.
import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { Directive, directive } from 'lit/directive.js';

class Greeting extends Directive {
  render(): string {
    return 'the directive ran';
  }
}
const greeting = directive(Greeting);

describe('the LIT_SUBSET pass', () => {
  it('serves the cut Lit: a directive is not run', () => {
    const container = document.createElement('div');
    render(html`<p>${greeting()}</p>`, container);
    expect(container.textContent).to.equal('[object Object]');
  });
});
