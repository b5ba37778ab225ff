// The built-in languages, as the sources have them: one catalogue file each in src/i18n
// (`en.ts`, `fr.ts`…), so a new language is added there (and in its two index modules) only.
import { readdirSync } from 'node:fs';

/** Every built-in locale, English (the fallback, inside the main file) first, then the others in order. */
export const BUILT_IN_LOCALES = [
  'en',
  ...readdirSync(new URL('../src/i18n/', import.meta.url))
    .flatMap((file) => /^([a-z]{2,3})\.ts$/.exec(file)?.[1] ?? [])
    .filter((locale) => locale !== 'en')
    .sort(),
];
