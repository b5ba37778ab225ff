/**
 * Language names as their speakers write them ("Français", "Deutsch", "Português (Brasil)"),
 * and the list format that joins them. Both are cached: a page may hold many switchers.
 * Keys are canonical BCP 47 tags (lower-case language subtag), never an `Object.prototype` name.
 */

const names: Record<string, string> = {};
const formats: Record<string, Intl.ListFormat> = {};

/**
 * The language's own name, first letter upper-cased by that language's rules
 * (`Intl.DisplayNames` in the language itself). Falls back to the tag when Intl has no name.
 * @param tag a canonical BCP 47 tag
 */
export const autonym = (tag: string): string => (names[tag] ??= nameOf(tag));

/** The locale's conjunction: "Français, Deutsch and Español". */
export const listFormat = (locale: string): Intl.ListFormat => (formats[locale] ??= new Intl.ListFormat(locale));

function nameOf(tag: string): string {
  try {
    // By code point (`u`), not UTF-16 unit, so a name starting outside the BMP is left whole.
    return new Intl.DisplayNames(tag, { type: 'language', fallback: 'none' }).of(tag)?.replace(/^./u, (first) => first.toLocaleUpperCase(tag)) || tag;
  } catch {
    // A tag with extensions (`de-u-co-phonebk`) is no language code: `of` throws.
    return tag;
  }
}
