// A like that Node's request time-out (REQUEST_TIMEOUT_MS) answers 408 must not be recorded,
// nor a like recorded be answered with another request's 408: the reader's button says the
// like failed, and the count must not include it.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { readConfig } from '../../server/config.mjs';
import { startServer } from '../../server/server.mjs';
import { openStore } from '../../server/stores/open-store.mjs';
import { TEST_SECRET, likesUrl, tempDir, visitor } from './harness.mjs';
import { rawSocket, within } from './raw-socket.mjs';

const TIMEOUT_MS = 400;
/** How long each like waits in the store before it is written. */
const STORE_MS = 2 * TIMEOUT_MS;

describe('likes and the 408 of REQUEST_TIMEOUT_MS', () => {
  /** @type {import('../../server/server.mjs').RunningServer} */
  let server;
  const temp = tempDir();
  before(async () => {
    const config = readConfig({ HOST: '127.0.0.1', PORT: '0', QUIET: '1', VISITOR_SECRET: TEST_SECRET, DATABASE_PATH: join(temp.dir, 'likes.sqlite'), REQUEST_TIMEOUT_MS: String(TIMEOUT_MS), LIKE_RATE_LIMIT: '0' });
    const store = await openStore(config);
    // A database slower than the time limit, as under a burst (group commit's wait for a connection).
    const setLike = /** @type {typeof store.setLike} */ (async (...args) => {
      await new Promise((resolve) => setTimeout(resolve, STORE_MS));
      return store.setLike(...args);
    });
    server = await startServer(config, { store: { ...store, setLike } });
  });
  after(async () => {
    await server.close();
    temp.remove();
  });

  const path = () => new URL(likesUrl(server.url)).pathname;
  /** @param {string} body @param {string} [rest] */
  const post = (body, rest = body) => `POST ${path()} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${rest}`;
  /** @param {string} reader @returns {Promise<{ count: number, liked: boolean }>} */
  const stateOf = async (reader) => (await fetch(`${likesUrl(server.url)}?visitor=${reader}`)).json();

  it('records no like it answered 408, though the body arrived and is read after the 408', async () => {
    // A starved machine: the body reaches the server in time, but the process runs next after
    // REQUEST_TIMEOUT_MS, and the turn that reads it begins with Node's time-out check (timers
    // before reads): the 408 went out, then the body was read to its end and the like recorded.
    const block = (/** @type {number} */ ms) => {
      for (const end = performance.now() + ms; performance.now() < end; );
    };
    const { count } = await stateOf(visitor());
    for (let i = 0; i < 3; i++) {
      const reader = visitor();
      const body = JSON.stringify({ visitor: reader, liked: true });
      const { socket, opened, closed, received } = rawSocket(server.url);
      await opened;
      socket.write(post(body, ''));
      await new Promise((resolve) => setTimeout(resolve, TIMEOUT_MS - 100));
      // After this turn's reads: the body waits in the kernel while nothing runs.
      setImmediate(() => {
        socket.write(body);
        block(TIMEOUT_MS);
      });
      try {
        assert.ok(await within(closed, 3000), 'the server closed the connection');
        assert.match(received(), /^HTTP\/1\.1 408 /);
      } finally {
        socket.destroy();
      }
      await new Promise((resolve) => setTimeout(resolve, STORE_MS + 100));
      assert.deepEqual(await stateOf(reader), { count, liked: false }, 'the like answered 408 is not recorded');
    }
  });

  it('answers a pipelined like with its own answer, not the 408 of the request after it', async () => {
    const reader = visitor();
    const { socket, opened, closed, received } = rawSocket(server.url);
    await opened;
    // A whole like, then a request whose body never comes: its 408 is due while the like waits
    // for the store, and was written first, which the client reads as the like's answer.
    socket.write(post(JSON.stringify({ visitor: reader, liked: true })) + post('{"visitor": "x", "liked": true}', ''));
    try {
      assert.ok(await within(closed, 3000), 'the server closed the connection');
    } finally {
      socket.destroy();
    }
    await new Promise((resolve) => setTimeout(resolve, STORE_MS + 100));
    const answers = received().match(/^HTTP\/1\.1 \d{3}/gm) ?? [];
    const { liked } = await stateOf(reader);
    // The first answer is the like's: a 200 if it is recorded, a failure only if it is not.
    assert.equal(answers[0] === 'HTTP/1.1 200', liked, `${received()}\nrecorded: ${liked}`);
    assert.deepEqual(answers, ['HTTP/1.1 200'], 'the like answered, the late request not (the connection closed)');
  });
});
