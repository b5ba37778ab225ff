// A burst of likes on PostgreSQL with a pool of one connection. Likes that wait for it go in
// together (one statement per batch), so a burst the database can take within the wait is all
// 200s; a like still waiting when the wait runs out is overload, answered 503 with Retry-After
// (never the 500 of a fault), is not counted, and the burst is one line in the log. The rate
// limit is off: these likes are about the likes pool, not the limits' (README, "A burst of likes").
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import pg from 'pg';
import { ARTICLE, likesUrl, postLike, start, visitor } from './harness.mjs';
import { freshSchema, needsPostgres } from './services.mjs';

/**
 * `visitors` likes sent at once to a server on one connection, while another transaction keeps
 * the article's counters locked for `lockedMs` (under the statement's 3 s limit), so the first
 * like's statement waits and every other like waits for the connection.
 * @param {{ visitors: number, lockedMs: number, config?: Partial<import('../../server/config.mjs').ServerConfig> }} options
 */
async function burstOnOneConnection({ visitors, lockedMs, config = {} }) {
  const schema = await freshSchema();
  const server = await start({ env: { DATABASE_URL: schema.url, DATABASE_POOL_SIZE: '1', LIKE_RATE_LIMIT: '0' }, config });
  const locker = new pg.Client({ connectionString: schema.url });
  /** @type {unknown[][]} */
  const logged = [];
  const consoleError = console.error;
  console.error = (...args) => logged.push(args);
  try {
    await locker.connect();
    await locker.query('BEGIN');
    // Reads go on (ACCESS SHARE); a like's write waits for the lock.
    await locker.query('LOCK TABLE like_counts IN EXCLUSIVE MODE');
    const unlock = new Promise((resolve) => setTimeout(resolve, lockedMs)).then(() => locker.query('COMMIT'));
    const answers = await Promise.all(
      Array.from({ length: visitors }, async () => {
        const response = await postLike(likesUrl(server.url), { visitor: visitor(), liked: true });
        return { status: response.status, retryAfter: response.headers.get('retry-after'), body: await response.json() };
      }),
    );
    await unlock;
    const [{ count }] = await schema.query('SELECT coalesce(sum(count), 0)::int AS count FROM like_counts WHERE article_id = $1', [ARTICLE]);
    return { answers, count, logged };
  } finally {
    console.error = consoleError;
    await locker.end();
    await server.stop();
    await schema.drop();
  }
}

/** @param {{ status: number }[]} answers */
const statuses = (answers) => [...new Set(answers.map((answer) => answer.status))].sort();

describe('a burst of likes on PostgreSQL', { skip: needsPostgres, timeout: 60_000 }, () => {
  it('answers 503 with Retry-After to the likes that waited too long for a connection, never 500, counts none of them, and logs one line', async () => {
    // The wait shortened to 300 ms, so it runs out while the first statement (1 s) is still well under its own limit.
    const { answers, count, logged } = await burstOnOneConnection({ visitors: 40, lockedMs: 1000, config: { databaseWaitMs: 300 } });
    assert.deepEqual(statuses(answers), [200, 503]);
    const refused = answers.filter((answer) => answer.status === 503);
    assert.ok(refused.every((answer) => answer.retryAfter === '1' && typeof answer.body.error === 'string'), 'Retry-After: the wait, in whole seconds');
    assert.equal(count, answers.length - refused.length, 'the answered likes are counted, the refused ones not');
    assert.equal(logged.length, 1, `one line: ${logged.map((args) => args.join(' ')).join('\n')}`);
    assert.match(String(logged[0]?.[0]), /^story-widgets server: overloaded, every PostgreSQL connection stayed busy for 300 ms: \d+ request\(s\) answered 503/);
  });

  it('answers 200 to every like of a burst the database takes within the wait, each visitor counted once', async () => {
    // 3 s of wait, 2 of them spent behind the lock: 299 statements of one like each did not fit
    // in the last second on one connection here (about 5 ms each on this 2-core machine); 3 of 100 do.
    const { answers, count, logged } = await burstOnOneConnection({ visitors: 300, lockedMs: 2000 });
    assert.deepEqual(statuses(answers), [200]);
    assert.equal(count, 300);
    assert.ok(answers.every((answer) => answer.body.liked === true && answer.body.count >= 1 && answer.body.count <= 300));
    assert.deepEqual(logged, []);
  });
});
