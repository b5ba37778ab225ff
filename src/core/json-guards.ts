/**
 * Small readers for untrusted JSON. They read only own, known fields — never merge or copy
 * objects — so `__proto__`, `constructor` and unknown keys can do nothing.
 *
 * Why plain guards and not a schema library (valibot, zod): the document has a dozen fields
 * and one rule for all of them (drop what is wrong, keep the rest), which these ~80 lines say
 * directly, at no cost in bundle bytes for every page that embeds a widget. The JSON Schema
 * for site owners (schema/article.schema.json) describes the same document for editors and CI.
 */

/** Lists are cut to this length before any other work (hostile documents may hold millions). */
export const MAX_LIST_ITEMS = 100;
/** Strings are cut to this many UTF-16 units: a card has no use for a megabyte of title. */
export const MAX_STRING_LENGTH = 2000;

export type JsonRecord = Readonly<Record<string, unknown>>;

export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An own property of a record (inherited ones such as `__proto__` or `constructor` are ignored). */
export function field(record: JsonRecord, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

/** A non-empty, trimmed string, or undefined. */
export function readString(record: JsonRecord, key: string): string | undefined {
  const value = field(record, key);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  return trimmed.length > MAX_STRING_LENGTH ? `${cut(trimmed, MAX_STRING_LENGTH - 1)}…` : trimmed;
}

/** The first `length` UTF-16 units, one fewer if the last would split a surrogate pair (an emoji). */
function cut(text: string, length: number): string {
  const last = text.charCodeAt(length - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? length - 1 : length);
}

/** A finite number ≥ 0, or undefined. */
export function readCount(record: JsonRecord, key: string): number | undefined {
  const value = field(record, key);
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.floor(value) : undefined;
}

/** A positive finite dimension (image width/height), or undefined. */
export function readDimension(record: JsonRecord, key: string): number | undefined {
  const value = field(record, key);
  return typeof value === 'number' && Number.isFinite(value) && value > 0 && value < 100_000 ? value : undefined;
}

export function readRecord(record: JsonRecord, key: string): JsonRecord | undefined {
  const value = field(record, key);
  return isRecord(value) ? value : undefined;
}

/** The first MAX_LIST_ITEMS entries of an array field, or an empty list. */
export function readList(record: JsonRecord, key: string, max = MAX_LIST_ITEMS): readonly unknown[] {
  const value = field(record, key);
  return Array.isArray(value) ? value.slice(0, max) : [];
}

/** An ISO-like date string that `Date` understands, kept as the original string. */
export function readDate(record: JsonRecord, key: string): string | undefined {
  const value = readString(record, key);
  return value !== undefined && !Number.isNaN(Date.parse(value)) ? value : undefined;
}

/** A BCP 47 language tag that Intl accepts, canonicalised (`pt-br` → `pt-BR`). */
export function readLanguage(record: JsonRecord, key: string): string | undefined {
  const value = readString(record, key);
  if (value === undefined) return undefined;
  try {
    return Intl.getCanonicalLocales(value)[0];
  } catch {
    return undefined;
  }
}
