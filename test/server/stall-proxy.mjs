// A TCP proxy on a free loopback port that forwards to PostgreSQL or Redis until told to
// stall: then it holds the bytes both ways without closing anything, as a frozen host or a
// network that drops packets would. The tests stall their own proxy, never the shared service.
import { connect, createServer } from 'node:net';

/**
 * @param {number} targetPort  on 127.0.0.1
 * @returns {Promise<{ port: number, readonly connections: number, stall: () => void, resume: () => void, close: () => Promise<void> }>}
 *   connections: those open through it, held or not
 */
export async function startStallProxy(targetPort) {
  let stalled = false;
  /** @type {Set<{ client: import('node:net').Socket, upstream: import('node:net').Socket }>} */
  const pairs = new Set();
  /** @param {{ client: import('node:net').Socket, upstream: import('node:net').Socket }} pair */
  const flow = ({ client, upstream }) => {
    client.pipe(upstream);
    upstream.pipe(client);
  };
  const server = createServer((client) => {
    const upstream = connect(targetPort, '127.0.0.1');
    const pair = { client, upstream };
    pairs.add(pair);
    const end = () => {
      pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on('error', end).on('close', end);
    upstream.on('error', end).on('close', end);
    if (!stalled) flow(pair);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  return {
    port: /** @type {import('node:net').AddressInfo} */ (server.address()).port,
    get connections() {
      return pairs.size;
    },
    stall() {
      stalled = true;
      for (const { client, upstream } of pairs) {
        client.unpipe(upstream);
        upstream.unpipe(client);
        client.pause();
        upstream.pause();
      }
    },
    resume() {
      stalled = false;
      for (const pair of pairs) flow(pair);
    },
    async close() {
      for (const { client, upstream } of pairs) {
        client.destroy();
        upstream.destroy();
      }
      await new Promise((resolve) => server.close(() => resolve(undefined)));
    },
  };
}
