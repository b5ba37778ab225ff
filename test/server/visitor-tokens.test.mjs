// Server-issued visitor ids (contract §4, §11): a like counts only for a token this server
// signed; anything else is answered 403 with a new token, and new tokens are rate limited.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { createVisitorTokens, visitorSecret } from '../../server/visitor-tokens.mjs';
import { likeCount, likesUrl, postLike, start, tempDir, visitor } from './harness.mjs';
import { freshSchema, needsPostgres } from './services.mjs';

/** @param {Response} response */
async function unknownVisitor(response) {
  assert.equal(response.status, 403);
  const body = await response.json();
  assert.equal(typeof body.error, 'string');
  assert.match(body.visitor, /^[\w-]{22}\.[\w-]{22}$/);
  return /** @type {string} */ (body.visitor);
}

describe('visitor tokens', () => {
  it('answer an invented visitor with 403 and a token; that token is then counted', async () => {
    const server = await start();
    try {
      const token = await unknownVisitor(await postLike(likesUrl(server.url), { visitor: randomUUID(), liked: true }));
      assert.equal(await likeCount(server.url), 0, 'the refused like counted nothing');
      const response = await postLike(likesUrl(server.url), { visitor: token, liked: true });
      assert.equal(response.status, 200);
      assert.deepEqual(await response.json(), { count: 1, liked: true });
    } finally {
      await server.stop();
    }
  });

  it('give the reader’s own id the same token twice (two tabs, two buttons of one page): one reader, one like, one unlike', async () => {
    const server = await start({ env: { LIKE_RATE_LIMIT: '0' } });
    try {
      const id = randomUUID();
      // Both sent with the browser's own id before either kept its token: at once, then later.
      const [first, second] = await Promise.all([postLike(likesUrl(server.url), { visitor: id, liked: true }), postLike(likesUrl(server.url), { visitor: id, liked: true })]);
      const tokens = [await unknownVisitor(first), await unknownVisitor(second)];
      const later = await unknownVisitor(await postLike(likesUrl(server.url), { visitor: id, liked: true }));
      assert.deepEqual([tokens[1], later], [tokens[0], tokens[0]]);
      // Each tab sends its like with the token it got: counted once, and taken back once.
      for (const token of [...tokens, later]) assert.deepEqual(await (await postLike(likesUrl(server.url), { visitor: token, liked: true })).json(), { count: 1, liked: true });
      assert.deepEqual(await (await postLike(likesUrl(server.url), { visitor: later, liked: false })).json(), { count: 0, liked: false });
      // Another reader's id gets a token of its own.
      assert.notEqual(await unknownVisitor(await postLike(likesUrl(server.url), { visitor: randomUUID(), liked: true })), tokens[0]);
    } finally {
      await server.stop();
    }
  });

  it('are not tied to the address they were issued to: a reader who moves networks keeps counting once', async () => {
    // CONTRACT §11. Two client addresses through a trusted proxy.
    const server = await start({ env: { TRUST_PROXY: '1' } });
    try {
      const from = (address) => ({ 'X-Forwarded-For': address });
      const token = await unknownVisitor(await postLike(likesUrl(server.url), { visitor: randomUUID(), liked: true }, from('203.0.113.7')));
      const elsewhere = await postLike(likesUrl(server.url), { visitor: token, liked: true }, from('198.51.100.9'));
      assert.equal(elsewhere.status, 200);
      assert.deepEqual(await elsewhere.json(), { count: 1, liked: true });
      const again = await postLike(likesUrl(server.url), { visitor: token, liked: true }, from('2001:db8::1'));
      assert.deepEqual(await again.json(), { count: 1, liked: true }, 'the same visitor, once');
    } finally {
      await server.stop();
    }
  });

  it('begin with their time of issue (the likes of a burst share B-tree pages) and stay unique', () => {
    const tokens = createVisitorTokens({ secret: 'a-test-secret-0123456789abcdefghijk' });
    const before = Date.now();
    const issued = Array.from({ length: 1000 }, () => tokens.sign());
    const after = Date.now();
    for (const token of issued) {
      const time = Buffer.from(token.slice(0, 22), 'base64url').readUIntBE(0, 6);
      assert.ok(time >= before && time <= after, `${token} says ${time}, issued between ${before} and ${after}`);
      assert.ok(tokens.verify(token));
    }
    assert.equal(new Set(issued).size, issued.length);
  });

  it('refuse a tampered token and one signed with another secret', async () => {
    const server = await start({ env: { VISITOR_TOKEN_LIMIT: '0' } });
    try {
      const token = visitor();
      const flipped = token.slice(0, -2) + (token.at(-2) === 'A' ? 'B' : 'A') + token.at(-1);
      const otherId = `${'A'.repeat(22)}${token.slice(22)}`;
      const foreign = createVisitorTokens({ secret: 'another-server-secret-0123456789abcdef' }).sign();
      // The last base64url character carries 2 bits and 4 spare ones: a respelling decodes
      // to the same bytes, and must not count as another visitor.
      const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
      const last = alphabet.indexOf(/** @type {string} */ (token.at(-1)));
      const respelled = token.slice(0, -1) + alphabet[(last & ~0xf) | ((last + 1) & 0xf)];
      assert.deepEqual(Buffer.from(respelled.split('.')[1], 'base64url'), Buffer.from(token.split('.')[1], 'base64url'));
      for (const bad of [flipped, otherId, foreign, respelled, `${token}x`, token.replace('.', '')]) {
        await unknownVisitor(await postLike(likesUrl(server.url), { visitor: bad, liked: true }));
      }
      assert.equal(await likeCount(server.url), 0);
    } finally {
      await server.stop();
    }
  });

  it('are shared by processes and restarts on one database (the generated secret is kept beside it)', async () => {
    const temp = tempDir();
    const databasePath = join(temp.dir, 'likes.sqlite');
    try {
      const env = { VISITOR_SECRET: '' };
      const [a, b] = await Promise.all([start({ databasePath, env }), start({ databasePath, env })]);
      const token = await unknownVisitor(await postLike(likesUrl(a.url), { visitor: randomUUID(), liked: true }));
      assert.equal((await postLike(likesUrl(b.url), { visitor: token, liked: true })).status, 200, 'the other process accepts it');
      await Promise.all([a.stop(), b.stop()]);
      const secretFile = `${databasePath}-visitor-secret`;
      assert.equal(statSync(secretFile).mode & 0o077, 0, 'only the owner can read the secret');
      const restarted = await start({ databasePath, env });
      try {
        const again = await postLike(likesUrl(restarted.url), { visitor: token, liked: true });
        assert.deepEqual(await again.json(), { count: 1, liked: true });
      } finally {
        await restarted.stop();
      }
      assert.ok(readFileSync(secretFile, 'utf8').trim().length >= 32);
    } finally {
      temp.remove();
    }
  });

  it('give a reader’s own id the same token from two processes on one database (two tabs behind a load balancer)', async () => {
    const temp = tempDir();
    const databasePath = join(temp.dir, 'likes.sqlite');
    try {
      const env = { VISITOR_SECRET: '', LIKE_RATE_LIMIT: '0' };
      const [a, b] = await Promise.all([start({ databasePath, env }), start({ databasePath, env })]);
      try {
        const id = randomUUID();
        const [fromA, fromB] = await Promise.all([postLike(likesUrl(a.url), { visitor: id, liked: true }), postLike(likesUrl(b.url), { visitor: id, liked: true })]);
        const [tokenA, tokenB] = [await unknownVisitor(fromA), await unknownVisitor(fromB)];
        assert.equal(tokenB, tokenA, 'one reader, one token');
        for (const [server, token] of [[a, tokenA], [b, tokenB]]) {
          assert.deepEqual(await (await postLike(likesUrl(server.url), { visitor: token, liked: true })).json(), { count: 1, liked: true });
        }
        assert.deepEqual(await (await postLike(likesUrl(b.url), { visitor: tokenA, liked: false })).json(), { count: 0, liked: false }, 'and one unlike takes it back');
        assert.notEqual(await unknownVisitor(await postLike(likesUrl(b.url), { visitor: randomUUID(), liked: true })), tokenA, 'another reader, another token');
      } finally {
        await Promise.all([a.stop(), b.stop()]);
      }
    } finally {
      temp.remove();
    }
  });

  it('derive a reader’s token from its id and the ten-minute window only: the same in every process within it, another after it', async (t) => {
    t.mock.timers.enable({ apis: ['Date'], now: Date.UTC(2026, 11, 7, 3, 0, 0) });
    const secret = 'a-test-secret-0123456789abcdefghijk';
    const process = () => createVisitorTokens({ secret });
    const [one, other] = [process(), process()];
    const issue = async (tokens, id) => /** @type {{ token: string }} */ (await tokens.issue('client', id)).token;
    const id = randomUUID();
    const first = await issue(one, id);
    assert.ok(one.verify(first) && other.verify(first));
    assert.equal(Buffer.from(first.slice(0, 22), 'base64url').readUIntBE(0, 6), Date.now(), 'begins with its window’s start');
    t.mock.timers.tick(9 * 60_000 + 59_999);
    assert.equal(await issue(other, id), first, 'another process, at the window’s last millisecond');
    // Two tabs a moment apart on either side of the edge, through one process: one token.
    const late = randomUUID();
    const before = await issue(one, late);
    t.mock.timers.tick(2);
    assert.equal(await issue(one, late), before, 'the same process, 2 ms later in the next window');
    const next = await issue(process(), id);
    assert.notEqual(next, first, 'a process that meets the id in the next window derives the next window’s token');
    assert.equal(await issue(one, id), next, 'ten minutes after its issue, this process derives it too');
    assert.notEqual(await issue(createVisitorTokens({ secret: 'another-server-secret-0123456789abcdef' }), id), next, 'another secret');
    assert.notEqual(await issue(one, `${id}x`), next, 'another id');
  });

  it('agree on one secret when many processes start at once', () => {
    const temp = tempDir();
    try {
      const databasePath = join(temp.dir, 'db', 'likes.sqlite');
      const secrets = new Set(Array.from({ length: 20 }, () => visitorSecret({ databasePath })));
      assert.equal(secrets.size, 1);
      assert.equal(visitorSecret({ configured: 'x'.repeat(40), databasePath }), 'x'.repeat(40), 'VISITOR_SECRET wins');
      assert.throws(() => visitorSecret({ configured: 'short', databasePath }), /VISITOR_SECRET/);
    } finally {
      temp.remove();
    }
  });

  it('are issued to one client at most a sixth of VISITOR_TOKEN_LIMIT (an hour\'s) at once, then 429 with Retry-After', async () => {
    // 12 an hour: 2 per 10-minute window, so no client gets an hour's worth in a moment.
    const server = await start({ env: { VISITOR_TOKEN_LIMIT: '12', LIKE_RATE_LIMIT: '0' } });
    try {
      const invent = () => postLike(likesUrl(server.url), { visitor: randomUUID(), liked: true });
      await unknownVisitor(await invent());
      await unknownVisitor(await invent());
      const refused = await invent();
      assert.equal(refused.status, 429);
      assert.equal(typeof (await refused.json()).error, 'string');
      const retryAfter = Number(refused.headers.get('retry-after'));
      assert.ok(retryAfter > 60 && retryAfter <= 600, `Retry-After ${retryAfter}`);
      assert.equal((await postLike(likesUrl(server.url), { visitor: visitor(), liked: true })).status, 200, 'a visitor with a token still likes');
    } finally {
      await server.stop();
    }
  });

  it('are limited per /64 for IPv6 clients', async () => {
    const server = await start({ env: { VISITOR_TOKEN_LIMIT: '1', LIKE_RATE_LIMIT: '0', TRUST_PROXY: '1' } });
    try {
      const invent = (/** @type {string} */ from) =>
        postLike(likesUrl(server.url), { visitor: randomUUID(), liked: true }, { 'X-Forwarded-For': from }).then((r) => r.status);
      assert.equal(await invent('2001:db8:5:6::1'), 403);
      assert.equal(await invent('2001:db8:5:6::2'), 429, 'the same /64');
      assert.equal(await invent('2001:db8:5:7::1'), 403, 'another /64');
    } finally {
      await server.stop();
    }
  });
});

describe('a store that keeps the visitor secret (as the PostgreSQL store does)', () => {
  it('is asked for the secret, so servers on that store agree without a file', async () => {
    const { resolveVisitorSecret } = await import('../../server/visitor-tokens.mjs');
    /** @type {string | undefined} */
    let kept;
    const store = { keepSecret: async (/** @type {string} */ fresh) => (kept ??= fresh) };
    const first = await resolveVisitorSecret({ databasePath: '/nonexistent/likes.sqlite', store });
    const second = await resolveVisitorSecret({ databasePath: '/nonexistent/likes.sqlite', store });
    assert.equal(first, second);
    assert.ok(first.length >= 32);
    assert.equal(await resolveVisitorSecret({ configured: 'y'.repeat(32), databasePath: '', store }), 'y'.repeat(32), 'VISITOR_SECRET wins');
  });
});

describe('visitor tokens on PostgreSQL', { skip: needsPostgres }, () => {
  it('share the secret kept in the database: a token from one server is good on another, with no file', async () => {
    const schema = await freshSchema();
    const [dirA, dirB] = [tempDir(), tempDir()];
    try {
      // Each server's DATABASE_PATH (where a SQLite secret would be) is its own folder.
      const env = (/** @type {string} */ dir) => ({ DATABASE_URL: schema.url, VISITOR_SECRET: '', DATABASE_PATH: join(dir, 'unused.sqlite') });
      const [a, b] = await Promise.all([start({ env: env(dirA.dir) }), start({ env: env(dirB.dir) })]);
      try {
        const token = await unknownVisitor(await postLike(likesUrl(a.url), { visitor: randomUUID(), liked: true }));
        assert.equal((await postLike(likesUrl(b.url), { visitor: token, liked: true })).status, 200);
        const [{ value }] = await schema.query("SELECT value FROM story_widgets_settings WHERE name = 'visitor_secret'");
        assert.ok(value.length >= 32);
      } finally {
        await Promise.all([a.stop(), b.stop()]);
      }
    } finally {
      dirA.remove();
      dirB.remove();
      await schema.drop();
    }
  });
});
