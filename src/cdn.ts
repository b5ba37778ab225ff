/**
 * The ES CDN file (`dist/cdn/story-widgets.js`): defines every tag like `story-widgets`, but
 * `<video-embed>`'s code is a chunk beside it, imported the first time such an element is in
 * the page (or `defineWidgets` is called with a prefix), so pages without a video never pay
 * for it. The chunk imports Lit and the base class from this file.
 */
import { EAGER_WIDGETS, defineTags } from './define-tags.js';
import type { DefineWidgetsOptions } from './define-widgets.js';

const VIDEO = 'video-embed';
let video: Promise<CustomElementConstructor> | undefined;

/** Loads `<video-embed>` (once) and defines it, plain and under `prefix`, like the other tags. */
function defineVideo(prefix: string): void {
  video ??= import('./elements/video-embed/video-embed.js').then((module) => module.VideoEmbed);
  void video.then((widget) => [prefix, ''].forEach((each) => defineTags({ [VIDEO]: widget }, each)));
}

/**
 * Defines every element of the library, under `${prefix}${tag}` (see `story-widgets`). With a
 * prefix `<video-embed>`'s chunk loads at once; without one, when the element appears.
 */
export function defineWidgets({ prefix }: DefineWidgetsOptions = {}): void {
  prefix = defineTags(EAGER_WIDGETS, prefix);
  if (prefix) defineVideo(prefix);
}

defineWidgets();
// A `<video-embed>` in the page now, or added later (anywhere in the document, not inside
// another element's shadow root): one look at each added subtree until the first one.
if (document.querySelector(VIDEO)) defineVideo('');
else {
  const observer = new MutationObserver((records) => {
    const added = records.flatMap((record) => [...record.addedNodes]);
    if (added.some((node) => node instanceof Element && (node.localName === VIDEO || node.querySelector(VIDEO)))) {
      observer.disconnect();
      defineVideo('');
    }
  });
  observer.observe(document, { childList: true, subtree: true });
}

export { ArticleContext } from './elements/article-context/article-context.js';
export { ArticleCard, type ArticleCardLayout } from './elements/article-card/article-card.js';
export { LikeButton } from './elements/like-button/like-button.js';
export { LanguageSwitcher } from './elements/language-switcher/language-switcher.js';
export { RelatedStories } from './elements/related-stories/related-stories.js';
export { StoryWidget, type WidgetErrorDetail } from './core/story-widget.js';
export { setMessages } from './i18n/catalogue.js';
export type { DefineWidgetsOptions };
