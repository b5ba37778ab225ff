import { css, html } from 'lit';
import type { Article, Parsed } from '../../core/article.js';
import { type ContextCallback, type ContextEvent, type DocumentSnapshot, announce, articleContext } from '../../core/document-context.js';
import { parseArticleOrFeed } from '../../core/parse-feed.js';
import { StoryWidget } from '../../core/story-widget.js';

/**
 * @summary Fetches one article document and shares it with every descendant widget that has
 * no source of its own. Renders nothing of its own (`display: contents`).
 *
 * @fires load - When the document is ready (does not bubble).
 * @fires error - When the document cannot be used; `detail` is `{ reason, url?, message }`.
 *
 * @slot - The page content and widgets that share the document.
 */
export class ArticleContext extends StoryWidget {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  #provided: DocumentSnapshot = { state: 'idle' };
  /** Each subscriber's element, and the function (always the same one) that unsubscribes it. */
  readonly #subscribers = new Map<ContextCallback, [consumer: Element, unsubscribe: () => void]>();

  constructor() {
    super();
    // The provider of the context protocol: answers the requests of descendants, and when a
    // provider connects below this one, hands it the subscribers below it (the nearest wins).
    const handle = (event: Event): void => {
      const { context, contextTarget, callback, subscribe } = event as ContextEvent;
      const origin = contextTarget ?? event.composedPath()[0];
      if (context !== articleContext || origin === this) return;
      event.stopPropagation();
      const subscribers = this.#subscribers;
      if (callback) {
        const subscriber = subscribers.get(callback) ?? [origin as Element, () => subscribers.delete(callback)];
        if (subscribe) subscribers.set(callback, subscriber);
        callback(this.#provided, subscribe ? subscriber[1] : undefined);
      } else {
        // `context-provider` (it has no callback).
        for (const [callback, [consumer]] of subscribers) announce(consumer, callback);
      }
    };
    this.addEventListener('context-request', handle);
    this.addEventListener('context-provider', handle);
  }

  /** The snapshot handed to descendants through the `context-request` protocol. */
  protected get provided(): DocumentSnapshot {
    return this.#provided;
  }

  /** Reads a JSON Feed (detected by its `version`) as well as an article document. */
  override parseDocument(json: unknown, base: string): Parsed<Article> {
    return parseArticleOrFeed(json, base);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    announce(this);
  }

  override applySnapshot(snapshot: DocumentSnapshot): void {
    super.applySnapshot(snapshot);
    // Sources re-apply the snapshot they have (a cached document is the same object): the
    // subscribers already hold it.
    if (snapshot === this.#provided) return;
    this.#provided = snapshot;
    for (const [callback, [, unsubscribe]] of this.#subscribers) callback(this.#provided, unsubscribe);
  }

  // `display: contents` has no box to observe: the first child stands for the context.
  override lazyTarget(): Element {
    return this.firstElementChild ?? this;
  }

  override render() {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'article-context': ArticleContext;
  }
}
