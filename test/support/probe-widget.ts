// A minimal widget over the core, for testing the core without any real element.
import { html } from 'lit';
import type { Article } from '../../src/core/article.js';
import { StoryWidget } from '../../src/core/story-widget.js';
import '../../src/elements/article-context/define.js';

export class ProbeWidget extends StoryWidget {
  /** Lets a test demand a title, like article-card does. */
  requireTitle = false;

  protected override checkDocument(article: Article): string | undefined {
    return this.requireTitle && !article.title ? 'the document has no "title"' : undefined;
  }

  override render() {
    return html`<p part="title">${this.state === 'ready' ? this.article?.title : this.state}</p>
      <p part="locale">${this.locale}</p>`;
  }
}
if (!customElements.get('probe-widget')) customElements.define('probe-widget', ProbeWidget);

declare global {
  interface HTMLElementTagNameMap {
    'probe-widget': ProbeWidget;
  }
}
