// Floor script for the main-thread bench (`--floors`): vanilla.js's five trivial elements
// written with Lit as published (LitElement, `css`, `html`, one reflected property), bundled
// and minified like the CDN file. What Lit's evaluation and a first render of each tag cost
// the page before any widget does its own work.
import { LitElement, css, html } from 'lit';

class FloorElement extends LitElement {
  static styles = css`:host{display:block;min-block-size:1.5em}`;
  // Declared here only: a class field would shadow Lit's reactive accessor.
  static properties = { state: { reflect: true } };

  firstUpdated() {
    this.state = 'ready';
  }

  render() {
    return html`<span>${this.localName}</span>`;
  }
}

for (const tag of ['article-context', 'language-switcher', 'like-button', 'related-stories', 'article-card']) {
  customElements.define(tag, class extends FloorElement {});
}
