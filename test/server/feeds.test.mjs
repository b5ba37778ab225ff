// The demo's RSS 2.0 and Atom 1.0 feeds (server/feeds.mjs): what a feed reader or the widgets get.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getWithHost, start, tempDir } from './harness.mjs';

// Every demo article is in both feeds.
const ARTICLES = readdirSync(new URL('../../demo/content/', import.meta.url)).filter((f) => f.endsWith('.json')).length;

describe('the RSS and Atom feeds of the demo articles', () => {
  /** @type {Awaited<ReturnType<typeof start>>} */
  let server;
  before(async () => {
    server = await start({ env: { CORS_ORIGINS: 'https://blog.example' } });
  });
  after(() => server.stop());

  it('/feed.xml is RSS 2.0 with every article, newest first, absolute links, dates and thumbnails', async () => {
    const response = await fetch(`${server.url}/feed.xml`);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'application/rss+xml; charset=utf-8');
    const xml = await response.text();
    assert.match(xml, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<rss version="2.0"/);
    const items = [...xml.matchAll(/<item>([\s\S]*?)<\/item>/g)].map(([, item]) => item);
    assert.equal(items.length, ARTICLES);
    const dates = items.map((item) => Date.parse(/<pubDate>(.*?)<\/pubDate>/.exec(item)?.[1] ?? ''));
    assert.deepEqual(dates, [...dates].sort((a, b) => b - a), 'newest first');
    assert.ok(items.every((item) => /<link>http:\/\/127\.0\.0\.1:\d+\/[^<]*<\/link>/.test(item)), 'absolute links');
    assert.ok(items.some((item) => /<pubDate>Mon, 10 Jul 2017 09:00:00 GMT<\/pubDate>/.test(item)));
    assert.ok(items.some((item) => /<media:thumbnail url="http:\/\/127\.0\.0\.1:\d+\/img\/chechnya-purge\.svg"\/>/.test(item)));
    assert.ok(xml.includes('Chechnya’s Anti-LGBTQ Purge Has Restarted'), 'UTF-8 text as written');
  });

  it('/feed.atom is Atom 1.0 with a rel="alternate" link per entry', async () => {
    const response = await fetch(`${server.url}/feed.atom`);
    assert.equal(response.headers.get('content-type'), 'application/atom+xml; charset=utf-8');
    const xml = await response.text();
    assert.match(xml, /<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/);
    const entries = [...xml.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map(([, entry]) => entry);
    assert.equal(entries.length, ARTICLES);
    assert.ok(entries.every((entry) => /<link rel="alternate" type="text\/html" href="http:\/\/127\.0\.0\.1:\d+\/[^"]*"\/>/.test(entry) && /<updated>/.test(entry) && /<id>/.test(entry)));
  });

  it('writes its absolute URLs from the server\'s own address, never from the request\'s Host header', async () => {
    for (const path of ['/feed.xml', '/feed.atom']) {
      const xml = await getWithHost(`${server.url}${path}`, 'evil.example');
      assert.doesNotMatch(xml, /evil\.example/, path);
      assert.match(xml, new RegExp(server.url.replace(/[.]/g, '\\.')), path);
    }
  });

  it('carries an ETag, and answers 304 to a reader that polls an unchanged feed', async () => {
    for (const path of ['/feed.xml', '/feed.atom', '/api/feed.json']) {
      const first = await fetch(`${server.url}${path}`);
      const etag = first.headers.get('etag');
      assert.match(etag ?? '', /^(W\/)?"[\w-]+"$/, path);
      assert.equal(first.headers.get('cache-control'), 'public, max-age=30, stale-while-revalidate=300', path);
      const again = await fetch(`${server.url}${path}`, { headers: { 'If-None-Match': /** @type {string} */ (etag) } });
      assert.equal(again.status, 304, path);
    }
  });

  it('escapes what it writes, and answers pages on the allowed origins', async () => {
    const response = await fetch(`${server.url}/feed.atom`, { headers: { Origin: 'https://blog.example' } });
    assert.equal(response.headers.get('access-control-allow-origin'), 'https://blog.example');
    // Origin once: one CORS layer, not the app's and the feed's own (`Origin, Origin` before);
    // Accept-Encoding as it is compressed for clients that ask (fetch does).
    assert.equal(response.headers.get('vary'), 'Accept-Encoding, Origin');
    assert.equal(response.headers.get('content-encoding'), 'gzip');
    assert.doesNotMatch(await response.text(), /<title>[^<]*[&](?!amp;|lt;|gt;|quot;|apos;)/);
  });
});

describe('the feeds of articles holding characters XML does not allow', () => {
  it('leave those characters out, so one pasted form feed does not make the whole feed unreadable', async () => {
    const content = tempDir();
    // A form feed and U+0001 from a word processor, a noncharacter, a lone surrogate.
    const title = 'Form\ffeed \u0001title\uFFFE \uD800end';
    writeFileSync(join(content.dir, 'pasted.json'), JSON.stringify({ title, url: '/stories/pasted', summary: `A\u000Bb\u001F`, published: '2030-01-01T00:00:00Z' }));
    const server = await start({ env: { CONTENT_DIR: content.dir } });
    try {
      for (const path of ['/feed.xml', '/feed.atom']) {
        const xml = await (await fetch(`${server.url}${path}`)).text();
        // XML 1.0's Char: tab, line feed, carriage return, U+0020–U+D7FF, U+E000–U+FFFD, U+10000 and up.
        assert.doesNotMatch(xml, /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u, path);
        assert.ok(xml.includes('<title>Formfeed title end</title>') || xml.includes('>Formfeed title end</title>'), `${path}: the title's text kept`);
      }
    } finally {
      await server.stop();
      content.remove();
    }
  });
});
