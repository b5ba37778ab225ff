// A raw TCP connection to the test server, for the requests fetch cannot make (half a request
// line, nothing at all, a response left unread). Not a test file itself.
import { connect } from 'node:net';

/** A raw TCP connection to `url`, with what it received and when it closed. */
export function rawSocket(/** @type {string} */ url) {
  const { port, hostname } = new URL(url);
  const socket = connect(Number(port), hostname);
  let received = '';
  socket.setEncoding('utf8');
  socket.on('data', (chunk) => (received += chunk));
  socket.on('error', () => {});
  const closed = new Promise((resolve) => socket.once('close', () => resolve(performance.now())));
  const opened = new Promise((resolve) => socket.once('connect', resolve));
  return { socket, opened, closed: /** @type {Promise<number>} */ (closed), received: () => received };
}

/** Resolves `true` when `promise` settles within `ms`, else `false`. @param {Promise<unknown>} promise @param {number} ms */
export const within = (promise, ms) => Promise.race([promise.then(() => true), new Promise((resolve) => setTimeout(() => resolve(false), ms))]);
