// A HEAD as a client sees it against its GET (server/head-as-get.mjs), for the server's tests
// (http.test.mjs) and, over the built files, the server-rendered pages' (test/e2e). Not a test
// file itself.
import assert from 'node:assert/strict';
import { rawSocket } from './raw-socket.mjs';

// Headers of the connection, not of the answer: they may differ between two requests.
const CONNECTION = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding']);
/** @param {Response} response */
const headersOf = (response) => Object.fromEntries([...response.headers].filter(([name]) => !CONNECTION.has(name)));

/**
 * The bytes a HEAD of `url` gets after its header block, on a connection of its own: fetch
 * reads none for a HEAD, whatever the server sends.
 * @param {string} url @param {Record<string, string>} headers
 */
async function bytesAfterHead(url, headers) {
  const { host, pathname, search } = new URL(url);
  const raw = rawSocket(url);
  await raw.opened;
  const fields = Object.entries({ Host: host, ...headers, Connection: 'close' }).map(([name, value]) => `${name}: ${value}\r\n`);
  raw.socket.write(`HEAD ${pathname}${search} HTTP/1.1\r\n${fields.join('')}\r\n`);
  await raw.closed;
  const received = raw.received();
  assert.match(received, /^HTTP\/1\.1 200 /, url);
  return received.slice(received.indexOf('\r\n\r\n') + 4);
}

/**
 * Asserts that a HEAD of `url` with the request headers `asked` is answered as its GET: the same
 * status (200) and headers (Content-Type, Cache-Control, ETag, Vary…), uncompressed the
 * Content-Length of the GET's body, no body; and that a HEAD with the GET's ETag is a 304.
 * @param {string} url @param {Record<string, string>} asked
 * @returns {Promise<{ head: Response, body: string }>} the HEAD, and the GET's body
 */
export async function assertHeadAsGet(url, asked) {
  const get = await fetch(url, { headers: asked });
  const bytes = Buffer.from(await get.arrayBuffer());
  const head = await fetch(url, { method: 'HEAD', headers: asked });
  assert.equal(head.status, 200, url);
  assert.equal(get.status, 200, url);
  assert.deepEqual(headersOf(head), headersOf(get), `${url} (${asked['Accept-Encoding']})`);
  if (asked['Accept-Encoding'] === 'identity') assert.equal(head.headers.get('content-length'), String(bytes.byteLength), url);
  assert.equal(await bytesAfterHead(url, asked), '', `${url}: no body`);
  const etag = /** @type {string} */ (get.headers.get('etag'));
  const notModified = await fetch(url, { method: 'HEAD', headers: { ...asked, 'If-None-Match': etag } });
  assert.equal(notModified.status, 304, url);
  assert.equal(notModified.headers.get('etag'), etag, url);
  return { head, body: bytes.toString('utf8') };
}
