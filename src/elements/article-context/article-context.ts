import { ContextProvider } from '@lit/context';
import { css, html } from 'lit';
import { type DocumentSnapshot, articleContext } from '../../core/document-context.js';
import { StoryWidget } from '../../core/story-widget.js';

/**
 * Fetches one article document and shares it with every descendant widget that has
 * no source of its own. Renders nothing of its own (`display: contents`).
 *
 * @summary Fetches one article document and shares it with the widgets inside it.
 *
 * @fires load - When the document is ready (does not bubble).
 * @fires error - When the document cannot be used; `detail` is `{ reason, url? }` (`url` when there is one).
 *
 * @slot - The page content and widgets that share the document.
 */
export class ArticleContext extends StoryWidget {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** Hands the snapshot to every descendant widget (and any @lit/context consumer of the key). */
  readonly #provider = new ContextProvider(this, { context: articleContext, initialValue: { state: 'idle' } });

  override applySnapshot(snapshot: DocumentSnapshot): void {
    super.applySnapshot(snapshot);
    // Sources re-apply the snapshot they have (a cached document is the same object):
    // setValue() calls the subscribers only for a new one.
    this.#provider.setValue(snapshot);
  }

  // It shows nothing of its document (a `<slot>`): ready, and its widgets given the document,
  // in its first render, whatever a widget's render of it would wait for.
  override firstRenderWait(): undefined {
    return undefined;
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
