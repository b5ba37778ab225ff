/**
 * What RSS 2.0 and Atom 1.0 share: children by name, an item's image, the list. A feed's own
 * fields are read in its own vocabulary (an RSS item's `<link>`, not the `<atom:link>` beside
 * it; an Atom entry's `<content>`, not a `<media:content>`); an image is found by its local
 * name whatever its namespace, since feeds write Media RSS's under several.
 */
import type { ArticleImage } from '../core/article.js';
import { dimension } from '../core/json-guards.js';
import { safeUrl } from '../core/url-safety.js';

/** The child elements of `parent` named `name` in `namespace` (by default the parent's own; `*`: every namespace). */
export const children = (parent: Element | undefined, name: string, namespace = parent?.namespaceURI): Element[] =>
  [...(parent?.children ?? [])].filter((child) => child.localName === name && (namespace === '*' || child.namespaceURI === namespace));

/** The text of the first child named `name` (in `namespace`, by default the parent's own; `*`: every namespace). */
export const childText = (parent: Element | undefined, name: string, namespace?: string): string | undefined =>
  children(parent, name, namespace)[0]?.textContent ?? undefined;

/**
 * How well a node serves as an item's image, best first (CONTRACT §2a's order): 1
 * `media:thumbnail`; 2 a `media:content` that is an image or does not say what it is (a feed's
 * pictures often say nothing); 3 an image enclosure (RSS `<enclosure url type>`, Atom `<link
 * rel="enclosure" href type>`). 0: no image.
 */
function imageRank(node: Element): number {
  const kind = node.getAttribute('medium') ?? node.getAttribute('type');
  const image = /^image\b/.test(kind ?? '');
  switch (node.localName) {
    case 'thumbnail':
      return 1;
    case 'content':
      // Atom's own `<content>` has no `url`.
      return node.hasAttribute('url') && (image || !kind) ? 2 : 0;
    case 'enclosure':
    case 'link':
      return image ? 3 : 0;
  }
  return 0;
}

/** An item's image, from its children or a `media:group`'s. */
export function itemImage(item: Element, base: string): ArticleImage | undefined {
  // The best kind first, then the first of that kind in the item (a stable sort).
  const image = [item, ...[...item.children].filter((child) => child.localName === 'group')]
    .flatMap((parent) => [...parent.children])
    .filter(imageRank)
    .sort((a, b) => imageRank(a) - imageRank(b))[0];
  const src = safeUrl(image?.getAttribute('url') ?? image?.getAttribute('href'), base);
  return src ? { src, alt: '', width: dimension(Number(image!.getAttribute('width'))), height: dimension(Number(image!.getAttribute('height'))) } : undefined;
}
