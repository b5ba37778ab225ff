// RSS 2.0 (/feed.xml) and Atom 1.0 (/feed.atom) of the demo articles, newest first, the way a
// CMS publishes them: what the widgets read from sites that have a feed and no JSON endpoint.
// Built from the same items as the JSON Feed (content.mjs), so the three always agree.
import { cacheableBody } from './cacheable.mjs';
import { jsonFeed } from './content.mjs';

/**
 * Text for XML: markup characters escaped, and the characters XML 1.0 does not allow at all (a
 * form feed pasted from a word processor, other C0 controls, U+FFFE, a lone surrogate) left out,
 * as one of them makes the whole feed unreadable to every reader.
 * @param {unknown} value
 */
const escapeXml = (value) =>
  String(value ?? '')
    .replace(/[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/[<>&"']/g, (char) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[char] ?? char);

/** One element with escaped text, or nothing when the value is missing (or only characters XML forbids). */
const element = (/** @type {string} */ name, /** @type {unknown} */ value) => {
  const text = escapeXml(value);
  return text ? `<${name}>${text}</${name}>` : '';
};

/** @param {string} url */
const imageType = (url) => (/\.svg$/i.test(url) ? 'image/svg+xml' : /\.png$/i.test(url) ? 'image/png' : 'image/jpeg');

/**
 * @param {import('./content.mjs').Content} content
 * @param {{ origin: string, title: string }} site
 */
export function rssFeed(content, site) {
  const feed = jsonFeed(content, site);
  const items = feed.items.map(
    (item) =>
      `<item>${element('title', item.title)}${element('link', item.url)}<guid isPermaLink="false">${escapeXml(item.id)}</guid>${
        item.date_published ? element('pubDate', new Date(item.date_published).toUTCString()) : ''
      }${element('description', item.summary)}${item.image ? `<media:thumbnail url="${escapeXml(item.image)}"/><enclosure url="${escapeXml(item.image)}" length="0" type="${imageType(item.image)}"/>` : ''}</item>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/" xmlns:atom="http://www.w3.org/2005/Atom"><channel>${element('title', feed.title)}${element('link', feed.home_page_url)}<atom:link rel="self" type="application/rss+xml" href="${escapeXml(`${site.origin}/feed.xml`)}"/>${element('description', `Stories from ${feed.title}`)}
${items.join('\n')}
</channel></rss>
`;
}

/**
 * @param {import('./content.mjs').Content} content
 * @param {{ origin: string, title: string }} site
 */
export function atomFeed(content, site) {
  const feed = jsonFeed(content, site);
  const updated = feed.items.map((item) => item.date_published).filter(Boolean).sort().at(-1) ?? new Date(0).toISOString();
  const entries = feed.items.map(
    (item) =>
      `<entry>${element('title', item.title)}<link rel="alternate" type="text/html" href="${escapeXml(item.url)}"/>${element('id', `${feed.home_page_url}#${item.id}`)}${element('published', item.date_published)}${element(
        'updated',
        item.date_published ?? updated,
      )}${element('summary', item.summary)}${item.authors ? `<author>${element('name', item.authors[0].name)}</author>` : ''}${
        item.image ? `<media:thumbnail url="${escapeXml(item.image)}"/>` : ''
      }</entry>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/">${element('title', feed.title)}<link rel="alternate" href="${escapeXml(feed.home_page_url)}"/><link rel="self" href="${escapeXml(`${site.origin}/feed.atom`)}"/>${element('id', feed.home_page_url)}${element('updated', updated)}
${entries.join('\n')}
</feed>
`;
}

/**
 * Adds GET /feed.xml and /feed.atom to the app (their CORS is the app's, for every route).
 * @param {import('hono').Hono} app
 * @param {{ content: import('./content.mjs').Content, config: import('./config.mjs').ServerConfig, siteUrl: () => string }} options
 *   `siteUrl`: the origin of the feeds' absolute URLs (PUBLIC_URL, else the listening address), never the Host header
 */
export function mountFeeds(app, { content, config, siteUrl }) {
  const title = config.siteTitle;
  for (const [path, write, type] of /** @type {const} */ ([
    ['/feed.xml', rssFeed, 'application/rss+xml; charset=utf-8'],
    ['/feed.atom', atomFeed, 'application/atom+xml; charset=utf-8'],
  ])) {
    app.get(path, (c) => cacheableBody(c, write(content, { origin: siteUrl(), title }), type));
  }
}
