import { EAGER_WIDGETS, defineTags } from './define-tags.js';
import { RelatedStories } from './elements/related-stories/related-stories.js';
import { VideoEmbed } from './elements/video-embed/video-embed.js';

/** Every tag of the library and its class, in the order they are defined. */
export const WIDGETS = { ...EAGER_WIDGETS, 'related-stories': RelatedStories, 'video-embed': VideoEmbed } as const;

export type WidgetTag = keyof typeof WIDGETS;

/**
 * The tags `defineWidgets({ prefix })` defines, each typed as its element, for TypeScript's
 * `HTMLElementTagNameMap` (the plain tags are in it already):
 * `declare global { interface HTMLElementTagNameMap extends PrefixedTags<'sw-'> {} }`
 * makes `document.querySelector('sw-like-button')` a `LikeButton`, as Angular's and Lit's
 * template checkers read it too.
 */
export type PrefixedTags<Prefix extends string> = { [Tag in WidgetTag as `${Prefix}${Tag}`]: InstanceType<(typeof WIDGETS)[Tag]> };

/** Options of `defineWidgets`. */
export interface DefineWidgetsOptions {
  /** Put before every tag name: `'sw-'` defines `<sw-like-button>` and so on. Default `''`. */
  readonly prefix?: string;
}

/**
 * Defines every element of the library, under `${prefix}${tag}`. With a prefix each tag gets a
 * fresh subclass, so the plain names and any number of prefixes can live on one page. Never
 * throws: a tag that is already this library's is skipped silently, a foreign one gets one
 * `console.warn`.
 */
export function defineWidgets(options?: DefineWidgetsOptions | null): void {
  defineTags(WIDGETS, options?.prefix);
}
