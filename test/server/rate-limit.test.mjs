// The limiter on its own (memory storage, mocked clock): the smoothing that keeps a client
// from spending two minutes' likes in a moment, the client key of IPv6 /64s (the client
// address: client-address.test.mjs).
import assert from 'node:assert/strict';
import { describe, it, mock } from 'node:test';
import { clientKey } from '../../server/limits/client-key.mjs';
import { createRateLimiter, windowFor } from '../../server/limits/rate-limiter.mjs';

describe('createRateLimiter (in memory)', () => {
  it('spreads LIKE_RATE_LIMIT a minute over 10-second windows, keeping the long-run rate', () => {
    assert.deepEqual(windowFor(60), { points: 10, duration: 10 });
    assert.deepEqual(windowFor(1), { points: 1, duration: 60 });
    assert.deepEqual(windowFor(600), { points: 100, duration: 10 });
    for (const limit of [1, 5, 7, 13, 60, 61, 1000]) {
      const { points, duration } = windowFor(limit);
      const perMinute = (points * 60) / duration;
      assert.ok(Math.abs(perMinute - limit) / limit < 0.1, `${limit}/min kept as ${points} per ${duration} s = ${perMinute}/min`);
    }
  });

  it('never lets a client have twice the limit around a window edge', async () => {
    mock.timers.enable({ apis: ['Date', 'setTimeout'], now: 1_000_000 });
    try {
      const limit = 60;
      const limiter = await createRateLimiter({ limit });
      /** Tries `n` likes at once; how many were allowed. */
      const burst = async (/** @type {number} */ n) => {
        let allowed = 0;
        for (let i = 0; i < n; i++) allowed += +(await limiter.take('edge')).allowed;
        return allowed;
      };
      // One like opens a window; the client waits until just before a minute is over, then
      // spends everything it can just before and just after the edge: 2 × 60 with a plain
      // one-minute window.
      await burst(1);
      mock.timers.tick(59_900);
      const before = await burst(200);
      mock.timers.tick(200);
      const after = await burst(200);
      assert.ok(before + after <= limit / 3, `${before} + ${after} likes allowed within 0.2 s`);
    } finally {
      mock.timers.reset();
    }
  });

  it('keeps the long-run rate and at most a sixth more in any minute for a greedy client', async () => {
    mock.timers.enable({ apis: ['Date', 'setTimeout'], now: 1_000_000 });
    try {
      const limit = 60;
      const limiter = await createRateLimiter({ limit });
      /** @type {number[]} */
      const allowedAt = [];
      // One try every 100 ms for four minutes.
      for (let t = 0; t < 240_000; t += 100) {
        if ((await limiter.take('greedy')).allowed) allowedAt.push(t);
        mock.timers.tick(100);
      }
      const mostInAnyMinute = Math.max(...allowedAt.map((start) => allowedAt.filter((t) => t >= start && t < start + 60_000).length));
      assert.ok(mostInAnyMinute <= limit + limit / 6, `${mostInAnyMinute} in one minute`);
      assert.ok(allowedAt.length >= 4 * limit - limit / 6, `${allowedAt.length} in four minutes`);
    } finally {
      mock.timers.reset();
    }
  });

  it('keeps clients apart and says when to retry', async () => {
    const limiter = await createRateLimiter({ limit: 6 });
    assert.deepEqual(await limiter.take('a'), { allowed: true, retryAfter: 0 });
    const refused = await limiter.take('a');
    assert.equal(refused.allowed, false);
    assert.ok(refused.retryAfter >= 1 && refused.retryAfter <= 10, `Retry-After ${refused.retryAfter}`);
    assert.equal((await limiter.take('b')).allowed, true, 'another client has its own window');
  });

  it('never limits with limit 0', async () => {
    const limiter = await createRateLimiter({ limit: 0 });
    for (let i = 0; i < 1000; i++) assert.equal((await limiter.take('a')).allowed, true);
  });
});

describe('clientKey', () => {
  it('keys an IPv6 client by its /64, however it is written', () => {
    const key = clientKey('2001:db8:aa:1::1');
    assert.equal(key, '2001:db8:aa:1::/64');
    for (const same of ['2001:0db8:00aa:0001:ffff:ffff:ffff:ffff', '2001:db8:aa:1:1:2:3:4', '[2001:db8:aa:1::9]', '2001:db8:aa:1::1%eth0']) {
      assert.equal(clientKey(same), key, same);
    }
    assert.notEqual(clientKey('2001:db8:aa:2::1'), key, 'the next /64 is another client');
  });

  it('keeps IPv4 addresses whole, also when Node writes them IPv4-mapped', () => {
    assert.equal(clientKey('203.0.113.9'), '203.0.113.9');
    assert.equal(clientKey('::ffff:203.0.113.9'), '203.0.113.9');
    assert.notEqual(clientKey('203.0.113.10'), clientKey('203.0.113.9'));
  });
});
