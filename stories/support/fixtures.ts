// The documents stories read: static files under stories/public/fixtures/ (served by
// Storybook's `staticDirs`), plus the builders stories use to say only what differs.
import type { FakeRoute } from './fake-fetch.js';
import seedJson from '../public/fixtures/seed-article.json';

export type Json = Record<string, unknown>;

/** URLs of the fixture files, relative to the Storybook page. */
export const fixtures = {
  /** The source article (English), as test/fixtures/seed-article.json but with local images. */
  seed: 'fixtures/seed-article.json',
  /** Its French translation (3 likes). */
  fr: 'fixtures/seed-article.fr.json',
  /** An Arabic version (right to left, 21 likes). */
  ar: 'fixtures/seed-article.ar.json',
  /** The source article with eight translations (fr, de, es, pt-BR, ru, ar, ja, zh-Hant). */
  manyTranslations: 'fixtures/many-translations.json',
  /** A JSON Feed 1.1 of the site's latest stories. */
  feed: 'fixtures/feed.json',
} as const;

/** A fresh copy of the source article with `overrides` applied at the top level. */
export function article(overrides: Json = {}): Json {
  return { ...structuredClone(seedJson as Json), ...overrides };
}

/** Like endpoints of the fixtures, answering like a working server (each story may override). */
export const likeEndpoints: readonly FakeRoute[] = [
  { method: 'POST', url: 'api/articles/chechnya-purge-restarted/likes', answer: { kind: 'like', count: 0 } },
  { method: 'POST', url: 'api/articles/purge-anti-lgbtq-tchetchenie-reprise/likes', answer: { kind: 'like', count: 3 } },
  { method: 'POST', url: 'api/articles/chechnya-purge-restarted-ar/likes', answer: { kind: 'like', count: 21 } },
];
