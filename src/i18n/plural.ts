import type { PluralForms } from './messages.js';

const formatters = new Map<string, [Intl.PluralRules, Intl.NumberFormat]>();

// Both are built once per locale: a like button asks for them on every render.
function formattersFor(locale: string): [Intl.PluralRules, Intl.NumberFormat] {
  let pair = formatters.get(locale);
  if (!pair) formatters.set(locale, (pair = [new Intl.PluralRules(locale), new Intl.NumberFormat(locale)]));
  return pair;
}

/** Formats a count the way the locale writes numbers (1,234 · 1 234 · ١٬٢٣٤). */
export function formatNumber(locale: string, n: number): string {
  return formattersFor(locale)[1].format(n);
}

/** Picks the plural form for `n` with `Intl.PluralRules`, falling back to `other`. */
export function selectPlural(locale: string, forms: PluralForms, n: number): string {
  return forms[formattersFor(locale)[0].select(n)] ?? forms.other;
}

/** Replaces `{name}` placeholders; values are plain text and are rendered as text. */
export function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}
