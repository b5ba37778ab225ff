/** Atom 1.0: each `<entry>` is a story; the feed is a list. */
import type { Article, Parsed, RelatedStory } from '../core/article.js';
import { MAX_LIST_ITEMS, date, language, text } from '../core/json-guards.js';
import { safeUrl } from '../core/url-safety.js';
import { htmlText } from './html-text.js';
import { ATOM, children, childText, isXmlRoot, itemImage } from './xml-feed.js';

/** An Atom feed: root `<feed>` in the Atom namespace. */
export const isAtom = (value: unknown): value is XMLDocument => isXmlRoot(value, 'feed', ATOM);

/** A text construct: `type="html"` holds escaped markup; `text` and `xhtml` are read as text. */
function textConstruct(parent: Element, name: string): string | undefined {
  const node = children(parent, name, ATOM)[0];
  return node && (node.getAttribute('type') === 'html' ? htmlText(node.textContent) : text(node.textContent!.replace(/\s+/g, ' ')));
}

/** The `rel="alternate"` link (a link without `rel` is one too), resolved against the feed's URL. */
const alternate = (parent: Element, base: string): string | undefined =>
  safeUrl(children(parent, 'link', ATOM).find((link) => (link.getAttribute('rel') ?? 'alternate') === 'alternate')?.getAttribute('href'), base);

/** Reads the feed's entries (title, alternate link, date, summary or content, image), the first 100. */
export function readAtom(xml: XMLDocument, base: string): Parsed<Article> {
  const feed = xml.documentElement;
  const related = children(feed, 'entry', ATOM)
    .slice(0, MAX_LIST_ITEMS)
    .flatMap((entry): RelatedStory[] => {
      const url = alternate(entry, base);
      const title = textConstruct(entry, 'title');
      const story = {
        url: url!,
        title: title!,
        summary: textConstruct(entry, 'summary') ?? textConstruct(entry, 'content'),
        published: date(childText(entry, 'published', ATOM) ?? childText(entry, 'updated', ATOM)),
        image: itemImage(entry, base),
      };
      return url && title ? [story] : [];
    });
  return {
    ok: true,
    value: { sourceUrl: base, list: true, title: textConstruct(feed, 'title'), url: alternate(feed, base), language: language(feed.getAttribute('xml:lang')), translations: [], related },
  };
}
