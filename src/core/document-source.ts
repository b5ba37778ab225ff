import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Article, Failure, Parsed } from './article.js';
import { formatsFor } from '../sources/read-document.js';
import type { DocumentSnapshot } from './document-context.js';
import { credentialsMode, loadJson } from './loader.js';
import { pageBaseUrl, safeUrl } from './url-safety.js';
import { whenNearViewport } from './visibility.js';

// Pages often hand one `data` object to many widgets (a list of cards from one array), and the
// page cache hands one fetched object to every widget on a URL: each is read once per object,
// parser and base URL. Like Lit, we treat documents as immutable: to change one, assign a new object.
const readDocuments = new WeakMap<object, Map<SourceHost['parseDocument'], [base: string, snapshot: DocumentSnapshot]>>();

/**
 * An element's inline document: a JSON (`application/json`, `application/ld+json`) script child.
 * `<video-embed>` writes the same selector itself: imported, its chunk inlined the text and the
 * main file exported the constant to nobody (6 B of gzip).
 */
const INLINE_JSON = ':scope>script[type$="json"]';

/** What the controller reads from its element. */
export interface SourceHost extends ReactiveControllerHost, HTMLElement {
  data?: unknown;
  src?: string | null;
  loading: 'lazy' | 'eager';
  credentials: 'omit' | 'include';
  timeout?: number;
  /** The snapshot of the nearest `<article-context>`, if any. */
  contextDocument?: DocumentSnapshot;
  /** How this element reads a JSON value (an article, or a feed for related-stories); a failure names `base` as its url. @internal */
  parseDocument(json: unknown, base: string): Parsed<Article>;
  /** The document of an element with no source and no context, if it has one of its own kind (the page's links). */
  pageDocument?(): DocumentSnapshot | undefined;
  /** Called with every new snapshot: the element reflects it and fires events. @internal */
  applySnapshot(snapshot: DocumentSnapshot): void;
  /** A refresh failed: the element keeps its last good document and reports the failure. @internal */
  refreshFailed(failure: Failure): void;
  /** The node whose visibility stands for the element (for `loading="lazy"`). @internal */
  lazyTarget(): Element;
}

/**
 * Resolves an element's document from the four sources of the contract, first match wins:
 * `data` property, inline `<script type="application/json">`, `src`, nearest context.
 * Only the latest source counts: results of an older one are dropped and its request aborted.
 */
export class DocumentSource implements ReactiveController {
  readonly #host: SourceHost;
  /**
   * Aborted by the next resolve and on disconnect: it withdraws the request or the lazy wait.
   * Always with a reason (`0`, read by nobody): the default one is a new `DOMException`, whose
   * making cost the article page 3–4 ms at 4× CPU for its widgets' five aborts (sampled profile).
   */
  #abort?: AbortController;
  /** What the last resolve read; a new resolve is due when any of it changes. */
  #inputs?: readonly unknown[];
  /**
   * A lazy element sharing a document: whether it is near the screen (undefined: not known), an
   * input of its resolve like its sources; and the watch that finds out.
   */
  #near?: boolean;
  #unwatch?: () => void;

  // While the parser is at work an inline <script> child may be missing or half read: look
  // again once it is done (the event bubbles to the window). The listener is one function, so
  // it is added only once.
  readonly #update = (): void => {
    if (document.readyState == 'loading') addEventListener('DOMContentLoaded', this.#update, { once: true });
    else this.#host.requestUpdate();
  };

  constructor(host: SourceHost) {
    this.#host = host;
    host.addController(this);
    // Frameworks may append the inline <script> after the element is in the page. While the
    // element is out of the page, the update this asks for does nothing.
    new MutationObserver(this.#update).observe(host, { childList: true });
  }

  // A widget moved in the page (a keyed list sorted again, `append` of an element already in
  // it) is disconnected and connected again in one task: its request or its document goes on
  // (withdrawn, it was asked again; resolved again, a ready one fired `load` once more). One
  // still out of the page at the next microtask withdraws, and resolves when it comes back.
  hostConnected(): void {
    this.#update();
    if (!this.#abort) this.resolve();
  }

  hostDisconnected(): void {
    queueMicrotask(() => {
      if (this.#host.isConnected) return;
      this.#abort?.abort(0);
      this.#unwatch?.();
      this.#abort = this.#unwatch = this.#near = undefined;
    });
  }

  /** Resolves again if a source changed since the last resolve (called on every update). */
  resolveIfChanged(): void {
    const last = this.#inputs;
    // The host only asks while it is connected.
    if (this.#read().some((value, i) => !Object.is(value, last?.[i]))) this.resolve();
  }

  /** Starts over from the sources; `fresh` re-fetches `src` bypassing the page cache. */
  resolve(fresh?: boolean): void {
    const host = this.#host;
    const [own, text, src, loading, credentials] = (this.#inputs = this.#read());
    this.#abort?.abort(0);
    const { signal } = (this.#abort = new AbortController());
    const apply = (snapshot: DocumentSnapshot): void => host.applySnapshot(snapshot);
    // A document whose format's reader is still to load shows `loading` meanwhile (a refresh
    // keeps the document it has); a newer resolve wins over the wait.
    const read = (json: unknown, base: string, text?: boolean): void => {
      const snapshot = this.#snapshot(json, base, text);
      if (!(snapshot instanceof Promise)) return apply(snapshot);
      if (!fresh) apply({ state: 'loading' });
      snapshot.then(
        () => signal.aborted || read(json, base, text),
        () => signal.aborted || apply({ state: 'error', failure: { reason: 'network', message: 'the reader of this format did not load', url: base } }),
      );
    };
    const url = safeUrl(src);
    // Enumerated attributes are ASCII case-insensitive in HTML: `loading="LAZY"` is lazy.
    const lazy = !fresh && /^\s*lazy\s*$/i.test(loading);

    const start = async (): Promise<void> => {
      if (!fresh) apply({ state: 'loading' });
      const result = await loadJson(url!, credentialsMode(credentials), host.timeout, signal, fresh);
      // An aborted signal means a newer resolve (or a disconnect): this answer is stale.
      if (signal.aborted) return;
      if (result.ok) read(result.json, result.url);
      else if (fresh) host.refreshFailed(result.failure);
      else apply({ state: 'error', failure: result.failure });
    };

    if (own != null) return read(own, pageBaseUrl(), text);
    if (!url) return apply(src?.trim() ? { state: 'error', failure: { reason: 'invalid', message: 'not an http(s) URL', url: src } } : this.#shared(lazy));
    if (!lazy) return void start();
    apply({ state: 'idle' });
    signal.onabort = whenNearViewport(host.lazyTarget(), start);
  }

  /**
   * The document the element shares (its context's, or the page's). A lazy element whose
   * context is still fetching learns meanwhile where it is: if the browser has found it far from
   * the screen when the document comes, it stays `loading` until it comes near, so a page's
   * work at load is only what the reader sees. Not known yet (a context that had its document
   * at once, or one quicker than the browser's first answer), it shows the document at once, as
   * an eager one: a frame of placeholders on screen is worse than a render below it. (A first
   * render that would show it during the ICU warm-up shows the placeholder: StoryWidget.applySnapshot.)
   */
  #shared(lazy: boolean): DocumentSnapshot {
    const host = this.#host;
    const shared = host.contextDocument ?? host.pageDocument?.() ?? { state: 'idle' };
    if (shared.state == 'ready') {
      if (lazy && this.#near === false) return { state: 'loading' };
    } else if (lazy && !this.#near && shared.state == 'loading')
      this.#unwatch ??= whenNearViewport(
        host.lazyTarget(),
        () => {
          // Only a widget found far may be holding its document back.
          if (this.#near === false) host.requestUpdate();
          this.#near = true;
        },
        () => (this.#near = false),
      );
    return shared;
  }

  /**
   * Whether the element has its own document at hand (`data`, or an inline JSON child), so its
   * first render shows it rather than a placeholder. (A context's document is not known before
   * the element connects: it asks for it then.)
   */
  hasOwnDocument(): boolean {
    return this.#read()[0] != null;
  }

  #read() {
    const host = this.#host;
    const { data, src, loading, credentials, contextDocument } = host;
    // `data`, else the text of an inline JSON (`application/json`, `application/ld+json`) script, still to parse.
    const own = data ?? host.querySelector(INLINE_JSON)?.textContent;
    // The context, and with it where a lazy element is (#shared), only count for an element
    // without a source of its own.
    const shares = own == null && !src?.trim();
    return [own, data == null, src, loading, credentials, shares && contextDocument, shares && this.#near] as const;
  }

  /**
   * Reads a document (`text`: inline JSON, still to parse) into a snapshot, once per object; or
   * returns the wait for its format's reader, after which it reads.
   */
  #snapshot(json: unknown, base: string, text?: boolean): DocumentSnapshot | Promise<void> {
    const host = this.#host;
    // A primitive (or a text) gets a wrapper of its own: never found again, which is fine.
    const key = Object(json) as object;
    const byParser = readDocuments.get(key) ?? new Map();
    const known = byParser.get(host.parseDocument);
    if (known?.[0] === base) return known[1];
    let parsed: Parsed<Article>;
    try {
      const value: unknown = text ? JSON.parse(json as string) : json;
      const pending = formatsFor(value);
      if (pending) return pending;
      parsed = host.parseDocument(value, base);
    } catch {
      // A `data` object from the page may hold getters that throw: that is an invalid
      // document, not an exception escaping from a Lit update. Parsed JSON holds none.
      parsed = { ok: false, failure: { reason: text ? 'not-json' : 'invalid', message: 'unreadable document', url: base } };
    }
    const snapshot: DocumentSnapshot = parsed.ok ? { state: 'ready', article: parsed.value } : { state: 'error', failure: parsed.failure };
    readDocuments.set(key, byParser.set(host.parseDocument, [base, snapshot]));
    return snapshot;
  }
}
