// The fields of an article document as the server's pages read them (article-page.mjs and its
// JSON-LD, article-json-ld.mjs): a document is hostile input, so each reader takes only a value
// of the right type, and a URL only when it is absolute http(s).

/** @param {unknown} value @returns {value is Record<string, unknown>} */
export const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
/** @param {unknown} value */
export const text = (value) => (typeof value === 'string' && value.trim() ? value : undefined);

/**
 * The instant a date field names, as ISO 8601 in UTC (`2017-07-10T09:00:00.000Z`); none when it
 * does not parse.
 * @param {unknown} value
 */
export function isoDate(value) {
  const date = new Date(text(value) ?? NaN);
  return isNaN(+date) ? undefined : date.toISOString();
}

/**
 * The date as the widgets write it (`dateStyle: "medium"` of the page's language), so the page
 * shows one date format. In UTC: the server does not know the reader's time zone.
 * @param {unknown} value @param {string} lang
 */
export function dateOf(value, lang) {
  const datetime = isoDate(value);
  if (!datetime) return undefined;
  return { text: new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(datetime)), datetime };
}

/**
 * A URL of the document for the page's head, absolute (crawlers and link previews want it so):
 * http(s), and on the site's own origin unless `elsewhere` (a picture on a CDN, a translation on
 * another domain; a document's `//evil.example/` is no canonical of ours), else none.
 * @param {unknown} value @param {string} origin @param {boolean} [elsewhere]
 */
export function headUrl(value, origin, elsewhere) {
  const url = text(value);
  if (!url) return undefined;
  try {
    const absolute = new URL(url, origin);
    return /^https?:$/.test(absolute.protocol) && (elsewhere || absolute.origin === new URL(origin).origin) ? absolute.href : undefined;
  } catch {
    return undefined;
  }
}
