// The server under abuse, each case found by trying it: slow requests, too many sockets,
// clients that give up mid-body, an open redirect, a reflected Host header, headers on
// pages and on Node's own 400s, and CORS for the script files.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { getWithHost, likesUrl, start, tempDir } from './harness.mjs';
import { rawSocket, within } from './raw-socket.mjs';

describe('slow and abandoned requests', () => {
  /** @type {Awaited<ReturnType<typeof start>>} */
  let server;
  /** @type {string[]} */
  const logged = [];
  const original = { log: console.log, error: console.error };
  before(async () => {
    server = await start({ env: { REQUEST_TIMEOUT_MS: '400', MAX_CONNECTIONS: '4', QUIET: '0', LIKE_RATE_LIMIT: '0' } });
    console.log = (...args) => logged.push(args.join(' '));
    console.error = (...args) => logged.push(args.map((arg) => (arg instanceof Error ? arg.stack : String(arg))).join(' '));
  });
  after(async () => {
    Object.assign(console, original);
    await server.stop();
  });

  it('cuts a body that trickles in after REQUEST_TIMEOUT_MS (408, socket closed)', async () => {
    const { socket, opened, closed, received } = rawSocket(server.url);
    await opened;
    const path = new URL(likesUrl(server.url)).pathname;
    socket.write(`POST ${path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n{`);
    const drip = setInterval(() => socket.writable && socket.write(' '), 50);
    const started = performance.now();
    try {
      assert.ok(await within(closed, 3000), 'the server closed the slow request');
      assert.ok(performance.now() - started < 3000);
      assert.match(received(), /^HTTP\/1\.1 408 /);
    } finally {
      clearInterval(drip);
      socket.destroy();
    }
  });

  it('cuts headers that trickle in after REQUEST_TIMEOUT_MS', async () => {
    const { socket, opened, closed } = rawSocket(server.url);
    await opened;
    socket.write('GET / HTTP/1.1\r\nHost: x\r\n');
    let n = 0;
    const drip = setInterval(() => socket.writable && socket.write(`X-Slow-${n++}: 1\r\n`), 50);
    try {
      assert.ok(await within(closed, 3000), 'the server closed the slow headers');
    } finally {
      clearInterval(drip);
      socket.destroy();
    }
  });

  it('keeps at most MAX_CONNECTIONS sockets open; with a request under way on each, the next is closed at once', async () => {
    const busy = Array.from({ length: 4 }, () => rawSocket(server.url));
    try {
      await Promise.all(busy.map((s) => s.opened));
      // Half a request on each: busy, not idle (an answered one would be closed at the cap), and
      // the server (in this process) has accepted all four by the time the extra one comes.
      for (const s of busy) s.socket.write('HEAD /api/articles/chechnya-purge-restarted HTTP/1.1\r\n');
      await new Promise((resolve) => setTimeout(resolve, 50));
      const extra = rawSocket(server.url);
      assert.ok(await within(extra.closed, 1000), 'the fifth socket was closed');
      assert.equal(extra.received(), '');
    } finally {
      for (const s of busy) s.socket.destroy();
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.equal((await fetch(`${server.url}/api/articles/chechnya-purge-restarted`)).status, 200, 'served again once they closed');
  });

  it('closes the connection after a 413, so no 408 nor a later request comes on it', async () => {
    const { socket, opened, closed, received } = rawSocket(server.url);
    await opened;
    const path = new URL(likesUrl(server.url)).pathname;
    // Declared too large, and only part of it sent: the rest never comes.
    socket.write(`POST ${path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n${'x'.repeat(2000)}`);
    try {
      assert.ok(await within(closed, 3000), 'the server closed the connection');
      assert.match(received(), /^HTTP\/1\.1 413 /);
      assert.match(received(), /\r\nConnection: close\r\n/i);
      assert.equal(received().match(/HTTP\/1\.1 \d{3} /g)?.length, 1, received());
    } finally {
      socket.destroy();
    }
  });

  it('writes a request whose path holds a line break as one log line, the break escaped', async () => {
    logged.length = 0;
    await (await fetch(`${server.url}/x%0aGET%20/admin%20200%200.1ms`)).arrayBuffer();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const lines = logged.join('\n').split('\n');
    assert.equal(lines.length, 1, logged.join('\n'));
    assert.match(lines[0] ?? '', /^GET \/x%0AGET \/admin 200 0\.1ms 404 /);
  });

  it('logs a HEAD as a HEAD, though the app answers it as its GET', async () => {
    logged.length = 0;
    await (await fetch(`${server.url}/site.css`, { method: 'HEAD' })).arrayBuffer();
    await new Promise((resolve) => setTimeout(resolve, 50));
    assert.match(logged.join('\n'), /^HEAD \/site\.css 200 /);
  });

  it('writes bidirectional overrides and C1 controls in a path as %XX in the log', async () => {
    logged.length = 0;
    await (await fetch(`${server.url}/x%E2%80%AEnimda%C2%9B%E2%81%A6y%E2%80%A8z`)).arrayBuffer();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const text = logged.join('\n');
    assert.doesNotMatch(text, /[\x80-\x9f\u2028\u202e\u2066]/, JSON.stringify(text));
    assert.match(text, /^GET \/x%E2%80%AEnimda%C2%9B%E2%81%A6y%E2%80%A8z 404 /);
  });

  it('does not log a client that aborts mid-body as a 500 with a stack trace', async () => {
    logged.length = 0;
    const path = new URL(likesUrl(server.url)).pathname;
    for (let i = 0; i < 5; i++) {
      const { socket, opened, closed } = rawSocket(server.url);
      await opened;
      socket.write(`POST ${path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n{"visitor": "`);
      await new Promise((resolve) => setTimeout(resolve, 30));
      socket.destroy();
      await closed;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    const text = logged.join('\n');
    assert.doesNotMatch(text, / 500 /, text);
    assert.doesNotMatch(text, /\n\s+at /, 'no stack trace');
    assert.ok(logged.length <= 5, `one line per request at most, got ${logged.length}`);
  });
});

describe('answers that must not trust the request', () => {
  /** @type {Awaited<ReturnType<typeof start>>} */
  let server;
  const temp = tempDir();
  before(async () => {
    mkdirSync(join(temp.dir, 'cdn'));
    writeFileSync(join(temp.dir, 'cdn', 'story-widgets.js'), 'export {};\n');
    server = await start({ env: { DIST_DIR: temp.dir, CORS_ORIGINS: 'https://blog.example' } });
  });
  after(async () => {
    await server.stop();
    temp.remove();
  });

  it('never redirects //img to //img/ (another host) — the folder redirect stays on this site', async () => {
    for (const path of ['//img', '///img', '/\\img']) {
      const response = await fetch(`${server.url}${path}`, { redirect: 'manual' });
      const location = response.headers.get('location');
      if (location !== null) assert.ok(/^\/(?![/\\])/.test(location), `${path} → ${location}`);
      await response.arrayBuffer();
    }
    const folder = await fetch(`${server.url}//img`, { redirect: 'manual' });
    assert.equal(folder.headers.get('location'), '/img/');
  });

  it('builds feed URLs from the listening address, never the Host header', async () => {
    const feed = JSON.parse(/** @type {string} */ (await getWithHost(`${server.url}/api/feed.json`, 'evil.example')));
    assert.equal(feed.feed_url, `${server.url}/api/feed.json`);
    assert.ok(feed.items.every((/** @type {{url: string}} */ item) => item.url.startsWith(`${server.url}/`)));
  });

  it('builds feed URLs from PUBLIC_URL when it is set', async () => {
    const site = await start({ env: { PUBLIC_URL: 'https://news.example/' } });
    try {
      const feed = JSON.parse(/** @type {string} */ (await getWithHost(`${site.url}/api/feed.json`, 'evil.example')));
      assert.equal(feed.feed_url, 'https://news.example/api/feed.json');
      assert.ok(feed.items.every((/** @type {{url: string}} */ item) => item.url.startsWith('https://news.example/')), feed.items[0].url);
    } finally {
      await site.stop();
    }
  });

  it('gives HTML pages a Content-Security-Policy with frame-ancestors, and a Permissions-Policy', async () => {
    for (const path of ['/', '/fr/', '/blogger.html', '/gallery.html', '/stories/nirvana-1992-benefit']) {
      const response = await fetch(`${server.url}${path}`);
      const csp = response.headers.get('content-security-policy') ?? '';
      assert.match(csp, /default-src 'self'/, path);
      assert.match(csp, /script-src 'self'(;|$)/, `${path}: no inline or eval scripts`);
      assert.match(csp, /frame-ancestors 'self'/, path);
      assert.match(response.headers.get('permissions-policy') ?? '', /camera=\(\)/, path);
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
      await response.arrayBuffer();
    }
  });

  for (const [name, raw, status] of [
    ['a malformed request line', 'NOT HTTP\r\n\r\n', 400],
    ['headers over Node\'s limit', `GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`, 431],
    ['a Host with a space in it', 'GET / HTTP/1.1\r\nHost: exa mple\r\n\r\n', 400],
    ['an HTTP/1.0 page request without a Host', 'GET /blogger.html HTTP/1.0\r\n\r\n', 400],
    ['an HTTP/1.1 page request without a Host', 'GET /blogger.html HTTP/1.1\r\n\r\n', 400],
    ['an HTTP/1.1 like request without a Host', 'GET /api/articles/chechnya-purge-restarted/likes HTTP/1.1\r\n\r\n', 400],
    ['an Expect it does not know', 'GET /api/articles/chechnya-purge-restarted HTTP/1.1\r\nHost: x\r\nExpect: something\r\n\r\n', 417],
  ]) {
    it(`answers ${name} (before the app runs) with ${status} and the security headers`, async () => {
      const { socket, opened, closed, received } = rawSocket(server.url);
      await opened;
      socket.write(/** @type {string} */ (raw));
      await within(closed, 2000);
      assert.match(received(), new RegExp(`^HTTP/1\\.1 ${status} `));
      assert.match(received(), /\r\nX-Content-Type-Options: nosniff\r\n/i);
      assert.match(received(), /\r\nReferrer-Policy: strict-origin-when-cross-origin\r\n/i);
    });
  }

  // A body left unread by its answer is read to its end by Node, to keep the connection for the
  // next request: a client refused for its rate limit could make the server take in gigabytes.
  for (const [name, head, status] of [
    ['a like of the wrong content type', 'POST /api/articles/chechnya-purge-restarted/likes HTTP/1.1\r\nContent-Type: text/plain', 400],
    ['a like of an unknown article', 'POST /api/articles/no-such-article/likes HTTP/1.1\r\nContent-Type: application/json', 404],
    ['a PUT on the like endpoint', 'PUT /api/articles/chechnya-purge-restarted/likes HTTP/1.1\r\nContent-Type: application/json', 405],
    ['a POST to a page', 'POST /blogger.html HTTP/1.1\r\nContent-Type: text/plain', 404],
    ['a chunked POST to a page', 'POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\nContent-Type: text/plain', 404],
  ]) {
    it(`closes the connection when it answers ${name} before its body (${status}): the rest is not read`, async () => {
      const { socket, opened, closed, received } = rawSocket(server.url);
      await opened;
      const length = String(head).includes('chunked') ? '' : '\r\nContent-Length: 1000000000';
      socket.write(`${head}\r\nHost: x${length}\r\n\r\n${String(head).includes('chunked') ? '4000\r\n' : ''}${'x'.repeat(16_384)}`);
      try {
        // Without the close, the connection stays until REQUEST_TIMEOUT_MS (10 s) cuts it.
        assert.ok(await within(closed, 2000), 'the server closed the connection');
        assert.match(received(), new RegExp(`^HTTP/1\\.1 ${status} `), received().slice(0, 80));
        assert.match(received(), /\r\nConnection: close\r\n/i);
      } finally {
        socket.destroy();
      }
    });
  }

  it('keeps the connection after a like whose body it read', async () => {
    const { socket, opened, closed, received } = rawSocket(server.url);
    await opened;
    const body = '{"visitor": "x", "liked": true}';
    socket.write(`POST /api/articles/chechnya-purge-restarted/likes HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body}`);
    try {
      assert.equal(await within(closed, 500), false, 'the connection stays open');
      assert.match(received(), /^HTTP\/1\.1 403 /);
      assert.doesNotMatch(received(), /\r\nConnection: close\r\n/i);
    } finally {
      socket.destroy();
    }
  });

  it('routes a request in the absolute form (RFC 9112 §3.2.2) by its path: the API and the pages', async () => {
    for (const [path, status] of [['/api/articles/chechnya-purge-restarted/likes', 200], ['/api/articles/chechnya-purge-restarted', 200], ['/blogger.html', 200], ['/api/nothing', 404]]) {
      const { socket, opened, closed, received } = rawSocket(server.url);
      await opened;
      socket.write(`GET ${server.url}${path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
      await within(closed, 2000);
      assert.match(received(), new RegExp(`^HTTP/1\\.1 ${status} `), `${path}: ${received().slice(0, 80)}`);
    }
  });

  for (const path of ['/cdn/story-widgets.js', '/dist/cdn/story-widgets.js', '/img/chechnya-purge.svg', '/blogger.html', '/media/demo-clip.en.vtt']) {
    it(`serves ${path} with CORS for CORS_ORIGINS, so a blog on another origin can load it (contract §11)`, async () => {
      const allowed = await fetch(`${server.url}${path}`, { headers: { Origin: 'https://blog.example' } });
      assert.equal(allowed.status, 200);
      assert.equal(allowed.headers.get('access-control-allow-origin'), 'https://blog.example');
      await allowed.arrayBuffer();
      const other = await fetch(`${server.url}${path}`, { headers: { Origin: 'https://evil.example' } });
      assert.equal(other.headers.get('access-control-allow-origin'), null);
      await other.arrayBuffer();
    });
  }
});
