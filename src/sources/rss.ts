/** RSS 2.0: each `<item>` of the channel is a story; the feed is a list. */
import type { Article, Parsed } from '../core/article.js';
import { date, language, text } from '../core/json-guards.js';
import { safeUrl } from '../core/url-safety.js';
import { htmlText } from './html-text.js';
import { listDocument, stories } from './story-list.js';
import { childText, children, itemImage } from './xml-feed.js';

/** Reads the channel's items: title, link, `pubDate` (else `dc:date`), description, image. */
export function readRss(xml: XMLDocument, base: string): Parsed<Article> {
  const channel = children(xml.documentElement, 'channel')[0];
  const link = (parent: Element | undefined): string | undefined => safeUrl(childText(parent, 'link')?.trim(), base);
  const related = stories(children(channel, 'item'), (item) => ({
    url: link(item),
    title: htmlText(childText(item, 'title')),
    summary: htmlText(childText(item, 'description')),
    // An empty `pubDate` does not hide a `dc:date` (RSS has no `date` of its own: whichever vocabulary's,
    // as feeds write Dublin Core's address with or without its last slash).
    published: date(childText(item, 'pubDate')) ?? date(childText(item, 'date', '*')),
    image: itemImage(item, base),
  }));
  return listDocument(base, related, { title: htmlText(childText(channel, 'title')), url: link(channel), language: language(text(childText(channel, 'language'))) });
}
