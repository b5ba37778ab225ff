/**
 * The one door every document goes through: each format is detected by its shape and read
 * into the same `Article`, so no element knows which format its data came in. A format is
 * added by adding a module and a line here.
 *
 * Our JSON is read at once. The readers of the other formats are a module of
 * their own (lazy-formats.ts), loaded the first time a document needs it: `formatsFor` says
 * when one has to wait, `loadFormats` loads them (server code awaits it before rendering).
 */
import type { Article, Parsed } from '../core/article.js';
import { notFeed } from '../core/xml-document.js';
import { isAtom, isComPost, isJsonFeed, isLinkedData, isPost, isPostCollection, isRss } from './format-shapes.js';
import type * as LazyFormats from './lazy-formats.js';
import { parseArticle } from './our-json.js';

type Readers = typeof LazyFormats;

// Order matters only where shapes overlap: a WordPress collection and JSON-LD are both arrays.
const FORMATS: [detect: (value: unknown) => boolean, reader: keyof Readers][] = [
  [isJsonFeed, 'feed'],
  [isPost, 'post'],
  [isPostCollection, 'posts'],
  [isComPost, 'comPost'],
  [isLinkedData, 'linkedData'],
  [isRss, 'rss'],
  [isAtom, 'atom'],
];

let readers: Readers | undefined;
let loading: Promise<void> | undefined;

/** Loads the readers of JSON Feed, WordPress, WordPress.com, JSON-LD, RSS and Atom (once; again after a failed try). */
export function loadFormats(): Promise<void> {
  return (loading ??= import('./lazy-formats.js').then(
    (module) => void (readers = module),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  ));
}

/** Resolves when `readDocument` can read `value`; undefined when it can at once (our JSON, a loaded format). */
export function formatsFor(value: unknown): Promise<void> | undefined {
  return readers || !FORMATS.some(([detect]) => detect(value)) ? undefined : loadFormats();
}

/**
 * Reads a document in any format the library knows: our article JSON (contract §2), JSON Feed,
 * WordPress REST (and WordPress.com's v1.1), schema.org JSON-LD, RSS 2.0, Atom 1.0 (these once `formatsFor` or
 * `loadFormats` resolved). Never throws on untrusted input.
 * @param value parsed JSON, or the XML document of a feed
 * @param base the document's own URL: relative URLs inside resolve against it
 */
export function readDocument(value: unknown, base: string): Parsed<Article> {
  const format = FORMATS.find(([detect]) => detect(value));
  if (format && readers) return readers[format[1]](value as never, base);
  if (format) throw new Error('loadFormats() first');
  if (value instanceof Node) return { ok: false, failure: { ...notFeed.failure, url: base } };
  return parseArticle(value, base);
}
