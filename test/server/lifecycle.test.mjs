// `node server/index.mjs` as a process: prints its URLs, stops cleanly on SIGTERM and SIGINT
// with the database closed (WAL folded back), and keeps every like for the next start.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { launchProcess, likeCount, likesUrl, postLike, tempDir, visitor } from './harness.mjs';

/** @param {string} databasePath */
const launch = (databasePath) => launchProcess({ DATABASE_PATH: databasePath, LIKE_RATE_LIMIT: '0' });

describe('the server process', () => {
  for (const signal of /** @type {const} */ (['SIGTERM', 'SIGINT'])) {
    it(`prints its URLs and stops cleanly on ${signal}, losing no like`, async () => {
      const temp = tempDir();
      const databasePath = join(temp.dir, 'likes.sqlite');
      try {
        const first = launch(databasePath);
        const url = /** @type {string} */ (await first.url);
        const answers = await Promise.all(
          Array.from({ length: 20 }, () => postLike(likesUrl(url), { visitor: visitor(), liked: true }).then((r) => r.json())),
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
      const second = launchProcess({ PORT: port, DATABASE_PATH: join(temp.dir, 'b.sqlite') });
      second.url.catch(() => {});
      const { code, output } = await second.exited;
      assert.equal(code, 1);
      assert.match(output, /could not start: .*EADDRINUSE/);
      first.child.kill('SIGTERM');
      await first.exited;
    } finally {
      temp.remove();
    }
  });
});
