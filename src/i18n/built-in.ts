/**
 * The built-in catalogues besides English (always in: it is the fallback), all of them at once.
 * The ES CDN file replaces this module with built-in-chunks.ts (vite.config.ts), where each is a
 * chunk loaded when a widget's locale needs it; both export the same two names.
 */
import type { CoreMessages, PartialMessages } from './messages.js';
import { ar } from './ar.js';
import { de } from './de.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { pt } from './pt.js';
import { ru } from './ru.js';

/** Each built-in locale's texts, or how to load them. */
export const builtIn: Record<string, CoreMessages | (() => Promise<Record<string, CoreMessages>>)> = { fr, de, es, pt, ru, ar };

/** Every catalogue is here already: nothing to load, nothing to wait for (see built-in-chunks.ts). */
export const loadBuiltIn: (tag: string, arrived: (tag: string, texts: PartialMessages) => void) => Promise<unknown> | undefined = () => undefined;
