// Who is asking: the address rate limits are keyed by (limits/client-key.mjs makes the key).
// By default the socket's peer; behind proxies (TRUST_PROXY) the entry of X-Forwarded-For
// that the nearest untrusted hop was seen from — counted from the right, since every proxy
// appends and a client can write anything on the left.
import { BlockList, isIP } from 'node:net';

/**
 * How far X-Forwarded-For is believed: `hops` proxies in front of the server, or the
 * addresses (and CIDR ranges) of the proxies that may be trusted.
 * @typedef {{ hops: number } | { proxies: BlockList, text: string }} TrustProxy
 */

/** @type {TrustProxy} */
const TRUST_NONE = { hops: 0 };

/**
 * Reads TRUST_PROXY: empty/0/false → none; a whole number n → n hops (true/yes/on mean 1, as
 * before); otherwise a comma-separated list of proxy addresses or CIDR ranges.
 * @param {string | undefined} value
 * @returns {TrustProxy}
 */
export function parseTrustProxy(value) {
  const text = value?.trim() ?? '';
  if (text === '' || /^(0|false|no|off)$/i.test(text)) return TRUST_NONE;
  if (/^(true|yes|on)$/i.test(text)) return { hops: 1 };
  if (/^\d+$/.test(text)) return { hops: Number(text) };
  const proxies = new BlockList();
  for (const entry of text.split(',').map((part) => part.trim()).filter(Boolean)) {
    const [address = '', prefix] = entry.split('/');
    const family = isIP(address);
    const bits = prefix === undefined ? undefined : Number(prefix);
    if (!family || (bits !== undefined && !(Number.isInteger(bits) && bits >= 0 && bits <= (family === 4 ? 32 : 128)))) {
      throw new Error(`TRUST_PROXY must be a number of proxy hops or a list of proxy addresses (a.b.c.d, a.b.c.d/nn, IPv6), got "${entry}"`);
    }
    const type = family === 4 ? 'ipv4' : 'ipv6';
    if (bits === undefined) proxies.addAddress(address, type);
    else proxies.addSubnet(address, bits, type);
  }
  return { proxies, text };
}

/**
 * One X-Forwarded-For entry as a bare address: ports and brackets some proxies add are
 * dropped, `::ffff:a.b.c.d` becomes `a.b.c.d`. Undefined when it is not an IP address.
 * @param {string | undefined} entry
 */
export function bareAddress(entry) {
  let address = entry?.trim() ?? '';
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed) address = /** @type {string} */ (bracketed[1]);
  else if (/^[\d.]+:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(':'));
  address = address.replace(/%.*$/, ''); // an IPv6 zone names a local interface, not a host
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) address = /** @type {string} */ (mapped[1]);
  return isIP(address) ? address : undefined;
}

/** @param {BlockList} list @param {string} address */
const listed = (list, address) => list.check(address, isIP(address) === 4 ? 'ipv4' : 'ipv6');

/**
 * The client's address for this request.
 * @param {{ forwardedFor?: string | undefined, socketAddress?: string | undefined, trustProxy: TrustProxy }} source
 * @returns {string} an IP address, or 'unknown' when the socket has none (a test's app.request)
 */
export function clientAddress({ forwardedFor, socketAddress, trustProxy }) {
  const socket = bareAddress(socketAddress);
  if (!socket) return 'unknown';
  const forwarded = 'hops' in trustProxy && trustProxy.hops === 0 ? [] : (forwardedFor ?? '').split(',');
  // The path of the request, client first, our peer last.
  const chain = [...forwarded.map((entry) => entry.trim()).filter(Boolean), socket];
  let index;
  if ('hops' in trustProxy) {
    index = Math.max(0, chain.length - 1 - trustProxy.hops);
  } else {
    index = chain.length - 1;
    while (index > 0 && bareAddress(chain[index]) && listed(trustProxy.proxies, /** @type {string} */ (bareAddress(chain[index])))) index--;
  }
  // An entry that is no address was written by someone we do not trust to be our proxy's
  // peer: the hop that reported it is the client we know.
  for (; index < chain.length; index++) {
    const address = bareAddress(chain[index]);
    if (address) return address;
  }
  return socket;
}
