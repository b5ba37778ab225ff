// The schema.org NewsArticle of an article page (article-page.mjs), for search engines: built
// from the document's fields that are valid, nothing made up, and written so that no field can
// end the <script> it sits in. The like count stays out: pages are cached, the count moves.
import { headUrl, isObject, isoDate, languageTag, text } from './document-fields.mjs';
import { SITE_NAME } from './site-frame.mjs';

/** An ISO 8601 duration with at least one part (`PT4M13S`, `P1DT2H`), as the video's `duration` is written. */
const DURATION = /^P(?=\d|T\d)(?:\d+D)?(?:T(?=\d)(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d+)?S)?)?$/;
/** A URL that is the video file itself (contract §12), not a page that plays it. */
const VIDEO_FILE = /\.(?:mp4|webm|ogv|ogg)$/i;

/** A width or height: a whole number of pixels, else none (`"1200"`, 0, 1.5 and -5 are none). */
const pixels = (/** @type {unknown} */ value) => (Number.isSafeInteger(value) && /** @type {number} */ (value) > 0 ? value : undefined);

/**
 * The story as schema.org reads it: `NewsArticle` with its headline, description, date,
 * language, canonical URL, author, image, translations and video, each only when the document
 * gives it valid (URLs absolute http(s), the canonical on the site's origin); the site as publisher.
 * @param {import('./content.mjs').ArticleDocument} article
 * @param {string} origin the site's origin
 */
export function articleLinkedData(article, origin) {
  const canonical = headUrl(article.url, origin);
  const { author, image, video } = article;
  const picture = isObject(image) ? headUrl(image.src, origin, true) : undefined;
  // A translation of a news article is one too (workTranslation expects a CreativeWork).
  const translations = (Array.isArray(article.translations) ? article.translations.filter(isObject) : [])
    .map((t) => ({ '@type': 'NewsArticle', inLanguage: languageTag(t.language), url: headUrl(t.url, origin, true), headline: text(t.title) }))
    .filter((t) => t.inLanguage && t.url);
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: text(article.title),
    description: text(article.summary),
    datePublished: isoDate(article.published),
    inLanguage: languageTag(article.language),
    url: canonical,
    mainEntityOfPage: canonical,
    author: isObject(author) && text(author.name) ? { '@type': 'Person', name: author.name, url: headUrl(author.url, origin, true) } : undefined,
    // `picture` is set only for an image object: no second isObject(image).
    image: picture ? { '@type': 'ImageObject', url: picture, width: pixels(image.width), height: pixels(image.height), creditText: text(image.credit) } : undefined,
    publisher: { '@type': 'Organization', name: SITE_NAME, url: headUrl('/', origin) },
    workTranslation: translations.length ? translations : undefined,
    video: isObject(video) ? videoObject(video, text(article.title), origin) : undefined,
  };
}

/**
 * The document's video (contract §12) as a VideoObject: its title (else the story's, as
 * <video-embed> titles it), poster and duration; a file's URL is its `contentUrl`, a provider's
 * page (YouTube, Vimeo) its `url`. No `uploadDate`: the document does not say when the video
 * was published, and the story's date is not that date.
 * @param {Record<string, unknown>} video @param {string | undefined} title @param {string} origin
 */
function videoObject(video, title, origin) {
  const url = headUrl(video.url, origin, true);
  if (!url) return undefined;
  const file = VIDEO_FILE.test(new URL(url).pathname);
  const duration = text(video.duration);
  return {
    '@type': 'VideoObject',
    name: text(video.title) ?? title,
    url: file ? undefined : url,
    contentUrl: file ? url : undefined,
    thumbnailUrl: isObject(video.thumbnail) ? headUrl(video.thumbnail.src, origin, true) : undefined,
    duration: duration && DURATION.test(duration) ? duration : undefined,
  };
}

/** `<`, `>`, `&` and the line separators, which JSON leaves as they are, written as \uXXXX escapes. */
const UNSAFE_IN_SCRIPT = /[<>&\u2028\u2029]/g;

/**
 * The NewsArticle as the text of a `<script type="application/ld+json">`: JSON in which no
 * string can end the script (`</script>`) or open a comment (`<!--`), since `<`, `>`, `&`,
 * U+2028 and U+2029 are written as \uXXXX escapes, which every JSON reader turns back into the
 * same string. Fields the document does not give are left out.
 * @param {import('./content.mjs').ArticleDocument} article @param {string} origin the site's origin
 */
export function articleJsonLd(article, origin) {
  return JSON.stringify(articleLinkedData(article, origin)).replace(UNSAFE_IN_SCRIPT, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
