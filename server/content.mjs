// Article documents (contract section 2) from a folder of <id>.json files, read once at
// start. The server adds the live `likes`; everything else is served as written.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Ids are URL path segments and SQLite keys: keep them boring. */
export const ID_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,98}[a-z0-9])?$/;

/**
 * @typedef {Record<string, unknown> & { id: string, title: string }} ArticleDocument
 * @typedef {{ ids: string[], get(id: string): ArticleDocument | undefined, has(id: string): boolean }} Content
 */

/** @param {unknown} value @returns {value is Record<string, unknown>} */
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Loads every `*.json` file of `dir`. A file that is not a valid document stops the start
 * with a message naming it: a typo should not become a silent 404.
 * @param {string} dir
 * @returns {Content}
 */
export function loadContent(dir) {
  /** @type {Map<string, ArticleDocument>} */
  const articles = new Map();
  for (const name of readdirSync(dir).filter((file) => file.endsWith('.json')).sort()) {
    const file = join(dir, name);
    const id = name.slice(0, -'.json'.length);
    /** @type {unknown} */
    let document;
    try {
      document = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new Error(`${file}: not valid JSON (${/** @type {Error} */ (error).message})`);
    }
    if (!ID_PATTERN.test(id)) throw new Error(`${file}: the file name must be a lower-case id (a-z, 0-9, -)`);
    if (!isObject(document)) throw new Error(`${file}: the document must be a JSON object`);
    if (document.id !== undefined && document.id !== id) throw new Error(`${file}: "id" is "${String(document.id)}" but the file is named ${id}.json`);
    if (typeof document.title !== 'string' || document.title.trim() === '') throw new Error(`${file}: "title" must be a non-empty string`);
    articles.set(id, /** @type {ArticleDocument} */ ({ ...document, id }));
  }
  return {
    ids: [...articles.keys()],
    get: (id) => articles.get(id),
    has: (id) => articles.has(id),
  };
}

/** The like endpoint of an article, as the document advertises it (relative to the document). */
export const likesPath = (/** @type {string} */ id) => `/api/articles/${id}/likes`;

/**
 * The document as served: the file's fields plus the live like count.
 * @param {ArticleDocument} article
 * @param {number | undefined} count  none when the likes' database cannot say
 */
export function articleDocument(article, count) {
  return { ...article, likes: { count, endpoint: likesPath(article.id) } };
}

/** @param {unknown} value @param {string} base */
function absolute(value, base) {
  if (typeof value !== 'string') return undefined;
  try {
    return new URL(value, base).href;
  } catch {
    return undefined;
  }
}

/** @param {unknown} value */
const text = (value) => (typeof value === 'string' && value !== '' ? value : undefined);

/**
 * A JSON Feed 1.1 of every article, newest first. URLs are made absolute against `origin`,
 * as JSON Feed readers expect.
 * @param {Content} content
 * @param {{ origin: string, title: string }} site
 */
export function jsonFeed(content, { origin, title }) {
  const base = `${origin}/`;
  const items = content.ids
    .map((id) => /** @type {ArticleDocument} */ (content.get(id)))
    .sort((a, b) => String(b.published ?? '').localeCompare(String(a.published ?? '')))
    .map((article) => {
      const image = isObject(article.image) ? absolute(article.image.src, base) : undefined;
      const author = isObject(article.author) ? article.author : undefined;
      return {
        id: article.id,
        url: absolute(article.url, base),
        title: article.title,
        content_text: text(article.summary) ?? article.title,
        summary: text(article.summary),
        image,
        date_published: text(article.published),
        authors: author && text(author.name) ? [{ name: author.name, url: absolute(author.url, base) }] : undefined,
        language: text(article.language),
      };
    });
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title,
    home_page_url: base,
    feed_url: `${origin}/api/feed.json`,
    items,
  };
}
