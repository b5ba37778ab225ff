/**
 * The ES CDN file (`dist/cdn/story-widgets.js`): defines every tag like `story-widgets`, but
 * the code of `<related-stories>` (below the fold) and `<video-embed>` is in chunks beside it,
 * imported in the task after this file's: the file stays within its 20 KB and its own task
 * short. The chunks import Lit and the base class from this file. So are the texts of each
 * built-in language but English (src/i18n/built-in-chunks.ts), asked for below.
 */
import { EAGER_WIDGETS, defineTags } from './define-tags.js';
import type { DefineWidgetsOptions } from './define-widgets.js';
import { nextTask } from './core/next-task.js';
import { loadCatalogue } from './i18n/catalogue.js';
import { inheritedLang } from './core/locale-controller.js';

/** The tags whose code is a chunk, and how to get their class. */
const LAZY: Record<string, () => Promise<CustomElementConstructor>> = {
  'related-stories': () => import('./elements/related-stories/related-stories.js').then((module) => module.RelatedStories),
  'video-embed': () => import('./elements/video-embed/video-embed.js').then((module) => module.VideoEmbed),
};
/** Each chunk's class, once asked for. */
const loading: Record<string, Promise<CustomElementConstructor>> = {};

/** Loads the chunks (once) and defines their tags under `prefix`, like the other tags. */
function defineLazy(prefix: string): void {
  for (const tag in LAZY) void (loading[tag] ??= LAZY[tag]!()).then((loaded) => defineTags({ [tag]: loaded }, prefix));
}

/**
 * Defines every element of the library, under `${prefix}${tag}` (see `story-widgets`), the
 * chunks' too, once they arrive.
 */
export function defineWidgets(options?: DefineWidgetsOptions | null): void {
  defineLazy(defineTags(EAGER_WIDGETS, options?.prefix));
}

// The texts of the languages the page's widgets are in, chunks of this file, are asked for now:
// a module script runs once the page is parsed, so its widgets are there, not defined yet, and
// a widget's locale is its nearest `lang`. Not every `lang` of the page: a site's menu of
// languages (`<a lang="fr">Français</a>`), or another library's elements in it, are no reason
// to load French texts.
for (const element of document.querySelectorAll([...Object.keys(EAGER_WIDGETS), ...Object.keys(LAZY)].join())) loadCatalogue(inheritedLang(element));
defineTags(EAGER_WIDGETS);
// Every tag is defined (contract §1), the chunks' as soon as they arrive: asked for in the next
// task, as this one is long enough (a chunk comes over the network anyway).
void nextTask().then(() => defineLazy(''));

export { ArticleContext } from './elements/article-context/article-context.js';
export { ArticleCard, type ArticleCardLayout } from './elements/article-card/article-card.js';
export { LikeButton } from './elements/like-button/like-button.js';
export { LanguageSwitcher } from './elements/language-switcher/language-switcher.js';
export { StoryWidget, type WidgetErrorDetail } from './core/story-widget.js';
export { setMessages } from './i18n/catalogue.js';
export type { DefineWidgetsOptions };
