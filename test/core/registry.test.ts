import { expect } from '@open-wc/testing';
import { WIDGET_MARK, defineElement } from '../../src/core/registry.js';
import { ProbeWidget } from '../support/probe-widget.js';

/** Runs `action` and returns what it wrote with console.warn. */
function warningsOf(action: () => void): string[] {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
  try {
    action();
  } finally {
    console.warn = original;
  }
  return warnings;
}

describe('defineElement', () => {
  it('defines a tag that is free', () => {
    class Fresh extends ProbeWidget {}
    defineElement('registry-fresh', Fresh);
    expect(customElements.get('registry-fresh')).to.equal(Fresh);
  });

  it('skips silently a tag already defined with the same class (the script was included twice)', () => {
    class Twice extends ProbeWidget {}
    defineElement('registry-twice', Twice);
    expect(warningsOf(() => defineElement('registry-twice', Twice))).to.deep.equal([]);
  });

  it('skips silently a tag defined by another copy of this library', () => {
    class FirstCopy extends HTMLElement {
      static readonly [WIDGET_MARK] = 'story-widgets';
    }
    class SecondCopy extends ProbeWidget {}
    customElements.define('registry-copy', FirstCopy);
    expect(warningsOf(() => defineElement('registry-copy', SecondCopy))).to.deep.equal([]);
    expect(customElements.get('registry-copy')).to.equal(FirstCopy);
  });

  it('never throws for a tag someone else defined, and warns once naming it', () => {
    class Foreign extends HTMLElement {}
    class Ours extends ProbeWidget {}
    customElements.define('registry-foreign', Foreign);
    const warnings = warningsOf(() => defineElement('registry-foreign', Ours));
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<registry-foreign>');
    expect(customElements.get('registry-foreign')).to.equal(Foreign);
  });
});
