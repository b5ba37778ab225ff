/**
 * What RSS 2.0 and Atom 1.0 share: children by local name, an item's image, the list. Names are
 * matched whatever their namespace (`media:thumbnail`, `dc:date`, Atom's own): feeds mix
 * vocabularies freely, and a name means the same in each of them here.
 */
import type { ArticleImage } from '../core/article.js';
import { dimension } from '../core/json-guards.js';
import { safeUrl } from '../core/url-safety.js';

/** The child elements of `parent` named `name`. */
export const children = (parent: Element | undefined, name: string): Element[] => [...(parent?.children ?? [])].filter((child) => child.localName === name);

/** The text of the first child named `name`. */
export const childText = (parent: Element | undefined, name: string): string | undefined => children(parent, name)[0]?.textContent ?? undefined;

/**
 * An item's image: `media:thumbnail`, an image `media:content` (also inside `media:group`), or
 * an image enclosure (RSS `<enclosure url type>`, Atom `<link rel="enclosure" href type>`).
 */
export function itemImage(item: Element, base: string): ArticleImage | undefined {
  const image = [item, ...children(item, 'group')]
    .flatMap((parent) => [...parent.children])
    .find((node) => node.localName === 'thumbnail' || (/^(content|enclosure|link)$/.test(node.localName) && /^image\b/.test(node.getAttribute('medium') ?? node.getAttribute('type') ?? '')));
  const src = safeUrl(image?.getAttribute('url') ?? image?.getAttribute('href'), base);
  return src ? { src, alt: '', width: dimension(Number(image!.getAttribute('width'))), height: dimension(Number(image!.getAttribute('height'))) } : undefined;
}
