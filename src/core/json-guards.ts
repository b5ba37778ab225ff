/**
 * Readers for untrusted JSON. They read only own, known fields — never merge or copy
 * objects — so `__proto__`, `constructor` and unknown keys can do nothing. A document type is
 * a table (`Shape`) naming one reader per field; `object` and `list` read nested ones.
 *
 * Why plain readers and not a schema library (valibot, zod): the document has a dozen fields
 * and one rule for all of them (drop what is wrong, keep the rest), which these tables say
 * directly, at no cost in bundle bytes for every page that embeds a widget. The JSON Schema
 * for site owners (schema/article.schema.json) describes the same document for editors and CI.
 */
/** Lists are cut to this length before any other work (hostile documents may hold millions). */
export const MAX_LIST_ITEMS = 100;
/** Strings are cut to this many UTF-16 units: a card has no use for a megabyte of title. */
export const MAX_STRING_LENGTH = 2000;

export type JsonRecord = Readonly<Record<string, unknown>>;

/** Reads one field's untrusted value; `base` resolves URLs, `record` is the field's object. */
export type Reader<T> = ((value: unknown, base: string, record: JsonRecord) => T) & {
  /** Set on a list's or an object's reader: `object` reads that field when it is first used. */
  lazy?: true;
  /** Set on a lazy reader whose code has not arrived: what it reads then is not kept. */
  waiting?: boolean;
};

/** One reader per field of `T`: the table a document type is read by (`object` checks required fields). */
export type Shape<T> = { readonly [K in keyof T]-?: Reader<T[K] | undefined> };

export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An own property of a record (inherited ones such as `__proto__` or `constructor` are ignored). */
export function field(record: JsonRecord, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** A non-empty, trimmed string, or undefined; a huge one is cut, never inside a surrogate pair. */
export function text(value: unknown): string | undefined {
  const string = typeof value === 'string' && value.trim();
  // A cut string ends in "…", which takes the place of a high surrogate left without its pair.
  if (string) return string.length > MAX_STRING_LENGTH ? string.slice(0, MAX_STRING_LENGTH - 1).replace(/[\uD800-\uDBFF]?$/, '…') : string;
}

/** A count: a whole number from 0 to 2^53 − 1. Anything else (1.5, -1, 1e300, "3") is no count. */
export const count = (value: unknown): number | undefined => (Number.isSafeInteger(value) && (value as number) >= 0 ? (value as number) : undefined);

/** A positive dimension below 100 000 (image width/height), or undefined. */
export const dimension = (value: unknown): number | undefined => (typeof value === 'number' && value > 0 && value < 1e5 ? value : undefined);

/**
 * A date string that `Date` understands, that holds a year (four digits, not a zone's `+0100`;
 * or RFC 822's two before a time, `30 Jun 24 23:00`, which `Date` reads as 2000–2049 or
 * 1950–1999, as RFC 5322 says) and whose day its month has; kept as the original string, but for
 * a dotted numeric date. V8 reads much else as a date: "Chapter 11" as November 2001, "42" as
 * 2042; and it rolls a day past the month's end over ("2024-02-30", "Fri, 30 Feb 2024",
 * "February 30, 2024", "2/30/2024", "2024/02/30", "Fri Feb 30 10:00:00 2024", `date`'s "Fri Feb 30
 * 10:00:00 UTC 2024": 1 March), a date the document never wrote.
 *
 * A dotted numeric date is day first (`10.02.2024`: 10 February), as in every locale that writes
 * one (de, ru, fi, pl, tr…), where V8 reads it month first (2 October) and other browsers need not
 * read it at all. It is kept in a form every browser reads: `dd.mm.yyyy` alone as ISO 8601's
 * (`2024-02-10`, shown as that day everywhere, as every ISO day is), else year first with slashes,
 * before the rest as written (`2024/2/1`, `2024/02/10 14:30`: Safari reads no ISO date with a
 * space before its time), whose day is then checked as a year-first one's is.
 */
export function date(value: unknown): string | undefined {
  const string = (text(value) ?? '').replace(/^(\d\d)\.(\d\d)\.(\d{4})$/, '$3-$2-$1').replace(/^(\d\d?)\.(\d\d?)\.(\d{4})/, '$3/$2/$1');
  // Its day, month and year (a day, a month's name, a year; a month's name or number, a day, a
  // year, with a time between, and a zone after it as the `date` command writes one; a year, a
  // month, a day, as ISO's), checked by our own reckoning, not by `Date` reading the string again:
  // other engines need not read "2024/02/10 UTC" as V8 does. A month's name is English's, known by
  // its first three letters (as V8 knows it); another word, or a month past 12, is no month.
  // A day, month or year is tried only where no run of digits or letters began before (tried from
  // each of them, a long run took the square of its length), and not after a colon: the `date`
  // command's "10:00:00 UTC 2024" is no day, month and year.
  const [, d1, m1, m2, d2, y1, y2, m3, d3] =
    /(?<![a-z\d:])(?:(?:(\d\d?)[ ,./-]+([a-z]{3,})|([a-z]{3,}|\d\d?)[ ,./-]+(\d\d?)(?: [\d:]+(?: [a-z+-]\S*)?)?)[ ,./-]+(\d{4}|\d\d(?= +\d\d?:))|(\d{4})[ ,./-]+([a-z]{3,}|\d\d?)[ ,./-]+(\d\d?))/i.exec(string) ?? [];
  const name = m1 || m2 || m3 || '';
  // An unknown name gives a fraction (found nowhere, -1, or across two names): no date's month.
  // The day must stay in its month in a year of the same leap years (the year's remainder by 400,
  // from 2000: RFC 822's `24` is 2024, where `Date` reads a year under 100 as 1900's); at a local
  // midnight, as no time zone skips a month's whole last day in 2000–2399. (`Date` takes the
  // day's digits as their number itself.)
  const month = +name ? +name - 1 : 'janfebmaraprmayjunjulaugsepoctnovdec'.indexOf(name.slice(0, 3).toLowerCase()) / 3;
  return (name ? new Date((+(y1 || y2)! % 400) + 2000, month, (d1 || d2 || d3) as unknown as number).getMonth() == month : /(?<![+-])\d{4}/.test(string)) && !isNaN(Date.parse(string)) ? string : undefined;
}

/** A BCP 47 language tag that Intl accepts, canonicalised (`pt-br` → `pt-BR`). */
export function language(value: unknown): string | undefined {
  try {
    // `fr_FR`, as WordPress's locale setting and some themes write it, is `fr-FR`.
    return Intl.getCanonicalLocales(text(value)?.replace(/_/g, '-'))[0];
  } catch {
    // Not a language tag.
  }
}

/**
 * An object read by `shape`, or undefined when it is not an object or one of the `required`
 * fields came out empty. Every field of the shape is present in the result; a list or object
 * field (a reader marked `lazy`) is a getter that reads it when first used, once (then keeps it;
 * a `waiting` reader's result is not kept: it reads again on the next use).
 */
export function object<T>(shape: Shape<T>, ...required: (keyof T)[]): ((value: unknown, base: string) => T | undefined) & { lazy?: true } {
  const readObject = (value: unknown, base: string): T | undefined => {
    if (!isRecord(value)) return;
    const result: Partial<T> = {};
    for (const key in shape) {
      const read = shape[key];
      if (read.lazy) {
        let kept: T[typeof key] | undefined;
        let done: unknown;
        Object.defineProperty(result, key, {
          enumerable: true,
          get() {
            if (!done) {
              done = !read.waiting;
              try {
                kept = read(field(value, key), base, value);
              } catch {
                // A page's `data` may hold getters that throw inside the field: it reads as
                // absent then (an empty list, no object).
                kept = read(undefined, base, value);
              }
            }
            return kept;
          },
        });
      } else result[key] = read(field(value, key), base, value);
    }
    // The required fields are checked here, so the result is a whole T.
    if (required.every((key) => result[key])) return result as T;
  };
  // In an object, an object is read when first used, like a list (below): a like button never
  // looks at its document's image or author, so a page of buttons does not check their URLs.
  readObject.lazy = true as const;
  return readObject;
}

/**
 * The readable items among the first `max` entries of an array; an empty list for a non-array.
 * As a field of `object`, read when first used, then kept (see `object`).
 */
export function list<T>(read: (value: unknown, base: string) => T | undefined, max = MAX_LIST_ITEMS): Reader<T[]> {
  const readList: Reader<T[]> = (value, base) => (Array.isArray(value) ? value.slice(0, max).flatMap((item) => read(item, base) ?? []) : []);
  // In an object, a list is read when first used: a card never looks at its document's related
  // stories or translations, so a page of cards does not pay for checking their URLs.
  readList.lazy = true;
  return readList;
}

/** The value at a path of own fields and array indices (`at(post, '_embedded', 'author', 0)`), or undefined. */
export const at = (value: unknown, ...path: (string | number)[]): unknown =>
  path.reduce<unknown>((node, key) => (typeof key === 'number' ? (Array.isArray(node) ? node[key] : undefined) : isRecord(node) ? field(node, key) : undefined), value);
