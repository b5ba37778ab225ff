import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/like-button/define.js';

/** The error a failing `assertion` throws (undefined if it passes). */
function failureOf(assertion: () => void): { actual?: unknown; expected?: unknown } | undefined {
  try {
    assertion();
  } catch (error) {
    return error as { actual?: unknown; expected?: unknown };
  }
  return undefined;
}

describe('failed assertions, as web-test-runner reports them (clean-failures.ts)', () => {
  it('names an element in chai’s words, which JSON carries', async () => {
    const el = await fixture(html`<like-button count="3"></like-button>`);
    const failure = failureOf(() => expect(null).to.equal(el));
    expect(failure?.expected).to.be.a('string').and.match(/^<like-button count="3"/);
    expect(failure?.actual).to.equal(null);
    expect(() => JSON.stringify(failure)).not.to.throw();
  });

  it('names a value that refers to itself the same way', () => {
    const loop: { self?: unknown } = {};
    loop.self = loop;
    const failure = failureOf(() => expect(loop).to.deep.equal({}));
    expect(failure?.actual).to.equal('{ self: [Circular] }');
    expect(() => JSON.stringify(failure)).not.to.throw();
  });

  it('keeps plain values as they are, for the diff', () => {
    const failure = failureOf(() => expect({ a: 1 }).to.deep.equal({ a: 2 }));
    expect(failure?.actual).to.deep.equal({ a: 1 });
    expect(failure?.expected).to.deep.equal({ a: 2 });
  });
});
