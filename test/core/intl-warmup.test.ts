import { expect } from '@open-wc/testing';
import { warmUp } from '../../src/core/intl-warmup.js';
import { watchTimers } from '../support/timers.js';

describe('the ICU warm-up', () => {
  it('settles when its worker answers and clears its one-second fallback, so nothing wakes the page a second later', async () => {
    // Only the timers set while the warm-up starts and settles are watched.
    const { timers, restore } = watchTimers();
    try {
      await warmUp('"fr"');
    } finally {
      restore();
    }
    // The warm-up's fallback is its one-second timer; the test runner may set timers of its own meanwhile.
    const fallbacks = [...timers.values()].filter((timer) => timer.ms === 1000);
    expect(fallbacks.some((timer) => timer.fired), 'settled by the worker, not by the fallback').to.equal(false);
    expect(fallbacks, 'one one-second fallback').to.have.length(1);
    expect(fallbacks.map((timer) => timer.cleared), 'the fallback, cleared').to.deep.equal([true]);
  });
});
