import type { Article, Parsed, RelatedStory } from '../core/article.js';
import { type JsonRecord, date, field, isRecord, language, object, text } from '../core/json-guards.js';
import { safeUrl } from '../core/url-safety.js';
import { htmlText, plainText, titleFrom } from './html-text.js';
import { parseArticle } from './our-json.js';
import { listDocument, newestFirst, stories } from './story-list.js';

/** An item's title; the spec allows none (micro-blogs): then the first words of its text. */
const itemTitle = (value: unknown, _base: string, item: JsonRecord): string | undefined =>
  plainText(value) ?? titleFrom(text(field(item, 'content_text')) ?? text(field(item, 'summary')) ?? htmlText(field(item, 'content_html')));

const published = (item: unknown): string | undefined => date(isRecord(item) ? field(item, 'date_published') : undefined);

// A JSON Feed item as a related story: `external_url` and `banner_image` stand in for missing ones.
// Its date is the one the sort read (parseFeed).
const readItem = object<Omit<RelatedStory, 'published'>>(
  {
    id: text,
    url: (value, base, item) => safeUrl(value, base) ?? safeUrl(field(item, 'external_url'), base),
    title: itemTitle,
    image: (value, base, item) => {
      const src = safeUrl(value, base) ?? safeUrl(field(item, 'banner_image'), base);
      return src ? { src, alt: '' } : undefined;
    },
    summary: plainText,
    // JSON Feed 1.1 gives items their own `language`; the feed's stands in when absent.
    language,
  },
  'url',
  'title',
);

/**
 * Reads a JSON Feed as a list whose `related` holds the feed's items (the newest 100).
 * `<related-stories>` leaves out the current page's item, so one feed serves every page.
 */
export function parseFeed(json: unknown, base: string): Parsed<Article> {
  if (!isRecord(json)) return parseArticle(json, base);
  const items = field(json, 'items');
  // Every item's date is read for the sort; the first 100 items are read, each with that date
  // (an item without a URL or title reads as nothing, which `stories` leaves out).
  const related = stories(Array.isArray(items) ? newestFirst(items as unknown[], published) : [], ([item, published]) => ({ ...readItem(item, base), published }));
  return listDocument(base, related, {
    title: plainText(field(json, 'title')),
    url: safeUrl(field(json, 'home_page_url'), base),
    language: language(field(json, 'language')),
  });
}
