import { expect } from '@open-wc/testing';
import type { Article } from '../../src/core/article.js';
import { MAX_LIST_ITEMS, MAX_STRING_LENGTH } from '../../src/core/json-guards.js';
import { parseArticle, setVideoReader } from '../../src/sources/our-json.js';
import { video } from '../../src/sources/video.js';
import { isJsonFeed } from '../../src/sources/format-shapes.js';
import { parseFeed } from '../../src/sources/json-feed.js';
import { article } from '../support/fixtures.js';

// What `<video-embed>`'s module does as it loads (test/sources/video-reader.test.ts: before it).
setVideoReader(video);

const BASE = 'https://news.example/api/articles/story.json';

function parsed(json: unknown, base = BASE): Article {
  const result = parseArticle(json, base);
  if (!result.ok) throw new Error(`expected a document, got ${result.failure.message}`);
  return result.value;
}

/** The rejected spellings of unsafe schemes, as they would arrive in JSON. */
const UNSAFE = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  '   javascript:alert(1)',
  '\u0001javascript:alert(1)',
  '\u0000 javascript:alert(1)',
  'jav\tascript:alert(1)',
  'java\r\nscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  ' DATA:image/svg+xml,<svg onload=alert(1)>',
  'vbscript:msgbox(1)',
  'VBSCRIPT:msgbox(1)',
  'file:///etc/passwd',
  'http://[::1',
];

describe('parseArticle', () => {
  it('reads the source article with every field typed and every URL absolute', () => {
    const doc = parsed(article(), 'https://news.example/api/a.json');
    expect(doc.title).to.equal('Chechnya’s Anti-LGBTQ Purge Has Restarted, Says Russian LGBTQ Network');
    expect(doc.language).to.equal('en');
    expect(doc.published).to.equal('2017-07-10T09:00:00Z');
    expect(doc.author).to.deep.equal({ name: 'Staff writer', url: 'https://news.example/author/staff/' });
    expect(doc.image).to.deep.equal({
      src: 'https://news.example/img/chechnya-purge.jpg',
      alt: 'A rainbow flag held up against a grey sky',
      width: 1200,
      height: 630,
      credit: 'strixcode via iStock',
    });
    expect(doc.likes).to.deep.equal({ count: 0, endpoint: 'https://news.example/api/articles/chechnya-purge-restarted/likes' });
    expect(doc.translations).to.have.length(1);
    expect(doc.related.map((r) => r.id)).to.deep.equal(['favorite-posts-week', 'girls-will-be-girls-remastered', 'nirvana-1992-benefit', 'fit-without-body-shaming']);
    expect(doc.related[0]!.image!.src).to.equal('https://news.example/img/favorite-posts.jpg');
    expect(doc.sourceUrl).to.equal('https://news.example/api/a.json');
  });

  it('accepts an empty object: nothing is required at document level', () => {
    const doc = parsed({});
    expect(doc.title).to.equal(undefined);
    expect(doc.translations).to.deep.equal([]);
    expect(doc.related).to.deep.equal([]);
  });

  describe('drops every URL that is not http(s)', () => {
    for (const bad of UNSAFE) {
      const label = JSON.stringify(bad);
      it(`in every URL field: ${label}`, () => {
        const doc = parsed(
          article({
            url: bad,
            author: { name: 'A', url: bad },
            image: { src: bad, alt: 'x' },
            likes: { count: 3, endpoint: bad },
            translations: [{ language: 'fr', url: bad }, { language: 'de', url: '/de/' }],
            related: [
              { title: 'Bad link', url: bad },
              { title: 'Bad image', url: '/ok/', image: { src: bad, alt: '' } },
            ],
          }),
        );
        expect(doc.url).to.equal(undefined);
        expect(doc.author).to.deep.equal({ name: 'A', url: undefined });
        expect(doc.image).to.equal(undefined);
        expect(doc.likes).to.deep.equal({ count: 3, endpoint: undefined });
        expect(doc.translations.map((t) => t.language)).to.deep.equal(['de']);
        expect(doc.related.map((r) => r.title)).to.deep.equal(['Bad image']);
        expect(doc.related[0]!.image).to.equal(undefined);
        expect(JSON.stringify(doc)).to.not.match(/script:|data:|file:/i);
      });
    }

    it('in a JSON Feed: items and images', () => {
      const feed = {
        version: 'https://jsonfeed.org/version/1.1',
        home_page_url: 'javascript:alert(1)',
        items: [
          { id: '1', url: ' JavaScript:alert(1)', title: 'Bad' },
          { id: '2', url: '/good/', title: 'Good', image: 'data:image/png;base64,AAAA' },
        ],
      };
      const result = parseFeed(feed, BASE);
      expect(result.ok && result.value.related.map((r) => [r.title, r.image])).to.deep.equal([['Good', undefined]]);
      expect(result.ok && result.value.url).to.equal(undefined);
    });
  });

  describe('__proto__, constructor and prototype keys do nothing', () => {
    const hostile = [
      '{"__proto__":{"title":"x","likes":{"count":5}}}',
      '{"constructor":{"prototype":{"title":"x"}}}',
      '{"prototype":{"title":"x"}}',
      '{"author":{"__proto__":{"name":"x"}},"image":{"__proto__":{"src":"/a.jpg"}}}',
      '{"related":[{"__proto__":{"url":"/a/","title":"x"}}],"translations":[{"__proto__":{"language":"fr","url":"/fr/"}}]}',
    ];
    for (const text of hostile) {
      it(text, () => {
        const doc = parsed(JSON.parse(text));
        expect(doc.title).to.equal(undefined);
        expect(doc.likes).to.equal(undefined);
        expect(doc.author).to.equal(undefined);
        expect(doc.image).to.equal(undefined);
        expect(doc.related).to.deep.equal([]);
        expect(doc.translations).to.deep.equal([]);
        // Nothing leaked onto every object of the page.
        expect(({} as Record<string, unknown>).title).to.equal(undefined);
        expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'title')).to.equal(false);
      });
    }

    it('ignores inherited fields of a data object', () => {
      const doc = parsed(Object.create({ title: 'inherited' }) as object);
      expect(doc.title).to.equal(undefined);
    });

    it('reads only own fields, even named like Object.prototype members', () => {
      const doc = parsed(JSON.parse('{"title":"Real","toString":"x","hasOwnProperty":1}'));
      expect(doc.title).to.equal('Real');
    });
  });

  describe('wrong types', () => {
    for (const [value, what] of [
      [42, 'a number'],
      [['a'], 'an array'],
      [{ text: 'a' }, 'an object'],
      [true, 'a boolean'],
    ] as const) {
      it(`refuses a title that is ${what}, naming "title"`, () => {
        const result = parseArticle(article({ title: value }), BASE);
        expect(result.ok).to.equal(false);
        expect(!result.ok && result.failure.reason).to.equal('invalid');
        expect(!result.ok && result.failure.message).to.contain('"title"').and.contain(what);
        expect(!result.ok && result.failure.url).to.equal(BASE);
      });
    }

    it('treats a null title as absent', () => {
      expect(parsed(article({ title: null })).title).to.equal(undefined);
    });

    for (const [value, what] of [
      [null, 'null'],
      [42, 'a number'],
      ['text', 'a string'],
      [[], 'an array'],
      [true, 'a boolean'],
    ] as const) {
      it(`refuses a document that is ${JSON.stringify(value)}, saying it is ${what}`, () => {
        const result = parseArticle(value, BASE);
        expect(!result.ok && result.failure.reason).to.equal('invalid');
        expect(!result.ok && result.failure.message).to.equal(`the document is ${what}, not an object`);
      });
    }

    it('drops optional fields of the wrong type and keeps the rest', () => {
      const doc = parsed({
        title: 'Kept',
        id: 7,
        url: 42,
        summary: { html: '<b>x</b>' },
        language: 'not a language!!',
        published: 'yesterday-ish',
        author: 'Someone',
        image: [{ src: '/a.jpg' }],
        likes: '12',
        translations: { fr: '/fr/' },
        related: 'none',
      });
      expect(doc.title).to.equal('Kept');
      for (const key of ['id', 'url', 'summary', 'language', 'published', 'author', 'image', 'likes'] as const) {
        expect(doc[key], key).to.equal(undefined);
      }
      expect(doc.translations).to.deep.equal([]);
      expect(doc.related).to.deep.equal([]);
    });

    it('drops wrong nested fields', () => {
      const doc = parsed({
        author: { name: 12 },
        image: { src: '/a.jpg', alt: 5, width: '1200', height: -3, credit: ['x'] },
        likes: { count: 'many', endpoint: 9 },
        translations: [null, 'fr', { language: 5, url: '/x/' }, { language: 'fr', url: '/fr/', title: 3 }],
        related: [null, 1, { url: '/a/' }, { title: 'No url' }, { url: '/b/', title: '  ' }, { url: '/c/', title: 'C', published: 'soon', image: 'x.jpg' }],
      });
      expect(doc.author).to.equal(undefined);
      expect(doc.image).to.deep.equal({ src: 'https://news.example/a.jpg', alt: '', width: undefined, height: undefined, credit: undefined });
      expect(doc.likes).to.deep.equal({ count: undefined, endpoint: undefined });
      expect(doc.translations).to.deep.equal([{ language: 'fr', url: 'https://news.example/fr/', title: undefined }]);
      expect(doc.related).to.have.length(1);
      expect(doc.related[0]).to.include({ title: 'C', published: undefined, image: undefined });
    });

    // V8's Date.parse reads "Chapter 11" as November 2001 and "42" as 2042: the card showed them.
    it('keeps a published date that names a year of four digits, and drops what only V8 reads as one', () => {
      for (const published of ['2017-07-10T09:00:00Z', '2017-07-08', '2017', 'Mon, 10 Jul 2017 09:00:00 GMT']) {
        expect(parsed({ published }).published, published).to.equal(published);
      }
      for (const published of ['Chapter 11', '42', 'Version 2', 'May 5', 'soon 1']) {
        expect(parsed({ published }).published, published).to.equal(undefined);
      }
    });

    it('treats a count that is not a whole number from 0 to 2^53 − 1 as no count', () => {
      expect(parsed({ likes: { count: 0 } }).likes?.count).to.equal(0);
      expect(parsed({ likes: { count: 2 ** 53 - 1 } }).likes?.count).to.equal(2 ** 53 - 1);
      for (const count of [3.7, -1, 2 ** 53, 1e300, NaN, '3', null]) {
        expect(parsed({ likes: { count } }).likes?.count, String(count)).to.equal(undefined);
      }
      expect(parsed(JSON.parse('{"likes":{"count":1e400}}')).likes?.count).to.equal(undefined);
    });

    it('reads a language written with underscores (WordPress’s locale setting) as its tag', () => {
      expect(parsed({ language: 'pt_BR' }).language).to.equal('pt-BR');
      expect(parsed({ language: 'fr_FR', related: [{ url: '/a/', title: 'A', language: 'de_DE' }] }).related[0]!.language).to.equal('de-DE');
      expect(parsed({ language: 'fr__FR' }).language, 'still a tag, or none').to.equal(undefined);
    });

    it('reads the language of a related story', () => {
      const doc = parsed({ related: [{ url: '/a/', title: 'A', language: 'en' }, { url: '/b/', title: 'B', language: 'false!' }] });
      expect(doc.related.map((story) => story.language)).to.deep.equal(['en', undefined]);
    });

    it('canonicalises language tags', () => {
      expect(parsed({ language: 'pt-br' }).language).to.equal('pt-BR');
      expect(parsed({ translations: [{ language: 'FR-ca', url: '/fr/' }] }).translations[0]!.language).to.equal('fr-CA');
    });

    it('trims strings and drops empty ones', () => {
      expect(parsed({ title: '  Spaced  ', summary: '   ' })).to.include({ title: 'Spaced', summary: undefined });
    });
  });

  describe('lists and objects read when first used', () => {
    /** A list item whose `url` counts its reads (a getter, as a page's `data` may hold). */
    function counted(reads: { n: number }, fields: Record<string, unknown>): Record<string, unknown> {
      return Object.defineProperty({ ...fields }, 'url', {
        enumerable: true,
        get() {
          reads.n++;
          return '/story/';
        },
      });
    }

    it('reads related stories and translations when a widget first uses them, once', () => {
      const reads = { n: 0 };
      const doc = parsed({ title: 'T', related: [counted(reads, { title: 'Story' })], translations: [counted(reads, { language: 'fr' })] });
      expect(doc.title).to.equal('T');
      expect(reads.n, 'read with the document').to.equal(0);
      expect(doc.related.map((story) => story.url)).to.deep.equal(['https://news.example/story/']);
      expect(doc.related).to.equal(doc.related);
      expect(reads.n, 'related read once').to.equal(1);
      expect(doc.translations).to.have.length(1);
      expect(reads.n, 'translations read once').to.equal(2);
    });

    it('reads the image, author, likes and video when a widget first uses them, once', () => {
      const reads = { n: 0 };
      const counting = (fields: Record<string, unknown>, key: string, value: string): Record<string, unknown> =>
        Object.defineProperty({ ...fields }, key, {
          enumerable: true,
          get() {
            reads.n++;
            return value;
          },
        });
      const doc = parsed({
        title: 'T',
        image: counting({ alt: 'A' }, 'src', '/a.jpg'),
        author: counting({ name: 'N' }, 'url', '/n/'),
        likes: counting({ count: 1 }, 'endpoint', '/likes'),
        video: counting({}, 'url', 'https://youtu.be/dQw4w9WgXcQ'),
      });
      expect(doc.title).to.equal('T');
      expect(reads.n, 'read with the document').to.equal(0);
      expect(doc.image?.src).to.equal('https://news.example/a.jpg');
      expect(doc.image).to.equal(doc.image);
      expect(reads.n, 'image read once').to.equal(1);
      expect(doc.author?.url).to.equal('https://news.example/n/');
      expect(doc.likes?.endpoint).to.equal('https://news.example/likes');
      expect(doc.video?.url).to.equal('https://youtu.be/dQw4w9WgXcQ');
      expect(doc.likes).to.equal(doc.likes);
      expect(reads.n, 'each read once').to.equal(4);
    });

    it('reads an object whose getters throw as absent, once, not as an exception', () => {
      const reads = { n: 0 };
      const boom = (): never => {
        reads.n++;
        throw new Error('boom');
      };
      const doc = parsed({ title: 'T', image: Object.defineProperty({ alt: 'A' }, 'src', { enumerable: true, get: boom }), get author(): unknown { return boom(); } });
      expect(doc.title).to.equal('T');
      expect(doc.image).to.equal(undefined);
      expect(doc.author).to.equal(undefined);
      expect(doc.image).to.equal(undefined);
      expect(reads.n, 'each getter called once').to.equal(2);
    });

    it('still shows the lists to code that copies the document (spread, JSON, keys)', () => {
      const doc = parsed({ title: 'T', related: [{ url: '/s/', title: 'S' }], translations: [{ language: 'fr', url: '/fr/' }] });
      expect(Object.keys(doc)).to.include.members(['related', 'translations']);
      expect({ ...doc }.related).to.have.length(1);
      expect(JSON.parse(JSON.stringify(doc)).translations).to.deep.equal([{ language: 'fr', url: 'https://news.example/fr/' }]);
    });

    it('reads a list whose getters throw as an empty list, not an exception', () => {
      const hostile = {
        title: 'T',
        related: [
          {
            get url(): string {
              throw new Error('boom');
            },
          },
        ],
        get translations(): unknown {
          throw new Error('boom');
        },
      };
      const doc = parsed(hostile);
      expect(doc.related).to.deep.equal([]);
      expect(doc.translations).to.deep.equal([]);
    });
  });

  describe('caps', () => {
    it(`keeps the first ${MAX_LIST_ITEMS} related stories and translations`, () => {
      const related = Array.from({ length: 5000 }, (_, i) => ({ url: `/s/${i}/`, title: `Story ${i}` }));
      const translations = Array.from({ length: 1000 }, (_, i) => ({ language: 'fr', url: `/fr/${i}/` }));
      const doc = parsed({ related, translations });
      expect(doc.related).to.have.length(MAX_LIST_ITEMS);
      expect(doc.related[99]!.title).to.equal('Story 99');
      expect(doc.translations).to.have.length(MAX_LIST_ITEMS);
    });

    it('does no work on items past the cap (a million items parse at once)', () => {
      // Every read of an item past the cap is counted (a wall-clock limit would be a guess).
      let readsPastCap = 0;
      const related = new Proxy(new Array<unknown>(1_000_000).fill({ url: '/s/', title: 'S' }), {
        get(items, key, receiver): unknown {
          if (typeof key === 'string' && Number(key) >= MAX_LIST_ITEMS) readsPastCap++;
          return Reflect.get(items, key, receiver);
        },
      });
      expect(parsed({ related }).related).to.have.length(MAX_LIST_ITEMS);
      expect(readsPastCap).to.equal(0);
    });

    it(`cuts huge strings to ${MAX_STRING_LENGTH} characters`, () => {
      const doc = parsed({ title: 'x'.repeat(1_000_000), summary: 'y'.repeat(MAX_STRING_LENGTH) });
      expect(doc.title).to.have.length(MAX_STRING_LENGTH);
      expect(doc.title!.endsWith('…')).to.equal(true);
      expect(doc.summary).to.equal('y'.repeat(MAX_STRING_LENGTH));
    });

    it('never cuts a character in half', () => {
      const doc = parsed({ title: '😀'.repeat(MAX_STRING_LENGTH) });
      expect(doc.title).to.not.match(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
      expect(doc.title!.endsWith('😀…')).to.equal(true);
    });

    it('drops very long URLs', () => {
      expect(parsed({ url: `https://news.example/${'a'.repeat(5000)}` }).url).to.equal(undefined);
    });
  });
});

describe('parseFeed', () => {
  const page = 'https://news.example/2017/07/current/';
  const feed = (items: unknown[]): Record<string, unknown> => ({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'News',
    home_page_url: '/',
    language: 'en-gb',
    items,
  });

  it('recognises JSON Feed 1 and 1.1 by version', () => {
    expect(isJsonFeed(feed([]))).to.equal(true);
    expect(isJsonFeed({ version: 'https://jsonfeed.org/version/1' })).to.equal(true);
    expect(isJsonFeed({ version: 'https://jsonfeed.org/version/2' })).to.equal(false);
    expect(isJsonFeed(article())).to.equal(false);
    expect(isJsonFeed(null)).to.equal(false);
  });

  it('reads items as related stories (related-stories leaves out the current page, not the parser)', () => {
    const result = parseFeed(
      feed([
        { id: 'a', url: '/2017/07/current/#comments', title: 'This page' },
        { id: 'b', url: '/b/', title: 'B', summary: 'About B', image: '/b.jpg', date_published: '2017-07-01T00:00:00Z' },
        { id: 'c', external_url: 'https://elsewhere.example/c', title: 'C', banner_image: '/c.jpg' },
        { id: 'd', url: '/d/' },
        'junk',
      ]),
      'https://news.example/feed.json',
    );
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.value.related).to.deep.equal([
      { id: 'a', url: 'https://news.example/2017/07/current/#comments', title: 'This page', image: undefined, summary: undefined, published: undefined, language: undefined },
      { id: 'b', url: 'https://news.example/b/', title: 'B', image: { src: 'https://news.example/b.jpg', alt: '' }, summary: 'About B', published: '2017-07-01T00:00:00Z', language: undefined },
      { id: 'c', url: 'https://elsewhere.example/c', title: 'C', image: { src: 'https://news.example/c.jpg', alt: '' }, summary: undefined, published: undefined, language: undefined },
    ]);
    expect(result.value).to.include({ title: 'News', url: 'https://news.example/', language: 'en-GB' });
  });

  it('reads the language of JSON Feed 1.1 items', () => {
    const result = parseFeed(feed([{ url: '/en/', title: 'In English', language: 'en' }, { url: '/x/', title: 'Unsaid' }]), 'https://news.example/feed.json');
    expect(result.ok && result.value.related.map((story) => story.language)).to.deep.equal(['en', undefined]);
  });

  it(`keeps the first ${MAX_LIST_ITEMS} items of a longer feed`, () => {
    const items = Array.from({ length: 300 }, (_, i) => ({ url: `/s/${i}/`, title: `S${i}` }));
    const result = parseFeed(feed(items), page);
    expect(result.ok && result.value.related.map((story) => story.title)).to.deep.equal(items.slice(0, MAX_LIST_ITEMS).map((item) => item.title));
  });

  it('refuses a feed that is not an object', () => {
    expect(parseFeed([], BASE).ok).to.equal(false);
  });
});
