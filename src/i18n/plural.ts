import type { PluralForms } from './messages.js';

const formatters = new Map<string, [Intl.PluralRules, Intl.NumberFormat, Intl.NumberFormat]>();

/** From here up a count is written in the locale's compact notation ("12K", "1,2 M"). */
export const COMPACT_FROM = 10_000;

// All three are built once per locale: a like button asks for them on every render.
function formattersFor(locale: string): [Intl.PluralRules, Intl.NumberFormat, Intl.NumberFormat] {
  let set = formatters.get(locale);
  if (!set) formatters.set(locale, (set = [new Intl.PluralRules(locale), new Intl.NumberFormat(locale), new Intl.NumberFormat(locale, { notation: 'compact' })]));
  return set;
}

/**
 * Formats a count the way the locale writes numbers (1,234 · 1 234 · ١٬٢٣٤), in compact
 * notation from 10 000 up (12K · 12 k · 1,2 M), so a huge count stays a short word.
 */
export function formatNumber(locale: string, n: number): string {
  return formattersFor(locale)[n < COMPACT_FROM ? 1 : 2].format(n);
}

/**
 * Picks the plural form for `n` with `Intl.PluralRules`, falling back to `other`. A compact count
 * ("21 тыс.", "12 ألف", "1,2 M") takes the form of its unit (a thousand, a million), not that of
 * the count's last digits: the noun follows "тыс.", "ألف" (21 001 is "one" in Russian, 12 345
 * "many" in Arabic), and French writes "1,2 M de personnes" (its "many").
 */
export function selectPlural(locale: string, forms: PluralForms, n: number): string {
  // From 999 500 a compact count reads "1 M": a million's form.
  return forms[formattersFor(locale)[0].select(n < COMPACT_FROM ? n : n < 999_500 ? 1e3 : 1e6)] ?? forms.other;
}

/** Replaces `{name}` placeholders; values are plain text and are rendered as text. */
export function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}
