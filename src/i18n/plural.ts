import type { PluralForms } from './messages.js';

const ruleCache = new Map<string, Intl.PluralRules>();
const numberCache = new Map<string, Intl.NumberFormat>();

function cached<T>(map: Map<string, T>, locale: string, make: () => T): T {
  let value = map.get(locale);
  if (!value) {
    value = make();
    map.set(locale, value);
  }
  return value;
}

/** Formats a count the way the locale writes numbers (1,234 · 1 234 · ١٬٢٣٤). */
export function formatNumber(locale: string, n: number): string {
  return cached(numberCache, locale, () => new Intl.NumberFormat(locale)).format(n);
}

/** Picks the plural form for `n` with `Intl.PluralRules`, falling back to `other`. */
export function selectPlural(locale: string, forms: PluralForms, n: number): string {
  const category = cached(ruleCache, locale, () => new Intl.PluralRules(locale)).select(n);
  return forms[category] ?? forms.other;
}

/** Replaces `{name}` placeholders; values are plain text and are rendered as text. */
export function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}
