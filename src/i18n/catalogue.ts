import { ar } from './ar.js';
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import type { Messages, PartialMessages } from './messages.js';
import { pt } from './pt.js';
import { ru } from './ru.js';

const builtIn: Readonly<Record<string, Messages>> = { en, fr, de, es, pt, ru, ar };
const overrides = new Map<string, PartialMessages>();
const listeners = new Set<() => void>();
const merged = new Map<string, Messages>();
const RIGHT_TO_LEFT = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'yi', 'dv', 'ckb', 'sd', 'ug']);

/** Lower-cased locale tags from the most to the least specific: `pt-br` → [`pt-br`, `pt`]. */
function chain(locale: string): string[] {
  const parts = locale.toLowerCase().split('-');
  return parts.map((_, i) => parts.slice(0, parts.length - i).join('-'));
}

/**
 * The texts for a locale: English, overlaid by the base language's catalogue, overlaid by
 * the exact locale's — so `fr-CA` gets French, and an unknown `xx` gets English.
 */
export function messagesFor(locale: string): Messages {
  // Every render asks; merging is done once per locale until `setMessages` changes texts.
  const known = merged.get(locale);
  if (known) return known;
  const result = mergeFor(locale);
  merged.set(locale, result);
  return result;
}

function mergeFor(locale: string): Messages {
  let merged: Messages = { ...en, ...overrides.get('en') };
  for (const tag of chain(locale).reverse()) {
    if (tag === 'en') continue;
    const catalogue = builtIn[tag];
    if (catalogue) merged = { ...merged, ...catalogue };
    const extra = overrides.get(tag);
    if (extra) merged = { ...merged, ...extra };
  }
  return merged;
}

/** True when the library has texts for the locale or its base language. */
export function hasCatalogue(locale: string): boolean {
  return chain(locale).some((tag) => tag in builtIn || overrides.has(tag));
}

export function isRightToLeft(locale: string): boolean {
  return RIGHT_TO_LEFT.has(locale.toLowerCase().split('-')[0] ?? '');
}

/**
 * Adds or overrides texts at run time, e.g. `setMessages('fr', { relatedHeading: 'À lire aussi' })`
 * or a whole new locale `setMessages('nl', {...})`. Widgets on the page re-render.
 */
export function setMessages(locale: string, messages: PartialMessages): void {
  if (typeof locale !== 'string' || typeof messages !== 'object' || messages === null) return;
  const tag = locale.trim().toLowerCase();
  if (!tag) return;
  overrides.set(tag, { ...overrides.get(tag), ...cleanMessages(messages) });
  merged.clear();
  for (const listener of listeners) listener();
}

const PLURAL_CATEGORIES: readonly string[] = ['zero', 'one', 'two', 'few', 'many', 'other'];

// Copies only known keys with the right shape: the argument may come from JSON the page
// fetched itself, and a wrong value must not break every widget's render.
function cleanMessages(messages: object): PartialMessages {
  const clean: Record<string, unknown> = {};
  const source = messages as Record<string, unknown>;
  for (const key of Object.keys(en) as (keyof Messages)[]) {
    if (!Object.prototype.hasOwnProperty.call(source, key)) continue;
    const value = source[key];
    if (typeof en[key] === 'string') {
      if (typeof value === 'string') clean[key] = value;
    } else if (typeof value === 'object' && value !== null && typeof (value as Record<string, unknown>).other === 'string') {
      const forms: Record<string, string> = {};
      for (const category of PLURAL_CATEGORIES) {
        const form = (value as Record<string, unknown>)[category];
        if (typeof form === 'string') forms[category] = form;
      }
      clean[key] = forms;
    }
  }
  return clean as PartialMessages;
}

/** Calls `listener` whenever texts change; returns the function that unsubscribes. */
export function onMessagesChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
