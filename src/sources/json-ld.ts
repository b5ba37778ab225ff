/**
 * schema.org JSON-LD, as news sites and SEO plugins write it: an `Article` (`NewsArticle`,
 * `BlogPosting` and their subtypes) at the top level, in an array, or in an `@graph` whose
 * `@id` references are followed; an `ItemList` of articles is a list of stories; a
 * `VideoObject`, the article's `video` or on its own, is the video (`<video-embed>`).
 */
import type { Article, ArticleImage, Parsed } from '../core/article.js';
import { MAX_LIST_ITEMS, at, date, dimension, isRecord, language, text } from '../core/json-guards.js';
import { safeUrl, withoutFragment } from '../core/url-safety.js';
import { first } from './format-shapes.js';
import { htmlText, plainText } from './html-text.js';
import { type Draft, listDocument, stories } from './story-list.js';
import { videoObject } from './video.js';

// Article and its subtypes (ReportageNewsArticle, ScholarlyArticle, SocialMediaPosting, LiveBlogPosting, Report,
// TechArticle's APIReference…), with or without a vocabulary (`schema:NewsArticle`,
// `https://schema.org/NewsArticle`). Not every "…Posting" is an article: a JobPosting is not.
const ARTICLE = /(^|[/#:])(\w*Article|(Live)?BlogPosting|SocialMediaPosting|DiscussionForumPosting|Report|APIReference)$/;
const ITEM_LIST = /(^|[/#:])ItemList$/;
const VIDEO_OBJECT = /(^|[/#:])VideoObject$/;

/** True when one of the node's `@type`s matches (a type that is no string matches nothing). */
const isA = (node: unknown, type: RegExp): boolean => [at(node, '@type')].flat().some((name) => typeof name === 'string' && type.test(name));
/**
 * A width or height, also written as a string ("1200") or in pixels ("1600px", schema.org's
 * Distance "1600 px"), or a `QuantitativeValue`'s `value`; never converts an object (its
 * `valueOf` may be hostile).
 */
const size = (value: unknown): number | undefined => {
  const number = isRecord(value) ? at(value, 'value') : value;
  // `+` skips the spaces around the number; a pattern that also took those before "px" was tried
  // from every space of a long run (a 40 000-space width: 1 s).
  return dimension(typeof number === 'string' ? +number.replace(/px\s*$/i, '') : number);
};
/**
 * A date; else, when only its time is garbled ("2016-05-24T05:55%Z", as Inc. writes it, which no
 * browser reads), the day it starts with, shown as that day ("2016-05-24"). The day must be one
 * (`date` drops "2016-02-30"); nothing else is guessed.
 */
const dateOrDay = (value: unknown): string | undefined => date(value) ?? date(/^(\d{4}-\d\d-\d\d)[T ]/.exec(text(value)!)?.[1]);
/** The first 100 of a value that may be one or a list. */
const some = (value: unknown): unknown[] => [value].flat().slice(0, MAX_LIST_ITEMS);

/** Reads a block: its article (else its first node with a headline), with its item list as related; or the list alone. */
export function readLinkedData(value: unknown, base: string): Parsed<Article> {
  // Every node of the block: top level and `@graph`, and the first `mainEntity` written in one
  // (a `WebPage` whose article is nested): not one that names a node of the block by its `@id`,
  // typed or not, which would stand in for that node.
  const listed = some(value).flatMap((node) => [node, ...some(at(node, '@graph'))]);
  const ids = new Set(listed.map((node) => at(node, '@id')));
  const nodes = listed
    .flatMap((node) => {
      const entity = first(at(node, 'mainEntity'));
      const id = at(entity, '@id');
      return at(entity, '@type') && (id === undefined || !ids.has(id)) ? [node, entity] : [node];
    })
    .filter(isRecord);
  // A node without an `@id` is its own key: no reference finds it.
  const byId = new Map<unknown, unknown>(nodes.map((node) => [at(node, '@id') ?? node, node]));
  /** A reference `{ "@id": … }` stands for the node with that id. */
  const follow = (node: unknown): unknown => byId.get(at(node, '@id')) ?? node;

  /**
   * An image: a URL, an `ImageObject` (`url`, else `contentUrl`; its `creditText` the credit), or a reference to one. A reference
   * no node answers (`{"@id": "…/photo.jpg"}`) is its `@id` when that names an image file (not
   * `#primaryimage`, a page's node).
   */
  const picture = (value: unknown): ArticleImage | undefined => {
    const image = follow(value);
    const id = at(image, '@id');
    const src =
      safeUrl(image, base) ??
      safeUrl(at(image, 'url'), base) ??
      safeUrl(at(image, 'contentUrl'), base) ??
      (/\.(jpe?g|png|gif|webp|avif)$/i.test(String(id).split(/[?#]/)[0]!) ? safeUrl(id, base) : undefined);
    if (src) return { src, alt: '', width: size(at(image, 'width')), height: size(at(image, 'height')), credit: plainText(at(image, 'creditText')) };
  };
  /**
   * A page's URL: a fragment there names a node of the block (`…/a/#webpage`), not a place in the
   * page. Absolute, or a path from the root: sites write other things there (`"True"`, a UUID as
   * the `@id`), which would resolve into a made-up link.
   */
  const pageUrl = (value: unknown): string | undefined => {
    const url = typeof value == 'string' && /^(\/|https?:)/i.test(value) ? safeUrl(value, base) : undefined;
    return url && withoutFragment(url);
  };

  /** A tag, or a schema.org `Language` whose `alternateName` is its tag (its `name` is a word); of a list, the first. */
  const languageOf = (node: unknown): string | undefined => {
    const tag = first(at(node, 'inLanguage'));
    return language(tag) ?? language(at(tag, 'alternateName'));
  };

  /**
   * What a node says of itself: headline (else name), description, url (else mainEntityOfPage:
   * its `url`, else its `@id`), date (else dateCreated), the first image it names that can be
   * shown (else its thumbnailUrl).
   */
  const story = (node: unknown): Draft => {
    const page = follow(at(node, 'mainEntityOfPage'));
    // Some sites give only the wider or older properties: `thumbnailUrl`, `dateCreated`, `creator`.
    // An SEO plugin's node copied out of its graph names an `image` no node answers
    // (`#primaryimage`) beside a `thumbnailUrl` that is the same picture.
    let image: ArticleImage | undefined;
    for (const value of [...some(at(node, 'image')), ...some(at(node, 'thumbnailUrl'))]) if ((image = picture(value))) break;
    return {
      // Plain text by schema.org ("Vec<T> beats Box<[T]>" keeps its words), entities read as HTML.
      title: plainText(at(node, 'headline')) ?? plainText(at(node, 'name')),
      summary: htmlText(at(node, 'description')),
      // A WebPage node's `@id` is often its URL with a fragment (`…/a/#webpage`): its `url` first.
      url: safeUrl(at(node, 'url'), base) ?? pageUrl(page) ?? pageUrl(at(page, 'url')) ?? pageUrl(at(page, '@id')),
      published: dateOrDay(at(node, 'datePublished')) ?? dateOrDay(at(node, 'dateCreated')),
      image,
    };
  };

  const list = nodes.find((node) => isA(node, ITEM_LIST));
  // Each `ListItem`'s `item` (or the entry itself); its `url` and `name` stand in for the item's.
  const related = stories(at(list, 'itemListElement'), (entry) => {
    const item = story(follow(at(entry, 'item') ?? entry));
    item.url ??= safeUrl(at(entry, 'url'), base) ?? safeUrl(at(entry, 'item'), base);
    item.title ??= plainText(at(entry, 'name'));
    return item;
  });
  const article = nodes.find((node) => isA(node, ARTICLE)) ?? nodes.find((node) => at(node, 'headline'));
  // A VideoObject on its own is a document whose video it is, titled by its name. Its type may
  // carry a vocabulary, as an article's may (`schema:VideoObject`): the shared reader, which
  // also reads our own JSON's `video`, is given the plain type, and the name as text (WordPress
  // writes its titles' quotes as entities: `Don&#8217;t`).
  const videoNode = article ? follow(first(at(article, 'video'))) : nodes.find((node) => isA(node, VIDEO_OBJECT));
  const video = isA(videoNode, VIDEO_OBJECT) ? videoObject({ ...(videoNode as object), '@type': 'VideoObject', name: plainText(at(videoNode, 'name')) }, base) : undefined;
  if (!article && video) return { ok: true, value: { sourceUrl: base, title: video.title, titleField: 'name', video, translations: [], related } };
  if (!article) {
    return list
      ? listDocument(base, related, { title: htmlText(at(list, 'name')) })
      : { ok: false, failure: { reason: 'invalid', message: 'no Article in the JSON-LD', url: base } };
  }
  // A name may be a list of them (`"name": ["Darian Woods", "Sarah Gonzalez"]`): the first.
  const nameOf = (author: unknown): string | undefined => plainText(first(typeof author === 'string' ? author : at(author, 'name')));
  // The first author with a name (an organisation without one may come first), named once.
  let author: unknown;
  let name: string | undefined;
  for (const value of some(at(article, 'author') ?? at(article, 'creator'))) if ((name = nameOf((author = follow(value))))) break;
  // Some write the byline's "By" into it (the BBC: "By Will Smale"), which the card's own
  // "By {name}" would double: dropped.
  name = name?.replace(/^by\s+(?=\S)/i, '');
  return {
    ok: true,
    value: {
      ...story(article),
      sourceUrl: base,
      // Without a headline (nor a name), a card says so in JSON-LD's words.
      titleField: 'headline',
      language: languageOf(article),
      author: name ? { name, url: safeUrl(at(author, 'url'), base) } : undefined,
      video,
      // Its translations and the work it translates (the switcher's links): each a work, in place
      // or by `@id`, with a language and a URL.
      translations: [...some(at(article, 'workTranslation')), ...some(at(article, 'translationOfWork'))].flatMap((value) => {
        const work = follow(value);
        const tag = languageOf(work);
        const url = safeUrl(at(work, 'url'), base) ?? pageUrl(at(work, '@id'));
        return tag && url ? [{ language: tag, url, title: plainText(at(work, 'headline')) ?? plainText(at(work, 'name')) }] : [];
      }),
      related,
    },
  };
}
