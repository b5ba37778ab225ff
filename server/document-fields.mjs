// The fields of an article document as the server's pages read them (article-page.mjs and its
// JSON-LD, article-json-ld.mjs): a document is hostile input, so each reader takes only a value
// of the right type, and a URL only when it is absolute http(s).

/** @param {unknown} value @returns {value is Record<string, unknown>} */
export const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
/** @param {unknown} value */
export const text = (value) => (typeof value === 'string' && value.trim() ? value : undefined);

/**
 * The instant a date field names, as ISO 8601 in UTC (`2017-07-10T09:00:00.000Z`); none when it
 * does not parse, holds no year (four digits, not a zone's `+0100`, or RFC 822's two before a
 * time, `30 Jun 24 23:00`: "Chapter 11" the parser reads as 2001), or names a day its month does
 * not have ("2024-02-30", "Fri, 30 Feb 2024", "February 30, 2024", "2/30/2024", "2024/02/30",
 * "Fri Feb 30 10:00:00 2024", "Fri Feb 30 10:00:00 UTC 2024", which the parser would roll over to
 * 1 March). A dotted date is day first ("10.02.2024 14:30": 10 February, not the parser's 2
 * October). The widgets' readers' rule (src/core/json-guards.ts `date`, whose day, month and year
 * matcher is copied here: the server reads no TypeScript, and its tests run before the build), so
 * a page and its widgets show the same date or none.
 * @param {unknown} value
 */
export function isoDate(value) {
  // Trimmed, as the widgets read it: " 2024-02-30" is no ISO date to the parser, which read it in
  // the server's time zone and rolled it over. A dotted date is written as the widgets keep it:
  // `dd.mm.yyyy` alone as ISO's day ("2024-02-10", its midnight UTC), else year first with slashes.
  const string = (text(value)?.trim() ?? '').replace(/^(\d\d)\.(\d\d)\.(\d{4})$/, '$3-$2-$1').replace(/^(\d\d?)\.(\d\d?)\.(\d{4})/, '$3/$2/$1');
  // Its day, month and year, checked by the calendar as the widgets check them (the same matcher:
  // a month's number or English name, a day, a year in the orders `Date` reads, the `date`
  // command's time and zone between; an unknown name or a month past 12 is no month), not by
  // reading the string again. Tried only where no run of digits or letters began before, nor
  // after a colon (the `date` command's "10:00:00 UTC 2024" is no day, month and year).
  const [, d1, m1, m2, d2, y1, y2, m3, d3] =
    /(?<![a-z\d:])(?:(?:(\d\d?)[ ,./-]+([a-z]{3,})|([a-z]{3,}|\d\d?)[ ,./-]+(\d\d?)(?: [\d:]+(?: [a-z+-]\S*)?)?)[ ,./-]+(\d{4}|\d\d(?= +\d\d?:))|(\d{4})[ ,./-]+([a-z]{3,}|\d\d?)[ ,./-]+(\d\d?))/i.exec(string) ?? [];
  const name = m1 || m2 || m3 || '';
  const month = +name ? +name - 1 : 'janfebmaraprmayjunjulaugsepoctnovdec'.indexOf(name.slice(0, 3).toLowerCase()) / 3;
  // In a year of the same leap years (RFC 822's `24` is 2024), at a local midnight (no zone skips
  // a month's whole last day in 2000–2399).
  const real = name ? new Date((+(y1 || y2) % 400) + 2000, month, +(d1 || d2 || d3)).getMonth() === month : /(?<![+-])\d{4}/.test(string);
  // A day written alone (no time) is that day on the page, which shows dates in UTC: read at its
  // midnight UTC, as ISO's day alone is, not at the server's (in Tokyo, the day before). One with
  // a zone's offset and no time ("10 Feb 2024 +0100") is no such string: read as written.
  const utc = name && !/\d:\d/.test(string) ? new Date(`${string} UTC`) : undefined;
  const date = utc && !isNaN(+utc) ? utc : new Date(string || NaN);
  return isNaN(+date) || !real ? undefined : date.toISOString();
}

/**
 * A language tag that Intl accepts, canonical (`fr_FR`, as WordPress writes it, is `fr-FR`);
 * none otherwise: a document's `"language": "French!"` would make the date's formatter throw.
 * @param {unknown} value
 */
export function languageTag(value) {
  try {
    return Intl.getCanonicalLocales(text(value)?.replace(/_/g, '-'))[0];
  } catch {
    return undefined;
  }
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
