// Fixtures of the source formats (test/fixtures/sources/), read the way the loader reads them.
import { expect } from '@open-wc/testing';
import type { Article } from '../../src/core/article.js';
import { readXml } from '../../src/core/xml-document.js';
import { loadFormats, readDocument } from '../../src/sources/read-document.js';

// The readers of WordPress, JSON-LD, RSS and Atom are a module the page loads when it needs them.
await loadFormats();

/** The URL of a fixture file, as served by the test runner. */
export const fixtureUrl = (name: string): string => new URL(`/test/fixtures/sources/${name}`, location.href).href;

/** A fixture as the loader hands it on: parsed JSON, or the XML document of a feed. */
export async function loadFixture(name: string): Promise<unknown> {
  const text = await (await fetch(fixtureUrl(name))).text();
  if (!name.endsWith('.xml')) return JSON.parse(text);
  const result = readXml(text);
  if (!result.ok) throw new Error(result.failure.message);
  return result.json;
}

/** A fixture read into an Article (the test fails if it is refused); its URL is the base. */
export async function readFixture(name: string): Promise<Article> {
  return readValue(await loadFixture(name), fixtureUrl(name));
}

/** A value read into an Article (the test fails if it is refused). */
export function readValue(value: unknown, base = 'https://news.example/feed'): Article {
  const result = readDocument(value, base);
  expect(result.ok, result.ok ? '' : result.failure.message).to.equal(true);
  return (result as { value: Article }).value;
}
