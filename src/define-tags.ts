import { defineElement } from './core/registry.js';
import { ArticleCard } from './elements/article-card/article-card.js';
import { ArticleContext } from './elements/article-context/article-context.js';
import { LanguageSwitcher } from './elements/language-switcher/language-switcher.js';
import { LikeButton } from './elements/like-button/like-button.js';

/**
 * The tags the ES CDN file defines from its own code, and their classes; it loads
 * `<related-stories>` and `<video-embed>` from chunks beside it (src/cdn.ts). Defined in this
 * order, their elements already in the page connect in it, a turn each (render-turns.ts): an
 * article's switcher (its header) and like button (its end) before the cards below it, so a
 * frame painted between two turns rarely shows an empty widget above what the reader sees.
 */
export const EAGER_WIDGETS = {
  'article-context': ArticleContext,
  'language-switcher': LanguageSwitcher,
  'like-button': LikeButton,
  'article-card': ArticleCard,
} as const;

/**
 * Defines each of `widgets` under `${prefix}${tag}` and returns the prefix as used (lower
 * case; `''` when it is not a string). With a prefix each tag gets a fresh subclass (a
 * constructor can be registered under one name only).
 */
export function defineTags(widgets: Record<string, CustomElementConstructor>, prefix?: unknown): string {
  prefix = typeof prefix === 'string' ? prefix.toLowerCase() : '';
  for (const [tag, widget] of Object.entries(widgets)) defineElement(prefix + tag, prefix ? class extends widget {} : widget);
  return prefix as string;
}
