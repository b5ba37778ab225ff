// The start while PostgreSQL does not answer, through a proxy of the test's own (stall-proxy.mjs):
// it fails within its time limits, in one line, with exit code 1;
// a migration that waits long on a database that answers still starts. Until 2026-12-08 the
// migrations and the visitor secret's read had no limit, so the start waited for good.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readConfig } from '../../server/config.mjs';
import { startServer } from '../../server/server.mjs';
import { openPostgresStore } from '../../server/stores/postgres.mjs';
import { within } from './bounded.mjs';
import { launchProcess } from './harness.mjs';
import { freshSchema, needsPostgres } from './services.mjs';
import { startStallProxy, through } from './stall-proxy.mjs';

/** @param {number} ms */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Holds the migrations' advisory lock of `schema` on its admin connection, and resolves a
 * function that says whether a migration waits for it.
 * @param {Awaited<ReturnType<typeof freshSchema>>} schema
 */
async function holdMigrationLock(schema) {
  await schema.query('BEGIN');
  await schema.query("SELECT pg_advisory_xact_lock(hashtext('story-widgets migrations ' || $1))", [schema.name]);
  return async () => (await schema.query("SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted"))[0].n > 0;
}

/** Polls `read` every 50 ms until it returns true, for 5 s at most. @param {() => Promise<boolean>} read */
async function until(read) {
  for (const deadline = Date.now() + 5000; !(await read()); await sleep(50)) if (Date.now() > deadline) throw new Error('waited 5 s');
}

describe('starting while PostgreSQL does not answer', { skip: needsPostgres }, () => {
  it('exits 1 within 10 s, in one line that names the stalled database, when it stalls during the migrations', async () => {
    const schema = await freshSchema();
    const proxy = await startStallProxy(Number(new URL(schema.url).port || 5432));
    const launched = launchProcess({ DATABASE_URL: through(schema.url, proxy.port) });
    launched.url.catch(() => {});
    try {
      // The migration waits for the lock, on a connection made; then the database stops answering.
      const waiting = await holdMigrationLock(schema);
      await until(waiting);
      proxy.stall();
      const started = Date.now();
      const { code, output } = /** @type {{ code: number | null, output: string }} */ (await within(launched.exited, 10_000, 'the start'));
      assert.ok(Date.now() - started < 10_000);
      assert.equal(code, 1, output);
      const lines = output.trim().split('\n');
      assert.equal(lines.length, 1, output);
      assert.match(lines[0], /^story-widgets server: could not start: PostgreSQL did not answer for 3 s/);
    } finally {
      launched.child.kill('SIGKILL');
      await schema.query('ROLLBACK').catch(() => {});
      await proxy.close();
      await schema.drop();
    }
  });

  it('still starts when a migration waits longer than the time limit on a database that answers', async () => {
    const schema = await freshSchema();
    const launched = launchProcess({ DATABASE_URL: schema.url });
    try {
      const waiting = await holdMigrationLock(schema);
      await until(waiting);
      // Twice the silence the start asks after: the database answers that its migration waits.
      await sleep(7000);
      await schema.query('COMMIT');
      assert.match(await within(launched.url, 10_000, 'the start'), /^http:/);
    } finally {
      launched.child.kill('SIGTERM');
      await launched.exited;
      await schema.query('ROLLBACK').catch(() => {});
      await schema.drop();
    }
  });

  it('fails within its time limits when it stalls before the visitor secret is read', async () => {
    const schema = await freshSchema();
    const proxy = await startStallProxy(Number(new URL(schema.url).port || 5432));
    try {
      const url = through(schema.url, proxy.port);
      const store = await openPostgresStore(url, { poolSize: 2, poolMin: 1 });
      await store.warmUp?.();
      proxy.stall();
      const config = readConfig({ HOST: '127.0.0.1', PORT: '0', QUIET: '1', DATABASE_URL: url, LIKE_RATE_LIMIT: '0', VISITOR_TOKEN_LIMIT: '0' });
      const started = Date.now();
      await assert.rejects(within(startServer(config, { store }), 10_000, 'the start'), /Query read timeout/);
      assert.ok(Date.now() - started < 10_000);
    } finally {
      await proxy.close();
      await schema.drop();
    }
  });
});
