/**
 * The `video` of a document (contract §12), in our shape or as a schema.org `VideoObject`.
 * Its `url` stays as written, for `<video-embed>` to parse; every other URL is made safe here.
 */
import type { ArticleImage, ArticleVideo, VideoCaption } from '../core/article.js';
import { type JsonRecord, dimension, field, isRecord, language, list, object, text } from '../core/json-guards.js';
import { safeUrl } from '../core/url-safety.js';
import { parseVideoUrl } from '../core/video-url.js';
import { first } from './format-shapes.js';

// Days, hours, minutes, seconds: years, months and weeks have no fixed length and no video
// lasts one. Fractions of a second are dropped.
const ISO_DURATION = /^P(?:(\d{1,4})D)?(?:T(?:(\d{1,5})H)?(?:(\d{1,7})M)?(?:(\d{1,9})(?:[.,]\d+)?S)?)?$/i;

/**
 * Whole seconds of an ISO 8601 duration (`PT4M13S` → 253), or of a number of seconds (what a
 * server-rendered page's inline copy of the document holds); undefined for anything else.
 */
export function isoDuration(value: unknown): number | undefined {
  if (typeof value === 'number') return value >= 0 && value < 1e9 ? Math.floor(value) : undefined;
  const match = typeof value === 'string' && ISO_DURATION.exec(value.trim());
  if (match && /\d/.test(match[0])) {
    const [d, h, m, s] = match.slice(1).map((digits) => +(digits ?? 0));
    return ((d! * 24 + h!) * 60 + m!) * 60 + s!;
  }
}

/** A thumbnail, or the first of a list of them. */
const thumbnail = (value: unknown, base: string): ArticleImage | undefined =>
  Array.isArray(value) ? list(oneThumbnail, 10)(value, base, {})[0] : oneThumbnail(value, base);

/**
 * A URL, an `ImageObject` (`url`/`contentUrl`) or our `{src, width, height}`. A list inside the
 * list is none: a hostile document nests thousands of them, and no page writes one.
 */
function oneThumbnail(value: unknown, base: string): ArticleImage | undefined {
  const record: JsonRecord = isRecord(value) ? value : { src: value };
  const src = ['src', 'url', 'contentUrl'].map((key) => safeUrl(field(record, key), base)).find(Boolean);
  // The poster decorates a button that names the video: its alternative text is empty.
  if (src) return { src, alt: '', width: dimension(field(record, 'width')), height: dimension(field(record, 'height')) };
}

const caption = object<VideoCaption>({ src: safeUrl, language, label: text }, 'src', 'language');

const readVideo = object<ArticleVideo>(
  {
    url: text,
    title: text,
    thumbnail,
    duration: isoDuration,
    captions: list(caption, 20),
  },
  'url',
);

/** True for a schema.org `VideoObject` (its `@type` names it, alone or in a list). */
function isVideoObject(value: unknown): value is JsonRecord {
  const type = isRecord(value) && field(value, '@type');
  return [type].flat().includes('VideoObject');
}

/**
 * A schema.org `VideoObject` as a video: `embedUrl` else `contentUrl` → url (the first that
 * `<video-embed>` plays: a JW Player or Brightcove page's `embedUrl` is an HTML player, its
 * `contentUrl` the file), `name` → title,
 * `thumbnailUrl` (else `thumbnail`) → thumbnail, `duration` (ISO 8601) → duration. For the
 * JSON-LD reader, which finds it on its own or as an article's `video`.
 */
export function videoObject(value: unknown, base: string): ArticleVideo | undefined {
  if (!isVideoObject(value)) return;
  const urls = [field(value, 'embedUrl'), field(value, 'contentUrl')].map(text);
  const url = urls.find((written) => parseVideoUrl(written, base)) ?? urls.find(Boolean);
  const poster = thumbnail(field(value, 'thumbnailUrl') ?? field(value, 'thumbnail'), base);
  if (url) return { url, title: text(field(value, 'name')), thumbnail: poster, duration: isoDuration(field(value, 'duration')), captions: [] };
}

/** A document's `video`: our shape, or a `VideoObject` (a list of them: the first). */
export function video(value: unknown, base: string): ArticleVideo | undefined {
  const one = first(value);
  return videoObject(one, base) ?? readVideo(one, base);
}
