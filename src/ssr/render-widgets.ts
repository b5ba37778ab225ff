import './dom-shim.js';
import type { Failure } from '../core/article.js';
import type { DocumentSnapshot } from '../core/document-context.js';
import type { SourceHost } from '../core/document-source.js';
import { credentialsMode } from '../core/loader.js';
import type { LoadResult } from '../core/request-document.js';
import { safeUrl } from '../core/url-safety.js';
import { WIDGETS, defineWidgets } from '../define-widgets.js';
import type { LikeButton } from '../elements/like-button/like-button.js';
import { loadFormats } from '../sources/read-document.js';
import { fetchDocument } from './fetch-document.js';
import { likeCountsOf, uncountedEndpoint } from './fetch-like-count.js';
import { type FoundWidget, findWidgets } from './html-tree.js';
import { inlineJson } from './inline-json.js';
import { inPage } from './page-scope.js';
import { parsePage } from './parser-dom.js';
import { renderElement } from './render-element.js';
import { serverStyles } from './widget-hooks.js';
import { idle, inlineDocument, snapshotOf, sourceOf } from './widget-source.js';

/** A widget whose document could not be used, as `renderWidgets` reports it. */
export interface WidgetFailure extends Failure {
  /** The widget's tag. */
  readonly tag: string;
  /** Its `src` attribute as written, if it has one. */
  readonly src?: string;
}

/** Options of `renderWidgets`. */
export interface RenderWidgetsOptions {
  /**
   * The page's own URL: `src` attributes, inline documents and other URLs of the page resolve
   * against it (or against the page's `<base href>`), and a related list leaves this page out.
   * Without it, only absolute `src` URLs can be fetched.
   */
  readonly baseUrl?: string | URL;
  /** The `fetch` to get documents with (default: the global one): to add a cache, headers or an in-process server. */
  readonly fetch?: typeof fetch;
  /** Milliseconds to wait for each document (default 10 000, as in the browser; one that is no positive number is the default). */
  readonly timeout?: number;
  /** The prefix the page's tags carry, as given to `defineWidgets` (`'sw-'` for `<sw-article-card>`). */
  readonly prefix?: string;
  /**
   * Called once for each widget whose document could not be used (it renders as in the browser:
   * nothing, for most). Default: one `console.warn` naming the tag, the reason and the URL.
   */
  readonly onError?: (failure: WidgetFailure) => void;
}

/**
 * Returns `html` with every widget tag rendered to Declarative Shadow DOM (`<template
 * shadowrootmode="open">`), each `src` fetched at render time and the document used embedded as
 * the element's inline JSON child, so the browser neither fetches nor parses it again. A
 * `<like-button>` with an endpoint and no count (its `endpoint` attribute alone, or a document
 * whose `likes` has none) gets the endpoint's count, written on it as `count`.
 * Nothing else of the page changes. Never throws for a widget: a document that cannot be used
 * renders what the browser would show for it and goes to `onError`.
 *
 * Left for the browser: a widget with `credentials="include"` (its document depends on the
 * reader's cookies) and tags inside `<template>`. A widget rendered before (it has a declarative
 * shadow root) is left as it is, unless its render failed (`state="error"`): rendering the page
 * again tries that one again, with the widgets that read its document as context.
 */
export async function renderWidgets(html: string, options: RenderWidgetsOptions = {}): Promise<string> {
  const prefix = typeof options.prefix === 'string' ? options.prefix.toLowerCase() : '';
  defineWidgets({ prefix });
  const tags = new Map(Object.keys(WIDGETS).map((tag) => [prefix + tag, tag]));
  const { widgets, baseHref } = findWidgets(html, (tag) => tags.has(tag), prefix + 'article-context');
  const pageUrl = options.baseUrl === undefined ? undefined : safeUrl(String(options.baseUrl), 'about:blank');
  const baseUrl = (baseHref && pageUrl && safeUrl(baseHref, pageUrl)) || pageUrl;
  const fetcher = options.fetch ?? fetch;
  // A time-out that is no positive number of milliseconds (0, NaN) would end every fetch at once:
  // the browser's default stands instead.
  const timeout = Number(options.timeout) > 0 ? options.timeout : undefined;

  // Every document of the page first, one request per URL (without its fragment), as the
  // browser's page cache shares them.
  const requests = new Map<string, Promise<LoadResult>>();
  for (const source of widgets.map((widget) => sourceOf(widget, baseUrl))) {
    if (source.kind === 'src' && !requests.has(source.url)) requests.set(source.url, fetchDocument(source.url, fetcher, timeout));
  }
  const loaded = new Map(await Promise.all([...requests].map(async ([url, request]) => [url, await request] as const)));
  // The readers of WordPress, JSON-LD, RSS and Atom, which the browser loads when it meets one:
  // the elements below read synchronously.
  await loadFormats();

  const tree = parsePage(html);
  let page: RenderedPage = renderAll(widgets, tags, { pageUrl, baseUrl, loaded, likeCounts: new Map(), uncounted: new Map(), snapshots: new Map(), failures: [] }, tree);
  // A like button with an endpoint and no count (the blogger's tag; a document's `likes` without
  // one) would show its placeholder, and no count with JavaScript off: the server asks each such
  // endpoint once (fetch-like-count.ts) and renders those buttons again with the counts, written
  // on them as `count` for the browser's quiet takeover.
  if (page.uncounted.size) page = await recountLikes(page, tags, tree, fetcher, timeout);
  for (const failure of page.failures) (options.onError ?? warn)(failure);
  return withEdits(html, page.edits);
}

/**
 * The source with each edit's range replaced by its text: pieces joined once (a page copied per
 * edit took seconds for a thousand widgets on a large page). In source order, not tree order:
 * the parser moves a widget it finds inside a <table> out before the table.
 */
function withEdits(html: string, edits: RenderedPage['edits']): string {
  const pieces: string[] = [];
  let from = 0;
  for (const { start, end, text } of [...edits].sort((a, b) => a.start - b.start)) {
    pieces.push(html.slice(from, start), text);
    from = end;
  }
  pieces.push(html.slice(from));
  return pieces.join('');
}

/**
 * Every element rendered, synchronously, as if on the page; outer ones first, so a context's
 * snapshot is known before its descendants ask for it. Gives the page's state with the edits.
 */
function renderAll(widgets: readonly FoundWidget[], tags: ReadonlyMap<string, string>, page: PageState, tree: Document): RenderedPage {
  // Left to the browser: those with credentials="include", and, inside a context left so, those
  // without a source of their own (the server knows not its document). Left as they are: widgets
  // rendered before, unless their render failed (state="error": tried again) or, without a source
  // of their own, their context is rendered again (they render from its new document).
  const left = new Set<FoundWidget>();
  const edits = inPage(page.pageUrl, page.baseUrl, tree, () =>
    widgets.flatMap((widget) => {
      const { shadowRoot, context, attributes } = widget;
      const ownSource = attributes.has('src') || widget.inlineJson !== undefined;
      const kept = shadowRoot && attributes.get('state') !== 'error' && (ownSource || !context);
      if (kept || credentialsMode(attributes.get('credentials') ?? '') === 'include' || (!ownSource && context && left.has(context))) {
        left.add(widget);
        return [];
      }
      const text = renderWidget(widget, tags.get(widget.tag)!, page);
      // Rendered again: the new shadow root takes the place of the old one.
      return text === undefined ? [] : [{ ...widget.startTag, text }, ...(shadowRoot ? [{ ...shadowRoot, text: '' }] : [])];
    }),
  );
  return { ...page, edits };
}

/**
 * The page with each like button that rendered with an endpoint and no count rendered again,
 * alone, with the count its endpoint gives now (a button the endpoint gave none keeps it as it
 * was: its placeholder). Its snapshot and its context's are the first render's.
 */
async function recountLikes(page: RenderedPage, tags: ReadonlyMap<string, string>, tree: Document, fetcher: typeof fetch, timeout?: number): Promise<RenderedPage> {
  const counts = await likeCountsOf(page.uncounted.values(), fetcher, timeout);
  const likeCounts = new Map([...page.uncounted].map(([widget, endpoint]) => [widget, counts.get(endpoint)]));
  const recounted = { ...page, likeCounts };
  const texts = new Map(
    inPage(page.pageUrl, page.baseUrl, tree, () =>
      [...page.uncounted.keys()].map((widget) => [widget.startTag.start, renderWidget(widget, tags.get(widget.tag)!, recounted)] as const),
    ),
  );
  return { ...recounted, edits: page.edits.map((edit) => ({ ...edit, text: texts.get(edit.start) ?? edit.text })) };
}

/** What the rendering of one page knows, and what it found wrong. */
interface PageState {
  readonly pageUrl?: string;
  readonly baseUrl?: string;
  /** Each fetched document by its URL. */
  readonly loaded: ReadonlyMap<string, LoadResult>;
  /** The count the endpoint of each like button that had none gave (undefined: none usable). */
  readonly likeCounts: ReadonlyMap<FoundWidget, number | undefined>;
  /** Each like button that rendered with an endpoint and no count, and that endpoint. */
  readonly uncounted: Map<FoundWidget, string>;
  /** Each widget's snapshot, for its descendants (a context's is theirs). */
  readonly snapshots: Map<FoundWidget, DocumentSnapshot>;
  readonly failures: WidgetFailure[];
}

/** The page's state once every widget rendered, and the text each rendered one replaces. */
interface RenderedPage extends PageState {
  readonly edits: readonly { readonly start: number; readonly end: number; readonly text: string }[];
}

/**
 * The HTML that replaces one widget's start tag: the tag with its reflected attributes, the
 * declarative shadow root, the inline document if it was fetched. Undefined when the element
 * could not be rendered (a bug of ours must not stop a site's build: the tag is left to the browser).
 */
function renderWidget(widget: FoundWidget, plainTag: string, page: PageState): string | undefined {
  const { tag, attributes } = widget;
  const source = sourceOf(widget, page.baseUrl);
  const context = widget.context && page.snapshots.get(widget.context);
  const report = (failure: Failure): number => page.failures.push({ ...failure, tag, src: attributes.get('src') });
  let embedded = '';
  // An endpoint's count becomes the `count` attribute: the browser takes the button over with it
  // and asks for the live state quietly, as for a count the server rendered from a document.
  const likeCount = page.likeCounts.get(widget);
  try {
    const rendered = renderElement(
      likeCount === undefined ? widget : { ...widget, attributes: new Map(attributes).set('count', String(likeCount)) },
      (element) => {
        // As in the browser: the own source, else the context, else the page itself (language-switcher).
        const snapshot = snapshotOf(element, source, page.loaded, page.baseUrl) ?? context ?? (element as SourceHost).pageDocument?.() ?? idle;
        page.snapshots.set(widget, snapshot);
        element.contextDocument = context;
        element.applySnapshot(snapshot);
        // A fetched document goes into the page as read: only what the widgets use, every URL
        // absolute and safe, every string text (see inlineDocument). Not one the element refused
        // (a feed given to a card, a document without the like button's `likes`): the browser,
        // which would read that copy instead, tries the `src` again, as for any failure.
        if (source.kind === 'src' && snapshot.article && element.state !== 'error') embedded = inlineJson(inlineDocument(snapshot.article));
        const endpoint = plainTag === 'like-button' && !page.likeCounts.has(widget) && uncountedEndpoint(element as LikeButton);
        if (endpoint) page.uncounted.set(widget, endpoint);
        // A context's failure is reported once, by the context.
        const failure = element.state === 'error' ? element['failure'] : undefined;
        if (failure && failure !== context?.failure) report(failure);
      },
      (element) => serverStyles(plainTag, element),
    );
    return `${rendered.startTag}<template shadowrootmode="open">${rendered.shadowRoot}</template>${embedded}`;
  } catch (error) {
    report({ reason: 'invalid', message: `not rendered on the server: ${String(error)}` });
  }
}

/**
 * One line for a failure: the tag, its `src`, the reason and message, the URL. The URL may be a
 * document's (an unsupported `video.url`): its control characters (terminal escapes, line breaks)
 * and bidirectional overrides are written as `\u001b`, so it can neither act on the terminal of a
 * site's build nor forge or hide a line of its log.
 */
export function describeFailure({ tag, src, reason, message, url }: WidgetFailure): string {
  return `story-widgets: <${tag}${src ? ` src="${src}"` : ''}> has no document: ${reason} — ${message}${url && url !== src ? ` (${url})` : ''}`.replace(
    // eslint-disable-next-line no-control-regex -- control characters are what it looks for
    /[\0-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

const warn = (failure: WidgetFailure): void => console.warn(describeFailure(failure));
