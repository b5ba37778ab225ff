// The limiter on its own, with a fake clock: windows per client, reset, sweep, Retry-After.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { clientAddress, createRateLimiter } from '../../server/rate-limit.mjs';

describe('createRateLimiter', () => {
  it('allows `limit` hits per window per client, then refuses until the window ends', () => {
    let time = 1_000_000;
    const limiter = createRateLimiter({ limit: 2, windowMs: 60_000, now: () => time });
    assert.equal(limiter.take('a').allowed, true);
    time += 10_000;
    assert.equal(limiter.take('a').allowed, true);
    assert.deepEqual(limiter.take('a'), { allowed: false, retryAfter: 50 });
    assert.equal(limiter.take('b').allowed, true, 'another client has its own window');
    time += 50_000;
    assert.equal(limiter.take('a').allowed, true, 'a new window starts after 60 s');
  });

  it('never limits with limit 0', () => {
    const limiter = createRateLimiter({ limit: 0 });
    for (let i = 0; i < 1000; i++) assert.equal(limiter.take('a').allowed, true);
  });
});

describe('clientAddress', () => {
  it('uses the socket address unless the proxy is trusted', () => {
    assert.equal(clientAddress({ forwardedFor: '203.0.113.9', socketAddress: '127.0.0.1', trustProxy: false }), '127.0.0.1');
    assert.equal(clientAddress({ forwardedFor: '198.51.100.1, 203.0.113.9', socketAddress: '127.0.0.1', trustProxy: true }), '203.0.113.9');
    assert.equal(clientAddress({ forwardedFor: undefined, socketAddress: '::1', trustProxy: true }), '::1');
  });
});
