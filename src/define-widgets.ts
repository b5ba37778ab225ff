import { defineElement } from './core/registry.js';
import { ArticleCard } from './elements/article-card/article-card.js';
import { ArticleContext } from './elements/article-context/article-context.js';
import { LanguageSwitcher } from './elements/language-switcher/language-switcher.js';
import { LikeButton } from './elements/like-button/like-button.js';
import { RelatedStories } from './elements/related-stories/related-stories.js';
import { VideoEmbed } from './elements/video-embed/video-embed.js';

/** Every tag of the library and its class, in the order they are defined. */
export const WIDGETS = {
  'article-context': ArticleContext,
  'article-card': ArticleCard,
  'like-button': LikeButton,
  'language-switcher': LanguageSwitcher,
  'related-stories': RelatedStories,
  'video-embed': VideoEmbed,
} as const;

export type WidgetTag = keyof typeof WIDGETS;

/** Options of `defineWidgets`. */
export interface DefineWidgetsOptions {
  /** Put before every tag name: `'sw-'` defines `<sw-like-button>` and so on. Default `''`. */
  readonly prefix?: string;
}

/**
 * Defines every element of the library, under `${prefix}${tag}`. With a prefix each tag gets a
 * fresh subclass (a constructor can be registered under one name only), so the plain names
 * and any number of prefixes can live on one page. Never throws: a tag that is already
 * this library's is skipped silently, a foreign one gets one `console.warn`.
 */
export function defineWidgets({ prefix }: DefineWidgetsOptions = {}): void {
  prefix = typeof prefix === 'string' ? prefix.toLowerCase() : '';
  for (const [tag, widget] of Object.entries<CustomElementConstructor>(WIDGETS)) defineElement(prefix + tag, prefix ? class extends widget {} : widget);
}
