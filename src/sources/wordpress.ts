/**
 * The WordPress REST API (`/wp-json/wp/v2/posts/<id>`, with or without `_embed`), and a
 * collection of posts (`/wp-json/wp/v2/posts?…`), which is a list of stories.
 */
import type { Article, Parsed } from '../core/article.js';
import { at, date, dimension, language, text } from '../core/json-guards.js';
import { safeUrl } from '../core/url-safety.js';
import { htmlText } from './html-text.js';
import { isPost } from './format-shapes.js';
import { type Draft, listDocument, stories } from './story-list.js';

/** An image from its URL and the object that holds its alt text and size, or undefined without a safe URL. */
function image(url: unknown, base: string, about: unknown, alt: string, size: unknown = about) {
  const src = safeUrl(url, base);
  return src ? { src, alt: text(at(about, alt)) ?? '', width: dimension(at(size, 'width')), height: dimension(at(size, 'height')) } : undefined;
}

/** What a post says of itself as a story: title, excerpt, link, date, featured image. */
function story(post: unknown, base: string): Draft {
  const media = at(post, '_embedded', 'wp:featuredmedia', 0);
  return {
    url: safeUrl(at(post, 'link'), base),
    title: htmlText(at(post, 'title', 'rendered')),
    summary: htmlText(at(post, 'excerpt', 'rendered')),
    // `date_gmt` is UTC without saying so ("2017-07-10T09:00:00"): it gets its "Z".
    published: date(text(at(post, 'date_gmt'))?.replace(/T[\d:.]+$/, '$&Z')) ?? date(at(post, 'date')),
    // From `_embed` (with its size and alt text), else Jetpack's plain URL.
    image: image(at(media, 'source_url'), base, media, 'alt_text', at(media, 'media_details')) ?? image(at(post, 'jetpack_featured_media_url'), base, 0, ''),
  };
}

/** Reads one post, with Polylang's `lang`, the embedded author and Jetpack's related posts. */
export function readPost(post: unknown, base: string): Parsed<Article> {
  const author = at(post, '_embedded', 'author', 0);
  const name = htmlText(at(author, 'name'));
  return {
    ok: true,
    value: {
      ...story(post, base),
      sourceUrl: base,
      language: language(at(post, 'lang')),
      author: name ? { name, url: safeUrl(at(author, 'link'), base) } : undefined,
      translations: [],
      // `{ url, title, excerpt, date, img: { src, width, height, alt_text } }`
      related: stories(at(post, 'jetpack-related-posts'), (item) => ({
        url: safeUrl(at(item, 'url'), base),
        title: htmlText(at(item, 'title')),
        summary: htmlText(at(item, 'excerpt')),
        published: date(at(item, 'date')),
        image: image(at(item, 'img', 'src'), base, at(item, 'img'), 'alt_text'),
      })),
    },
  };
}

/** Reads a collection as a list of stories; posts without a link or a title are left out. */
export function readPostCollection(posts: unknown, base: string): Parsed<Article> {
  return listDocument(base, stories(posts, (post) => (isPost(post) ? story(post, base) : {})));
}
