// The start while PostgreSQL does not answer, through a proxy of the test's own (stall-proxy.mjs):
// it fails within its time limits, in one line, with exit code 1, its connections closed;
// a migration that waits long on a database that answers still starts. Until 2026-12-08 the
// migrations and the visitor secret's read had no limit, so the start waited for good.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { readConfig } from '../../server/config.mjs';
import { startServer } from '../../server/server.mjs';
import { openPostgresStore } from '../../server/stores/postgres.mjs';
import { within } from './bounded.mjs';
import { launchProcess } from './harness.mjs';
import { freshSchema, needsPostgres } from './services.mjs';
import { startStallProxy, through } from './stall-proxy.mjs';

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

/** Polls `read` every 50 ms until it returns true, for `ms` at most. @param {() => Promise<boolean> | boolean} read */
async function until(read, ms = 5000) {
  for (const deadline = Date.now() + ms; !(await read()); await sleep(50)) if (Date.now() > deadline) throw new Error(`waited ${ms} ms`);
}

/**
 * Resolves once `proxy` has no connection the start has not closed, at once after a failed
 * start: it fails if any is left open for 500 ms, a goodbye a stalled host leaves unanswered too.
 * @param {Awaited<ReturnType<typeof startStallProxy>>} proxy
 */
const allClosed = (proxy) => until(() => proxy.open === 0, 500);

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
      // Two kept open: the read takes one (pg destroys it when the read times out), the other
      // stays idle, so only the failed start's close of its store closes it. A 1 s statement
      // limit: the read gives up after 2 s (clientTimeout), the close cuts 3 s later.
      const store = await openPostgresStore(url, { poolSize: 2, poolMin: 2, timeoutMs: 1000 });
      await store.warmUp?.();
      assert.equal(proxy.connections, 2);
      proxy.stall();
      const config = readConfig({ HOST: '127.0.0.1', PORT: '0', QUIET: '1', DATABASE_URL: url, LIKE_RATE_LIMIT: '0', VISITOR_TOKEN_LIMIT: '0' });
      const started = Date.now();
      await assert.rejects(within(startServer(config, { store }), 10_000, 'the start'), /Query read timeout/);
      assert.ok(Date.now() - started < 10_000);
      // Its store's connections are closed before the failure is returned: the idle one's
      // goodbye goes unanswered, so it is cut (end-pool.mjs).
      await allClosed(proxy);
    } finally {
      await proxy.close();
      await schema.drop();
    }
  });

  it('fails within its time limits, its connections closed, when an answer of the migrations is lost', async () => {
    const schema = await freshSchema();
    const proxy = await startStallProxy(Number(new URL(schema.url).port || 5432));
    try {
      const waiting = await holdMigrationLock(schema);
      // The answer watch asks after 1 s of silence (the statements' limit).
      const opening = openPostgresStore(through(schema.url, proxy.port), { poolSize: 1, timeoutMs: 1000 });
      opening.catch(() => {});
      await until(waiting);
      // Only the migration's connection is open: the one that asks is opened later, and its answers come.
      assert.equal(proxy.connections, 1);
      proxy.holdReplies();
      // The migration gets its lock and answers, but the answer does not arrive: its server
      // process is idle when asked, twice in a row, where a lost connection would be active.
      await schema.query('COMMIT');
      const started = Date.now();
      await assert.rejects(within(opening, 5000, 'the open'), /^Error: PostgreSQL did not answer for 1 s while the schema was checked or migrated/);
      assert.ok(Date.now() - started < 5000);
      await allClosed(proxy);
    } finally {
      await schema.query('ROLLBACK').catch(() => {});
      await proxy.close();
      await schema.drop();
    }
  });
});
