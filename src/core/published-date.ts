/** A date for people (`dateStyle: "medium"` of the locale) and one for machines (`datetime`). */
export interface PublishedDate {
  readonly text: string;
  readonly datetime: string;
}

// One formatter per locale (and time zone rule), created once: dates render on every update.
const formatters: Record<string, Intl.DateTimeFormat> = {};

/**
 * Formats a document's date in the reader's time zone; undefined when it names no date.
 * A date-only value ("2017-07-08", also "2017-07" or "2017") means that day everywhere: read as
 * UTC midnight it would show the day before in America, so it is formatted in UTC and kept as it
 * is for `datetime`. `value` comes from a reader's `date` (json-guards.ts), which drops a day the
 * month does not have ("2024-02-30", which the parser would roll over to 1 March).
 */
export function publishedDate(value: string | undefined, locale: string): PublishedDate | undefined {
  // Every reader's dates come through `date`, which lets none through that `Date` cannot read.
  if (value) {
    const date = new Date(value);
    const utc = /^\d{4}(-\d\d){0,2}$/.test(value);
    const format = (formatters[locale + utc] ??= new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: utc ? 'UTC' : undefined }));
    return { text: format.format(date), datetime: utc ? value : date.toISOString() };
  }
}
