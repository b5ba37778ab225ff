/**
 * The ES CDN file (`dist/cdn/story-widgets.js`): defines every tag like `story-widgets`, but
 * the code of `<related-stories>` (lazy by default, below the fold) and `<video-embed>` (most
 * pages have no video) is in chunks beside it, each imported the first time such an element
 * is in the page (or `defineWidgets` is called), so pages without one never pay
 * for it. The chunks import Lit and the base class from this file. So are the texts of each
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
const LAZY_COUNT = Object.keys(LAZY).length;
/** Each chunk's class, once asked for. */
const loading = new Map<string, Promise<CustomElementConstructor>>();
/** Every prefix the page asked for (the plain names included): a chunk defines its tag under each. */
const prefixes = new Set(['']);

// Lazy tags added from now on (anywhere in the document, not inside another element's shadow
// root, which no observer sees: a component that holds one calls `defineWidgets()`): one look
// at each added subtree until every chunk is asked for.
const observer = new MutationObserver((records) => {
  for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) defineLazyIn(node);
});
observer.observe(document, { childList: true, subtree: true });

/** Loads a lazy tag's chunk (once) and defines it under every prefix, like the other tags. */
function defineLazy(tag: string): void {
  let widget = loading.get(tag);
  if (!widget) loading.set(tag, (widget = LAZY[tag]!()));
  // Every chunk asked for: nothing left to look for in added elements.
  if (loading.size === LAZY_COUNT) observer.disconnect();
  void widget.then((loaded) => prefixes.forEach((prefix) => defineTags({ [tag]: loaded }, prefix)));
}

/** Loads the chunks of the lazy tags in `root` (itself or below). */
function defineLazyIn(root: ParentNode & Node): void {
  for (const tag in LAZY) if ((root instanceof Element && root.localName === tag) || root.querySelector(tag)) defineLazy(tag);
}

/**
 * Defines every element of the library, under `${prefix}${tag}` (see `story-widgets`), the
 * chunks' too, loaded at once: the file itself defines those only when their element appears
 * in the document, which a component's shadow root is not part of.
 */
export function defineWidgets({ prefix }: DefineWidgetsOptions = {}): void {
  prefixes.add(defineTags(EAGER_WIDGETS, prefix));
  for (const tag in LAZY) defineLazy(tag);
}

// The texts of the languages the page's widgets are in, chunks of this file, are asked for now:
// a module script runs once the page is parsed, so its widgets are there, not defined yet, and
// a widget's locale is its nearest `lang`. Not every `lang` of the page: a site's menu of
// languages (`<a lang="fr">Français</a>`), or another library's elements in it, are no reason
// to load French texts.
for (const element of document.querySelectorAll([...Object.keys(EAGER_WIDGETS), ...Object.keys(LAZY)].join())) loadCatalogue(inheritedLang(element));
defineTags(EAGER_WIDGETS);
// Those already in the page: looked for in the next task, as this one is long enough (a chunk
// comes over the network anyway). An element found twice is asked for once.
void nextTask().then(() => defineLazyIn(document));

export { ArticleContext } from './elements/article-context/article-context.js';
export { ArticleCard, type ArticleCardLayout } from './elements/article-card/article-card.js';
export { LikeButton } from './elements/like-button/like-button.js';
export { LanguageSwitcher } from './elements/language-switcher/language-switcher.js';
export { StoryWidget, type WidgetErrorDetail } from './core/story-widget.js';
export { setMessages } from './i18n/catalogue.js';
export type { DefineWidgetsOptions };
