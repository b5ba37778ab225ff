/** The card's date line: one `Intl.DateTimeFormat` per locale, created once and reused. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(locale: string): Intl.DateTimeFormat {
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
    formatters.set(locale, formatter);
  }
  return formatter;
}

/** A date as shown (`dateStyle: "medium"` of the locale) and as a valid `datetime` attribute. */
export interface PublishedDate {
  readonly text: string;
  readonly datetime: string;
}

/**
 * Formats a document's `published` value (already checked to parse as a date) in the reader's
 * time zone; the `datetime` attribute is the same instant in ISO 8601, whatever the source's
 * spelling. Undefined when the value does not name a date.
 */
export function publishedDate(value: string | undefined, locale: string): PublishedDate | undefined {
  if (!value) return undefined;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return undefined;
  return { text: formatterFor(locale).format(date), datetime: date.toISOString() };
}
