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
 * The base URL of `node`: the document's, changed by each `xml:base` from the root down to it
 * (RFC 4287 §2; XML Base). A browser's `baseURI` leaves them out of an XML document.
 */
export function xmlBase(node: Element, base: string): string {
  const bases: string[] = [];
  for (let at: Element | null = node; at; at = at.parentElement) {
    const value = at.getAttributeNS('http://www.w3.org/XML/1998/namespace', 'base');
    if (value !== null) bases.unshift(value);
  }
  // One that gives no web address (`javascript:`, `data:`, none) leaves the base as it was.
  return bases.reduce((current, value) => safeUrl(value, current) ?? current, base);
}

/**
 * How well a node serves as an item's image, best first (CONTRACT §2a's order): 1
 * `media:thumbnail`; 2 a `media:content` that is an image or does not say what it is (a feed's
 * pictures often say nothing); 3 an image enclosure (RSS `<enclosure url type>`, Atom `<link
 * rel="enclosure" href type>`). 0: no image.
 */
function kindRank(node: Element): number {
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

/** The node's kind rank, Media RSS's `isDefault` first among its kind. */
function imageRank(node: Element): number {
  const rank = kindRank(node);
  return rank && node.getAttribute('isDefault') === 'true' ? rank - 0.5 : rank;
}

/** The author's avatar, which WordPress.com writes as every item's first `media:content`: no picture of the story. */
const AVATAR = /^https?:\/\/([\w-]+\.)*gravatar\.com\/avatar\//;

/**
 * An item's image: the best kind with a URL that can be shown, then the first of that kind, from
 * the item's children, a `media:group`'s, and the thumbnails a `media:content` holds (a video's).
 */
export function itemImage(item: Element, base: string): ArticleImage | undefined {
  const nodes = [item, ...children(item, 'group', '*')].flatMap((parent) => [...parent.children]);
  let best: { rank: number; src: string; node: Element } | undefined;
  for (const node of [...nodes, ...nodes.flatMap((node) => (node.localName === 'content' ? children(node, 'thumbnail', '*') : []))]) {
    const rank = imageRank(node);
    if (!rank || (best && best.rank <= rank)) continue;
    const src = safeUrl(node.getAttribute('url') ?? node.getAttribute('href'), xmlBase(node, base));
    if (src && !AVATAR.test(src)) best = { rank, src, node };
  }
  if (best) return { src: best.src, alt: '', width: dimension(Number(best.node.getAttribute('width'))), height: dimension(Number(best.node.getAttribute('height'))) };
}
