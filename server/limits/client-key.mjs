// The key a client is rate-limited under, from its address. One IPv6 subscriber gets a whole
// /64 (often far more), so limiting single IPv6 addresses would let anyone rotate through
// billions of them: an IPv6 client is its /64. IPv4 addresses stay whole.
import { isIPv6 } from 'node:net';
import { bareAddress } from '../client-address.mjs';

/**
 * @param {string} address  as Node gives it (`203.0.113.9`, `::ffff:203.0.113.9`, `2001:db8::1`)
 * @returns {string} `203.0.113.9`, or `2001:db8:0:0::/64` for any address of that /64
 */
export function clientKey(address) {
  // Brackets, a zone and the `::ffff:` of a mapped IPv4 address go, as for a forwarded address.
  const plain = bareAddress(address) ?? address;
  if (!isIPv6(plain)) return plain;
  return `${expandIPv6(plain).slice(0, 4).join(':')}::/64`;
}

/**
 * The eight groups of an IPv6 address, without leading zeros (an embedded IPv4 tail is two groups).
 * @param {string} address  a valid IPv6 address
 */
function expandIPv6(address) {
  const [head = '', tail] = address.split('::');
  /** @param {string} part */
  const groups = (part) =>
    part === ''
      ? []
      : part.split(':').flatMap((group) => {
          if (!group.includes('.')) return [group];
          const [a = 0, b = 0, c = 0, d = 0] = group.split('.').map(Number);
          return [((a << 8) | b).toString(16), ((c << 8) | d).toString(16)];
        });
  const left = groups(head);
  const right = tail === undefined ? [] : groups(tail);
  const zeros = Array(8 - left.length - right.length).fill('0');
  return [...left, ...zeros, ...right].map((group) => parseInt(group, 16).toString(16));
}
