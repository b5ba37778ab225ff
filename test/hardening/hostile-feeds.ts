// RSS 2.0 and Atom 1.0 feeds as text, every field as hostile as the JSON documents'
// (hostile-arbitraries.ts): values escaped, in CDATA, or raw (then the feed may not parse:
// the reader's `not-feed`), elements in our own vocabularies and in others (an `atom:link` in
// an RSS item, Media RSS groups, Dublin Core dates), in any order, any number of times.
import fc from 'fast-check';
import { hostileString, hostileUrl } from './hostile-arbitraries.js';

const NAMESPACES =
  'xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/" xmlns:content="http://purl.org/rss/1.0/modules/content/"';

const escapeText = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string): string => escapeText(text).replace(/"/g, '&quot;');

/** An element's text: escaped (mostly), in CDATA, or raw (markup or a stray `&` a feed got wrong). */
const text = fc.oneof(
  { weight: 4, arbitrary: hostileString.map(escapeText) },
  { weight: 1, arbitrary: hostileString.map((value) => `<![CDATA[${value.replace(/]]>/g, '')}]]>`) },
  { weight: 1, arbitrary: hostileString },
);
const url = fc.oneof(hostileUrl, fc.constantFrom('/relative/story', '', ' https://news.example/a ', 'https://news.example/img.jpg'));
const attribute = url.map(escapeAttribute);
const size = fc.oneof(fc.constantFrom('', '0', '-1', '1e9', 'NaN', '640', '480.5'), fc.string({ maxLength: 6 })).map(escapeAttribute);
const dateText = fc.oneof(
  fc.constantFrom('Mon, 03 Jul 2017 14:00:00 +0000', '2017-07-03T14:00:00Z', '2017-07-03', '', 'yesterday', '+275760-09-13T00:00:00Z', 'Mon, 32 Foo 2017 99:99:99 XYZ', 'Fri, 30 Feb 2024 10:00:00 GMT'),
  hostileString.map(escapeText),
);
const element = (name: string, content: string, attributes = ''): string => `<${name}${attributes}>${content}</${name}>`;

/** A Media RSS image: `media:content`/`media:thumbnail` alone or in a `media:group`, any type. */
const media = fc
  .tuple(fc.constantFrom('media:content', 'media:thumbnail', 'content', 'enclosure'), attribute, size, size, fc.constantFrom('', ' medium="image"', ' medium="video"', ' type="image/jpeg"', ' type="text/html"'), fc.boolean())
  .map(([name, src, width, height, kind, grouped]) => {
    const image = `<${name} url="${src}" href="${src}" width="${width}" height="${height}"${kind}/>`;
    return grouped ? element('media:group', image + image) : image;
  });

/** One child of an RSS item or channel (`n` of them, any order, repeats and strays included). */
const rssField = fc.oneof(
  text.map((value) => element('title', value)),
  url.map((value) => element('link', escapeText(value))),
  attribute.map((value) => `<atom:link rel="self" href="${value}"/>`),
  text.map((value) => element('description', value)),
  text.map((value) => element('content:encoded', value)),
  dateText.map((value) => element('pubDate', value)),
  dateText.map((value) => element('dc:date', value)),
  text.map((value) => element('language', value)),
  media,
  text.map((value) => element('category', value)),
);
const rssItem = fc.array(rssField, { maxLength: 8 }).map((fields) => element('item', fields.join('')));
const rss = fc
  .tuple(fc.array(rssField, { maxLength: 6 }), fc.array(rssItem, { maxLength: 8 }))
  .map(([fields, items]) => `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" ${NAMESPACES}><channel>${fields.join('')}${items.join('')}</channel></rss>`);

/** An Atom text construct: text, HTML (escaped markup) or XHTML (a `div` of real markup). */
const atomText = (name: string): fc.Arbitrary<string> =>
  fc.oneof(
    text.map((value) => element(name, value)),
    text.map((value) => element(name, value, ' type="html"')),
    text.map((value) => element(name, `<div xmlns="http://www.w3.org/1999/xhtml"><p>${value}</p><p>${value}</p></div>`, ' type="xhtml"')),
    text.map((value) => element(name, value, ' type="bogus"')),
  );
const atomField = fc.oneof(
  atomText('title'),
  atomText('summary'),
  atomText('content'),
  fc.tuple(fc.constantFrom('', ' rel="alternate"', ' rel="enclosure"', ' rel="self"', ' rel=""'), attribute).map(([rel, href]) => `<link${rel} href="${href}"/>`),
  dateText.map((value) => element('published', value)),
  dateText.map((value) => element('updated', value)),
  text.map((value) => element('author', element('name', value))),
  media,
);
const atomEntry = fc.array(atomField, { maxLength: 8 }).map((fields) => element('entry', fields.join('')));
const atom = fc
  .tuple(fc.constantFrom('', ' xml:lang="fr"', ' xml:lang="&lt;b&gt;"', ' xml:base="https://elsewhere.example/"'), fc.array(atomField, { maxLength: 6 }), fc.array(atomEntry, { maxLength: 8 }))
  .map(([lang, fields, entries]) => `<feed xmlns="http://www.w3.org/2005/Atom" ${NAMESPACES}${lang}>${fields.join('')}${entries.join('')}</feed>`);

/** An RSS or Atom feed's text. */
export const hostileFeed: fc.Arbitrary<string> = fc.oneof(rss, atom);
