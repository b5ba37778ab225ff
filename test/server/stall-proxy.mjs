// A TCP proxy on a free loopback port that forwards to PostgreSQL or Redis until told to
// stall: then it holds the bytes both ways without closing anything, as a frozen host or a
// network that drops packets would; or only the bytes sent to the service, whose answers still
// arrive (packets lost on the way there). The tests stall their own proxy, never the shared service.
import { connect, createServer } from 'node:net';

/** `url` with its host and port replaced by the proxy's. @param {string} url @param {number} port */
export const through = (url, port) => Object.assign(new URL(url), { hostname: '127.0.0.1', port: String(port) }).href;

/**
 * @param {number} targetPort  on 127.0.0.1
 * @returns {Promise<{ port: number, readonly connections: number, stall: (what?: 'both' | 'sent') => void, holdReplies: () => void, cut: () => void, resume: () => void, close: () => Promise<void> }>}
 *   connections: those open through it, held or not; holdReplies: the connections open now
 *   still carry the client's bytes, but hold the server's (a reply lost on its way), and new
 *   connections flow; cut: the connections open now are closed (a network that drops them),
 *   new ones flow
 */
export async function startStallProxy(targetPort) {
  /** @type {false | 'both' | 'sent'} */
  let stalled = false;
  /** @type {Set<{ client: import('node:net').Socket, upstream: import('node:net').Socket }>} */
  const pairs = new Set();
  /** @param {{ client: import('node:net').Socket, upstream: import('node:net').Socket }} pair */
  const flow = ({ client, upstream }) => {
    if (!stalled) client.pipe(upstream);
    if (stalled !== 'both') upstream.pipe(client);
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
    flow(pair);
  });
  const cut = () => {
    for (const { client, upstream } of pairs) {
      client.destroy();
      upstream.destroy();
    }
  };
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  return {
    port: /** @type {import('node:net').AddressInfo} */ (server.address()).port,
    get connections() {
      return pairs.size;
    },
    /** @param {'both' | 'sent'} [what]  sent: only the bytes sent to the service are held */
    stall(what = 'both') {
      stalled = what;
      for (const { client, upstream } of pairs) {
        client.unpipe(upstream);
        client.pause();
        if (what === 'sent') continue;
        upstream.unpipe(client);
        upstream.pause();
      }
    },
    holdReplies() {
      for (const { client, upstream } of pairs) {
        upstream.unpipe(client);
        upstream.pause();
      }
    },
    cut,
    resume() {
      stalled = false;
      for (const { client, upstream } of pairs) {
        // unpipe first: bytes still flowing (an answer, or a request while its replies were
        // held) are not piped twice, which would send them twice.
        client.unpipe(upstream);
        upstream.unpipe(client);
        flow({ client, upstream });
      }
    },
    async close() {
      cut();
      await new Promise((resolve) => server.close(() => resolve(undefined)));
    },
  };
}
