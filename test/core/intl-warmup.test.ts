import { expect } from '@open-wc/testing';
import { warmUp } from '../../src/core/intl-warmup.js';

describe('the ICU warm-up', () => {
  it('settles when its worker answers and clears its one-second fallback, so nothing wakes the page a second later', async () => {
    const { setTimeout: set, clearTimeout: clear } = window;
    const timers: number[] = [];
    const cleared: number[] = [];
    // Only the calls made while the warm-up starts and settles are watched.
    let fired = false;
    window.setTimeout = ((handler: () => void, ms?: number) => {
      // The warm-up's fallback is its one-second timer; the test runner may set timers of its own meanwhile.
      if (ms !== 1000) return set(handler, ms);
      const id = set(() => ((fired = true), handler()), ms);
      timers.push(id);
      return id;
    }) as typeof window.setTimeout;
    window.clearTimeout = ((id?: number) => {
      if (id !== undefined) cleared.push(id);
      clear(id);
    }) as typeof window.clearTimeout;
    try {
      await warmUp('"fr"');
    } finally {
      window.setTimeout = set;
      window.clearTimeout = clear;
    }
    expect(fired, 'settled by the worker, not by the fallback').to.equal(false);
    expect(timers, 'one one-second fallback').to.have.length(1);
    // The test runner clears timers of its own meanwhile: only the warm-up's count.
    expect(cleared.filter((id) => timers.includes(id)), 'the fallback, cleared').to.deep.equal(timers);
  });
});
