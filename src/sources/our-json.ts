import type { Article, ArticleImage, ArticleVideo, Parsed } from '../core/article.js';
import { type Reader, type Shape, count, date, dimension, field, isRecord, language, list, object, text } from '../core/json-guards.js';
import { safeUrl } from '../core/url-safety.js';

type VideoReader = Reader<ArticleVideo | undefined>;

let readVideo: VideoReader | undefined;

// The reader of `video` (video.ts) is in the ES file's `<video-embed>` chunk, the only widget that
// shows it. Until it arrives the field reads as absent, and is read again on the next use.
const video: VideoReader = (value, base, record) => readVideo?.(value, base, record);
video.lazy = true;
video.waiting = true;

/** Hands over the reader of a document's `video`: `<video-embed>`'s module does, as it loads. */
export function setVideoReader(read: VideoReader): void {
  readVideo = read;
  video.waiting = false;
}

/** An image without a safe `src` is left out. */
export const image = object<ArticleImage>({ src: safeUrl, alt: (value) => text(value) ?? '', width: dimension, height: dimension, credit: text }, 'src');

// The document of contract section 2, field by field; wrong optional fields come out undefined.
// Its title is `title` (no `titleField`).
const ARTICLE: Shape<Omit<Article, 'titleField'>> = {
  sourceUrl: (_, base) => base,
  id: text,
  url: safeUrl,
  title: text,
  summary: text,
  language,
  published: date,
  author: object({ name: text, url: safeUrl }, 'name'),
  image,
  likes: object({ count, endpoint: safeUrl }),
  video,
  translations: list(object({ language, url: safeUrl, title: text }, 'language', 'url')),
  related: list(object({ id: text, url: safeUrl, title: text, image, summary: text, published: date, language }, 'url', 'title')),
  // Our document is one article; lists come in other formats.
  list: () => undefined,
};
const readArticle = object(ARTICLE);

/**
 * Turns untrusted JSON into an `Article`. Wrong optional fields are dropped; only a document
 * that is not an object, or a `title` that is neither a string nor null, is refused.
 * @param json the parsed JSON value
 * @param base the document's own URL: relative URLs inside resolve against it
 */
export function parseArticle(json: unknown, base: string): Parsed<Article> {
  if (!isRecord(json)) return invalid(`the document is ${describe(json)}, not an object`, base);
  // A CMS often writes `null` for "no value": that is an absent title, not a wrong one.
  const title = field(json, 'title');
  return title == null || typeof title === 'string' ? { ok: true, value: readArticle(json, base)! } : invalid(`"title" is ${describe(title)}, not a string`, base);
}

function invalid(message: string, url: string): Parsed<Article> {
  return { ok: false, failure: { reason: 'invalid', message, url } };
}

/** "a number", "an array", "null"… for messages that name what was wrong. */
function describe(value: unknown): string {
  if (value === null) return 'null';
  const type = Array.isArray(value) ? 'array' : typeof value;
  return `a${/^[aeiou]/.test(type) ? 'n' : ''} ${type}`;
}
