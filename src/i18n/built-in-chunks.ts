/**
 * The built-in catalogues besides English in the ES CDN file (vite.config.ts puts this module
 * in place of built-in.ts): each is a chunk beside the file, loaded the first time a widget's
 * locale needs it, so a page pays only for its own languages' texts.
 */
import type { CoreMessages, PartialMessages } from './messages.js';

/**
 * Each built-in locale's texts, or how to load them: a chunk exporting them under the tag (its
 * module read by `loadBuiltIn`, not picked here: 12 B of gzip).
 */
export const builtIn: Record<string, CoreMessages | (() => Promise<Record<string, CoreMessages>>)> = {
  fr: () => import('./fr.js'),
  de: () => import('./de.js'),
  es: () => import('./es.js'),
  pt: () => import('./pt.js'),
  ru: () => import('./ru.js'),
  ar: () => import('./ar.js'),
};

/** Each catalogue asked for: the wait while it is on its way, then undefined. */
const arriving = new Map<string, Promise<unknown> | undefined>();

/**
 * Loads the built-in catalogue `tag` (a base language, lower case) the first time it is asked
 * for, and hands it to `arrived`; a chunk that fails leaves English, with one warning (`arrived`
 * with no texts). Returns the wait while it is on its way, three seconds at most (a render waits
 * no longer: a chunk that hangs), else undefined. A second was too short on a slow mobile link
 * (one round trip of "Slow 3G" is 2 s): a server-rendered French page turned English for a
 * moment, then French.
 */
export function loadBuiltIn(tag: string, arrived: (tag: string, texts: PartialMessages) => void): Promise<unknown> | undefined {
  const load = Object.hasOwn(builtIn, tag) && builtIn[tag];
  if (typeof load == 'function' && !arriving.has(tag)) {
    const loaded = load().then(
      (chunk) => arrived(tag, chunk[tag]),
      (error: Error) => {
        // The language has no texts now, as Swedish has none: its widgets speak English, marked
        // `lang="en"` (hasCatalogue), those that rendered meanwhile again.
        delete builtIn[tag];
        arrived(tag, {});
        console.warn(`story-widgets: the "${tag}" texts did not load, English shows instead: ${error}`);
      },
    );
    arriving.set(tag, Promise.race([loaded, new Promise((done) => setTimeout(done, 3000))]).then(() => arriving.set(tag, undefined)));
  }
  return arriving.get(tag);
}
