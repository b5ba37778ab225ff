// Rate limits kept in Redis (REDIS_URL): one limit for all processes.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createRateLimiter } from '../../server/limits/rate-limiter.mjs';
import { REDIS_URL, freshRedisPrefix, needsRedis } from './services.mjs';

describe('rate limits in Redis', { skip: needsRedis }, () => {
  it('are one limit for three processes', async () => {
    const redis = freshRedisPrefix();
    try {
      const limiters = await Promise.all(Array.from({ length: 3 }, () => createRateLimiter({ limit: 60, redisUrl: REDIS_URL, keyPrefix: redis.prefix })));
      assert.deepEqual(limiters.map((limiter) => limiter.storage), ['redis', 'redis', 'redis']);
      const answers = await Promise.all(Array.from({ length: 30 }, (_, i) => /** @type {any} */ (limiters[i % 3]).take('client')));
      assert.equal(answers.filter((answer) => answer.allowed).length, 10);
      assert.ok(answers.filter((answer) => !answer.allowed).every((answer) => answer.retryAfter >= 1 && answer.retryAfter <= 10));
      await Promise.all(limiters.map((limiter) => limiter.close()));
    } finally {
      await redis.drop();
    }
  });

  it('refuses to start when Redis cannot be reached, rather than limiting nothing', async () => {
    await assert.rejects(createRateLimiter({ limit: 60, redisUrl: 'redis://127.0.0.1:1' }));
  });
});
