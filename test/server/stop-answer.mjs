// The stop's answer (server/stop-answer.mjs) as its client sees it, for the tests of a request
// still unanswered when the drain ends. Not a test file itself.
import assert from 'node:assert/strict';
import { within } from './raw-socket.mjs';

/**
 * Stops `server` while the request sent on `connection` (a rawSocket) is unanswered, and asserts
 * that the stop answers it 503 with Retry-After, Connection: close and the headers every answer
 * carries, then closes it, and ends within its bounds (`drainMs` and a little).
 * @param {{ close: () => Promise<void> }} server @param {{ closed: Promise<number>, received: () => string }} connection
 * @param {number} drainMs  the server's config.drainMs
 * @returns {Promise<{ head: string, text: string }>} the answer's head and body
 */
export async function stopUnanswered(server, { closed, received }, drainMs) {
  const started = performance.now();
  const closing = server.close();
  assert.ok(await within(closed, drainMs + 2000), 'the connection ended after the answer');
  const [head = '', text = ''] = received().split('\r\n\r\n');
  assert.match(head, /^HTTP\/1\.1 503 /);
  assert.match(head, /\r\nretry-after: 1\r\n/i);
  assert.match(head, /\r\nconnection: close\r\n/i);
  assert.match(head, /\r\nx-content-type-options: nosniff\r\n/i);
  assert.match(head, /\r\nreferrer-policy: strict-origin-when-cross-origin\r\n/i);
  assert.match(head, /\r\ncache-control: no-store\r\n/i);
  assert.ok(await within(closing, 2000), 'close() done');
  assert.ok(performance.now() - started < drainMs + 1500, `stopped in ${(performance.now() - started).toFixed(0)} ms`);
  return { head, text };
}
