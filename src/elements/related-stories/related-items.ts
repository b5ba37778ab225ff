import type { RelatedStory } from '../../core/article.js';
import { samePage } from '../../core/url-safety.js';

/** `limit` when the attribute is missing or not a whole number ≥ 1. */
export const DEFAULT_LIMIT = 4;
/** `heading-level` when the attribute is missing or not a number. */
export const DEFAULT_HEADING_LEVEL = 2;

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/** A whole number ≥ 1, else the default: `limit="0"`, `"-3"`, `"2.5"`, `"many"` all give 4. */
export function validLimit(value: unknown): number {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) && n >= 1 ? n : DEFAULT_LIMIT;
}

/** 1–6: a number outside is clamped (`0` → 1, `9` → 6); anything else gives 2. */
export function validHeadingLevel(value: unknown): HeadingLevel {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isFinite(n)) return DEFAULT_HEADING_LEVEL;
  return Math.min(6, Math.max(1, Math.round(n))) as HeadingLevel;
}

/**
 * The first `limit` stories that are not the current page. The parser has already dropped
 * items without a safe URL or a title (and cut the list to 100); this stops as soon as
 * `limit` are found, so a long list costs no more than a short one.
 */
export function pickStories(related: readonly RelatedStory[], limit: number, pageUrl: string): RelatedStory[] {
  const picked: RelatedStory[] = [];
  for (const story of related) {
    if (picked.length >= limit) break;
    if (!samePage(story.url, pageUrl)) picked.push(story);
  }
  return picked;
}
