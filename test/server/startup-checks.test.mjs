// `node server/index.mjs` refuses to start, in one clear line and a non-zero exit, when a
// setting is wrong or the database is read-only or damaged — instead of a stack trace, or a
// server that answers 500 to every like.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { chmodSync, closeSync, openSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { TEST_SECRET, likesUrl, postLike, start, startupOutput, tempDir, visitor } from './harness.mjs';

const ENTRY = fileURLToPath(new URL('../../server/index.mjs', import.meta.url));
// Root writes to read-only files anyway: the read-only case runs the server as "nobody" then.
const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};

/**
 * Runs the server with `env`; resolves with its exit code and what it wrote to stderr, or
 * 'listening' (and stops it) if it started after all.
 * @param {Record<string, string>} env @param {object} [options]
 */
function launch(env, options = {}) {
  const child = spawn(process.execPath, [ENTRY], {
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', QUIET: '1', VISITOR_SECRET: TEST_SECRET, DATABASE_URL: '', REDIS_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    ...options,
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  child.stdout.on('data', (chunk) => {
    if (String(chunk).includes('story-widgets demo:')) child.kill('SIGTERM');
  });
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, stderr, lines: stderr.trim().split('\n').filter(Boolean) })));
}

/** A database with some likes in it, closed. @param {string} dir */
async function databaseWithLikes(dir) {
  const databasePath = join(dir, 'likes.sqlite');
  const server = await start({ databasePath, env: { LIKE_RATE_LIMIT: '0' } });
  for (let i = 0; i < 300; i++) await postLike(likesUrl(server.url), { visitor: visitor(), liked: true });
  await server.stop();
  return databasePath;
}

describe('start-up checks', () => {
  for (const [name, env, pattern] of [
    ['PORT=abc', { PORT: 'abc' }, /PORT must be a whole number/],
    ['PORT=70000', { PORT: '70000' }, /PORT must be a port number/],
    ['TRUST_PROXY=proxy.example', { TRUST_PROXY: 'proxy.example' }, /TRUST_PROXY must be/],
    ['PUBLIC_URL=news.example', { PUBLIC_URL: 'news.example' }, /PUBLIC_URL must be/],
    ['a short VISITOR_SECRET', { VISITOR_SECRET: 'short' }, /VISITOR_SECRET must be at least 32/],
    ['REQUEST_TIMEOUT_MS=0 (no time-out at all)', { REQUEST_TIMEOUT_MS: '0' }, /REQUEST_TIMEOUT_MS must be at least 1/],
    ['DATABASE_POOL_SIZE=0', { DATABASE_POOL_SIZE: '0' }, /DATABASE_POOL_SIZE must be at least 1/],
    ['DATABASE_POOL_SIZE=ten', { DATABASE_POOL_SIZE: 'ten' }, /DATABASE_POOL_SIZE must be a whole number/],
    // Another database's address would reach the PostgreSQL driver and fail there, later.
    ['DATABASE_URL=mysql://…', { DATABASE_URL: 'mysql://root@127.0.0.1:3306/test' }, /DATABASE_URL must be a PostgreSQL address \(postgres:, postgresql: or socket:\), like postgres:\/\/user@host:5432\/database, got mysql:$/],
    ['REDIS_URL=127.0.0.1:6379 (no scheme)', { REDIS_URL: '127.0.0.1:6379' }, /REDIS_URL must be a Redis address \(redis: or rediss:\), like redis:\/\/host:6379, got no address$/],
    // Nothing listens on port 1: the reason is the refused connection, and no line before it
    // says the server goes on limiting in its own memory (it does not start at all).
    ['a REDIS_URL nothing answers', { REDIS_URL: 'redis://127.0.0.1:1' }, /Redis at REDIS_URL cannot be reached \(connect ECONNREFUSED/],
  ]) {
    it(`stops on ${name} with one clear line`, async () => {
      const temp = tempDir();
      try {
        const { code, lines } = await launch({ DATABASE_PATH: join(temp.dir, 'likes.sqlite'), .../** @type {Record<string, string>} */ (env) });
        assert.equal(code, 1);
        assert.equal(lines.length, 1, lines.join('\n'));
        assert.match(lines[0], /^story-widgets server: could not start: /);
        assert.match(lines[0], /** @type {RegExp} */ (pattern));
      } finally {
        temp.remove();
      }
    });
  }

  it('starts behind a proxy without PUBLIC_URL, with one line that says which address readers are sent to', async () => {
    const temp = tempDir();
    /** The server's own lines on stderr (a checkout not built yet adds serveStatic's about dist/). @param {Record<string, string>} env */
    const warnings = async (env) =>
      (await startupOutput({ DATABASE_PATH: join(temp.dir, 'likes.sqlite'), ...env })).stderr
        .split('\n')
        .filter((line) => line.startsWith('story-widgets server:'))
        .join('\n');
    try {
      assert.match(await warnings({ TRUST_PROXY: '1' }), /^story-widgets server: TRUST_PROXY is set but PUBLIC_URL is not: documents, feeds and pages name http:\/\/127\.0\.0\.1:\d+, [^\n]+$/);
      for (const env of [{ TRUST_PROXY: '1', PUBLIC_URL: 'https://news.example' }, { TRUST_PROXY: '0' }, {}]) {
        assert.equal(await warnings(env), '', JSON.stringify(env));
      }
    } finally {
      temp.remove();
    }
  });

  it('stops on a read-only database with one line that says so', async () => {
    const temp = tempDir();
    try {
      const databasePath = await databaseWithLikes(temp.dir);
      chmodSync(databasePath, 0o444);
      chmodSync(temp.dir, 0o555);
      const { code, lines } = await launch({ DATABASE_PATH: databasePath }, asNobody);
      chmodSync(temp.dir, 0o755);
      assert.equal(code, 1, lines.join('\n'));
      assert.equal(lines.length, 1, lines.join('\n'));
      assert.match(lines[0], /the database .*likes\.sqlite cannot be written .*permissions/);
    } finally {
      chmodSync(temp.dir, 0o755);
      temp.remove();
    }
  });

  it('stops on a damaged database (SQLite quick_check) with one line that says so', async () => {
    const temp = tempDir();
    try {
      const databasePath = await databaseWithLikes(temp.dir);
      assert.ok(statSync(databasePath).size >= 4 * 4096, 'several pages');
      // Page 3 onwards overwritten: the header and schema (page 1) still read fine.
      const fd = openSync(databasePath, 'r+');
      writeSync(fd, Buffer.alloc(4096, 0x5a), 0, 4096, 2 * 4096);
      closeSync(fd);
      const { code, lines } = await launch({ DATABASE_PATH: databasePath });
      assert.equal(code, 1, lines.join('\n'));
      assert.equal(lines.length, 1, lines.join('\n'));
      assert.match(lines[0], /the database .*likes\.sqlite is damaged .*backup/);
    } finally {
      temp.remove();
    }
  });

  it('stops on a file that is no database at all', async () => {
    const temp = tempDir();
    try {
      const databasePath = join(temp.dir, 'likes.sqlite');
      const fd = openSync(databasePath, 'w');
      writeSync(fd, 'not a database, just text '.repeat(200));
      closeSync(fd);
      const { code, lines } = await launch({ DATABASE_PATH: databasePath });
      assert.equal(code, 1);
      assert.equal(lines.length, 1, lines.join('\n'));
      assert.match(lines[0], /the database .*likes\.sqlite is damaged/);
    } finally {
      temp.remove();
    }
  });
});
