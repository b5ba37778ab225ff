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
  const tag = locale.toLowerCase();
  const known = new Set(Object.keys(en));
  // Copy only known keys: the argument may come from JSON a page fetched itself.
  const clean: Record<string, unknown> = {};
  for (const key of Object.keys(messages)) if (known.has(key)) clean[key] = (messages as Record<string, unknown>)[key];
  overrides.set(tag, { ...overrides.get(tag), ...(clean as PartialMessages) });
  for (const listener of listeners) listener();
}

/** Calls `listener` whenever texts change; returns the function that unsubscribes. */
export function onMessagesChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
