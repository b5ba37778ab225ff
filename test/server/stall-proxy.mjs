// A TCP proxy on a free loopback port that forwards to PostgreSQL or Redis until told to
// stall: then it holds the bytes both ways without closing anything, as a frozen host or a
// network that drops packets would; or only the bytes sent to the service, whose answers still
// arrive (packets lost on the way there). The tests stall their own proxy, never the shared service.
// The client's side is still read while stalled (into a buffer), so its FIN is seen: a paused
// socket would not see it. That FIN is a close or only a goodbye (a half close, which a stall
// holds unanswered, as a stalled host would): `open` asks the client's side which (peer-socket.mjs).
import { connect, createServer } from 'node:net';
import { heldByPeer } from './peer-socket.mjs';

/** `url` with its host and port replaced by the proxy's. @param {string} url @param {number} port */
export const through = (url, port) => Object.assign(new URL(url), { hostname: '127.0.0.1', port: String(port) }).href;

/**
 * @param {number} targetPort  on 127.0.0.1
 * @returns {Promise<{ port: number, readonly connections: number, readonly open: number, stall: (what?: 'both' | 'sent') => void, holdReplies: () => void, cut: () => void, resume: () => void, close: () => Promise<void> }>}
 *   connections: those open through it, held or not, that the proxy has not closed (their
 *   client may have); open: those of them the client has not closed either (a goodbye, which
 *   leaves its side open to read, is not a close); holdReplies: the connections open now
 *   still carry the client's bytes, but hold the server's (a reply lost on its way), and new
 *   connections flow; cut: the connections open now are closed (a network that drops them),
 *   new ones flow
 */
export async function startStallProxy(targetPort) {
  /** @type {false | 'both' | 'sent'} */
  let stalled = false;
  /** @typedef {{ client: import('node:net').Socket, upstream: import('node:net').Socket, keep: (chunk: Buffer) => void, held: Buffer[] }} Pair  keep: holds the client's bytes while stalled */
  /** @type {Set<Pair>} */
  const pairs = new Set();
  /** Client sockets that sent their end (FIN): a goodbye, or a close; with the ports that tell which. @type {WeakMap<import('node:net').Socket, { peerPort: number, ownPort: number }>} */
  const ended = new WeakMap();
  /** @param {Pair} pair */
  const flow = ({ client, upstream, keep }) => {
    if (!stalled) client.pipe(upstream);
    else client.on('data', keep);
    if (stalled !== 'both') upstream.pipe(client);
  };
  // allowHalfOpen: the client's goodbye is passed on (piped), or held, not answered by the proxy.
  const server = createServer({ allowHalfOpen: true }, (client) => {
    const upstream = connect(targetPort, '127.0.0.1');
    /** @type {Buffer[]} */
    const held = [];
    const pair = { client, upstream, held, keep: (/** @type {Buffer} */ chunk) => void held.push(chunk) };
    pairs.add(pair);
    const ends = { peerPort: Number(client.remotePort), ownPort: Number(client.localPort) };
    client.once('end', () => ended.set(client, ends));
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
    get open() {
      return [...pairs].filter(({ client }) => {
        const ends = ended.get(client);
        return !ends || heldByPeer(ends);
      }).length;
    },
    /** @param {'both' | 'sent'} [what]  sent: only the bytes sent to the service are held */
    stall(what = 'both') {
      stalled = what;
      for (const { client, upstream, keep } of pairs) {
        client.unpipe(upstream);
        // Still read, into `held`, so that a close of the client is seen (unpipe paused it).
        client.on('data', keep).resume();
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
      for (const pair of pairs) {
        const { client, upstream, keep, held } = pair;
        // unpipe first: bytes still flowing (an answer, or a request while its replies were
        // held) are not piped twice, which would send them twice.
        client.off('data', keep);
        client.unpipe(upstream);
        upstream.unpipe(client);
        if (held.length) upstream.write(Buffer.concat(held.splice(0)));
        flow(pair);
      }
    },
    async close() {
      cut();
      await new Promise((resolve) => server.close(() => resolve(undefined)));
    },
  };
}
