/**
 * Language names as their speakers write them ("Français", "Deutsch", "Português (Brasil)"),
 * and the list pattern that joins them. Both are cached: a page may hold many switchers.
 */

const autonyms = new Map<string, string>();
const listFormats = new Map<string, Intl.ListFormat>();

/**
 * The language's own name, first letter upper-cased by that language's rules
 * (`Intl.DisplayNames` in the language itself). Falls back to the tag when Intl has no name.
 * @param language a canonical BCP 47 tag
 */
export function autonym(language: string): string {
  let name = autonyms.get(language);
  if (name === undefined) {
    name = computeAutonym(language);
    autonyms.set(language, name);
  }
  return name;
}

function computeAutonym(language: string): string {
  let name: string | undefined;
  try {
    name = new Intl.DisplayNames([language], { type: 'language', fallback: 'none' }).of(language);
  } catch {
    return language;
  }
  if (!name) return language;
  // By code point, not UTF-16 unit, so a name starting outside the BMP is left whole.
  const [first = '', ...rest] = name;
  return first.toLocaleUpperCase(language) + rest.join('');
}

/**
 * Splits a list of `count` items into the locale's pattern: `['0', ', ', '1', ' and ', '2']`
 * where a digit string is the index of an item and anything else is literal text.
 * A conjunction reads as the end of the label's sentence ("… available in: Français and Deutsch").
 */
export function listPattern(locale: string, count: number): { readonly index?: number; readonly text: string }[] {
  const keys = Array.from({ length: count }, (_, i) => `\u0000${i}`);
  let format = listFormats.get(locale);
  if (!format) {
    format = new Intl.ListFormat(locale, { type: 'conjunction', style: 'long' });
    listFormats.set(locale, format);
  }
  return format.formatToParts(keys).map((part) =>
    part.type === 'element' ? { index: keys.indexOf(part.value), text: part.value } : { text: part.value },
  );
}
