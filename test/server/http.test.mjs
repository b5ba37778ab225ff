// Caching (ETag/304), CORS with the allow-list, the JSON Feed and the static pages.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Hono } from 'hono';
import { readConfig } from '../../server/config.mjs';
import { loadContent } from '../../server/content.mjs';
import { captionsType, mountStatic } from '../../server/static.mjs';
import { ARTICLE, likesUrl, postLike, start, tempDir, visitor } from './harness.mjs';
import { assertHeadAsGet } from './head-as-get-check.mjs';

const ALLOWED = 'https://blog.example';

describe('the reference server over HTTP', () => {
  /** @type {Awaited<ReturnType<typeof start>>} */
  let server;
  before(async () => {
    server = await start({ env: { LIKE_RATE_LIMIT: '0', CORS_ORIGINS: `${ALLOWED}, https://other.example/` } });
  });
  after(() => server.stop());

  describe('article documents', () => {
    it('carry an ETag and the cache policy, and answer 304 to If-None-Match', async () => {
      const url = `${server.url}/api/articles/${ARTICLE}`;
      const first = await fetch(url);
      const etag = first.headers.get('etag');
      assert.match(etag ?? '', /^"[\w-]+"$/);
      assert.equal(first.headers.get('cache-control'), 'public, max-age=30, stale-while-revalidate=300');
      assert.match(first.headers.get('content-type') ?? '', /^application\/json/);

      const revalidated = await fetch(url, { headers: { 'If-None-Match': /** @type {string} */ (etag) } });
      assert.equal(revalidated.status, 304);
      assert.equal(revalidated.headers.get('etag'), etag);
      assert.equal(revalidated.headers.get('cache-control'), 'public, max-age=30, stale-while-revalidate=300');
      // No Content-Length: a 304's must be the 200's or none (RFC 9110 §8.6), never 0.
      assert.equal(revalidated.headers.get('content-length'), null);

      const weak = await fetch(url, { headers: { 'If-None-Match': `"other", W/${etag}` } });
      assert.equal(weak.status, 304, 'a weak validator in a list matches too');
      assert.equal((await fetch(url, { headers: { 'If-None-Match': '"stale"' } })).status, 200);
    });

    it('get a new ETag when the like count changes', async () => {
      const url = `${server.url}/api/articles/favorite-posts-week`;
      const before = (await fetch(url)).headers.get('etag');
      await postLike(likesUrl(server.url, 'favorite-posts-week'), { visitor: visitor(), liked: true });
      const response = await fetch(url, { headers: { 'If-None-Match': /** @type {string} */ (before) } });
      assert.equal(response.status, 200);
      assert.notEqual(response.headers.get('etag'), before);
      assert.equal((await response.json()).likes.count, 1);
    });

    it('are named by a percent-encoded id too, as the pages are (%63 is c): the document and its likes', async () => {
      const encoded = ARTICLE.replace(/^c/, '%63');
      assert.notEqual(encoded, ARTICLE);
      const document = await fetch(`${server.url}/api/articles/${encoded}`);
      assert.equal(document.status, 200);
      assert.equal((await document.json()).id, ARTICLE);
      const state = await fetch(`${server.url}/api/articles/${encoded}/likes?visitor=x`);
      assert.equal(state.status, 200);
      await state.arrayBuffer();
      // One that does not decode is no article.
      const broken = await fetch(`${server.url}/api/articles/${ARTICLE}%ZZ`);
      assert.equal(broken.status, 404);
      await broken.arrayBuffer();
    });

    it('answer HEAD like GET without a body', async () => {
      const response = await fetch(`${server.url}/api/articles/${ARTICLE}`, { method: 'HEAD' });
      assert.equal(response.status, 200);
      assert.ok(response.headers.get('etag'));
    });
  });

  describe('CORS', () => {
    it('answers a preflight from an allowed origin', async () => {
      const response = await fetch(likesUrl(server.url), {
        method: 'OPTIONS',
        headers: { Origin: ALLOWED, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' },
      });
      assert.equal(response.status, 204);
      assert.equal(response.headers.get('access-control-allow-origin'), ALLOWED);
      assert.match(response.headers.get('access-control-allow-methods') ?? '', /\bPOST\b/);
      assert.match(response.headers.get('access-control-allow-headers') ?? '', /content-type/i);
      assert.equal(response.headers.get('access-control-allow-credentials'), null, 'no cookies, ever');
      assert.match(response.headers.get('vary') ?? '', /Origin/);
    });

    it('accepts an allow-list entry written with a trailing slash', async () => {
      const response = await fetch(likesUrl(server.url), {
        method: 'OPTIONS',
        headers: { Origin: 'https://other.example', 'Access-Control-Request-Method': 'POST' },
      });
      assert.equal(response.headers.get('access-control-allow-origin'), 'https://other.example');
    });

    it('takes an allow-list entry written as an address as its origin: any case, the default port, a path', async () => {
      const site = await start({ env: { CORS_ORIGINS: 'https://Blog.Example, https://shop.example:443, https://news.example/blog/, http://localhost:8000' } });
      try {
        for (const [origin, allowed] of [
          ['https://blog.example', true],
          ['https://shop.example', true],
          ['https://news.example', true],
          ['http://localhost:8000', true],
          ['https://shop.example:8443', false],
          ['http://blog.example', false],
          ['http://localhost', false],
        ]) {
          for (const path of ['/blogger.html', `/api/articles/${ARTICLE}`]) {
            const response = await fetch(`${site.url}${path}`, { headers: { Origin: /** @type {string} */ (origin) } });
            assert.equal(response.headers.get('access-control-allow-origin'), allowed ? origin : null, `${origin} ${path}`);
            await response.arrayBuffer();
          }
        }
      } finally {
        await site.stop();
      }
    });

    it('gives no Allow-Origin to an origin that is not on the list', async () => {
      const preflight = await fetch(likesUrl(server.url), {
        method: 'OPTIONS',
        headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' },
      });
      assert.equal(preflight.headers.get('access-control-allow-origin'), null);
      const get = await fetch(`${server.url}/api/articles/${ARTICLE}`, { headers: { Origin: 'https://evil.example' } });
      assert.equal(get.headers.get('access-control-allow-origin'), null);
    });

    it('labels documents and like answers for the allowed origin', async () => {
      const get = await fetch(`${server.url}/api/articles/${ARTICLE}`, { headers: { Origin: ALLOWED } });
      assert.equal(get.headers.get('access-control-allow-origin'), ALLOWED);
      assert.match(get.headers.get('access-control-expose-headers') ?? '', /ETag/i);
      const post = await postLike(likesUrl(server.url), { visitor: visitor(), liked: true }, { Origin: ALLOWED });
      assert.equal(post.headers.get('access-control-allow-origin'), ALLOWED);
    });

    it('allows any origin with CORS_ORIGINS=*', async () => {
      const open = await start({ env: { CORS_ORIGINS: '*' } });
      try {
        const response = await fetch(`${open.url}/api/feed.json`, { headers: { Origin: 'https://anyone.example' } });
        assert.equal(response.headers.get('access-control-allow-origin'), '*');
      } finally {
        await open.stop();
      }
    });
  });

  describe('GET /api/feed.json', () => {
    it('is a JSON Feed 1.1 of every article, newest first, with absolute URLs', async () => {
      const response = await fetch(`${server.url}/api/feed.json`);
      assert.equal(response.status, 200);
      assert.match(response.headers.get('content-type') ?? '', /^application\/feed\+json/);
      assert.ok(response.headers.get('etag'));
      const feed = await response.json();
      assert.equal(feed.version, 'https://jsonfeed.org/version/1.1');
      // The site's name, as its masthead and article pages give it.
      assert.equal(feed.title, 'News Example');
      assert.equal(feed.feed_url, `${server.url}/api/feed.json`);
      assert.ok(feed.items.length >= 4);
      for (const item of feed.items) {
        assert.equal(typeof item.id, 'string');
        assert.equal(typeof item.title, 'string');
        assert.ok(typeof item.content_text === 'string' || typeof item.content_html === 'string', 'JSON Feed needs content');
        assert.ok(item.url.startsWith(`${server.url}/`), item.url);
        if (item.image) assert.ok(item.image.startsWith(`${server.url}/img/`), item.image);
      }
      const dates = feed.items.map((/** @type {{date_published: string}} */ item) => item.date_published);
      assert.deepEqual(dates, [...dates].sort().reverse());
      const source = feed.items.find((/** @type {{id: string}} */ item) => item.id === ARTICLE);
      assert.equal(source.url, `${server.url}/`);
      assert.equal(source.language, 'en');
    });
  });

  describe('static files', () => {
    // Served as written, or server-rendered (from a built checkout): the tag gains attributes.
    for (const [path, text] of [
      ['/', '<article-context src="/api/articles/chechnya-purge-restarted"'],
      ['/fr/', 'lang="fr"'],
      ['/blogger.html', '<like-button'],
      ['/gallery.html', '<related-stories'],
      ['/stories/nirvana-1992-benefit', '<article-context src="/api/articles/nirvana-1992-benefit"'],
    ]) {
      it(`serves ${path}`, async () => {
        const response = await fetch(`${server.url}${path}`);
        assert.equal(response.status, 200);
        assert.match(response.headers.get('content-type') ?? '', /^text\/html/);
        assert.ok((await response.text()).includes(text));
      });
    }

    it('renders /stories/<id> as the story\'s article page: its <title>, <h1>, body, language', async () => {
      const page = await (await fetch(`${server.url}/stories/nirvana-1992-benefit`)).text();
      assert.match(page, /<html lang="en" dir="ltr">/);
      assert.match(page, /<title>Nirvana Pushed Back Against Homophobia and Kink-Shaming at This 1992 Benefit Concert — News Example<\/title>/);
      assert.match(page, /<h1>Nirvana Pushed Back Against Homophobia and Kink-Shaming at This 1992 Benefit Concert<\/h1>/);
      assert.match(page, /<div class="story-body">\s*<p>In 1992 the band played/);
      const other = await (await fetch(`${server.url}/stories/favorite-posts-week`)).text();
      assert.match(other, /<title>These Hornet Users Had Our Favorite Posts of the Past Week — News Example<\/title>/);
    });

    it('renders the Arabic story right to left, its page texts in Arabic, dates as the widgets write them', async () => {
      const page = await (await fetch(`${server.url}/stories/chechnya-purge-restarted-ar`)).text();
      assert.match(page, /<html lang="ar" dir="rtl">/);
      assert.match(page, /<p class="byline">بقلم فريق التحرير · <time datetime="2017-07-10T12:00:00.000Z">/);
      assert.ok(page.includes(new Intl.DateTimeFormat('ar', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date('2017-07-10T12:00:00Z'))));
      const french = await (await fetch(`${server.url}/fr/`)).text();
      assert.ok(french.includes(new Intl.DateTimeFormat('fr', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date('2017-07-10T11:00:00Z'))));
    });

    it('serves every image a document names', async () => {
      const document = await (await fetch(`${server.url}/api/articles/${ARTICLE}`)).json();
      const sources = [document.image.src, ...document.related.map((/** @type {{image: {src: string}}} */ item) => item.image.src)];
      for (const src of sources) {
        const response = await fetch(new URL(src, `${server.url}/api/articles/${ARTICLE}`));
        assert.equal(response.status, 200, src);
        assert.match(response.headers.get('content-type') ?? '', /^image\/svg\+xml/);
        await response.arrayBuffer();
      }
    });

    it('serves the demo video: its poster, the clip and its captions as text/vtt', async () => {
      const document = await (await fetch(`${server.url}/api/articles/${ARTICLE}`)).json();
      for (const [src, type] of [
        [document.video.thumbnail.src, /^image\/svg\+xml/],
        ['/media/demo-clip.webm', /^video\/webm/],
        ['/media/demo-clip.en.vtt', /^text\/vtt/],
      ]) {
        const response = await fetch(new URL(src, `${server.url}/`));
        assert.equal(response.status, 200, src);
        assert.match(response.headers.get('content-type') ?? '', type, src);
        await response.arrayBuffer();
      }
    });

    it('routes only .vtt paths through the hook that makes captions text/vtt', () => {
      const config = readConfig({});
      const app = new Hono();
      mountStatic(app, { demoDir: config.demoDir, distDir: config.distDir, content: loadContent(config.contentDir) });
      /** Every function the router hands a GET of `path` to. @param {string} path */
      const handlers = (path) => {
        /** @type {unknown[]} */
        const found = [];
        /** @param {unknown} value */
        const walk = (value) => {
          if (typeof value === 'function') found.push(value);
          else if (value && typeof value === 'object') Object.values(value).forEach(walk);
        };
        walk(app.router.match('GET', path));
        return found;
      };
      for (const path of ['/media/demo-clip.en.vtt', '/dist/captions/x.vtt', '/a.vtt']) assert.ok(handlers(path).includes(captionsType), path);
      for (const path of ['/', '/blogger.html', '/media/demo-clip.webm', '/cdn/story-widgets.js', '/stories/nirvana-1992-benefit', '/a.vtt/b', '/vtt']) {
        assert.ok(!handlers(path).includes(captionsType), path);
      }
    });

    it('redirects a folder without its slash, and 404s unknown pages, stories and traversal', async () => {
      const folder = await fetch(`${server.url}/fr`, { redirect: 'manual' });
      assert.equal(folder.status, 301);
      assert.equal(folder.headers.get('location'), '/fr/');
      for (const path of ['/nope.html', '/stories/no-such-article', '/content/chechnya-purge-restarted.json', '/%2e%2e/package.json', '/api/nothing']) {
        const response = await fetch(`${server.url}${path}`);
        assert.equal(response.status, 404, path);
        await response.arrayBuffer();
      }
    });
  });
});

describe('the pages the reference server renders', () => {
  it('carry a validator, and answer 304 with the Vary of their compressed 200', async () => {
    const server = await start();
    try {
      for (const path of ['/', '/stories/nirvana-1992-benefit', '/gallery.html']) {
        const first = await fetch(`${server.url}${path}`, { headers: { 'Accept-Encoding': 'gzip' } });
        const etag = first.headers.get('etag');
        assert.match(etag ?? '', /^W\/"/, path);
        assert.match(first.headers.get('vary') ?? '', /Accept-Encoding/, path);
        await first.text();
        const again = await fetch(`${server.url}${path}`, { headers: { 'Accept-Encoding': 'gzip', 'If-None-Match': /** @type {string} */ (etag) } });
        assert.equal(again.status, 304, path);
        assert.equal(again.headers.get('etag'), etag, path);
        assert.match(again.headers.get('vary') ?? '', /Accept-Encoding/, path);
      }
    } finally {
      await server.stop();
    }
  });
});

describe('a HEAD to the reference server', () => {
  it('carries the headers its GET does (Vary, Content-Encoding, ETag, an uncompressed Content-Length), and a 304 to its validator', async () => {
    // The CDN file of a build of our own (the checkout's dist may not be built), beside the demo.
    const dist = tempDir();
    mkdirSync(join(dist.dir, 'cdn'));
    writeFileSync(join(dist.dir, 'cdn', 'story-widgets.js'), `export const texts = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `text ${i}`))};\n`);
    const cdn = await start({ env: { DIST_DIR: dist.dir, CORS_ORIGINS: ALLOWED } });
    const site = await start({ env: { CORS_ORIGINS: ALLOWED } });
    const headers = { Origin: ALLOWED, 'Accept-Encoding': 'gzip' };
    try {
      // Every kind of route: a CDN file and static files (their length from the file), the
      // article pages and the demo's (rendered on the server once `dist` is built: CI runs this
      // before its build, so test/e2e/ssr-head.test.mjs checks them rendered), a demo page, the
      // feeds, and the API's document (api.mjs, outside the app).
      const paths = ['/', '/fr/', '/stories/nirvana-1992-benefit', '/gallery.html', '/site.css', '/favicon.svg', '/api/feed.json', '/feed.xml', '/feed.atom', `/api/articles/${ARTICLE}`];
      const urls = [`${cdn.url}/cdn/story-widgets.js`, ...paths.map((path) => `${site.url}${path}`)];
      // Compressed, the GET is chunked (no length); uncompressed, it has one, and so has the HEAD:
      // a file's from its size, a page's or feed's counted (until 2026-12-07 they had none).
      for (const encoding of ['gzip', 'identity']) {
        for (const url of urls) await assertHeadAsGet(url, { ...headers, 'Accept-Encoding': encoding });
      }
      // The compressible ones were compressed: the HEAD says so, not the identity length.
      const head = await fetch(`${cdn.url}/cdn/story-widgets.js`, { method: 'HEAD', headers });
      assert.equal(head.headers.get('content-encoding'), 'gzip');
      assert.match(head.headers.get('vary') ?? '', /Accept-Encoding/);
    } finally {
      await Promise.all([cdn.stop(), site.stop()]);
      dist.remove();
    }
  });
});

describe('the CDN files the reference server serves a blog', () => {
  it('are gzip-compressed for clients that ask, and a 304 to the validator of an unchanged file, its CORS headers kept', async () => {
    const dist = tempDir();
    mkdirSync(join(dist.dir, 'cdn'));
    const script = `export const texts = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `text ${i}`))};\n`;
    writeFileSync(join(dist.dir, 'cdn', 'story-widgets.js'), script);
    const server = await start({ env: { DIST_DIR: dist.dir, CORS_ORIGINS: ALLOWED } });
    try {
      const url = `${server.url}/cdn/story-widgets.js`;
      const headers = { Origin: ALLOWED, 'Accept-Encoding': 'gzip, br' };
      const first = await fetch(url, { headers });
      assert.equal(first.status, 200);
      assert.equal(first.headers.get('content-encoding'), 'gzip');
      assert.match(first.headers.get('vary') ?? '', /Accept-Encoding/);
      assert.equal(await first.text(), script, 'the same file, decoded');
      const etag = first.headers.get('etag');
      assert.match(etag ?? '', /^W\/"[\w+/=-]+"$/);

      const again = await fetch(url, { headers: { ...headers, 'If-None-Match': /** @type {string} */ (etag) } });
      assert.equal(again.status, 304);
      assert.equal(again.headers.get('access-control-allow-origin'), ALLOWED);
      assert.equal(again.headers.get('cache-control'), 'no-cache');

      writeFileSync(join(dist.dir, 'cdn', 'story-widgets.js'), `${script}// a new build\n`);
      assert.equal((await fetch(url, { headers: { ...headers, 'If-None-Match': /** @type {string} */ (etag) } })).status, 200, 'a changed file is sent');
      const plain = await fetch(url, { headers: { 'Accept-Encoding': 'identity' } });
      assert.equal(plain.headers.get('content-encoding'), null);
      assert.equal(Number(plain.headers.get('content-length')), script.length + '// a new build\n'.length);

      // One validator for the file, whatever the answer: compressed, a 304 (with the 200's
      // Vary), a range, a HEAD — read from the file, not hashed from the bytes sent.
      const current = /** @type {string} */ (plain.headers.get('etag'));
      const compressed = await fetch(url, { headers });
      assert.equal(compressed.headers.get('etag'), current);
      const notModified = await fetch(url, { headers: { ...headers, 'If-None-Match': current } });
      assert.equal(notModified.status, 304);
      assert.equal(notModified.headers.get('etag'), current);
      assert.match(notModified.headers.get('vary') ?? '', /Accept-Encoding/);
      const range = await fetch(url, { headers: { Range: 'bytes=0-99' } });
      assert.equal(range.status, 206);
      assert.equal(range.headers.get('etag'), current, 'a range names the whole file’s validator');
      const head = await fetch(url, { method: 'HEAD', headers: { 'If-None-Match': current } });
      assert.equal(head.status, 304, 'a HEAD is validated too');
    } finally {
      await server.stop();
      dist.remove();
    }
  });
});
