// Every 4xx answer of the like endpoint: what a client did wrong, and that nothing was counted.
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { ARTICLE, likeCount, likesUrl, postLike, start, visitor } from './harness.mjs';

/** @param {Response} response @param {number} status */
async function assertRefused(response, status) {
  assert.equal(response.status, status);
  const body = await response.json();
  assert.equal(typeof body.error, 'string', 'a refusal explains itself in {"error": "…"}');
}

describe('the like endpoint refuses', () => {
  /** @type {Awaited<ReturnType<typeof start>>} */
  let server;
  before(async () => {
    server = await start({ env: { LIKE_RATE_LIMIT: '0' } });
  });
  after(() => server.stop());

  const bad = [
    ['a body that is not JSON', '{"visitor": "a", "liked": tru'],
    ['an empty body', ''],
    ['a JSON array', '[{"visitor": "a", "liked": true}]'],
    ['a JSON string', '"like"'],
    ['null', 'null'],
    ['a missing visitor', { liked: true }],
    ['a numeric visitor', { visitor: 42, liked: true }],
    ['a missing liked', { visitor: 'abc' }],
    ['liked as a string', { visitor: 'abc', liked: 'true' }],
    ['liked as 1', { visitor: 'abc', liked: 1 }],
  ];
  for (const [name, body] of bad) {
    it(`with 400: ${name}`, async () => {
      await assertRefused(await postLike(likesUrl(server.url), body), 400);
    });
  }

  // Contract §11: a body that is {visitor: string, liked: boolean} is well-formed; a visitor that
  // is no token this server issued is a 403 carrying a new one, whatever the string.
  for (const [name, visitor] of [
    ['of exactly 100 characters', 'v'.repeat(100)],
    ['of 101 characters', 'a'.repeat(101)],
    ['that is empty', ''],
    ['with spaces and markup', '<b> x </b>'],
  ]) {
    it(`takes a visitor ${name} as well-formed: 403 unknown visitor with a new token, not 400`, async () => {
      const response = await postLike(likesUrl(server.url, 'nirvana-1992-benefit'), { visitor, liked: true });
      assert.equal(response.status, 403);
      assert.match((await response.json()).visitor, /^[\w-]+\.[\w-]+$/);
    });
  }

  it('with 404 an article that does not exist', async () => {
    await assertRefused(await postLike(likesUrl(server.url, 'no-such-article'), { visitor: 'abc', liked: true }), 404);
    await assertRefused(await fetch(`${server.url}/api/articles/no-such-article`), 404);
  });

  it('with 413 a body over 1 KiB (Content-Length)', async () => {
    const body = JSON.stringify({ visitor: 'abc', liked: true, padding: 'x'.repeat(1024) });
    await assertRefused(await postLike(likesUrl(server.url), body), 413);
  });

  it('with 413 a chunked body that grows past 1 KiB without a Content-Length', async () => {
    const url = new URL(likesUrl(server.url));
    const { status, body } = await new Promise((resolve, reject) => {
      const req = request(url, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' } }, (res) => {
        let text = '';
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode, body: text }));
      });
      req.on('error', reject);
      req.write('{"visitor": "abc", "liked": true, "padding": "');
      for (let i = 0; i < 8; i++) req.write('x'.repeat(256));
      req.end('"}');
    });
    assert.equal(status, 413);
    assert.equal(typeof JSON.parse(body).error, 'string');
  });

  it('accepts a body of exactly 1024 bytes', async () => {
    const base = JSON.stringify({ visitor: visitor(), liked: true, padding: '' });
    const body = base.replace('"padding":""', `"padding":"${'x'.repeat(1024 - base.length)}"`);
    assert.equal(Buffer.byteLength(body), 1024);
    assert.equal((await postLike(likesUrl(server.url, 'fit-without-body-shaming'), body)).status, 200);
  });

  for (const type of [undefined, 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/jsonp']) {
    // CONTRACT §11: a body that is not {"visitor", "liked"} as JSON is a 400 (it was a 415).
    it(`with 400 a body sent as ${type ?? 'no content type'}`, async () => {
      const response = await fetch(likesUrl(server.url), {
        method: 'POST',
        headers: type ? { 'Content-Type': type } : {},
        body: type ? JSON.stringify({ visitor: 'abc', liked: true }) : undefined,
      });
      await assertRefused(response, 400);
    });
  }

  it('with 400 and what to send a fetch of text without headers', async () => {
    const response = await fetch(likesUrl(server.url), { method: 'POST', body: 'garbage' });
    assert.equal(response.status, 400);
    assert.match((await response.json()).error, /Content-Type: application\/json/);
  });

  it('accepts application/json with a charset parameter', async () => {
    const response = await postLike(likesUrl(server.url, 'favorite-posts-week'), { visitor: visitor(), liked: true }, { 'Content-Type': 'application/json; charset=utf-8' });
    assert.equal(response.status, 200);
  });

  it('with 405 any method but GET, HEAD and POST on the like endpoint, and Allow lists them', async () => {
    const response = await fetch(likesUrl(server.url), { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    assert.equal(response.status, 405);
    assert.equal(response.headers.get('allow'), 'GET, HEAD, POST, OPTIONS');
    assert.equal((await fetch(likesUrl(server.url), { method: 'HEAD' })).status, 200, 'HEAD, which Allow names, is answered');
  });

  it('counted nothing for any refused request', async () => {
    assert.equal(await likeCount(server.url, ARTICLE), 0);
  });
});

describe('the rate limit', () => {
  it('answers 429 with Retry-After past a sixth of LIKE_RATE_LIMIT likes at once from one address', async () => {
    const server = await start({ env: { LIKE_RATE_LIMIT: '18' } });
    try {
      const statuses = [];
      for (let i = 0; i < 5; i++) statuses.push((await postLike(likesUrl(server.url), { visitor: visitor(), liked: true })).status);
      assert.deepEqual(statuses, [200, 200, 200, 429, 429]);
      const refused = await postLike(likesUrl(server.url), { visitor: visitor(), liked: true });
      await assertRefused(refused, 429);
      const retryAfter = Number(refused.headers.get('retry-after'));
      assert.ok(retryAfter >= 1 && retryAfter <= 10, `Retry-After ${retryAfter}`);
      assert.equal(await likeCount(server.url), 3);
    } finally {
      await server.stop();
    }
  });

  it('ignores X-Forwarded-For without TRUST_PROXY (spoofed addresses share the socket\'s limit)', async () => {
    const server = await start({ env: { LIKE_RATE_LIMIT: '1' } });
    try {
      const first = await postLike(likesUrl(server.url), { visitor: visitor(), liked: true }, { 'X-Forwarded-For': '203.0.113.1' });
      const second = await postLike(likesUrl(server.url), { visitor: visitor(), liked: true }, { 'X-Forwarded-For': '203.0.113.2' });
      assert.deepEqual([first.status, second.status], [200, 429]);
    } finally {
      await server.stop();
    }
  });

  it('limits each X-Forwarded-For client separately with TRUST_PROXY=1 (the last hop counts)', async () => {
    const server = await start({ env: { LIKE_RATE_LIMIT: '1', TRUST_PROXY: '1' } });
    try {
      const like = (/** @type {string} */ forwarded) =>
        postLike(likesUrl(server.url), { visitor: visitor(), liked: true }, { 'X-Forwarded-For': forwarded }).then((r) => r.status);
      assert.equal(await like('203.0.113.1'), 200);
      assert.equal(await like('203.0.113.2'), 200);
      assert.equal(await like('203.0.113.1'), 429);
      // a client cannot escape by prepending a made-up address
      assert.equal(await like('198.51.100.7, 203.0.113.2'), 429);
    } finally {
      await server.stop();
    }
  });

  it('is off with LIKE_RATE_LIMIT=0', async () => {
    const server = await start({ env: { LIKE_RATE_LIMIT: '0' } });
    try {
      const statuses = await Promise.all(
        Array.from({ length: 80 }, () => postLike(likesUrl(server.url), { visitor: visitor(), liked: true }).then((r) => r.status)),
      );
      assert.ok(statuses.every((status) => status === 200));
    } finally {
      await server.stop();
    }
  });

  it('defaults to 60 likes per minute: 10 at once, then 10 more every 10 seconds', async () => {
    const server = await start();
    try {
      assert.equal(server.config.likeRateLimit, 60);
      const statuses = [];
      for (let i = 0; i < 11; i++) statuses.push((await postLike(likesUrl(server.url), { visitor: visitor(), liked: true })).status);
      assert.equal(statuses.filter((status) => status === 200).length, 10);
      assert.equal(statuses.at(-1), 429);
    } finally {
      await server.stop();
    }
  });
});
