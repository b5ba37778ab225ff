// close() (SIGTERM, SIGINT) with answers under way: each ends its connection once sent — its
// headers say `Connection: close` when they are not yet written — so a kept-alive client sends
// its next request elsewhere, and close() is done when the answers are, not at its 5 s limit.
// One still unanswered at that limit is answered 503 (Retry-After, Connection: close, the
// headers every answer carries), not cut without a word; until 2026-12-08 its client saw a
// network error.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { readConfig } from '../../server/config.mjs';
import { startServer } from '../../server/server.mjs';
import { openStore } from '../../server/stores/open-store.mjs';
import { consoleOf } from './bounded.mjs';
import { ARTICLE, TEST_SECRET, likesUrl, start, tempDir, visitor } from './harness.mjs';
import { rawSocket, within } from './raw-socket.mjs';
import { stopUnanswered } from './stop-answer.mjs';

describe('closing with answers under way', () => {
  it('answers a request whose body is still arriving with Connection: close, then is closed', async () => {
    const server = await start({ env: { LIKE_RATE_LIMIT: '0' } });
    const { socket, opened, closed, received } = rawSocket(server.url);
    try {
      await opened;
      const body = JSON.stringify({ visitor: visitor(), liked: true });
      socket.write(`POST /api/articles/${ARTICLE}/likes HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`);
      socket.write(body.slice(0, 5));
      await sleep(200);
      const started = performance.now();
      const closing = server.close();
      await sleep(300);
      socket.write(body.slice(5));
      assert.ok(await within(closed, 2000), 'the connection ended after its answer');
      assert.match(received(), /^HTTP\/1\.1 200 /);
      assert.match(received(), /\r\nconnection: close\r\n/i);
      assert.ok(await within(closing, 2000), 'close() done with the answer');
      assert.ok(performance.now() - started < 3000, 'well before the 5 s limit');
    } finally {
      socket.destroy();
      await server.stop();
    }
  });

  it('ends a connection whose answer was already being sent once it is sent in full', async () => {
    const dist = tempDir();
    const size = 8 * 1024 * 1024;
    mkdirSync(join(dist.dir, 'cdn'));
    writeFileSync(join(dist.dir, 'cdn', 'big.bin'), Buffer.alloc(size, 97));
    const server = await start({ env: { DIST_DIR: dist.dir } });
    const { port } = new URL(server.url);
    const socket = connect(Number(port), '127.0.0.1');
    socket.on('error', () => {});
    let bytes = 0;
    const closed = new Promise((resolve) => socket.once('close', resolve));
    try {
      await new Promise((resolve) => socket.once('connect', resolve));
      socket.write('GET /cdn/big.bin HTTP/1.1\r\nHost: x\r\n\r\n');
      // Read slowly at first, so the answer is still being written when close() comes.
      socket.pause();
      await sleep(200);
      const started = performance.now();
      const closing = server.close();
      socket.on('data', (chunk) => (bytes += chunk.length));
      socket.resume();
      assert.ok(await within(closed, 3000), 'the connection ended after its answer');
      assert.ok(bytes > size, `${bytes} bytes: the whole file and its headers arrived`);
      assert.ok(await within(closing, 2000), 'close() done with the answer');
      assert.ok(performance.now() - started < 4000, 'before the 5 s limit');
    } finally {
      socket.destroy();
      await server.stop();
      dist.remove();
    }
  });
});

describe('closing with a like still unanswered at the drain\'s end', () => {
  const DRAIN_MS = 300;

  /**
   * A server (CORS for one origin, a drain of DRAIN_MS) whose store holds every like until the
   * `release` (a database that stalls past the drain); `run` gets both, then all is removed.
   * Resolves with every console line meanwhile (the HTTP adapter's too, which has no prefix).
   * @param {(server: import('../../server/server.mjs').RunningServer, release: () => void) => Promise<void>} run
   */
  async function withHeldLikes(run) {
    const temp = tempDir();
    const config = {
      ...readConfig({ HOST: '127.0.0.1', PORT: '0', QUIET: '1', VISITOR_SECRET: TEST_SECRET, DATABASE_PATH: join(temp.dir, 'likes.sqlite'), LIKE_RATE_LIMIT: '0', CORS_ORIGINS: 'https://blog.example' }),
      drainMs: DRAIN_MS,
    };
    const store = await openStore(config);
    /** @type {() => void} */
    let release = () => {};
    const held = new Promise((resolve) => (release = () => resolve(undefined)));
    const setLike = /** @type {typeof store.setLike} */ (async (...args) => {
      await held;
      return store.setLike(...args);
    });
    const server = await startServer(config, { store: { ...store, setLike } });
    try {
      return await consoleOf(() => run(server, release));
    } finally {
      release();
      await server.close();
      temp.remove();
    }
  }

  it('answers it 503 with Retry-After, Connection: close, its CORS and security headers, then closes', async () => {
    const errors = await withHeldLikes(async (server, release) => {
      const { socket, opened, closed, received } = rawSocket(server.url);
      try {
        await opened;
        const body = JSON.stringify({ visitor: visitor(), liked: true });
        socket.write(`POST ${new URL(likesUrl(server.url)).pathname} HTTP/1.1\r\nHost: x\r\nOrigin: https://blog.example\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body}`);
        await sleep(100);
        const { head, text } = await stopUnanswered(server, { closed, received }, DRAIN_MS);
        assert.match(head, /\r\naccess-control-allow-origin: https:\/\/blog\.example\r\n/i);
        assert.match(head, /\r\naccess-control-expose-headers: ETag,Retry-After\r\n/i);
        assert.ok(typeof JSON.parse(text).error === 'string', text);
      } finally {
        socket.destroy();
      }
      // The like's handler goes on after the 503 (its store fails, closed under it): it writes nothing and says nothing.
      release();
      await sleep(100);
    });
    assert.deepEqual(errors, []);
  });

  it('answers a like fetch sends 503 too, which its client reads as an answer, not a network error', async () => {
    await withHeldLikes(async (server) => {
      const like = fetch(likesUrl(server.url), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ visitor: visitor(), liked: true }) });
      await sleep(100);
      const closing = server.close();
      const answer = await like;
      assert.equal(answer.status, 503);
      assert.equal(answer.headers.get('retry-after'), '1');
      assert.ok(await within(closing, 2000), 'close() done');
    });
  });
});
