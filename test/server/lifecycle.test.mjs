// `node server/index.mjs` as a process: prints its URLs, stops cleanly on SIGTERM and SIGINT
// with the database closed (WAL folded back), and keeps every like for the next start.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { likeCount, likesUrl, postLike, tempDir } from './harness.mjs';

const ENTRY = fileURLToPath(new URL('../../server/index.mjs', import.meta.url));

/** Starts the server process and resolves once it printed its URL. @param {string} databasePath */
function launch(databasePath) {
  const child = spawn(process.execPath, [ENTRY], {
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', DATABASE_PATH: databasePath, QUIET: '1', LIKE_RATE_LIMIT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal, output })));
  const url = new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /story-widgets demo: (http:\/\/127\.0\.0\.1:\d+)\//.exec(output);
      if (match) resolve(match[1]);
    });
    child.stderr.on('data', (chunk) => (output += chunk));
    exited.then(() => reject(new Error(`server exited before listening:\n${output}`)));
  });
  return { child, url, exited: /** @type {Promise<{code: number | null, signal: string | null, output: string}>} */ (exited) };
}

describe('the server process', () => {
  for (const signal of /** @type {const} */ (['SIGTERM', 'SIGINT'])) {
    it(`prints its URLs and stops cleanly on ${signal}, losing no like`, async () => {
      const temp = tempDir();
      const databasePath = join(temp.dir, 'likes.sqlite');
      try {
        const first = launch(databasePath);
        const url = /** @type {string} */ (await first.url);
        const answers = await Promise.all(
          Array.from({ length: 20 }, () => postLike(likesUrl(url), { visitor: randomUUID(), liked: true }).then((r) => r.json())),
        );
        assert.equal(Math.max(...answers.map((a) => a.count)), 20);
        first.child.kill(signal);
        const { code, output } = await first.exited;
        assert.equal(code, 0, output);
        assert.match(output, /\/fr\//);
        assert.match(output, /\/api\/feed\.json/);
        assert.match(output, /database closed/);
        assert.ok(existsSync(databasePath));
        assert.ok(!existsSync(`${databasePath}-wal`), 'the WAL was checkpointed and removed on close');

        const second = launch(databasePath);
        const again = /** @type {string} */ (await second.url);
        assert.equal(await likeCount(again), 20);
        second.child.kill('SIGTERM');
        assert.equal((await second.exited).code, 0);
      } finally {
        temp.remove();
      }
    });
  }

  it('refuses to start with a clear message when the port is taken', async () => {
    const temp = tempDir();
    try {
      const first = launch(join(temp.dir, 'a.sqlite'));
      const url = /** @type {string} */ (await first.url);
      const port = new URL(url).port;
      const second = spawn(process.execPath, [ENTRY], {
        env: { ...process.env, HOST: '127.0.0.1', PORT: port, DATABASE_PATH: join(temp.dir, 'b.sqlite'), QUIET: '1' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let errors = '';
      second.stderr.on('data', (chunk) => (errors += chunk));
      const code = await new Promise((resolve) => second.once('exit', resolve));
      assert.equal(code, 1);
      assert.match(errors, /could not start: .*EADDRINUSE/);
      first.child.kill('SIGTERM');
      await first.exited;
    } finally {
      temp.remove();
    }
  });
});
