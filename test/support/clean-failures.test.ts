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
  it('names an element in chai’s words, which the runner can send', async () => {
    const el = await fixture(html`<like-button count="3"></like-button>`);
    const failure = failureOf(() => expect(null).to.equal(el));
    expect(failure?.expected).to.be.a('string').and.match(/^<like-button count="3"/);
    expect(failure?.actual).to.equal(null);
    expect(() => structuredClone({ ...failure })).not.to.throw();
  });

  it('names a function the same way', () => {
    const failure = failureOf(() => expect(function named() {}).to.equal(null));
    expect(failure?.actual).to.equal('[Function: named]');
    expect(() => structuredClone({ ...failure })).not.to.throw();
  });

  it('keeps values it can send as they are, for the diff (a cycle too: the runner cuts it)', () => {
    const failure = failureOf(() => expect({ a: 1 }).to.deep.equal({ a: 2 }));
    expect(failure?.actual).to.deep.equal({ a: 1 });
    expect(failure?.expected).to.deep.equal({ a: 2 });
    const loop: { self?: unknown } = {};
    loop.self = loop;
    expect(failureOf(() => expect(loop).to.deep.equal({}))?.actual).to.equal(loop);
  });
});
