/** Atom 1.0: each `<entry>` is a story; the feed is a list. */
import type { Article, Parsed } from '../core/article.js';
import { date, language, text } from '../core/json-guards.js';
import { safeUrl } from '../core/url-safety.js';
import { htmlText } from './html-text.js';
import { listDocument, newestFirst, stories } from './story-list.js';
import { childText, children, itemImage, xmlBase } from './xml-feed.js';

/**
 * A text construct: `type="html"` holds escaped markup, `type="xhtml"` markup itself (read as
 * HTML too, so that "<p>One</p><p>Two</p>" reads "One Two"), `text` is read as it is.
 */
function textConstruct(parent: Element, name: string): string | undefined {
  const node = children(parent, name)[0];
  const type = node?.getAttribute('type');
  return node && (type === 'xhtml' ? htmlText(node.innerHTML) : (type === 'html' ? htmlText : text)(node.textContent!.replace(/\s+/g, ' ')));
}

/** Reads the feed's entries: title, the `rel="alternate"` link, `published` (else `updated`), summary (else content), image. */
export function readAtom(xml: XMLDocument, base: string): Parsed<Article> {
  const feed = xml.documentElement;
  // A link without `rel` is an alternate one; a relative one resolves against its `xml:base`.
  const link = (parent: Element): string | undefined => {
    const node = children(parent, 'link').find((child) => (child.getAttribute('rel') ?? 'alternate') === 'alternate');
    return node && safeUrl(node.getAttribute('href'), xmlBase(node, base));
  };
  const published = (entry: Element): string | undefined => date(childText(entry, 'published')) ?? date(childText(entry, 'updated'));
  const related = stories(newestFirst(children(feed, 'entry'), published), ([entry, published]) => ({
    url: link(entry),
    title: textConstruct(entry, 'title'),
    summary: textConstruct(entry, 'summary') ?? textConstruct(entry, 'content'),
    published,
    image: itemImage(entry, base),
  }));
  return listDocument(base, related, { title: textConstruct(feed, 'title'), url: link(feed), language: language(feed.getAttribute('xml:lang')) });
}
