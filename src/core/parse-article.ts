import type { Article, ArticleAuthor, ArticleImage, ArticleLikes, ArticleTranslation, Parsed, RelatedStory } from './article.js';
import {
  type JsonRecord,
  field,
  isRecord,
  readCount,
  readDate,
  readDimension,
  readLanguage,
  readList,
  readRecord,
  readString,
} from './json-guards.js';
import { safeUrl } from './url-safety.js';

/**
 * Turns untrusted JSON into an `Article`. Wrong optional fields are dropped; only a document
 * that is not an object, or a `title` that is neither a string nor null, is refused.
 * @param json the parsed JSON value
 * @param base the document's own URL: relative URLs inside resolve against it
 */
export function parseArticle(json: unknown, base: string): Parsed<Article> {
  if (!isRecord(json)) {
    return invalid(`the document is ${describe(json)}, not an object`, base);
  }
  // A CMS often writes `null` for "no value": that is an absent title, not a wrong one.
  const title = field(json, 'title');
  if (title !== undefined && title !== null && typeof title !== 'string') {
    return invalid(`"title" is ${describe(title)}, not a string`, base);
  }
  return {
    ok: true,
    value: {
      sourceUrl: base,
      id: readString(json, 'id'),
      url: safeUrl(field(json, 'url'), base),
      title: readString(json, 'title'),
      summary: readString(json, 'summary'),
      language: readLanguage(json, 'language'),
      published: readDate(json, 'published'),
      author: parseAuthor(readRecord(json, 'author'), base),
      image: parseImage(readRecord(json, 'image'), base),
      likes: parseLikes(readRecord(json, 'likes'), base),
      translations: readList(json, 'translations').flatMap((t) => parseTranslation(t, base)),
      related: readList(json, 'related').flatMap((r) => parseRelated(r, base)),
    },
  };
}

export function invalid<T>(message: string, url?: string): Parsed<T> {
  return { ok: false, failure: { reason: 'invalid', message, url } };
}

/** "a number", "an array", "null"… for messages that name what was wrong. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  const type = typeof value;
  return type === 'object' ? 'an object' : `${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type}`;
}

export function parseImage(record: JsonRecord | undefined, base: string): ArticleImage | undefined {
  if (!record) return undefined;
  const src = safeUrl(field(record, 'src'), base);
  if (!src) return undefined;
  return {
    src,
    alt: readString(record, 'alt') ?? '',
    width: readDimension(record, 'width'),
    height: readDimension(record, 'height'),
    credit: readString(record, 'credit'),
  };
}

function parseAuthor(record: JsonRecord | undefined, base: string): ArticleAuthor | undefined {
  const name = record && readString(record, 'name');
  return record && name ? { name, url: safeUrl(field(record, 'url'), base) } : undefined;
}

function parseLikes(record: JsonRecord | undefined, base: string): ArticleLikes | undefined {
  if (!record) return undefined;
  return { count: readCount(record, 'count') ?? 0, endpoint: safeUrl(field(record, 'endpoint'), base) };
}

function parseTranslation(value: unknown, base: string): ArticleTranslation[] {
  if (!isRecord(value)) return [];
  const language = readLanguage(value, 'language');
  const url = safeUrl(field(value, 'url'), base);
  return language && url ? [{ language, url, title: readString(value, 'title') }] : [];
}

function parseRelated(value: unknown, base: string): RelatedStory[] {
  if (!isRecord(value)) return [];
  const url = safeUrl(field(value, 'url'), base);
  const title = readString(value, 'title');
  if (!url || !title) return [];
  return [
    {
      id: readString(value, 'id'),
      url,
      title,
      image: parseImage(readRecord(value, 'image'), base),
      summary: readString(value, 'summary'),
      published: readDate(value, 'published'),
    },
  ];
}
