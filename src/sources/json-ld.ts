/**
 * schema.org JSON-LD, as news sites and SEO plugins write it: an `Article` (`NewsArticle`,
 * `BlogPosting` and their subtypes) at the top level, in an array, or in an `@graph` whose
 * `@id` references are followed; an `ItemList` of articles is a list of stories.
 */
import type { Article, ArticleAuthor, ArticleImage, Parsed, RelatedStory } from '../core/article.js';
import { type JsonRecord, MAX_LIST_ITEMS, at, date, dimension, field, isRecord, language } from '../core/json-guards.js';
import { safeUrl } from '../core/url-safety.js';
import { htmlText } from './html-text.js';

// Article and its subtypes (ReportageNewsArticle, ScholarlyArticle, SocialMediaPosting, LiveBlogPosting, Report…).
const ARTICLE = /^(\w*Article|\w*Posting|Report|APIReference)$/;

/** JSON-LD is known by its keywords: `@context`, `@graph` or `@type` on an object or the first of an array. */
export function isLinkedData(value: unknown): boolean {
  const node = Array.isArray(value) ? value[0] : value;
  return isRecord(node) && ['@context', '@graph', '@type'].some((key) => field(node, key) !== undefined);
}

/** The types of a node, without their vocabulary (`schema:NewsArticle`, `https://schema.org/NewsArticle`). */
const types = (node: unknown): string[] => [at(node, '@type')].flat().flatMap((type) => (typeof type === 'string' ? type.replace(/^.*[/#:]/, '') : []));
/** A story while it is read: fields are filled from more than one place. */
type Draft = { -readonly [K in keyof RelatedStory]?: RelatedStory[K] };

const first = (value: unknown): unknown => (Array.isArray(value) ? value[0] : value);

/** A number, also written as a string ("1200") or a `QuantitativeValue`. */
const size = (value: unknown): number | undefined => dimension(Number(isRecord(value) ? field(value, 'value') : value));

/** Reads a block: its article, else its first node with a headline, else its item list. */
export function readLinkedData(value: unknown, base: string): Parsed<Article> {
  // Every node of the block, top level and `@graph`, the first 100 of each.
  const nodes = [value]
    .flat()
    .slice(0, MAX_LIST_ITEMS)
    .flatMap((node: unknown) => [node, ...[at(node, '@graph')].flat().slice(0, MAX_LIST_ITEMS)])
    .filter(isRecord);
  const byId = new Map(nodes.flatMap((node) => (typeof field(node, '@id') === 'string' ? [[field(node, '@id'), node]] : [])));
  /** A reference `{ "@id": … }` stands for the node with that id. */
  const follow = (node: unknown): unknown => byId.get(at(node, '@id')) ?? node;
  const list = nodes.find((node) => types(node).includes('ItemList'));
  const article = nodes.find((node) => types(node).some((type) => ARTICLE.test(type))) ?? nodes.find((node) => field(node, 'headline'));
  const related = readList(list, base, follow);
  if (!article) {
    return list
      ? { ok: true, value: { sourceUrl: base, list: true, title: htmlText(field(list, 'name')), translations: [], related } }
      : { ok: false, failure: { reason: 'invalid', message: 'no Article in the JSON-LD', url: base } };
  }
  const author = follow(first(field(article, 'author')));
  const authorName = typeof author === 'string' ? htmlText(author) : htmlText(at(author, 'name'));
  return {
    ok: true,
    value: {
      ...readStory(article, base, follow),
      sourceUrl: base,
      language: language(at(article, 'inLanguage')) ?? language(at(article, 'inLanguage', 'alternateName')),
      author: authorName ? ({ name: authorName, url: safeUrl(at(author, 'url'), base) } satisfies ArticleAuthor) : undefined,
      translations: [],
      related,
    },
  };
}

/** What an article node says of itself: headline (else name), description, url, date, image. */
function readStory(node: JsonRecord, base: string, follow: (node: unknown) => unknown): Draft {
  const page = follow(field(node, 'mainEntityOfPage'));
  return {
    title: htmlText(field(node, 'headline')) ?? htmlText(field(node, 'name')),
    summary: htmlText(field(node, 'description')),
    url: safeUrl(field(node, 'url'), base) ?? safeUrl(page, base) ?? safeUrl(at(page, '@id'), base) ?? safeUrl(at(page, 'url'), base),
    published: date(field(node, 'datePublished')),
    image: readImage(follow(first(field(node, 'image'))), base),
  };
}

/** An image given as a URL or an `ImageObject` (`url` or `contentUrl`, `width`, `height`, `creditText`). */
function readImage(image: unknown, base: string): ArticleImage | undefined {
  const src = safeUrl(image, base) ?? safeUrl(at(image, 'url'), base) ?? safeUrl(at(image, 'contentUrl'), base);
  return src ? { src, alt: '', width: size(at(image, 'width')), height: size(at(image, 'height')), credit: htmlText(at(image, 'creditText')) } : undefined;
}

/** The stories of an `ItemList`: each `ListItem`'s `item` (or the entry itself), with a url and a title. */
function readList(list: JsonRecord | undefined, base: string, follow: (node: unknown) => unknown): RelatedStory[] {
  return [at(list, 'itemListElement')]
    .flat()
    .slice(0, MAX_LIST_ITEMS)
    .flatMap((entry) => {
      const item = follow(at(entry, 'item') ?? entry);
      const story = isRecord(item) ? readStory(item, base, follow) : { url: safeUrl(item, base) };
      story.url ??= safeUrl(at(entry, 'url'), base);
      story.title ??= htmlText(at(entry, 'name'));
      return story.url && story.title ? [story as RelatedStory] : [];
    });
}
