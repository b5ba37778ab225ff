/** RSS 2.0: each `<item>` of the channel is a story; the feed is a list. */
import type { Article, Parsed } from '../core/article.js';
import { date, language, text } from '../core/json-guards.js';
import { safeUrl } from '../core/url-safety.js';
import { htmlText, plainText } from './html-text.js';
import { listDocument, newestFirst, stories } from './story-list.js';
import { childText, children, itemImage, xmlBase } from './xml-feed.js';

/** Reads the channel's items: title, link (else a permalink `guid`), `pubDate` (else `dc:date`), description, image. */
export function readRss(xml: XMLDocument, base: string): Parsed<Article> {
  const channel = children(xml.documentElement, 'channel')[0];
  const link = (parent: Element | undefined): string | undefined => {
    const node = children(parent, 'link')[0];
    return node && safeUrl(node.textContent!.trim(), xmlBase(node, base));
  };
  // A `guid` is the item's permalink unless `isPermaLink="false"` (RSS 2.0); as many feeds write
  // ids there without saying so, only an absolute one.
  const permalink = (item: Element): string | undefined => {
    const guid = children(item, 'guid')[0];
    return guid?.getAttribute('isPermaLink') === 'false' ? undefined : safeUrl(guid?.textContent!.trim(), 'about:blank');
  };
  // Plain text by the spec, often holding a CMS's entities (html-text.ts plainText).
  const title = (parent: Element | undefined): string | undefined => plainText(childText(parent, 'title')?.replace(/\s+/g, ' '));
  // An empty `pubDate` does not hide a `dc:date` (RSS has no `date` of its own: whichever vocabulary's,
  // as feeds write Dublin Core's address with or without its last slash).
  const published = (item: Element): string | undefined => date(childText(item, 'pubDate')) ?? date(childText(item, 'date', '*'));
  const related = stories(newestFirst(children(channel, 'item'), published), ([item, published]) => ({
    url: link(item) ?? permalink(item),
    title: title(item),
    summary: htmlText(childText(item, 'description')),
    published,
    image: itemImage(item, base),
  }));
  return listDocument(base, related, { title: title(channel), url: link(channel), language: language(text(childText(channel, 'language'))) });
}
