import { ContextConsumer } from '@lit/context';
import { LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { Article, Failure, Parsed } from './article.js';
import { type DocumentSnapshot, type WidgetState, articleContext } from './document-context.js';
import { DocumentSource, type SourceHost } from './document-source.js';
// Also types `addEventListener('error', …)` on every widget (an augmentation of this class there).
import type { WidgetErrorDetail } from './widget-error-event.js';
import { LocaleController } from './locale-controller.js';
import { readDocument } from '../sources/read-document.js';
import { WIDGET_MARK, upgradingExisting } from './registry.js';
import { beforeDocumentRender, renderTurn } from './render-turns.js';

export type { WidgetErrorDetail };

/** The controls a reader can focus in a widget's shadow root, in the same order on server and client. */
const controls = (root: ParentNode): HTMLElement[] => [...root.querySelectorAll<HTMLElement>('a,button,select')];

/**
 * What every widget shares: where its document comes from, its `state`, the `load` and
 * `error` events, its locale. A subclass says what it needs of the document
 * (`checkDocument`) and how to render it; it never fetches or parses by itself.
 *
 * @fires {Event} load - When the element reaches `ready` (does not bubble).
 * @fires {CustomEvent} error - When it reaches `error`; `detail` is `{ reason, url? }` (`url` when there is one).
 */
export abstract class StoryWidget extends LitElement implements SourceHost {
  /** Lets `defineElement` recognise this library's classes, from any copy of it. @internal */
  static readonly [WIDGET_MARK]: string = 'story-widgets';

  static override properties: PropertyDeclarations = {
    data: { attribute: false },
    src: {},
    state: { reflect: true },
    loading: {},
    credentials: {},
    timeout: { type: Number },
    contextDocument: { attribute: false },
    article: { attribute: false },
    failure: { attribute: false },
  };

  /**
   * The document as a JS object (the article document, a JSON Feed or a format of CONTRACT §2a);
   * wins over every other source.
   * @type {object}
   */
  declare data?: unknown;

  /** URL of the JSON document, resolved against the page's base URL. */
  declare src?: string;

  /**
   * `idle`, `loading`, `ready` or `error` — set by the element, for site CSS; never set it.
   * @readonly
   * @type {'idle' | 'loading' | 'ready' | 'error'}
   */
  state: WidgetState = 'idle';

  /**
   * `lazy` fetches only when the element comes within one viewport of the screen; showing its
   * context's document, it renders it only then, if the browser found it farther when the
   * document came.
   */
  loading: 'lazy' | 'eager' = 'eager';

  /** `include` sends cookies with the document request; `omit` (default) never does. */
  credentials: 'omit' | 'include' = 'omit';

  /** Milliseconds to wait for the document before giving up (default 10 000). */
  declare timeout?: number;

  /** The nearest `<article-context>`'s document, used when the element has no source of its own. @internal */
  declare contextDocument?: DocumentSnapshot;

  /** The validated document once `state` is `ready`. */
  declare protected article?: Article;

  /** Why the element is in `error`. */
  declare protected failure?: Failure;

  protected readonly i18n: LocaleController = new LocaleController(this);
  readonly #source: DocumentSource;
  /** `load` or `error`, fired once the update that shows why is done. */
  #event?: Event;
  /**
   * Upgraded by its tag's definition: its first connection and first render wait their turn, so
   * that defining a tag is not one long task holding every such element of the page (they were
   * on the page without a render already, or with the server's).
   */
  readonly #upgraded = upgradingExisting();
  /** A connection waiting for its turn (until the first render, each connection waits). */
  #connecting?: Promise<unknown>;
  /** Its shadow root came with the HTML (`story-widgets/ssr`): its first render is the takeover. */
  #served?: boolean;
  /** Which of the server's controls had the focus at the takeover (`controls()`), or -1. */
  #focused = -1;
  /** A document held back from the first render (applySnapshot): settles once it is shown. */
  #held?: Promise<unknown>;

  constructor() {
    super();
    // The nearest `<article-context>` (or any provider of the key) hands its snapshot to
    // `contextDocument`. The consumer comes before the source: controllers connect in order, a
    // provider answers synchronously, and the source reads `contextDocument` when it connects.
    // A nearer provider that appears later takes over; leaving the page unsubscribes.
    new ContextConsumer(this, { context: articleContext, subscribe: true, callback: (snapshot) => (this.contextDocument = snapshot) });
    this.#source = new DocumentSource(this);
  }

  override connectedCallback(): void {
    if (this.#connecting) return;
    // A first render showing its own document (every server-rendered widget's) builds `Intl`
    // formatters and shows texts: its turn waits for the ICU warm-up and for its language's
    // texts too (render-turns.ts), the server's nodes staying meanwhile.
    // Checked when the turn comes: a script after the CDN file may set `data` before it.
    if (!this.#upgraded || this.hasUpdated) return super.connectedCallback();
    // Leaving the page before the turn cancels the connection; coming back waits for it.
    const waiting: Promise<void> = (this.#connecting = Promise.resolve(
      renderTurn(() => this.#source.hasOwnDocument(), () => this.documentWait(), () => void (this.#connecting === waiting && this.#connectNow()), true),
    ));
  }

  /**
   * Makes the connection that waits for its turn now (none if the element left the page), and
   * the first render with it, in this task: a shadow root hides the element's children until a
   * render puts a `<slot>` in it, and a frame in between would show an `<article-context>`
   * without its article. (`performUpdate()` is Lit's synchronous update.)
   */
  #connectNow(): void {
    this.#connecting = undefined;
    if (!this.isConnected) return;
    super.connectedCallback();
    this.performUpdate();
  }

  override disconnectedCallback(): void {
    // Its context no longer speaks for it: moved under another, that one answers as it connects
    // again; moved out of any, it shows what its own sources give (it kept the old article).
    this.contextDocument = undefined;
    if (!this.#connecting) super.disconnectedCallback();
  }

  /**
   * Takes over a server-rendered element (`story-widgets/ssr`): its shadow root came with the
   * HTML and its document as the inline child, so the first render, in this same task, builds
   * the same nodes from the same document. The server's nodes go just before: no frame shows
   * anything in between, and nothing is fetched again. (Lit's hydration would keep the nodes,
   * for 2 KB more in the CDN files: see README, Server-side rendering.)
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = this.shadowRoot;
    if (root) {
      this.#served = true;
      // A reader may have focused one of the server's controls (Tab) before the takeover: the
      // same control of the first render gets it back, where it would have gone to the body.
      this.#focused = controls(root).indexOf(root.activeElement as HTMLElement);
      root.replaceChildren();
    }
    return super.createRenderRoot();
  }

  /** Resolves once the element shows what it has, a document held back from its first render included. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const held = this.#held;
    const done = await super.getUpdateComplete();
    const wait = held ?? this.#held;
    return wait ? (await wait, this.getUpdateComplete()) : done;
  }

  /** Fetches `src` again, bypassing the cache; on failure the current document stays. */
  reload(): void {
    // Before its turn (a script right after the CDN file), the element connects first.
    if (this.#connecting) this.#connectNow();
    this.#source.resolve(true);
  }

  /**
   * Starts over from the sources, in their order (cached requests are not repeated): for a
   * subclass whose own attributes stand in for a missing document when they change.
   */
  protected resolveSource(): void {
    this.#source.resolve();
  }

  /** How a JSON value (or a feed's XML document) becomes a document, whatever its format (src/sources/). @internal */
  parseDocument(json: unknown, base: string): Parsed<Article> {
    return readDocument(json, base);
  }

  /**
   * Returns why the document cannot be shown by this widget (a message, reason `invalid`; or a
   * failure, whose `url` defaults to the document's), or undefined if it can.
   */
  protected checkDocument(_article: Article): string | Failure | undefined {
    return undefined;
  }

  /** What a render showing a document would wait for now (render-turns.ts), if anything. @internal */
  documentWait(): Promise<unknown> | undefined {
    return beforeDocumentRender(this.locale);
  }

  /**
   * What its first render, showing `article`, would wait for: its `documentWait()`; none for a
   * widget that formats nothing of it (applySnapshot). @internal
   */
  firstRenderWait(_article?: Article): Promise<unknown> | undefined {
    return this.documentWait();
  }

  /** The element, or the node whose visibility stands for it (for `loading="lazy"`). @internal */
  lazyTarget(): Element {
    return this;
  }

  /** Shows a document snapshot from the element's source (`DocumentSource`). @internal */
  applySnapshot(snapshot: DocumentSnapshot): void {
    // A first render that would show a document a render must wait for (the ICU warm-up, its
    // language's texts: an element added during the warm-up with `data`, or joining a context
    // that has its document) shows its placeholder, in the task that added the element; the
    // document follows in an update that waits for them and takes its turn (render-turns.ts).
    // Its dates would otherwise load ICU's data on the main thread, in that first render. A
    // takeover replaces the server's nodes at once, as ever; a document this widget cannot show
    // gives its error state at once, which formats nothing.
    let { state, article, failure } = snapshot;
    const problem = state == 'ready' && article && this.checkDocument(article);
    const held = (this.#held =
      !problem && state == 'ready' && !this.hasUpdated && !this.#served && this.firstRenderWait(article)
        ? super.getUpdateComplete().then(() => {
            if (this.#held !== held) return;
            this.#held = undefined;
            if (!this.isConnected) return;
            this.applySnapshot(snapshot);
            return super.getUpdateComplete();
          })
        : undefined);
    if (held) state = 'loading';
    if (problem) {
      state = 'error';
      const url = article!.sourceUrl;
      failure = typeof problem == 'string' ? { reason: 'invalid', message: problem, url } : { url, ...problem };
    }
    const ready = state == 'ready';
    if (ready && article !== this.article) this.#event = new Event('load');
    // A context's own failure is reported by the context; a widget's problem with it, here.
    if (state == 'error' && failure && failure !== this.failure) this.#fail(failure, problem || snapshot !== this.contextDocument);
    this.state = state;
    this.article = article = ready ? article : undefined;
    this.failure = state == 'error' ? failure : undefined;
  }

  /** A like (or other request of the element) failed: fires `error`. @internal */
  refreshFailed(failure: Failure): void {
    this.#fail(failure, true);
    this.requestUpdate();
  }

  /**
   * Updates take turns (src/core/render-turns.ts): one showing a document waits for the ICU
   * warm-up and its language's texts, and widgets rendering one after another let the browser
   * in between them.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    // A first render is never held here, whatever it shows (a placeholder, or a document a
    // context already had): it gives the widget its size in the task that added it, so the page
    // never shifts; a server-rendered widget's takeover replaces the server's nodes in the same
    // task; an upgraded element's comes with its connection, in its turn (#connectNow), after
    // which Lit still schedules the update it made: nothing is pending then, so no turn.
    return this.isUpdatePending && this.hasUpdated
      ? renderTurn(!!(this.article ?? this.contextDocument?.article), () => this.documentWait(), () => super.scheduleUpdate())
      : super.scheduleUpdate();
  }

  // Every update checks the sources, so a `data`/`src` set right after connecting (before the
  // first render) counts too; an unchanged source never restarts its request.
  protected override willUpdate(_changed: PropertyValues): void {
    if (this.isConnected) this.#source.resolveIfChanged();
  }

  protected override updated(): void {
    // Without scrolling: the reader may have scrolled away from it meanwhile.
    if (this.#focused >= 0) controls(this.renderRoot)[this.#focused]?.focus({ preventScroll: true });
    this.#focused = -1;
    const event = this.#event;
    this.#event = undefined;
    if (event) this.dispatchEvent(event);
  }

  /** The element's locale (a canonical BCP 47 tag). */
  protected get locale(): string {
    return this.i18n.locale;
  }

  /** Readies the `error` event, and names the tag and URL on the console if `warn`. */
  #fail({ reason, url, message }: Failure, warn: unknown): void {
    if (warn) console.warn(`<${this.localName}>: ${reason} — ${message}${url ? ` (${url})` : ''}`);
    // CONTRACT §1: `detail` is `{ reason, url? }`, no more (the explanation is the console's).
    this.#event = new CustomEvent<WidgetErrorDetail>('error', { detail: url ? { reason, url } : { reason } });
  }
}
