/** What RSS 2.0 and Atom 1.0 share: finding children by name, and an item's image. */
import type { ArticleImage } from '../core/article.js';
import { dimension } from '../core/json-guards.js';
import { safeUrl } from '../core/url-safety.js';

export const ATOM = 'http://www.w3.org/2005/Atom';
const MEDIA = 'http://search.yahoo.com/mrss/';

/** An XML feed: the document the loader read (`XMLDocument`), whose root is `name` in `namespace` (null: none). */
export const isXmlRoot = (value: unknown, name: string, namespace: string | null): value is XMLDocument =>
  value instanceof XMLDocument && value.documentElement.localName === name && value.documentElement.namespaceURI === namespace;

/** The child elements of `parent` named `name` in `namespace` (undefined: any). */
export const children = (parent: Element | undefined, name: string, namespace?: string | null): Element[] =>
  [...(parent?.children ?? [])].filter((child) => child.localName === name && (namespace === undefined || child.namespaceURI === namespace));

/** The text of the first child named `name` (RSS elements have no namespace, Atom's are in ATOM). */
export const childText = (parent: Element, name: string, namespace?: string | null): string | undefined => children(parent, name, namespace)[0]?.textContent ?? undefined;

/**
 * An item's image: `media:thumbnail`, an image `media:content` (also inside `media:group`), or
 * an image enclosure (RSS `<enclosure url type>`, Atom `<link rel="enclosure" href type>`).
 */
export function itemImage(item: Element, base: string): ArticleImage | undefined {
  const media = [item, ...children(item, 'group', MEDIA)].flatMap((parent) => [...children(parent, 'thumbnail', MEDIA), ...children(parent, 'content', MEDIA)]);
  const enclosures = [...children(item, 'enclosure'), ...children(item, 'link', ATOM).filter((link) => link.getAttribute('rel') === 'enclosure')];
  const image = [...media, ...enclosures].find(
    (node) => node.localName === 'thumbnail' || node.getAttribute('medium') === 'image' || /^image\//i.test(node.getAttribute('type') ?? ''),
  );
  const src = safeUrl(image?.getAttribute('url') ?? image?.getAttribute('href'), base);
  return src ? { src, alt: '', width: dimension(Number(image!.getAttribute('width'))), height: dimension(Number(image!.getAttribute('height'))) } : undefined;
}
