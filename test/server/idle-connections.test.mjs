// Sockets that hold a connection slot without moving: silent from the start, stopped in the
// request line, or never reading their answer. One address could otherwise hold every
// MAX_CONNECTIONS slot; the first two are closed after REQUEST_TIMEOUT_MS, the last after
// 60 s of no traffic (socketIdleMs, shortened here), and keep-alive is left as it was until
// every slot is taken: then no connection is kept alive idle, so no reader is refused for one.
// A 408 written to a socket that never reads it closes the socket, not only its side of it.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { ARTICLE, start, tempDir } from './harness.mjs';
import { rawSocket, within } from './raw-socket.mjs';

const TIMEOUT_MS = 500;
const GET = `GET /api/articles/${ARTICLE} HTTP/1.1\r\nHost: x\r\n\r\n`;
// Far more than the kernel's socket buffers hold on loopback (4 MiB sent, 128 KiB received).
const BIG = 32 * 1024 * 1024;

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

  /** Sockets connected (the server, in this process, accepts them meanwhile); `answered` of them then send one request each, one after the other, and wait for its answer. */
  async function connected(/** @type {number} */ count, answered = count) {
    const sockets = Array.from({ length: count }, () => rawSocket(server.url));
    await Promise.all(sockets.map((s) => s.opened));
    await sleep(50);
    for (const { socket, received } of sockets.slice(0, answered)) {
      socket.write(GET);
      for (let i = 0; i < 100 && !/HTTP\/1\.1 200 [^]*\r\n\r\n/.test(received()); i++) await sleep(20);
    }
    return sockets;
  }
  /** One request of a new reader, not tried again: its status, 0 when its connection was refused. */
  const firstTry = () => fetch(`${server.url}/api/articles/${ARTICLE}`).then((answer) => answer.status, () => 0);
  const CLOSE = /\r\nConnection: close\r\n/i;

  // Until 2026-12-07 a connection kept alive idle held its slot for 65 s at the cap, and the first
  // new reader was refused: the idle connections were closed only then.
  it('closes the connection of an answer given at the cap, so the first new reader is served', async () => {
    const [answered, ...waiting] = /** @type {ReturnType<typeof rawSocket>[]} */ (await connected(3, 1));
    try {
      assert.match(answered?.received() ?? '', CLOSE);
      assert.ok(await within(answered?.closed ?? Promise.resolve(), 1000), 'closed once answered');
      assert.equal(await firstTry(), 200);
    } finally {
      for (const s of [answered, ...waiting]) s?.socket.destroy();
    }
  });

  it('closes the connections kept alive idle when the last slot is taken, so the first new reader is served', async () => {
    const idle = await connected(2);
    try {
      assert.ok(idle.every((s) => !CLOSE.test(s.received())), 'kept alive below the cap');
      const last = await connected(1, 0);
      assert.ok(await within(Promise.all(idle.map((s) => s.closed)), 1000), 'the idle connections closed when the last slot was taken');
      assert.equal(await firstTry(), 200);
      last.forEach((s) => s.socket.destroy());
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
