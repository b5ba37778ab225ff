import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Article, Failure, Parsed } from './article.js';
import type { DocumentSnapshot } from './document-context.js';
import { loadJson } from './loader.js';
import { pageBaseUrl, safeUrl } from './url-safety.js';
import { whenNearViewport } from './visibility.js';

type Parser = (json: unknown, base: string) => Parsed<Article>;
const parsedData = new WeakMap<object, Map<Parser, { base: string; result: Parsed<Article> }>>();

/** What the controller reads from its element. */
export interface SourceHost extends ReactiveControllerHost, HTMLElement {
  data?: unknown;
  src?: string | null;
  loading: 'lazy' | 'eager';
  credentials: 'omit' | 'include';
  timeout?: number;
  /** The snapshot of the nearest `<article-context>`, if any. */
  contextDocument?: DocumentSnapshot;
  /** How this element reads a JSON value (an article, or a feed for related-stories). */
  parseDocument(json: unknown, base: string): Parsed<Article>;
  /** Called with every new snapshot: the element reflects it and fires events. */
  applySnapshot(snapshot: DocumentSnapshot): void;
  /** A refresh failed: the element keeps its last good document and reports the failure. */
  refreshFailed(failure: Failure): void;
  /** The node whose visibility stands for the element (for `loading="lazy"`). */
  lazyTarget(): Element;
}

/** What the choice of source depends on; a new resolve is due when any of it changes. */
interface SourceInputs {
  readonly data: unknown;
  readonly src: string | null | undefined;
  readonly loading: string;
  readonly credentials: string;
  readonly inline: Element | null;
  /** Only counted when the element has no source of its own. */
  readonly context: DocumentSnapshot | undefined;
}

/**
 * Resolves an element's document from the four sources of the contract, first match wins:
 * `data` property, inline `<script type="application/json">`, `src`, nearest context.
 * Only the latest source counts: results of an older one are dropped and its request aborted.
 */
export class DocumentSource implements ReactiveController {
  private generation = 0;
  private abort?: AbortController;
  private cancelLazy?: () => void;
  private connected = false;
  private inputs?: SourceInputs;
  private children?: MutationObserver;

  constructor(private readonly host: SourceHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    if (document.readyState === 'loading' && !this.host.hasChildNodes()) {
      // The parser may not have reached the inline <script> child yet.
      document.addEventListener('DOMContentLoaded', () => this.connected && this.resolve(), { once: true });
    }
    // Frameworks may append the inline <script> after the element is in the page; while the
    // parser is still at work, DOMContentLoaded above covers it (the script may be half read).
    this.children ??= new MutationObserver(() => document.readyState !== 'loading' && this.host.requestUpdate());
    this.children.observe(this.host, { childList: true });
    this.resolve();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.children?.disconnect();
    this.stop();
  }

  /** Resolves again if a source changed since the last resolve (called on every update). */
  resolveIfChanged(): void {
    if (!this.connected) return;
    const next = this.readInputs();
    const last = this.inputs;
    const same =
      last !== undefined &&
      (Object.keys(next) as (keyof SourceInputs)[]).every((key) => Object.is(last[key], next[key]));
    if (!same) this.resolve();
  }

  /** Starts over from the sources; `fresh` re-fetches `src` bypassing the page cache. */
  resolve(fresh = false): void {
    this.stop();
    const generation = ++this.generation;
    const { host } = this;
    this.inputs = this.readInputs();

    if (host.data !== undefined && host.data !== null) {
      return host.applySnapshot(this.snapshotOf(this.parseData(host.data, pageBaseUrl())));
    }
    const { inline } = this.inputs;
    if (inline) return host.applySnapshot(this.snapshotOf(this.parseInline(inline.textContent ?? '')));

    const src = host.src?.trim();
    if (src) {
      const url = safeUrl(src);
      if (!url) {
        return host.applySnapshot({ state: 'error', failure: { reason: 'invalid', message: `src "${src}" is not an http(s) URL`, url: src } });
      }
      const start = (): void => void this.fetch(url, generation, fresh);
      if (keyword(host.loading) === 'lazy' && !fresh) {
        host.applySnapshot({ state: 'idle' });
        this.cancelLazy = whenNearViewport(host.lazyTarget(), start);
      } else {
        start();
      }
      return;
    }
    host.applySnapshot(host.contextDocument ?? { state: 'idle' });
  }

  private async fetch(url: string, generation: number, fresh: boolean): Promise<void> {
    const abort = new AbortController();
    this.abort = abort;
    if (!fresh) this.host.applySnapshot({ state: 'loading' });
    const result = await loadJson(url, {
      credentials: keyword(this.host.credentials) === 'include' ? 'include' : 'omit',
      timeout: this.host.timeout,
      signal: abort.signal,
      fresh,
    });
    if (generation !== this.generation || !this.connected) return;
    if (!result.ok) {
      if (result.failure.reason === 'aborted') return;
      if (fresh) this.host.refreshFailed(result.failure);
      else this.host.applySnapshot({ state: 'error', failure: result.failure });
      return;
    }
    this.host.applySnapshot(this.snapshotOf(this.parse(result.json, result.url), result.url));
  }

  private readInputs(): SourceInputs {
    const { data, src, loading, credentials, contextDocument } = this.host;
    const inline = this.host.querySelector(':scope > script[type="application/json"]');
    const ownSource = (data !== undefined && data !== null) || Boolean(src?.trim()) || inline !== null;
    return { data, src, loading, credentials, inline, context: ownSource ? undefined : contextDocument };
  }

  // Pages often hand one `data` object to many widgets (a list of cards from one array): it is
  // validated once per object, parser and base URL. Like Lit, we treat `data` as immutable:
  // to change the document, assign a new object.
  private parseData(data: unknown, base: string): Parsed<Article> {
    if (typeof data !== 'object' || data === null) return this.parse(data, base);
    const parser = this.host.parseDocument;
    let byParser = parsedData.get(data);
    if (!byParser) parsedData.set(data, (byParser = new Map()));
    const known = byParser.get(parser);
    if (known && known.base === base) return known.result;
    const result = this.parse(data, base);
    byParser.set(parser, { base, result });
    return result;
  }

  // A `data` object from the page may hold getters that throw: that is an invalid document,
  // not an exception escaping from a Lit update.
  private parse(json: unknown, base: string): Parsed<Article> {
    try {
      return this.host.parseDocument(json, base);
    } catch {
      return { ok: false, failure: { reason: 'invalid', message: 'the document could not be read', url: base } };
    }
  }

  private parseInline(text: string): Parsed<Article> {
    let json: unknown;
    try {
      json = JSON.parse(text) as unknown;
    } catch {
      return { ok: false, failure: { reason: 'not-json', message: 'the inline <script type="application/json"> is not valid JSON' } };
    }
    return this.parse(json, pageBaseUrl());
  }

  private snapshotOf(parsed: Parsed<Article>, url?: string): DocumentSnapshot {
    if (parsed.ok) return { state: 'ready', article: parsed.value };
    return { state: 'error', failure: url && !parsed.failure.url ? { ...parsed.failure, url } : parsed.failure };
  }

  private stop(): void {
    this.abort?.abort();
    this.abort = undefined;
    this.cancelLazy?.();
    this.cancelLazy = undefined;
  }
}

// Enumerated attributes are ASCII case-insensitive in HTML: `loading="LAZY"` is lazy.
function keyword(value: unknown): string {
  return typeof value === 'string' ? value.trim().toLowerCase() : '';
}
