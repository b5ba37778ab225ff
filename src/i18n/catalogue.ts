import { builtIn, loadBuiltIn } from './built-in.js';
import { en } from './en.js';
import type { Messages, PartialMessages } from './messages.js';

// One level per lower-cased tag: the built-in catalogue, overlaid by its `setMessages` texts.
const levels = new Map<string, PartialMessages>([['en', en]]);
// The tags given texts by `setMessages`, and English: besides the built-in catalogues, the
// languages with texts (a level may hold only `<video-embed>`'s texts, from its chunk).
const given = new Set(['en']);
for (const [tag, texts] of Object.entries(builtIn)) if (typeof texts != 'function') levels.set(tag, texts);
const listeners = new Set<() => void>();
const notify = (): void => listeners.forEach((listener) => listener());
const merged = new Map<string, Messages>();
const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'];

/** Lower-cased locale tags from the least to the most specific: `pt-BR` → [`pt`, `pt-br`]. */
const chain = (locale: string): string[] =>
  locale
    .toLowerCase()
    .split('-')
    .map((_, i, parts) => parts.slice(0, i + 1).join('-'));

/**
 * The texts for a locale: English, overlaid by the base language's catalogue, overlaid by
 * the exact locale's — so `fr-CA` gets French, and an unknown `xx` gets English. Each level's
 * `setMessages` overrides come right after its catalogue.
 */
export function messagesFor(locale: string): Messages {
  // Every render asks; merging is done once per locale until `setMessages` changes texts.
  let result = merged.get(locale);
  if (!result) {
    loadCatalogue(locale);
    merged.set(locale, (result = Object.assign({}, ...['en', ...chain(locale)].map((tag) => levels.get(tag))) as Messages));
  }
  return result;
}

/**
 * A built-in catalogue that came as a chunk, or failed to (no texts): widgets that rendered in
 * its language without it render again.
 */
function arrived(tag: string, texts: PartialMessages): void {
  // Only a locale of this language merged meanwhile went without its texts.
  const used = [...merged.keys()].some((key) => chain(key)[0] === tag);
  addTexts({ [tag]: texts });
  if (used) notify();
}

/**
 * Asks for the built-in catalogue of the locale's base language where it is a chunk (the ES CDN
 * file's: src/i18n/built-in-chunks.ts) not asked for yet. Returns the wait while it is on its
 * way (a second at most; a chunk that fails leaves English and one warning), else undefined.
 */
export function loadCatalogue(locale: string): Promise<unknown> | undefined {
  return loadBuiltIn(chain(locale)[0]!, arrived);
}

/** True when the library has texts for the locale or its base language. */
export function hasCatalogue(locale: string): boolean {
  return chain(locale).some((tag) => given.has(tag) || Object.hasOwn(builtIn, tag));
}

/**
 * True for languages written right to left. Widgets follow the page's `dir` (logical CSS), so
 * this is for hosts that set `dir` from a locale, like the Storybook toolbar.
 */
export function isRightToLeft(locale: string): boolean {
  return /^(ar|he|fa|ur|ps|yi|dv|ckb|sd|ug)(-|$)/i.test(locale);
}

/**
 * Adds or overrides texts at run time, e.g. `setMessages('fr', { relatedHeading: 'À lire aussi' })`
 * or a whole new locale `setMessages('nl', {...})` (`nl_NL`, as WordPress writes it, is
 * `nl-NL`). Widgets on the page re-render. A new locale should have every key: one left out
 * shows its English text without `lang="en"` (README, Languages).
 */
export function setMessages(locale: string, messages: PartialMessages): void {
  const tag = typeof locale == 'string' && locale.trim().toLowerCase().replace(/_/g, '-');
  if (!tag || typeof messages != 'object' || !messages) return;
  levels.set(tag, { ...levels.get(tag), ...cleanMessages(messages) });
  given.add(tag);
  merged.clear();
  notify();
}

/**
 * Adds built-in texts of a widget whose code comes later (`<video-embed>`'s, in its chunk) under
 * the `setMessages` texts already given, so an override made before the chunk loaded still wins.
 */
export function addTexts(catalogues: Record<string, PartialMessages>): void {
  for (const [tag, texts] of Object.entries(catalogues)) levels.set(tag, { ...texts, ...levels.get(tag) });
  merged.clear();
}

// Copies only known keys with the right shape: the argument may come from JSON the page
// fetched itself, and a wrong value must not break every widget's render.
function cleanMessages(messages: object): PartialMessages {
  const clean: Record<string, unknown> = {};
  // The video's keys are known before its texts (in its chunk) are; all other texts are plural forms or strings.
  for (const key of [...Object.keys(en), 'videoPlay', 'videoNotice'] as (keyof Messages)[]) {
    const value = Object.hasOwn(messages, key) ? (messages as Record<string, unknown>)[key] : 0;
    if (typeof (en as Partial<Messages>)[key] != 'object') {
      if (typeof value == 'string') clean[key] = value;
    } else if (typeof (value as { other?: unknown } | null)?.other == 'string') {
      const forms = value as Record<string, unknown>;
      clean[key] = Object.fromEntries(PLURAL_CATEGORIES.filter((c) => typeof forms[c] == 'string').map((c) => [c, forms[c]]));
    }
  }
  return clean;
}

/** Calls `listener` whenever texts change; returns the function that unsubscribes. */
export function onMessagesChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
