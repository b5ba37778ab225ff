import type { Article, Parsed, RelatedStory } from './article.js';
import { field, isRecord, readDate, readLanguage, readList, readString } from './json-guards.js';
import { parseArticle } from './parse-article.js';
import { safeUrl, samePage } from './url-safety.js';

const FEED_VERSION = /^https:\/\/jsonfeed\.org\/version\/1(\.1)?$/;

/** True when the JSON is a JSON Feed (1 or 1.1), detected by its `version`. */
export function isJsonFeed(json: unknown): boolean {
  const version = isRecord(json) ? field(json, 'version') : undefined;
  return typeof version === 'string' && FEED_VERSION.test(version);
}

/**
 * Reads a JSON Feed as an article whose `related` list holds the feed's items. The item for
 * the current page (`pageUrl`) is left out, so a feed can be reused on every article page.
 */
export function parseFeed(json: unknown, base: string, pageUrl: string): Parsed<Article> {
  if (!isRecord(json)) return parseArticle(json, base);
  const related: RelatedStory[] = [];
  // Read a few more than the list cap so that leaving out the current page still fills it.
  for (const item of readList(json, 'items', 101)) {
    if (!isRecord(item)) continue;
    const url = safeUrl(field(item, 'url'), base) ?? safeUrl(field(item, 'external_url'), base);
    const title = readString(item, 'title');
    if (!url || !title || samePage(url, pageUrl)) continue;
    const image = safeUrl(field(item, 'image'), base) ?? safeUrl(field(item, 'banner_image'), base);
    related.push({
      id: readString(item, 'id'),
      url,
      title,
      image: image ? { src: image, alt: '' } : undefined,
      summary: readString(item, 'summary'),
      published: readDate(item, 'date_published'),
    });
  }
  return {
    ok: true,
    value: {
      sourceUrl: base,
      title: readString(json, 'title'),
      url: safeUrl(field(json, 'home_page_url'), base),
      language: readLanguage(json, 'language'),
      translations: [],
      related: related.slice(0, 100),
    },
  };
}

/** An article document, or a JSON Feed read as one (without the current page's item). */
export function parseArticleOrFeed(json: unknown, base: string): Parsed<Article> {
  return isJsonFeed(json) ? parseFeed(json, base, location.href) : parseArticle(json, base);
}
