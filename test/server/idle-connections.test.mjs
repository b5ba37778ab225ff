// Sockets that hold a connection slot without moving: silent from the start, stopped in the
// request line, or never reading their answer. One address could otherwise hold every
// MAX_CONNECTIONS slot; the first two are closed after REQUEST_TIMEOUT_MS, the last after
// 60 s of no traffic (socketIdleMs, shortened here), and keep-alive is left as it was until
// idle kept-alive connections hold every slot and one more is refused: then they are closed.
// A 408 written to a socket that never reads it closes the socket, not only its side of it.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ARTICLE, start, tempDir } from './harness.mjs';
import { rawSocket, within } from './raw-socket.mjs';

const TIMEOUT_MS = 500;
const GET = `GET /api/articles/${ARTICLE} HTTP/1.1\r\nHost: x\r\n\r\n`;
// Far more than the kernel's socket buffers hold on loopback (4 MiB sent, 128 KiB received).
const BIG = 32 * 1024 * 1024;

/** @param {number} ms */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** A reader's request for the article, tried again every 50 ms until it is 200 or `ms` have passed: its last status (0: refused). */
async function statusWithin(/** @type {string} */ url, /** @type {number} */ ms) {
  const started = performance.now();
  let status = 0;
  while (status !== 200 && performance.now() - started < ms) {
    status = await fetch(`${url}/api/articles/${ARTICLE}`).then((answer) => answer.status, () => 0);
    if (status !== 200) await sleep(50);
  }
  return status;
}

describe('connections that hold a slot without moving', () => {
  /** @type {Awaited<ReturnType<typeof start>>} */
  let server;
  const dist = tempDir();
  before(async () => {
    mkdirSync(join(dist.dir, 'cdn'));
    writeFileSync(join(dist.dir, 'cdn', 'big.bin'), Buffer.alloc(BIG, 97));
    server = await start({ env: { REQUEST_TIMEOUT_MS: String(TIMEOUT_MS), MAX_CONNECTIONS: '3', DIST_DIR: dist.dir }, config: { socketIdleMs: TIMEOUT_MS } });
  });
  after(async () => {
    await server.stop();
    dist.remove();
  });

  it('closes a socket that sends nothing for REQUEST_TIMEOUT_MS', async () => {
    const { socket, opened, closed } = rawSocket(server.url);
    await opened;
    const started = performance.now();
    try {
      assert.ok(await within(closed, 3000), 'the server closed the silent socket');
      assert.ok((await closed) - started >= TIMEOUT_MS - 50, 'not before REQUEST_TIMEOUT_MS');
    } finally {
      socket.destroy();
    }
  });

  it('closes a socket that sent part of a request line and stopped', async () => {
    const { socket, opened, closed } = rawSocket(server.url);
    await opened;
    socket.write('GET / HT');
    try {
      assert.ok(await within(closed, 3000), 'the server closed the half request');
    } finally {
      socket.destroy();
    }
  });

  it('frees the slots of silent sockets, so other clients are served again', async () => {
    const silent = Array.from({ length: 3 }, () => rawSocket(server.url));
    try {
      await Promise.all(silent.map((s) => s.opened));
      assert.ok(await within(Promise.all(silent.map((s) => s.closed)), 3000), 'all three closed');
      assert.equal((await fetch(`${server.url}/api/articles/${ARTICLE}`)).status, 200);
    } finally {
      for (const s of silent) s.socket.destroy();
    }
  });

  it('gives up an answer the client does not read once nothing moved for the idle time', async () => {
    const { port } = new URL(server.url);
    const socket = connect(Number(port), '127.0.0.1');
    socket.on('error', () => {});
    let bytes = 0;
    const closed = new Promise((resolve) => socket.once('close', resolve));
    await new Promise((resolve) => socket.once('connect', resolve));
    socket.write('GET /cdn/big.bin HTTP/1.1\r\nHost: x\r\n\r\n');
    socket.pause();
    try {
      await sleep(TIMEOUT_MS * 4);
      // Read what the kernel holds: then the end (or a reset), not 32 MiB.
      socket.on('data', (chunk) => (bytes += chunk.length));
      socket.resume();
      assert.ok(await within(closed, 5000), 'the server closed the connection');
      assert.ok(bytes < BIG, `${bytes} bytes: the answer was given up`);
    } finally {
      socket.destroy();
    }
  });

  it('keeps a keep-alive connection open between requests for longer than both limits', async () => {
    const { socket, opened, closed, received } = rawSocket(server.url);
    await opened;
    const answers = () => received().match(/HTTP\/1\.1 200 /g)?.length ?? 0;
    try {
      socket.write(GET);
      for (let i = 0; i < 100 && answers() < 1; i++) await sleep(20);
      assert.equal(await within(closed, TIMEOUT_MS * 3), false, 'still open after three times the limits');
      socket.write(GET);
      for (let i = 0; i < 100 && answers() < 2; i++) await sleep(20);
      assert.equal(answers(), 2, 'the second request answered on the same socket');
    } finally {
      socket.destroy();
    }
  });
});

describe('connections kept alive between requests', () => {
  /** @type {Awaited<ReturnType<typeof start>>} */
  let server;
  // A server of its own: no connection of another test holds a slot.
  before(async () => (server = await start({ env: { MAX_CONNECTIONS: '3' } })));
  after(() => server.stop());

  it('closes idle keep-alive connections once they hold every slot and a reader is refused, so the next is served', async () => {
    // Three sockets, each with one request answered, then quiet: kept alive for 65 s (keepAliveTimeout).
    const idle = Array.from({ length: 3 }, () => rawSocket(server.url));
    try {
      for (const { socket, opened, received } of idle) {
        await opened;
        socket.write(GET);
        for (let i = 0; i < 100 && !/HTTP\/1\.1 200 /.test(received()); i++) await sleep(20);
      }
      // The first new reader may be refused at the cap; the ones after it are served.
      assert.equal(await statusWithin(server.url, 3000), 200, 'a new reader served within 3 s, not after 65');
      assert.ok(await within(Promise.all(idle.map((s) => s.closed)), 1000), 'the idle connections closed');
    } finally {
      for (const s of idle) s.socket.destroy();
    }
  });
});

describe('sockets that never read their 408', () => {
  /** @type {Awaited<ReturnType<typeof start>>} */
  let server;
  // The idle limit left at its 60 s: the 408 itself must free the slot.
  before(async () => (server = await start({ env: { REQUEST_TIMEOUT_MS: String(TIMEOUT_MS), MAX_CONNECTIONS: '3' } })));
  after(() => server.stop());

  it('frees their slots once the 408 is written, not when the client closes (it never does) or after 60 s', async () => {
    // Stopped in the request line and never reading: Node's end() only half-closes, and the
    // socket held its slot until the client closed its side.
    const stuck = Array.from({ length: 3 }, () => rawSocket(server.url));
    try {
      for (const { socket, opened } of stuck) {
        await opened;
        socket.pause();
        socket.write('GET / HTTP/1.1\r\n');
      }
      await sleep(TIMEOUT_MS * 2);
      assert.equal(await statusWithin(server.url, 3000), 200, 'a reader served within 3 s of the 408s, not after 60');
    } finally {
      for (const s of stuck) s.socket.destroy();
    }
  });
});
