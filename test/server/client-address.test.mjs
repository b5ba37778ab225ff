// Who the rate limits count: the socket peer unless proxies are trusted, then the entry of
// X-Forwarded-For our nearest trusted proxy saw; IPv6 clients per /64.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { clientAddress, parseTrustProxy } from '../../server/client-address.mjs';
import { likesUrl, postLike, start, visitor } from './harness.mjs';

/** @param {string | undefined} forwardedFor @param {string} trust @param {string} [socketAddress] */
const client = (forwardedFor, trust, socketAddress = '10.0.0.2') =>
  clientAddress({ forwardedFor, socketAddress, trustProxy: parseTrustProxy(trust) });

describe('clientAddress', () => {
  it('is the socket address without TRUST_PROXY, whatever X-Forwarded-For says', () => {
    assert.equal(client('203.0.113.9', ''), '10.0.0.2');
    assert.equal(client('203.0.113.9', '0'), '10.0.0.2');
    assert.equal(client(undefined, '', '::ffff:127.0.0.1'), '127.0.0.1');
  });

  it('with one trusted hop takes the last entry (the one our proxy appended), never one the client wrote', () => {
    assert.equal(client('198.51.100.1, 203.0.113.9', '1'), '203.0.113.9');
    assert.equal(client('203.0.113.9', 'true'), '203.0.113.9', 'TRUST_PROXY=true still means one proxy');
    assert.equal(client(undefined, '1'), '10.0.0.2', 'no header: the socket');
  });

  it('with two trusted hops takes the second entry from the right', () => {
    assert.equal(client('6.6.6.6, 203.0.113.9, 172.16.0.5', '2'), '203.0.113.9');
    assert.equal(client('203.0.113.9, 172.16.0.5', '2'), '203.0.113.9');
  });

  it('with proxy addresses skips the trusted ones from the right', () => {
    const trust = '10.0.0.0/8, 172.16.0.5';
    assert.equal(client('6.6.6.6, 203.0.113.9, 172.16.0.5', trust), '203.0.113.9');
    assert.equal(client('6.6.6.6', trust, '198.51.100.3'), '198.51.100.3', 'a peer that is no trusted proxy is the client');
  });

  it('falls back to the reporting hop when the entry is not an address', () => {
    assert.equal(client('<script>, garbage', '1'), '10.0.0.2');
    assert.equal(client('203.0.113.9:4711', '1'), '203.0.113.9', 'a port is dropped');
    assert.equal(client('[2001:db8::1]:443', '1'), '2001:db8::1');
  });

  it('refuses a TRUST_PROXY it cannot read', () => {
    assert.throws(() => parseTrustProxy('proxy.example'), /TRUST_PROXY/);
    assert.throws(() => parseTrustProxy('10.0.0.0/33'), /TRUST_PROXY/);
  });
});

describe('the like limit by client address', () => {
  it('is shared by two IPv6 clients in one /64 (behind one trusted proxy)', async () => {
    const server = await start({ env: { LIKE_RATE_LIMIT: '1', TRUST_PROXY: '1' } });
    try {
      const like = (/** @type {string} */ forwarded) =>
        postLike(likesUrl(server.url), { visitor: visitor(), liked: true }, { 'X-Forwarded-For': forwarded }).then((r) => r.status);
      assert.equal(await like('2001:db8:0:1::1'), 200);
      assert.equal(await like('2001:db8:0:1:dead:beef:0:2'), 429, 'same /64');
      assert.equal(await like('2001:db8:0:2::1'), 200, 'another /64');
    } finally {
      await server.stop();
    }
  });

  it('with two trusted hops counts the entry before our proxy, not one the client wrote', async () => {
    const server = await start({ env: { LIKE_RATE_LIMIT: '1', TRUST_PROXY: '2' } });
    try {
      const like = (/** @type {string} */ forwarded) =>
        postLike(likesUrl(server.url), { visitor: visitor(), liked: true }, { 'X-Forwarded-For': forwarded }).then((r) => r.status);
      assert.equal(await like('1.1.1.1, 203.0.113.9, 10.0.0.1'), 200);
      assert.equal(await like('2.2.2.2, 203.0.113.9, 10.0.0.1'), 429, 'a new made-up first entry does not help');
      assert.equal(await like('2.2.2.2, 203.0.113.10, 10.0.0.1'), 200, 'another real client');
    } finally {
      await server.stop();
    }
  });
});
