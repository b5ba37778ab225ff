/** A date for people (`dateStyle: "medium"` of the locale) and one for machines (`datetime`). */
export interface PublishedDate {
  readonly text: string;
  readonly datetime: string;
}

// One formatter per locale (and time zone rule), created once: dates render on every update.
const formatters = new Map<string, Intl.DateTimeFormat>();
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Formats a document's date in the reader's time zone; undefined when it names no date.
 * A date-only value ("2017-07-08") means that day everywhere: read as UTC midnight it would
 * show the 7th in America, so it is formatted in UTC and kept as it is for `datetime`.
 */
export function publishedDate(value: string | undefined, locale: string): PublishedDate | undefined {
  if (!value) return undefined;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return undefined;
  const dateOnly = DATE_ONLY.test(value);
  const key = `${locale}|${dateOnly ? 'utc' : ''}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: dateOnly ? 'UTC' : undefined });
    formatters.set(key, format);
  }
  return { text: format.format(date), datetime: dateOnly ? value : date.toISOString() };
}
