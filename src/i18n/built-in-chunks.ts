/**
 * The built-in catalogues besides English in the ES CDN file (vite.config.ts puts this module
 * in place of built-in.ts): each is a chunk beside the file, loaded the first time a widget's
 * locale needs it, so a page pays only for its own languages' texts.
 */
import type { CoreMessages } from './messages.js';

/** Each built-in locale's texts, or how to load them. */
export const builtIn: Record<string, CoreMessages | (() => Promise<CoreMessages>)> = {
  fr: () => import('./fr.js').then((m) => m.fr),
  de: () => import('./de.js').then((m) => m.de),
  es: () => import('./es.js').then((m) => m.es),
  pt: () => import('./pt.js').then((m) => m.pt),
  ru: () => import('./ru.js').then((m) => m.ru),
  ar: () => import('./ar.js').then((m) => m.ar),
};
