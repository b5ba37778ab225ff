// Where a server-rendered widget's document comes from (its inline child, its `src`, else its
// context's) and how it is read and embedded: as the browser's sources do, for render-widgets.ts.
import type { Article, Parsed } from '../core/article.js';
import type { DocumentSnapshot } from '../core/document-context.js';
import type { LoadResult } from '../core/request-document.js';
import type { StoryWidget } from '../core/story-widget.js';
import { safeUrl, withoutFragment } from '../core/url-safety.js';
import type { FoundWidget } from './html-tree.js';

/** Where one widget's document comes from, first match wins (the browser's order; `data` does not exist in HTML). */
export type Source =
  | { readonly kind: 'inline'; readonly text: string }
  | { readonly kind: 'src'; readonly url: string }
  | { readonly kind: 'unsafe-src'; readonly src: string }
  | { readonly kind: 'context' };

export const idle: DocumentSnapshot = { state: 'idle' };

/** The element's own source, else the context's. */
export function sourceOf({ inlineJson: text, attributes }: FoundWidget, baseUrl: string | undefined): Source {
  if (text !== undefined) return { kind: 'inline', text };
  const src = attributes.get('src') ?? '';
  if (!src.trim()) return { kind: 'context' };
  const url = safeUrl(src, baseUrl ?? 'about:blank');
  return url ? { kind: 'src', url: withoutFragment(url) } : { kind: 'unsafe-src', src };
}

/** The snapshot of the element's own source, read as the element reads it; undefined for the context's. */
export function snapshotOf(element: StoryWidget, source: Source, loaded: ReadonlyMap<string, LoadResult>, baseUrl = 'about:blank'): DocumentSnapshot | undefined {
  if (source.kind === 'unsafe-src') return { state: 'error', failure: { reason: 'invalid', message: 'not an http(s) URL', url: source.src } };
  if (source.kind === 'context') return;
  const result = source.kind === 'src' ? loaded.get(source.url)! : ({ ok: true, json: source.text, url: baseUrl } as const);
  if (!result.ok) return { state: 'error', failure: result.failure };
  // The browser's DocumentSource reads the same way (its copy saves the CDN file the bytes of a
  // shared function): inline text is JSON to parse, and a parser never throws out of here.
  let read: Parsed<Article>;
  try {
    read = element.parseDocument(source.kind === 'inline' ? JSON.parse(source.text) : result.json, result.url);
  } catch {
    read = { ok: false, failure: { reason: source.kind === 'inline' ? 'not-json' : 'invalid', message: 'unreadable document', url: result.url } };
  }
  return read.ok ? { state: 'ready', article: read.value } : { state: 'error', failure: read.failure };
}

/**
 * The document embedded for the browser: the article as read, which the browser reads again
 * to the same article (every URL in it is absolute, so the page's base URL changes nothing).
 * Smaller than the original (a 2 MB feed keeps its first 100 items' titles, links, images and
 * dates) and the same whatever format it came in. Its source URL is not part of the document, nor is the format's name for its title
 * (`titleField`, the reader's own).
 */
export function inlineDocument(article: Article): unknown {
  // Destructured here, not in the parameter: the published declaration names no internal field.
  const { sourceUrl: _, titleField: __, ...inline } = article;
  return inline;
}
