// Floor script for the main-thread bench (`--floors`): vanilla.js's five trivial elements
// written with Lit as published (LitElement, `css`, `html`, one reflected property), bundled
// and minified like the CDN file. What Lit's evaluation and a first render of each tag cost
// the page before any widget does its own work.
import { LitElement, css, html } from 'lit';
import { WIDGET_TAGS } from '../article-page.mjs';

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

// The page's own list of widget tags (bundled in; nothing else of that module is).
for (const tag of WIDGET_TAGS) {
  customElements.define(tag, class extends FloorElement {});
}
