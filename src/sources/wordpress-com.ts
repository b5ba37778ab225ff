/**
 * WordPress.com's own REST API, v1.1 (`https://public-api.wordpress.com/rest/v1.1/sites/<site>/posts/<id>`),
 * which sites on WordPress.com and Jetpack-connected sites answer, and its list of posts
 * (`…/posts/?number=4`: `{ found, posts }`), which is a list of stories. (The same sites answer the
 * core REST API too, at `…/wp/v2/sites/<site>/posts`: wordpress.ts.)
 */
import type { Article, Parsed } from '../core/article.js';
import { at, date } from '../core/json-guards.js';
import { safeUrl } from '../core/url-safety.js';
import { htmlText } from './html-text.js';
import { type Draft, listDocument, stories } from './story-list.js';
import { image } from './wordpress.js';

/**
 * A post as a story: `title` and `excerpt` are HTML, `URL` the permalink, `date` ISO 8601 with
 * its offset; the featured image is `post_thumbnail` with its size, its alt text from the post's
 * `attachments` entry of the same `ID` (else `featured_image`, a bare URL).
 */
function story(post: unknown, base: string): Draft {
  const thumbnail = at(post, 'post_thumbnail');
  const attachment = at(post, 'attachments', String(at(thumbnail, 'ID')));
  return {
    url: safeUrl(at(post, 'URL'), base),
    title: htmlText(at(post, 'title')),
    summary: htmlText(at(post, 'excerpt')),
    published: date(at(post, 'date')),
    image: image(at(thumbnail, 'URL'), base, attachment, 'alt', thumbnail) ?? image(at(post, 'featured_image'), base, 0, ''),
  };
}

/** Reads a post, or a list of posts (`posts`) as a list of stories. */
export function readComPost(value: unknown, base: string): Parsed<Article> {
  const posts = at(value, 'posts');
  if (Array.isArray(posts)) return listDocument(base, stories(posts as unknown[], (post) => story(post, base)));
  // `author.URL` is the author's own site as their profile gives it ("" when none).
  const name = htmlText(at(value, 'author', 'name'));
  return {
    ok: true,
    value: {
      ...story(value, base),
      sourceUrl: base,
      author: name ? { name, url: safeUrl(at(value, 'author', 'URL'), base) } : undefined,
      translations: [],
      related: [],
    },
  };
}
