import type { StoryWidget } from '../core/story-widget.js';
import type { ArticleCard } from '../elements/article-card/article-card.js';
import type { LanguageSwitcher } from '../elements/language-switcher/language-switcher.js';

/**
 * What an element sets after rendering in the browser (in `updated()`, through CSSOM, never in
 * a template) and a server-rendered page needs from the first paint, as CSS for its shadow
 * root, by tag without prefix. The browser's first render after takeover sets the same values.
 * A widget with server-only needs adds its entry here (`<video-embed>`'s poster ratio, say; the
 * select switcher's links for readers without JavaScript).
 */
const HOOKS: Record<string, (element: StoryWidget) => string | undefined> = {
  // The card's image box keeps the image's own ratio (the parser lets only numbers through).
  'article-card': (element) => {
    const image = (element as ArticleCard)['article']?.image;
    return image?.width && image.height ? `.media{--_ratio:${image.width}/${image.height}}` : undefined;
  },
  // A select goes nowhere without JavaScript: where scripting is off, the links the server wrote
  // beside it (language-switcher.ts) show instead. Browsers without the media feature keep the select.
  'language-switcher': (element) =>
    element.state === 'ready' && (element as LanguageSwitcher).variant === 'select'
      ? '.no-script{display:none}@media (scripting:none){.line{display:none}.no-script{display:flow-root}}'
      : undefined,
};

/** Extra CSS for the shadow root of a server-rendered `tag` (without prefix), or ''. */
export function serverStyles(tag: string, element: StoryWidget): string {
  return HOOKS[tag]?.(element) ?? '';
}
