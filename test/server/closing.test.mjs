// close() (SIGTERM, SIGINT) with answers under way: each ends its connection once sent — its
// headers say `Connection: close` when they are not yet written — so a kept-alive client sends
// its next request elsewhere, and close() is done when the answers are, not at its 5 s limit.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ARTICLE, start, tempDir, visitor } from './harness.mjs';
import { rawSocket, within } from './raw-socket.mjs';

/** @param {number} ms */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

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
