/** RSS 2.0 (and the RDF-based RSS 1.0): each `<item>` is a story; the feed is a list. */
import type { Article, Parsed, RelatedStory } from '../core/article.js';
import { MAX_LIST_ITEMS, date, language, text } from '../core/json-guards.js';
import { safeUrl } from '../core/url-safety.js';
import { htmlText } from './html-text.js';
import { children, childText, isXmlRoot, itemImage } from './xml-feed.js';

const DC = 'http://purl.org/dc/elements/1.1/';
const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';

/** An RSS feed: root `<rss>`, or `<rdf:RDF>` for RSS 1.0. */
export const isRss = (value: unknown): value is XMLDocument => isXmlRoot(value, 'rss', null) || isXmlRoot(value, 'RDF', RDF);

/** Reads the channel's items (title, link, date, description, image), the first 100. */
export function readRss(xml: XMLDocument, base: string): Parsed<Article> {
  const root = xml.documentElement;
  const channel = children(root, 'channel')[0];
  // RSS 2.0 items are in the channel; RSS 1.0 items beside it.
  const items = [...children(channel, 'item'), ...children(root, 'item')].slice(0, MAX_LIST_ITEMS);
  const related = items.flatMap((item): RelatedStory[] => {
    const url = safeUrl(childText(item, 'link')?.trim(), base);
    const title = htmlText(childText(item, 'title'));
    const story = {
      url: url!,
      title: title!,
      summary: htmlText(childText(item, 'description')),
      published: date(childText(item, 'pubDate') ?? childText(item, 'date', DC)),
      image: itemImage(item, base),
    };
    return url && title ? [story] : [];
  });
  return {
    ok: true,
    value: {
      sourceUrl: base,
      list: true,
      title: channel && htmlText(childText(channel, 'title')),
      url: channel && safeUrl(childText(channel, 'link')?.trim(), base),
      language: channel && language(text(childText(channel, 'language'))),
      translations: [],
      related,
    },
  };
}
