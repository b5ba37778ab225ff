/** How `limit` and `heading-level` read an attribute (or a property set from script). */

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/** The number an attribute or property holds; a missing, empty or blank one is none (NaN). */
const toNumber = (value: unknown): number => (typeof value === 'number' ? value : typeof value === 'string' && value.trim() ? +value : NaN);

/** A whole number ≥ 1, else 4: `limit="0"`, `"-3"`, `"2.5"`, `"many"` all give 4. */
export function validLimit(value: unknown): number {
  const n = toNumber(value);
  return Number.isInteger(n) && n > 0 ? n : 4;
}

/** 1–6: a number outside is clamped (`0` → 1, `9` → 6); anything else gives 2. */
export function validHeadingLevel(value: unknown): HeadingLevel {
  const n = toNumber(value);
  return (Number.isFinite(n) ? Math.min(6, Math.max(1, Math.round(n))) : 2) as HeadingLevel;
}
