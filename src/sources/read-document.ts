/**
 * The one door every document goes through: each format is detected by its shape and read
 * into the same `Article`, so no element knows which format its data came in. A format is
 * added by adding a module and a line here.
 */
import type { Article, Parsed } from '../core/article.js';
import { notFeed } from '../core/xml-document.js';
import { readAtom, isAtom } from './atom.js';
import { isJsonFeed, parseFeed } from './json-feed.js';
import { isLinkedData, readLinkedData } from './json-ld.js';
import { parseArticle } from './our-json.js';
import { isRss, readRss } from './rss.js';
import { isPost, isPostCollection, readPost, readPostCollection } from './wordpress.js';

type Format = [detect: (value: unknown) => boolean, read: (value: never, base: string) => Parsed<Article>];

// Order matters only where shapes overlap: a WordPress collection and JSON-LD are both arrays.
const FORMATS: Format[] = [
  [isJsonFeed, parseFeed],
  [isPost, readPost],
  [isPostCollection, readPostCollection],
  [isLinkedData, readLinkedData],
  [isRss, readRss],
  [isAtom, readAtom],
];

/**
 * Reads a document in any format the library knows: our article JSON (contract §2), JSON Feed,
 * WordPress REST, schema.org JSON-LD, RSS 2.0, Atom 1.0. Never throws on untrusted input.
 * @param value parsed JSON, or the XML document of a feed
 * @param base the document's own URL: relative URLs inside resolve against it
 */
export function readDocument(value: unknown, base: string): Parsed<Article> {
  const format = FORMATS.find(([detect]) => detect(value));
  if (format) return format[1](value as never, base);
  if (value instanceof Node) return { ok: false, failure: { ...notFeed.failure, url: base } };
  return parseArticle(value, base);
}
