import { expect } from '@open-wc/testing';
import { type LikeState, confirm, fail, initialState, recount, shown, toggle } from '../../src/elements/like-button/like-state.js';
import { randomId } from '../../src/elements/like-button/visitor-store.js';

const idle = (liked: boolean, count: number): LikeState => initialState({ liked, count });

describe('like state machine', () => {
  it('a click shows the new state at once and sends it', () => {
    const step = toggle(idle(false, 3));
    expect(step.send).to.equal(true);
    expect(shown(step.state)).to.deep.equal({ liked: true, count: 4 });
  });

  it('clicks while a request is in flight send nothing and move the count by one at most', () => {
    let state = toggle(idle(false, 3)).state;
    for (let i = 0; i < 5; i += 1) {
      const step = toggle(state);
      expect(step.send).to.equal(undefined);
      state = step.state;
      expect(shown(state).count).to.be.within(3, 4);
    }
    expect(shown(state)).to.deep.equal({ liked: false, count: 3 });
  });

  it('after the answer, sends the last wanted state only if it differs from the confirmed one', () => {
    const sending = toggle(toggle(idle(false, 3)).state).state; // like sent, then unliked
    const step = confirm(sending, { liked: true, count: 4 });
    expect(step.send).to.equal(false);
    expect(shown(step.state)).to.deep.equal({ liked: false, count: 3 });
    const backToLiked = toggle(sending).state; // like, unlike, like: nothing more to send
    const settled = confirm(backToLiked, { liked: true, count: 4 });
    expect(settled.send).to.equal(undefined);
    expect(shown(settled.state)).to.deep.equal({ liked: true, count: 4 });
  });

  it('takes the server’s answer when it differs from what was sent, without resending', () => {
    const step = confirm(toggle(idle(false, 3)).state, { liked: false, count: 9 });
    expect(step.send).to.equal(undefined);
    expect(shown(step.state)).to.deep.equal({ liked: false, count: 9 });
  });

  it('a failure rolls back to the confirmed state and leaves nothing in flight', () => {
    const state = fail(toggle(idle(true, 5)).state);
    expect(shown(state)).to.deep.equal({ liked: true, count: 5 });
    expect(toggle(state).send).to.equal(false);
  });

  it('counts a liking visitor even when a stale count says 0', () => {
    expect(shown(idle(true, 0))).to.deep.equal({ liked: true, count: 1 });
  });

  it('takes a fresher count only while nothing is in flight', () => {
    expect(shown(recount(idle(false, 1), 7)).count).to.equal(7);
    const sending = toggle(idle(false, 1)).state;
    expect(recount(sending, 7)).to.equal(sending);
  });
});

describe('visitor id', () => {
  it('is a version 4 UUID, also where crypto.randomUUID is missing (http: pages)', () => {
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    expect(randomId()).to.match(uuid);
    const original = Object.getOwnPropertyDescriptor(Crypto.prototype, 'randomUUID')!;
    Object.defineProperty(Crypto.prototype, 'randomUUID', { value: undefined, configurable: true });
    try {
      const ids = new Set(Array.from({ length: 20 }, () => randomId()));
      expect(ids.size).to.equal(20);
      for (const id of ids) expect(id).to.match(uuid);
    } finally {
      Object.defineProperty(Crypto.prototype, 'randomUUID', original);
    }
  });
});
