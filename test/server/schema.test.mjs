// The JSON Schema for site owners (schema/article.schema.json) accepts the source article and
// refuses documents the widgets would refuse or partly ignore. Runs in Node (`node --test`):
// Ajv is CommonJS and does not load in the browser tests.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import { build } from 'esbuild';

const read = (path) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const schema = read('../../schema/article.schema.json');
const seed = read('../fixtures/seed-article.json');

const ajv = new Ajv2020({ allErrors: true, strict: true });
// Ajv ships no format checks; these three are enough for the fields the schema uses.
ajv.addFormat('date-time', (value) => /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/i.test(value) && !Number.isNaN(Date.parse(value)));
ajv.addFormat('date', (value) => /^\d{4}-\d\d-\d\d$/.test(value) && !Number.isNaN(Date.parse(value)));
// An IRI reference: a URL whose non-ASCII characters are written as they are.
ajv.addFormat('iri-reference', (value) => !/[\s<>"{}|\\^`]/.test(value));
const validate = ajv.compile(schema);

const errorsOf = (doc) => (validate(doc) ? [] : validate.errors.map((e) => `${e.instancePath || '/'} ${e.message}`));
/** The widgets' own readers of a duration and of an image size, from src/ (bundled for Node). */
async function readers() {
  const { outputFiles } = await build({
    stdin: { contents: "export { isoDuration } from './src/sources/video.ts'; export { dimension } from './src/core/json-guards.ts';", resolveDir: fileURLToPath(new URL('../..', import.meta.url)), loader: 'ts' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    logLevel: 'error',
  });
  return import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
}

const withChange = (change) => {
  const doc = structuredClone(seed);
  change(doc);
  return doc;
};

describe('schema/article.schema.json', () => {
  it('is a JSON Schema 2020-12 document', () => {
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.equal(ajv.validateSchema(schema), true);
  });

  it('accepts the source article', () => {
    assert.deepEqual(errorsOf(seed), []);
  });

  it('accepts the source article of the shared fixtures too', (t) => {
    const shared = new URL('../../../shared/fixtures/seed-article.json', import.meta.url);
    let doc;
    try {
      doc = JSON.parse(readFileSync(shared, 'utf8'));
    } catch {
      t.skip('no ../shared/fixtures next to this checkout');
      return;
    }
    assert.deepEqual(errorsOf(doc), []);
  });

  it('accepts an empty document, a document with only likes, and unknown fields', () => {
    assert.deepEqual(errorsOf({}), []);
    assert.deepEqual(errorsOf({ likes: { count: 3, endpoint: '/api/likes' } }), []);
    assert.deepEqual(errorsOf({ ...seed, tags: ['news'], _internal: { x: 1 } }), []);
  });

  it('accepts what the widgets read: a date without a time, a URL with non-ASCII characters, an image without alt', () => {
    assert.deepEqual(errorsOf({ title: 'T', published: '2017-07-10' }), []);
    assert.deepEqual(errorsOf({ title: 'T', translations: [{ language: 'fr', url: 'https://news.example/fr/2017/07/tchétchénie/' }] }), []);
    assert.deepEqual(errorsOf({ title: 'T', image: { src: '/img/a.jpg' } }), []);
  });

  it('accepts a null title: the widgets read it as no title, like an absent one (contract §2: only <article-card> needs one)', () => {
    assert.deepEqual(errorsOf({ title: null, likes: { count: 3, endpoint: '/api/likes' } }), []);
  });

  it('accepts a duration as the widgets read it: either case, a fraction of a second', () => {
    for (const duration of ['PT4M13S', 'pt4m13s', 'Pt1h2M3.5s', 'P1DT1S', 'P2D', 'PT0S']) {
      assert.deepEqual(errorsOf({ video: { url: 'https://youtu.be/M7lc1UVf-VE', duration } }), [], duration);
    }
  });

  it('agrees with the widgets on every duration and image size: what they read it accepts, what they drop it refuses', async () => {
    const { isoDuration, dimension } = await readers();
    const durations = ['PT4M13S', 'pt4m13s', 'PT1H2M3,5S', 'P1DT1S', 'P9999D', 'PT99999H', 'PT9999999M', 'PT999999999S', 'P', 'PT', 'pt', 'P10000D', 'PT100000H', 'PT1000000000S', 'P1Y', 'P1W', 'PT4M13', 'PT-4M', '4:13', ''];
    for (const duration of durations) {
      const read = isoDuration(duration) !== undefined;
      assert.equal(validate({ video: { url: 'https://vimeo.com/1', duration } }), read, `duration ${JSON.stringify(duration)}: the widgets ${read ? 'read' : 'drop'} it`);
    }
    for (const size of [1, 0.5, 1200, 99_999, 99_999.5, 100_000, 100_001, 1e9, 0, -1]) {
      const read = dimension(size) !== undefined;
      assert.equal(validate({ image: { src: '/a.jpg', width: size, height: size } }), read, `image size ${size}`);
      assert.equal(validate({ video: { url: 'https://vimeo.com/1', thumbnail: { src: '/p.jpg', width: size } } }), read, `thumbnail width ${size}`);
    }
  });

  it('accepts as many items as the widgets read: 100 related stories and translations, 20 captions', () => {
    const doc = withChange((d) => {
      d.related = Array.from({ length: 100 }, (_, i) => ({ url: `/s/${i}/`, title: `S${i}` }));
      d.translations = Array.from({ length: 100 }, (_, i) => ({ url: `/t/${i}/`, language: 'fr' }));
      d.video = { url: 'https://news.example/v.mp4', captions: Array.from({ length: 20 }, (_, i) => ({ src: `/c${i}.vtt`, language: 'en' })) };
    });
    assert.deepEqual(errorsOf(doc), []);
  });

  it('accepts relative, protocol-relative and upper-case http URLs', () => {
    for (const url of ['/a/', '../b/', 'c.html', '//cdn.example/d.png', 'HTTPS://news.example/', '?page=2', '#top']) {
      assert.deepEqual(errorsOf({ url }), [], url);
    }
  });

  const bad = {
    'a title that is a number': (d) => (d.title = 42),
    'an empty title': (d) => (d.title = ''),
    'a title of white space only (the widgets trim it to none)': (d) => (d.title = '   '),
    'a title that is an object': (d) => (d.title = { rendered: 'T' }),
    'a javascript: url': (d) => (d.url = 'javascript:alert(1)'),
    'a JavaScript: url with leading spaces': (d) => (d.url = '  JavaScript:alert(1)'),
    'a tab inside the scheme': (d) => (d.url = 'java\tscript:alert(1)'),
    'a data: image': (d) => (d.image.src = 'data:image/png;base64,AAAA'),
    'a mailto: author url': (d) => (d.author.url = 'mailto:a@b.example'),
    'a vbscript: like endpoint': (d) => (d.likes.endpoint = 'vbscript:msgbox(1)'),
    'an image without src': (d) => delete d.image.src,
    'an image width that is a string': (d) => (d.image.width = '1200'),
    'a negative image height': (d) => (d.image.height = -1),
    'an author without a name': (d) => (d.author = { url: '/x/' }),
    'a like count that is negative': (d) => (d.likes.count = -1),
    'a like count that is not whole': (d) => (d.likes.count = 1.5),
    'translations that are an object': (d) => (d.translations = { fr: '/fr/' }),
    'a translation without a url': (d) => delete d.translations[0].url,
    'a translation language that is not a tag': (d) => (d.translations[0].language = 'French!'),
    'a related story without a url': (d) => delete d.related[0].url,
    'a related story without a title': (d) => delete d.related[1].title,
    'a related story that is a string': (d) => (d.related[2] = 'https://news.example/x/'),
    'a related story language that is not a tag': (d) => (d.related[0].language = 'French!'),
    'an image wider than the widgets read (100 000 px)': (d) => (d.image.width = 100_000),
    'a duration without a number (P, PT)': (d) => (d.video = { url: 'https://vimeo.com/1', duration: 'PT' }),
    'a published date in words': (d) => (d.published = 'yesterday'),
    'a summary that is an object': (d) => (d.summary = { html: '<b>x</b>' }),
    // The widgets read the first 100 of a list, the first 20 captions: the rest would be dropped.
    'more related stories than the widgets read (101)': (d) => (d.related = Array.from({ length: 101 }, (_, i) => ({ url: `/s/${i}/`, title: `S${i}` }))),
    'more translations than the widgets read (101)': (d) => (d.translations = Array.from({ length: 101 }, (_, i) => ({ url: `/t/${i}/`, language: 'fr' }))),
    'more captions than the widget reads (21)': (d) => (d.video = { url: 'https://news.example/v.mp4', captions: Array.from({ length: 21 }, (_, i) => ({ src: `/c${i}.vtt`, language: 'en' })) }),
  };
  for (const [what, change] of Object.entries(bad)) {
    it(`refuses ${what}`, () => {
      const doc = withChange(change);
      assert.notDeepEqual(errorsOf(doc), [], JSON.stringify(doc).slice(0, 200));
    });
  }

  it('refuses a document that is not an object', () => {
    for (const doc of [[seed], 'title', 42, null]) assert.notDeepEqual(errorsOf(doc), []);
  });
});
