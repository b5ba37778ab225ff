// Rate limits kept in PostgreSQL (DATABASE_URL without REDIS_URL): one limit for all processes.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createRateLimiter } from '../../server/limits/rate-limiter.mjs';
import { openPostgresStore } from '../../server/stores/postgres.mjs';
import { freshSchema, needsPostgres } from './services.mjs';

describe('rate limits in PostgreSQL', { skip: needsPostgres }, () => {
  it('are one limit for three processes', async () => {
    const schema = await freshSchema();
    try {
      // The store's migrations make the limiter's table, as at a server's start.
      await (await openPostgresStore(schema.url)).close();
      const limiters = await Promise.all(Array.from({ length: 3 }, () => createRateLimiter({ limit: 60, databaseUrl: schema.url })));
      assert.deepEqual(limiters.map((limiter) => limiter.storage), ['postgres', 'postgres', 'postgres']);
      const answers = await Promise.all(Array.from({ length: 30 }, (_, i) => /** @type {any} */ (limiters[i % 3]).take('client')));
      assert.equal(answers.filter((answer) => answer.allowed).length, 10);
      assert.ok(answers.filter((answer) => !answer.allowed).every((answer) => answer.retryAfter >= 1 && answer.retryAfter <= 10));
      assert.equal((await /** @type {any} */ (limiters[0]).take('another')).allowed, true);
      await Promise.all(limiters.map((limiter) => limiter.close()));
    } finally {
      await schema.drop();
    }
  });
});
