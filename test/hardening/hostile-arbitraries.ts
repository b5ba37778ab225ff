// Generators of hostile article documents for the property tests: every field of the
// contract's document, each either well shaped with hostile leaves or replaced outright by
// a wrong type, a huge or strange string, deep nesting or a URL of any scheme and shape.
import fc from 'fast-check';

/** Strings a parser or a renderer may trip on, beyond what random generation finds quickly. */
export const EDGE_STRINGS = [
  '',
  ' ',
  '\u00a0',
  '\u202e\u202dreversed',
  '\u200f\u200erlm lrm',
  'zero\u200dwidth\u200cjoiners\u200b',
  '\ud800',
  '\udfff lone low',
  'a\ud800b',
  '\ud83d\ude00 emoji',
  '👩‍👩‍👧‍👦',
  'e\u0301\u0301\u0301\u0301 combining',
  '\u0000nul\u0001',
  '\ufeffbom',
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '"><svg onload=alert(1)>',
  "'><a href=javascript:alert(1)>x</a>",
  '{{7*7}} ${7*7} <%= 7*7 %>',
  '<!-- comment --><style>*{display:none}</style>',
  '&lt;b&gt;entities&amp;',
  '__proto__',
  'constructor',
  'toString',
  'en',
  'fr',
  'ar',
  'x-klingon',
  'zh-Hant-TW',
  'not a language tag!',
  '2017-07-10T09:00:00Z',
  '2017-07-08',
  '9999-99-99',
  '+275760-09-13T00:00:00.000Z',
] as const;

/** URLs of every scheme and shape; only http(s) ones may reach the DOM. */
export const EDGE_URLS = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  '\u0000javascript:alert(1)',
  'javascript&colon;alert(1)',
  '&#106;avascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:image/svg+xml,<svg onload=alert(1)>',
  'vbscript:msgbox(1)',
  'blob:https://news.example/0b5e-44',
  'file:///etc/passwd',
  'ftp://news.example/x',
  'mailto:a@news.example',
  'about:blank',
  'chrome://settings',
  'ws://news.example/socket',
  '//news.example/protocol-relative',
  '/relative/path',
  'relative/path?x=1#y',
  '../../up',
  '?query-only',
  '#hash-only',
  'http://',
  'https://',
  'http://[::1',
  'http://exa mple.com/',
  'https://news.example/ok',
  'http://127.0.0.1:1/ok',
  'HTTPS://NEWS.EXAMPLE/UPPER',
  'https://user:pass@news.example/creds',
  'https://news.example/"onmouseover="alert(1)',
  "https://news.example/'><img src=x onerror=alert(1)>",
  'https://xn--80ak6aa92e.com/idn',
  'https://news.example/\u202e/rtl',
  `https://news.example/${'long/'.repeat(900)}`,
] as const;

/** One UTF-16 code unit of any value, lone surrogates included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n));

const hugeString = fc
  .tuple(fc.constantFrom('A', '<b>', '\u202e', '\ud800', 'é'), fc.integer({ min: 2_000, max: 120_000 }))
  .map(([unit, times]) => unit.repeat(times));

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...EDGE_STRINGS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: codeUnit, maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  { weight: 1, arbitrary: hugeString },
);

export const hostileUrl: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...EDGE_URLS) },
  { weight: 1, arbitrary: fc.webUrl({ withQueryParameters: true, withFragments: true }) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom('javascript', 'JAVASCRIPT', 'data', 'vbscript', 'blob', 'http', 'https', 'feed', 'x'), fc.constantFrom(':', '://', ': ', ':\t'), fc.string({ maxLength: 20 }))
      .map(([scheme, sep, rest]) => `${scheme}${sep}${rest}`),
  },
  { weight: 1, arbitrary: fc.string({ unit: codeUnit, maxLength: 30 }) },
);

/** Builds `depth` levels of nested arrays or objects (iteratively: no recursion to blow up here). */
function nested(depth: number, asArray: boolean): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i += 1) value = asArray ? [value] : { title: value, related: [value] };
  return value;
}

// Built once: fast-check walks every value a `.map` returns, which costs more than the nesting.
const deep = fc.constantFrom(nested(64, true), nested(1_000, false), nested(5_000, true), nested(5_000, false));

export const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, undefined, true, false, 0, -0, -1, 1.5, NaN, Infinity, -Infinity, Number.MAX_SAFE_INTEGER, 1e308, -1e308, 2 ** 53 + 1),
  fc.double(),
  fc.integer(),
  fc.constantFrom([], {}, [null], [[]], { length: 5 }, { 0: 'a', length: 1 }),
  fc.array(fc.oneof(fc.string({ maxLength: 5 }), fc.integer(), fc.constant(null)), { maxLength: 8 }),
  fc.constant(Array.from({ length: 20_000 }, (_, i) => ({ url: `/story/${i}`, title: `Story ${i}` }))),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.oneof(fc.string({ maxLength: 8 }), fc.integer()), { maxKeys: 5 }),
  deep,
);

/** Anything at all in place of a field. */
export const anyValue: fc.Arbitrary<unknown> = fc.oneof(hostileString, hostileUrl, wrongType);

const stringish = fc.oneof({ weight: 4, arbitrary: hostileString }, { weight: 1, arbitrary: wrongType });
const urlish = fc.oneof({ weight: 4, arbitrary: hostileUrl }, { weight: 1, arbitrary: wrongType });
const numberish = fc.oneof(
  fc.constantFrom(0, 1, 2, 5, 21, 1234, -1, 0.5, 1e21, NaN, Infinity, '3', '1e3', null),
  fc.double(),
  fc.integer({ min: -10, max: 2 ** 40 }),
  wrongType,
);
const languageish = fc.oneof(fc.constantFrom('fr', 'de', 'es', 'pt-br', 'ar', 'ru', 'EN', 'zz', 'i-klingon', 'x-private', '', 'fr_FR'), hostileString, wrongType);
const dateish = fc.oneof(fc.constantFrom('2017-07-10T09:00:00Z', '2017-07-08', 'yesterday', '0000-00-00', '2017-02-30'), fc.date({ noInvalidDate: false }).map((d) => (Number.isNaN(d.getTime()) ? 'Invalid' : d.toISOString())), stringish);

/** A field that is usually present and shaped, sometimes replaced by anything. */
function shaped<T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 4, arbitrary }, { weight: 1, arbitrary: anyValue });
}

const image = shaped(fc.record({ src: urlish, alt: stringish, width: numberish, height: numberish, credit: stringish }, { requiredKeys: [] }));
const author = shaped(fc.record({ name: stringish, url: urlish }, { requiredKeys: [] }));
const likes = shaped(fc.record({ count: numberish, endpoint: urlish }, { requiredKeys: [] }));
const translation = shaped(fc.record({ language: languageish, url: urlish, title: stringish }, { requiredKeys: [] }));
const related = shaped(
  fc.record({ id: stringish, url: urlish, title: stringish, image, summary: stringish, published: dateish }, { requiredKeys: [] }),
);
const list = <T>(item: fc.Arbitrary<T>): fc.Arbitrary<unknown> => shaped(fc.array(item, { maxLength: 12 }));
/** A video: playable URLs (so the poster state is reached) among hostile ones; a VideoObject now and then. */
const videoUrlish = fc.oneof(fc.constantFrom('https://youtu.be/M7lc1UVf-VE?t=1m', 'https://vimeo.com/76979871', '/clip.mp4'), urlish);
const video = fc.oneof(
  shaped(
    fc.record(
      {
        url: videoUrlish,
        title: stringish,
        thumbnail: image,
        duration: fc.oneof(fc.constantFrom('PT4M13S', 'PT99999H', 'P1Y'), stringish),
        captions: list(fc.record({ src: urlish, language: languageish, label: stringish }, { requiredKeys: [] })),
      },
      { requiredKeys: [] },
    ),
  ),
  fc.record({ '@type': fc.constantFrom('VideoObject', ['VideoObject']), embedUrl: videoUrlish, contentUrl: urlish, name: stringish, thumbnailUrl: fc.oneof(urlish, fc.array(urlish)), duration: stringish }, { requiredKeys: [] }),
);

/** Keys that attack prototypes or look like the fields themselves; set as own properties. */
const trapKeys = fc.subarray(['__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString', 'valueOf', 'then']);

/** Sets `key` as an own, enumerable property, even `__proto__` (as JSON.parse does). */
function defineOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
}

const articleRecord = fc
  .tuple(
    fc.record(
      {
        id: stringish,
        url: urlish,
        title: shaped(hostileString),
        summary: stringish,
        language: languageish,
        published: dateish,
        author,
        image,
        likes,
        video,
        translations: list(translation),
        related: list(related),
      },
      { requiredKeys: [] },
    ),
    trapKeys,
    anyValue,
  )
  .map(([fields, traps, trapValue]) => {
    const doc: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(fields)) defineOwn(doc, key, value);
    for (const key of traps) defineOwn(doc, key, key === '__proto__' ? { title: 'from the prototype', polluted: true } : trapValue);
    return doc;
  });

const jsonFeed = fc
  .record(
    {
      version: fc.constantFrom('https://jsonfeed.org/version/1.1', 'https://jsonfeed.org/version/1', 'https://jsonfeed.org/version/9'),
      title: stringish,
      items: list(
        shaped(
          fc.record({ id: stringish, url: urlish, title: stringish, summary: stringish, image: urlish, date_published: dateish }, { requiredKeys: [] }),
        ),
      ),
    },
    { requiredKeys: ['version'] },
  )
  .map((fields) => fields as Record<string, unknown>);

const optional = <T>(model: { [K in keyof T]: fc.Arbitrary<T[K]> }) => fc.record(model, { requiredKeys: [] });

/** A WordPress REST post (`title.rendered` makes it one), every other field as hostile as above. */
const wordpressPost = fc.record(
  {
    title: fc.record({ rendered: stringish }),
    excerpt: shaped(optional({ rendered: stringish })),
    link: urlish,
    date_gmt: dateish,
    date: dateish,
    lang: languageish,
    jetpack_featured_media_url: urlish,
    _embedded: shaped(
      optional({
        author: list(shaped(optional({ name: stringish, link: urlish }))),
        'wp:featuredmedia': list(shaped(optional({ source_url: urlish, alt_text: stringish, media_details: shaped(optional({ width: numberish, height: numberish })) }))),
      }),
    ),
    'jetpack-related-posts': list(shaped(optional({ url: urlish, title: stringish, excerpt: stringish, date: dateish, img: shaped(optional({ src: urlish, alt_text: stringish })) }))),
  },
  { requiredKeys: ['title'] },
);

/** A schema.org node of any type a block holds, its references (`@id`) pointing anywhere. */
const linkedNode = optional({
  '@type': fc.oneof(fc.constantFrom('NewsArticle', 'BlogPosting', 'schema:Article', 'JobPosting', 'WebPage', 'ItemList', 'Person', 'ImageObject', ['NewsArticle', 'WebPage']), stringish),
  '@id': fc.oneof(fc.constantFrom('#a', '#b', '#page'), urlish),
  headline: stringish,
  name: fc.oneof(stringish, fc.array(stringish, { maxLength: 3 })),
  description: stringish,
  url: urlish,
  mainEntityOfPage: fc.oneof(urlish, fc.record({ '@id': fc.constantFrom('#a', '#b', '#page') })),
  inLanguage: languageish,
  datePublished: dateish,
  author: fc.oneof(stringish, author, fc.record({ '@id': fc.constantFrom('#a', '#b') }), fc.array(author, { maxLength: 3 })),
  image: fc.oneof(urlish, image, fc.array(fc.oneof(urlish, image), { maxLength: 3 })),
  itemListElement: list(shaped(optional({ item: fc.oneof(urlish, related), url: urlish, name: stringish }))),
  video,
});

/** JSON-LD as pages write it: one node, a list of nodes, or an `@graph`. */
const linkedData = fc.oneof(
  linkedNode.map((node) => ({ '@context': 'https://schema.org', ...node })),
  fc.array(linkedNode, { maxLength: 5 }).map((nodes) => [{ '@context': 'https://schema.org' }, ...nodes]),
  list(linkedNode).map((graph) => ({ '@context': 'https://schema.org', '@graph': graph })),
);

/** A whole hostile document: mostly article-shaped, sometimes a JSON Feed, WordPress or JSON-LD, sometimes not an object at all. */
export const hostileDocument: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 8, arbitrary: articleRecord },
  { weight: 2, arbitrary: jsonFeed },
  { weight: 2, arbitrary: wordpressPost },
  { weight: 1, arbitrary: fc.array(wordpressPost, { maxLength: 6 }) },
  { weight: 2, arbitrary: linkedData },
  { weight: 1, arbitrary: anyValue },
);
