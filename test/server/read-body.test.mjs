// Reading a like's body from Node's own request (server/read-body.mjs), on a real socket.
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { createServer } from 'node:http';
import { connect } from 'node:net';
import { describe, it } from 'node:test';
import { readBody } from '../../server/read-body.mjs';

describe('readBody', () => {
  it('answers at once for a client that went away before its body was asked for (as a rate limiter makes it wait)', { timeout: 5000 }, async () => {
    /** @type {(request: import('node:http').IncomingMessage) => void} */
    let arrived = () => {};
    const request = new Promise((resolve) => (arrived = resolve));
    const server = createServer((incoming) => arrived(incoming));
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    try {
      const address = /** @type {import('node:net').AddressInfo} */ (server.address());
      const socket = connect(address.port, '127.0.0.1');
      await once(socket, 'connect');
      const body = '{"visitor":"v","liked":true}';
      socket.write(`POST /likes HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body}`);
      const incoming = /** @type {import('node:http').IncomingMessage} */ (await request);
      // The request waits (for the limiter, say) while its client hangs up.
      socket.destroy();
      await new Promise((resolve) => incoming.once('close', resolve));
      const outcome = await Promise.race([readBody(incoming, 1024), new Promise((resolve) => setTimeout(() => resolve('never answered'), 1000))]);
      assert.deepEqual(outcome, { ok: true, text: '' });
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });
});
