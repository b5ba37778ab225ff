// A like whose answer from PostgreSQL comes late (its reply lost on the way, a commit slower
// than the time limit): the reader is answered what the store holds, never a 500 for a like the
// count includes (the button would roll it back and say it failed).
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { readConfig } from '../../server/config.mjs';
import { startServer } from '../../server/server.mjs';
import { openPostgresStore } from '../../server/stores/postgres.mjs';
import { TEST_SECRET, likesUrl, postLike, tempDir, visitor } from './harness.mjs';
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
    const store = await openPostgresStore(through(schema.url, proxy.port), { poolSize: 2, timeoutMs: TIMEOUT_MS });
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
});
