/** What every list format does: read its first 100 entries as stories and keep the usable ones. */
import type { Article, Parsed, RelatedStory } from '../core/article.js';
import { MAX_LIST_ITEMS } from '../core/json-guards.js';

/** A story while it is read: fields may come from more than one place, and may be missing. */
export type Draft = { -readonly [K in keyof RelatedStory]?: RelatedStory[K] };

/** The first 100 entries of a list (one value counts as a list of one) read by `read`: those with a safe URL and a title. */
export const stories = <T>(value: T | T[] | undefined, read: (entry: T) => Draft): RelatedStory[] =>
  [value]
    .flat()
    .slice(0, MAX_LIST_ITEMS)
    .map((entry) => read(entry as T))
    .filter((story): story is RelatedStory => !!(story.url && story.title));

/**
 * A feed's entries newest first, as feed readers show them, when every one names a date (a feed
 * written oldest first would show its oldest 100 stories); else in the feed's own order, as one
 * entry without a date leaves nothing to sort by (SimplePie's rule). Sorting is stable. Each
 * entry comes with its date, read once: the reader shows the one the sort read.
 */
export function newestFirst<T>(entries: T[], published: (entry: T) => string | undefined): (readonly [entry: T, published: string | undefined, time: number])[] {
  const dated = entries.map((entry) => {
    const date = published(entry);
    return [entry, date, Date.parse(date!)] as const;
  });
  return dated.every(([, , time]) => time == time) ? dated.sort((a, b) => b[2] - a[2]) : dated;
}

/** A feed or collection as a document: a list (`list: true`) whose stories are its `related`. */
export const listDocument = (base: string, related: RelatedStory[], feed?: Partial<Article>): Parsed<Article> => ({
  ok: true,
  value: { ...feed, sourceUrl: base, list: true, translations: [], related },
});
