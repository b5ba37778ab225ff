// How many PostgreSQL connections one server process opens (README: connections per process):
// DATABASE_POOL_SIZE for the likes, and one pool of 4 that the two rate limiters share.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import { LIMITS_POOL_SIZE } from '../../server/stores/postgres-pool.mjs';
import { likesUrl, postLike, start, visitor } from './harness.mjs';
import { freshSchema, needsPostgres } from './services.mjs';

describe('PostgreSQL connections per process', { skip: needsPostgres }, () => {
  it('opens at most DATABASE_POOL_SIZE for likes plus one shared pool for the limits', async () => {
    const schema = await freshSchema();
    // The process's connections are the ones with this application_name.
    const name = `sw-test-${randomBytes(6).toString('hex')}`;
    const url = new URL(schema.url);
    url.searchParams.set('application_name', name);
    const server = await start({ env: { DATABASE_URL: url.href, DATABASE_POOL_SIZE: '2', LIKE_RATE_LIMIT: '100000' } });
    try {
      const answers = await Promise.all(Array.from({ length: 40 }, () => postLike(likesUrl(server.url), { visitor: visitor(), liked: true })));
      assert.deepEqual([...new Set(answers.map((answer) => answer.status))], [200]);
      const [{ count }] = await schema.query('SELECT count(*)::int AS count FROM pg_stat_activity WHERE application_name = $1', [name]);
      assert.ok(count >= 1 && count <= 2 + LIMITS_POOL_SIZE, `${count} connections`);
    } finally {
      await server.stop();
      await schema.drop();
    }
  });
});
