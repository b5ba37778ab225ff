import type { Article, Parsed, RelatedStory } from './article.js';
import { MAX_LIST_ITEMS, date, field, isRecord, language, list, object, text } from './json-guards.js';
import { parseArticle } from './parse-article.js';
import { safeUrl, samePage } from './url-safety.js';

const FEED_VERSIONS: unknown[] = ['https://jsonfeed.org/version/1', 'https://jsonfeed.org/version/1.1'];

// A JSON Feed item as a related story: `external_url` and `banner_image` stand in for missing ones.
const readItems = list(
  object<RelatedStory>(
    {
      id: text,
      url: (value, base, item) => safeUrl(value, base) ?? safeUrl(field(item, 'external_url'), base),
      title: text,
      image: (value, base, item) => {
        const src = safeUrl(value, base) ?? safeUrl(field(item, 'banner_image'), base);
        return src ? { src, alt: '' } : undefined;
      },
      summary: text,
      published: (_, _base, item) => date(field(item, 'date_published')),
    },
    'url',
    'title',
  ),
  // A few more than the list cap, so that leaving out the current page still fills it.
  MAX_LIST_ITEMS + 1,
);

/** True when the JSON is a JSON Feed (1 or 1.1), detected by its `version`. */
export function isJsonFeed(json: unknown): boolean {
  return FEED_VERSIONS.includes(isRecord(json) && field(json, 'version'));
}

/**
 * Reads a JSON Feed as an article whose `related` list holds the feed's items. The item for
 * the current page (`pageUrl`) is left out, so a feed can be reused on every article page.
 */
export function parseFeed(json: unknown, base: string, pageUrl: string): Parsed<Article> {
  if (!isRecord(json)) return parseArticle(json, base);
  return {
    ok: true,
    value: {
      sourceUrl: base,
      title: text(field(json, 'title')),
      url: safeUrl(field(json, 'home_page_url'), base),
      language: language(field(json, 'language')),
      translations: [],
      related: readItems(field(json, 'items'), base, json)
        .filter((item) => !samePage(item.url, pageUrl))
        .slice(0, MAX_LIST_ITEMS),
    },
  };
}

/** An article document, or a JSON Feed read as one (without the current page's item). */
export function parseArticleOrFeed(json: unknown, base: string): Parsed<Article> {
  return isJsonFeed(json) ? parseFeed(json, base, location.href) : parseArticle(json, base);
}
