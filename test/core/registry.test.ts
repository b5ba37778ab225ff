import { expect } from '@open-wc/testing';
import { WIDGET_MARK, defineElement } from '../../src/core/registry.js';
import { warningsDuring } from '../support/console-warnings.js';
import { ProbeWidget } from '../support/probe-widget.js';

describe('defineElement', () => {
  it('defines a tag that is free', () => {
    class Fresh extends ProbeWidget {}
    defineElement('registry-fresh', Fresh);
    expect(customElements.get('registry-fresh')).to.equal(Fresh);
  });

  it('skips silently a tag already defined with the same class (the script was included twice)', async () => {
    class Twice extends ProbeWidget {}
    defineElement('registry-twice', Twice);
    expect(await warningsDuring(() => defineElement('registry-twice', Twice))).to.deep.equal([]);
  });

  it('skips silently a tag defined by another copy of this library', async () => {
    class FirstCopy extends HTMLElement {
      static readonly [WIDGET_MARK] = 'story-widgets';
    }
    class SecondCopy extends ProbeWidget {}
    customElements.define('registry-copy', FirstCopy);
    expect(await warningsDuring(() => defineElement('registry-copy', SecondCopy))).to.deep.equal([]);
    expect(customElements.get('registry-copy')).to.equal(FirstCopy);
  });

  it('never throws for a tag someone else defined, and warns once naming it', async () => {
    class Foreign extends HTMLElement {}
    class Ours extends ProbeWidget {}
    customElements.define('registry-foreign', Foreign);
    const warnings = await warningsDuring(() => defineElement('registry-foreign', Ours));
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<registry-foreign>');
    expect(customElements.get('registry-foreign')).to.equal(Foreign);
  });
});
