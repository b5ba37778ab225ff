/**
 * The WordPress REST API (`/wp-json/wp/v2/posts/<id>`, with or without `_embed`), and a
 * collection of posts (`/wp-json/wp/v2/posts?…`), which is a list of stories.
 */
import type { Article, ArticleImage, Parsed, RelatedStory } from '../core/article.js';
import { type JsonRecord, MAX_LIST_ITEMS, at, date, dimension, field, language, text } from '../core/json-guards.js';
import { safeUrl } from '../core/url-safety.js';
import { htmlText } from './html-text.js';

/** A post is known by `title.rendered`, WordPress's shape for every field that holds HTML. */
export const isPost = (value: unknown): value is JsonRecord => typeof at(value, 'title', 'rendered') === 'string';

/** A collection: an array whose first entry is a post (an empty array is no collection). */
export const isPostCollection = (value: unknown): value is unknown[] => Array.isArray(value) && isPost(value[0]);

/** `date_gmt` is UTC without saying so ("2017-07-10T09:00:00"): it gets its "Z". */
const utc = (value: unknown): string | undefined => date(text(value)?.replace(/T[\d:.]+$/, '$&Z'));

/** The featured image, from `_embed` (with size and alt text) or Jetpack's plain URL. */
function featuredImage(post: JsonRecord, base: string): ArticleImage | undefined {
  const media = at(post, '_embedded', 'wp:featuredmedia', 0);
  const embedded = safeUrl(at(media, 'source_url'), base);
  const src = embedded ?? safeUrl(field(post, 'jetpack_featured_media_url'), base);
  if (!src) return;
  if (!embedded) return { src, alt: '' };
  return { src, alt: text(at(media, 'alt_text')) ?? '', width: dimension(at(media, 'media_details', 'width')), height: dimension(at(media, 'media_details', 'height')) };
}

/** What a post says of itself as a story in a list. */
function story(post: JsonRecord, base: string): RelatedStory {
  const id = field(post, 'id');
  return {
    id: typeof id === 'number' ? String(id) : text(id),
    url: safeUrl(field(post, 'link'), base)!,
    title: htmlText(at(post, 'title', 'rendered'))!,
    summary: htmlText(at(post, 'excerpt', 'rendered')),
    published: utc(field(post, 'date_gmt')) ?? date(field(post, 'date')),
    image: featuredImage(post, base),
  };
}

/** Jetpack's related posts: `{ url, title, excerpt, date, img: { src, width, height, alt_text } }`. */
function jetpackRelated(value: unknown, base: string): RelatedStory[] {
  return (Array.isArray(value) ? value.slice(0, MAX_LIST_ITEMS) : []).flatMap((item: unknown) => {
    const url = safeUrl(at(item, 'url'), base);
    const title = htmlText(at(item, 'title'));
    const src = safeUrl(at(item, 'img', 'src'), base);
    const image = src && { src, alt: text(at(item, 'img', 'alt_text')) ?? '', width: dimension(at(item, 'img', 'width')), height: dimension(at(item, 'img', 'height')) };
    return url && title ? [{ url, title, summary: htmlText(at(item, 'excerpt')), published: date(at(item, 'date')), image: image || undefined }] : [];
  });
}

/** Reads one post: title, excerpt, link, date, Polylang's `lang`, the embedded author and image. */
export function readPost(post: JsonRecord, base: string): Parsed<Article> {
  const name = htmlText(at(post, '_embedded', 'author', 0, 'name'));
  return {
    ok: true,
    value: {
      ...story(post, base),
      sourceUrl: base,
      url: safeUrl(field(post, 'link'), base),
      language: language(field(post, 'lang')),
      author: name ? { name, url: safeUrl(at(post, '_embedded', 'author', 0, 'link'), base) } : undefined,
      translations: [],
      related: jetpackRelated(field(post, 'jetpack-related-posts'), base),
    },
  };
}

/** Reads a collection as a list of stories; posts without a link or a title are left out. */
export function readPostCollection(posts: unknown[], base: string): Parsed<Article> {
  const related = posts
    .slice(0, MAX_LIST_ITEMS)
    .flatMap((post) => (isPost(post) ? [story(post, base)] : []))
    .filter(({ url, title }) => url && title);
  return { ok: true, value: { sourceUrl: base, list: true, translations: [], related } };
}
