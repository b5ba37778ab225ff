/**
 * The WordPress REST API (`/wp-json/wp/v2/posts/<id>`, with or without `_embed`), and a
 * collection of posts (`/wp-json/wp/v2/posts?…`), which is a list of stories.
 */
import type { Article, ArticleTranslation, Parsed } from '../core/article.js';
import { MAX_LIST_ITEMS, at, date, dimension, language, text } from '../core/json-guards.js';
import { safeUrl } from '../core/url-safety.js';
import { htmlText } from './html-text.js';
import { isPost } from './format-shapes.js';
import { type Draft, listDocument, stories } from './story-list.js';

/** An image from its URL and the object that holds its alt text and size, or undefined without a safe URL. */
export function image(url: unknown, base: string, about: unknown, alt: string, size: unknown = about) {
  const src = safeUrl(url, base);
  return src ? { src, alt: text(at(about, alt)) ?? '', width: dimension(at(size, 'width')), height: dimension(at(size, 'height')) } : undefined;
}

/**
 * The embedded featured image at its `large` size when WordPress made one (1024 px by default),
 * else its `medium_large` (768), else the upload itself (`source_url`: often 2 560 px and a
 * megabyte, for a box a few hundred pixels wide).
 */
function featuredImage(media: unknown, base: string) {
  const details = at(media, 'media_details');
  const sizes = at(details, 'sizes');
  const large = at(sizes, 'large');
  const mediumLarge = at(sizes, 'medium_large');
  return (
    image(at(large, 'source_url'), base, media, 'alt_text', large) ??
    image(at(mediumLarge, 'source_url'), base, media, 'alt_text', mediumLarge) ??
    image(at(media, 'source_url'), base, media, 'alt_text', details)
  );
}

/** What a post says of itself as a story: title, excerpt, link, date, featured image. */
function story(post: unknown, base: string): Draft {
  return {
    url: safeUrl(at(post, 'link'), base),
    title: htmlText(at(post, 'title', 'rendered')),
    summary: htmlText(at(post, 'excerpt', 'rendered')),
    // `date_gmt` is UTC without saying so ("2017-07-10T09:00:00"): it gets its "Z".
    published: date(text(at(post, 'date_gmt'))?.replace(/T[\d:.]+$/, '$&Z')) ?? date(at(post, 'date')),
    // From `_embed` (with its size and alt text), else Jetpack's plain URL.
    image: featuredImage(at(post, '_embedded', 'wp:featuredmedia', 0), base) ?? image(at(post, 'jetpack_featured_media_url'), base, 0, ''),
  };
}

/**
 * A Jetpack related post's date, which Jetpack gives in the site's own date format
 * (`get_the_date()`): "July 10, 2017", "2017-07-10" and a dotted "10.07.2017" (day first, as
 * `date` reads every dotted date) read as they are, but a numeric "10/07/2017", which
 * `Date.parse` reads month first, is read the way `dayFirst` says: undefined when nothing says
 * which, rather than a wrong date. `numeric` is the value's match of `NUMERIC_DATE`, made once
 * (`readPost`).
 */
function relatedDate(value: unknown, numeric: RegExpExecArray | null, dayFirst: boolean | undefined): string | undefined {
  if (!numeric) return date(value);
  if (dayFirst === undefined) return;
  const [, first, , second, year] = numeric as unknown as [string, string, string, string, string];
  const [day, month] = dayFirst ? [+first, +second] : [+second, +first];
  // Not 31 June (`date` drops a day the month does not have).
  return date(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
}

const NUMERIC_DATE = /^(\d\d?)([/-])(\d\d?)\2(\d{4})$/;

/**
 * Which way a list's numeric dates go, by the days over 12 it shows: true for day first
 * ("25/12/2017"), false for month first ("12/25/2017"), undefined when none says (or both do).
 */
function numericOrder(dates: (RegExpExecArray | null)[]): boolean | undefined {
  let dayFirst = false;
  let monthFirst = false;
  for (const numeric of dates) {
    dayFirst ||= !!numeric && +numeric[1]! > 12;
    monthFirst ||= !!numeric && +numeric[3]! > 12;
  }
  return dayFirst === monthFirst ? undefined : dayFirst;
}

/** WPML's translations (the WPML REST API plugin): `[{ locale: "en_US", post_title, href }]`. */
function wpmlTranslations(post: unknown, base: string): ArticleTranslation[] {
  const listed = at(post, 'wpml_translations');
  return (Array.isArray(listed) ? (listed as unknown[]) : []).flatMap((entry) => {
    // `language` reads a WordPress locale ("fr_FR", as WPML gives it) as a tag.
    const tag = language(at(entry, 'locale'));
    const url = safeUrl(at(entry, 'href'), base);
    return tag && url ? [{ language: tag, url, title: htmlText(at(entry, 'post_title')) }] : [];
  });
}

/**
 * Reads one post, with its language (Polylang's `lang`, WPML's `wpml_current_locale`) and WPML's
 * translations, the embedded author and Jetpack's related posts.
 */
export function readPost(post: unknown, base: string): Parsed<Article> {
  const author = at(post, '_embedded', 'author', 0);
  const name = htmlText(at(author, 'name'));
  // The related posts (one counts as a list of one), each with its date, read and matched as a
  // numeric one once: the list's order comes from them all, each date from its own.
  const items = [at(post, 'jetpack-related-posts')]
    .flat()
    .slice(0, MAX_LIST_ITEMS)
    .map((item) => {
      const value = at(item, 'date');
      return [item, value, NUMERIC_DATE.exec(text(value) ?? '')] as const;
    });
  const dayFirst = numericOrder(items.map(([, , numeric]) => numeric));
  return {
    ok: true,
    value: {
      ...story(post, base),
      sourceUrl: base,
      language: language(at(post, 'lang')) ?? language(at(post, 'wpml_current_locale')),
      author: name ? { name, url: safeUrl(at(author, 'link'), base) } : undefined,
      translations: wpmlTranslations(post, base),
      // `{ url, title, excerpt, date, img: { src, width, height, alt_text } }`
      related: stories(items, ([item, value, numeric]) => ({
        url: safeUrl(at(item, 'url'), base),
        title: htmlText(at(item, 'title')),
        summary: htmlText(at(item, 'excerpt')),
        published: relatedDate(value, numeric, dayFirst),
        image: image(at(item, 'img', 'src'), base, at(item, 'img'), 'alt_text'),
      })),
    },
  };
}

/** Reads a collection as a list of stories; posts without a link or a title are left out. */
export function readPostCollection(posts: unknown, base: string): Parsed<Article> {
  return listDocument(base, stories(posts, (post) => (isPost(post) ? story(post, base) : {})));
}
