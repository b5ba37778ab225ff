// Floor script for the main-thread bench (`--floors`): the least a script can do to show the
// article page's five widget tags. Each element gets an open shadow root, one shared adopted
// stylesheet and a line of text, then reports state="ready". No framework, no data, no request:
// what evaluating a small module and defining five elements costs the page, nothing more.
import { WIDGET_TAGS } from '../article-page.mjs';

const sheet = new CSSStyleSheet();
sheet.replaceSync(':host{display:block;min-block-size:1.5em}');

class FloorElement extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [sheet];
    const line = document.createElement('span');
    line.textContent = this.localName;
    root.append(line);
    this.setAttribute('state', 'ready');
  }
}

// The page's own list of widget tags (bundled in; nothing else of that module is).
for (const tag of WIDGET_TAGS) {
  customElements.define(tag, class extends FloorElement {});
}
