import type { StoryWidget } from '../core/story-widget.js';
import type { ArticleCard } from '../elements/article-card/article-card.js';

/**
 * What an element sets after rendering in the browser (in `updated()`, through CSSOM, never in
 * a template) and a server-rendered page needs from the first paint, as CSS for its shadow
 * root, by tag without prefix. The browser's first render after takeover sets the same values.
 * A widget with server-only needs adds its entry here (`<video-embed>`'s poster ratio, say).
 */
const HOOKS: Record<string, (element: StoryWidget) => string | undefined> = {
  // The card's image box keeps the image's own ratio (the parser lets only numbers through).
  'article-card': (element) => {
    const image = (element as ArticleCard)['article']?.image;
    return image?.width && image.height ? `.media{--_ratio:${image.width}/${image.height}}` : undefined;
  },
};

/** Extra CSS for the shadow root of a server-rendered `tag` (without prefix), or ''. */
export function serverStyles(tag: string, element: StoryWidget): string {
  return HOOKS[tag]?.(element) ?? '';
}
