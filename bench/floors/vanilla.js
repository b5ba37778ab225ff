// Floor script for the main-thread bench (`--floors`): the least a script can do to show the
// article page's five widget tags. Each element gets an open shadow root, one shared adopted
// stylesheet and a line of text, then reports state="ready". No framework, no data, no request:
// what evaluating a small module and defining five elements costs the page, nothing more.
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

for (const tag of ['article-context', 'language-switcher', 'like-button', 'related-stories', 'article-card']) {
  customElements.define(tag, class extends FloorElement {});
}
