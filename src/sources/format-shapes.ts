/**
 * How the formats whose readers are a chunk of their own (lazy-formats.ts) are known by their
 * shape: cheap tests that stay in the main file, so that only a page that meets such a
 * document loads the readers.
 */
import { at } from '../core/json-guards.js';

const FEED_VERSIONS: unknown[] = ['https://jsonfeed.org/version/1', 'https://jsonfeed.org/version/1.1'];

/** A JSON Feed (1 or 1.1), known by its `version`. */
export const isJsonFeed = (value: unknown): boolean => FEED_VERSIONS.includes(at(value, 'version'));

/** The value, or the first of an array. */
export const first = (value: unknown): unknown => (Array.isArray(value) ? value[0] : value);

/** A WordPress post is known by `title.rendered`, WordPress's shape for every field that holds HTML. */
export const isPost = (value: unknown): boolean => typeof at(value, 'title', 'rendered') === 'string';

/** A WordPress collection: an array whose first entry is a post, or none (an empty category's answer: a list of none). */
export const isPostCollection = (value: unknown): boolean => Array.isArray(value) && (!value.length || isPost(value[0]));

/**
 * WordPress.com's v1.1 API: a post is known by its numeric `site_ID` beside a `URL`, a list of
 * posts by its count `found` beside `posts` and no `title` (wordpress-com.ts). Not a document of
 * ours that carries such a field of its own (CONTRACT §2: unknown fields are ignored): ours has
 * a `url`, and an article a `title`.
 */
export const isComPost = (value: unknown): boolean =>
  at(value, 'url') === undefined &&
  ((typeof at(value, 'site_ID') == 'number' && typeof at(value, 'URL') == 'string') ||
    (typeof at(value, 'found') == 'number' && Array.isArray(at(value, 'posts')) && typeof at(value, 'title') != 'string'));

/**
 * JSON-LD is known by its keywords (`@context`, `@graph`, `@type`) on an object or the first of an
 * array; a node copied out of a graph may have no `@context`. Not a document with a `title` of
 * text, `likes`, `translations` or `related`: ours (CONTRACT §2, unknown fields ignored, only a
 * card needs a title) may carry the keywords, copied from a page's JSON-LD, where an article's
 * title is its `headline` and none of the others is a schema.org property.
 */
export const isLinkedData = (value: unknown): boolean =>
  typeof at(value, 'title') != 'string' &&
  ['likes', 'translations', 'related'].every((key) => at(value, key) === undefined) &&
  ['@context', '@graph', '@type'].some((key) => at(first(value), key) !== undefined);

/** An XML feed: the document the loader read, with the root `name`. */
const isXmlRoot = (value: unknown, name: string): value is XMLDocument => value instanceof XMLDocument && value.documentElement.localName === name;

/** An RSS feed: root `<rss>`. */
export const isRss = (value: unknown): value is XMLDocument => isXmlRoot(value, 'rss');

/** An Atom feed: root `<feed>` (RSS and Atom are the only XML the loader hands on, so the name is enough). */
export const isAtom = (value: unknown): value is XMLDocument => isXmlRoot(value, 'feed');
