// A like whose answer from PostgreSQL comes late (its reply lost on the way, a commit slower
// than the time limit, a statement cancelled after waiting for a lock): the reader is answered
// what the store holds, never a 500 for a like the count includes (the button would roll it back
// and say it failed).
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { readConfig } from '../../server/config.mjs';
import { startServer } from '../../server/server.mjs';
import { openPostgresStore } from '../../server/stores/postgres.mjs';
import { ARTICLE, TEST_SECRET, likesUrl, postLike, tempDir, visitor } from './harness.mjs';
import { DATABASE_URL, freshSchema, needsPostgres } from './services.mjs';
import { startStallProxy, through } from './stall-proxy.mjs';

/** The statements' time limit (statement_timeout), shortened from 3 s. */
const TIMEOUT_MS = 300;

const pause = (/** @type {number} */ ms) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a like whose answer PostgreSQL sends late', { skip: needsPostgres }, () => {
  /** @type {import('../../server/server.mjs').RunningServer} */
  let server;
  /** @type {Awaited<ReturnType<typeof freshSchema>>} */
  let schema;
  /** @type {Awaited<ReturnType<typeof startStallProxy>>} */
  let proxy;
  const temp = tempDir();
  const original = console.error;
  before(async () => {
    schema = await freshSchema();
    proxy = await startStallProxy(Number(new URL(/** @type {string} */ (DATABASE_URL)).port || 5432));
    const config = readConfig({ HOST: '127.0.0.1', PORT: '0', QUIET: '1', VISITOR_SECRET: TEST_SECRET, DATABASE_PATH: join(temp.dir, 'unused.sqlite'), LIKE_RATE_LIMIT: '0' });
    // The store's connections are the ones with this application_name.
    const url = new URL(through(schema.url, proxy.port));
    url.searchParams.set('application_name', schema.name);
    const store = await openPostgresStore(url.href, { poolSize: 2, timeoutMs: TIMEOUT_MS });
    await store.warmUp();
    server = await startServer(config, { store });
    // The 500s' stack traces are expected here.
    console.error = () => {};
  });
  after(async () => {
    console.error = original;
    proxy.resume();
    await server.close();
    await proxy.close();
    await schema.drop();
    temp.remove();
  });

  /** Whether the store holds `reader`'s like. @param {string} reader */
  const recorded = async (reader) => Boolean((await schema.query('SELECT liked FROM likes WHERE visitor = $1', [reader]))[0]?.liked);

  /** A like's status, and whether the store holds it once every commit is over. @param {number} settleMs */
  async function like(settleMs) {
    const reader = visitor();
    const started = performance.now();
    const { status } = await postLike(likesUrl(server.url), { visitor: reader, liked: true });
    await pause(Math.max(0, settleMs - (performance.now() - started)));
    return { status, recorded: await recorded(reader) };
  }

  it('answers 200 a like PostgreSQL committed whose reply was lost on the way', async () => {
    // The pool's connections carry the statement, but no reply comes back on them.
    proxy.holdReplies();
    try {
      assert.deepEqual(await like(0), { status: 200, recorded: true });
    } finally {
      proxy.resume();
    }
  });

  /**
   * Runs `during` while another transaction holds the row of `reader`, who liked first; then rolls it back.
   * @template T @param {string} reader @param {() => Promise<T>} during
   */
  async function whileRowHeld(reader, during) {
    assert.equal((await postLike(likesUrl(server.url), { visitor: reader, liked: true })).status, 200);
    await schema.query('BEGIN');
    try {
      await schema.query('SELECT FROM likes WHERE visitor = $1 FOR UPDATE', [reader]);
      return await during();
    } finally {
      await schema.query('ROLLBACK');
    }
  }

  it('answers a repeat like whose statement times out on a held row lock as the store holds it, and a new like 500', async () => {
    const [repeat, fresh] = [visitor(), visitor()];
    // The new like's row is held too (inserted, not committed), past the statement's time limit:
    // PostgreSQL cancels each like's statement (57014) and rolls it back.
    const [held, missing] = await whileRowHeld(repeat, async () => {
      await schema.query('INSERT INTO likes (article_id, visitor, liked) VALUES ($1, $2, true)', [ARTICLE, fresh]);
      return Promise.all([repeat, fresh].map((reader) => postLike(likesUrl(server.url), { visitor: reader, liked: true })));
    });
    const [{ count, liked }] = await schema.query('SELECT (SELECT sum(count) FROM like_counts)::float8 AS count, (SELECT count(*) FROM likes WHERE liked)::float8 AS liked');
    assert.equal(count, liked, 'the count is the likes held');
    assert.deepEqual({ status: held?.status, body: await held?.json() }, { status: 200, body: { count, liked: true } });
    assert.deepEqual({ status: missing?.status, recorded: await recorded(fresh) }, { status: 500, recorded: false });
  });

  /**
   * Runs `test` with every commit that writes a like taking `seconds` (a slow disk, a synchronous
   * replica): a deferred trigger runs at commit, past statement_timeout, which covers the statement only.
   * @param {number} seconds @param {() => Promise<void>} test
   */
  async function withSlowCommits(seconds, test) {
    await schema.query(`
      CREATE FUNCTION slow_commit() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN PERFORM pg_sleep(${seconds}); RETURN NULL; END $$;
      CREATE CONSTRAINT TRIGGER slow_commit AFTER INSERT OR UPDATE ON likes DEFERRABLE INITIALLY DEFERRED
        FOR EACH ROW EXECUTE FUNCTION slow_commit()`);
    try {
      await test();
    } finally {
      await schema.query('DROP TRIGGER slow_commit ON likes; DROP FUNCTION slow_commit()');
    }
  }

  it('answers a like whose commit outlasts the time limits as the store holds it', async () => {
    // Longer than the statement's limit, shorter than the client's: it commits, and says so.
    await withSlowCommits((TIMEOUT_MS + 500) / 1000, async () => assert.deepEqual(await like(2000), { status: 200, recorded: true }));
    // Longer than the client's: ended before it commits, and answered as failed.
    await withSlowCommits(3, async () => assert.deepEqual(await like(3500), { status: 500, recorded: false }));
  });

  it('answers a like whose connection is lost during its commit as the store holds it, and goes on', async () => {
    await withSlowCommits(3, async () => {
      const reader = visitor();
      const answer = postLike(likesUrl(server.url), { visitor: reader, liked: true });
      await pause(TIMEOUT_MS + 200);
      // Its connection closed in the middle of the commit (a network that drops it).
      proxy.cut();
      // Its server process is ended before it commits: the reader is told it failed.
      assert.deepEqual({ status: (await answer).status, recorded: await recorded(reader) }, { status: 500, recorded: false });
    });
    assert.deepEqual(await like(0), { status: 200, recorded: true });
  });

  /**
   * Ends the server process of the store's statement once it waits (`waiting`: a condition on
   * pg_stat_activity), as an administrator's pg_terminate_backend or a fast shutdown does: PostgreSQL
   * answers FATAL 57P01, "terminating connection due to administrator command", and closes it.
   * @param {string} waiting
   */
  async function terminateWhen(waiting) {
    for (const deadline = Date.now() + 5000; ; await pause(50)) {
      const rows = await schema.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1 AND ${waiting}`, [schema.name]);
      if (rows.length) return;
      if (Date.now() > deadline) throw new Error('waited 5 s');
    }
  }

  it('answers a like whose server process is ended by an administrator as the store holds it', async () => {
    // A like the store holds already: its repeat, ended while it waits for the visitor's row, is answered with the state.
    const reader = visitor();
    const response = await whileRowHeld(reader, async () => {
      const answer = postLike(likesUrl(server.url), { visitor: reader, liked: true });
      await terminateWhen("wait_event_type = 'Lock'");
      return answer;
    });
    const [{ count }] = await schema.query('SELECT sum(count)::float8 AS count FROM like_counts');
    assert.deepEqual({ status: response.status, body: await response.json() }, { status: 200, body: { count, liked: true } });
    // One ended during its commit is rolled back: the reader is told it failed.
    await withSlowCommits(3, async () => {
      const other = visitor();
      const answer = postLike(likesUrl(server.url), { visitor: other, liked: true });
      await terminateWhen("wait_event = 'PgSleep'");
      assert.deepEqual({ status: (await answer).status, recorded: await recorded(other) }, { status: 500, recorded: false });
    });
  });
});
