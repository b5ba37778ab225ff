// How many PostgreSQL connections one server process opens (README: connections per process):
// DATABASE_POOL_SIZE for the likes, and one pool the two rate limiters share, two fifths of it.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import { readConfig } from '../../server/config.mjs';
import { likesUrl, postLike, start, visitor } from './harness.mjs';
import { freshSchema, needsPostgres } from './services.mjs';

describe('the rate limits’ PostgreSQL pool', () => {
  it('is sized from DATABASE_POOL_SIZE: 4 at the default 10, 1 at 1, more for a larger one', () => {
    const limits = (/** @type {string | undefined} */ size) => readConfig({ DATABASE_POOL_SIZE: size }).limitsPoolSize;
    assert.deepEqual([undefined, '1', '2', '5', '20', '40'].map(limits), [4, 1, 1, 2, 8, 16]);
  });
});

describe('PostgreSQL connections per process', { skip: needsPostgres }, () => {
  // DATABASE_POOL_SIZE, and the most connections: its own and the limits' (until 2026-12-07 a
  // fixed 4, so 5 at DATABASE_POOL_SIZE=1).
  for (const [size, most] of [[1, 2], [10, 14]]) {
    it(`opens at most ${most} at DATABASE_POOL_SIZE=${size}: the likes' and the limits' share of it`, async () => {
      const schema = await freshSchema();
      // The process's connections are the ones with this application_name.
      const name = `sw-test-${randomBytes(6).toString('hex')}`;
      const url = new URL(schema.url);
      url.searchParams.set('application_name', name);
      const server = await start({ env: { DATABASE_URL: url.href, DATABASE_POOL_SIZE: String(size), LIKE_RATE_LIMIT: '100000' } });
      try {
        // More likes at once than either pool has connections: both grow to their largest.
        const answers = await Promise.all(Array.from({ length: 40 }, () => postLike(likesUrl(server.url), { visitor: visitor(), liked: true })));
        assert.deepEqual([...new Set(answers.map((answer) => answer.status))], [200]);
        const [{ count }] = await schema.query('SELECT count(*)::int AS count FROM pg_stat_activity WHERE application_name = $1', [name]);
        assert.ok(count >= 1 && count <= most, `${count} connections`);
      } finally {
        await server.stop();
        await schema.drop();
      }
    });
  }
});
