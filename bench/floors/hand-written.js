// Floor script for the main-thread bench (`--floors`): the article page's widgets written by
// hand, with no library. The bench renders the widgets' page first and bundles this file with
// what each tag showed (`__WIDGETS__`: its final shadow DOM, its stylesheets' text, the
// attributes it reflected), so the floor puts exactly the widgets' final DOM on the page.
// What it does: <article-context> fetches its `src` once and parses it; every element attaches
// an open shadow root with its tag's stylesheet (built once per tag); the like button reads
// localStorage, as the widget does; once the document is there, each clones its tag's
// <template> (made once) and writes the document's words into it (the card's title and
// summary, the related stories' titles). What it does not: placeholders, checking the
// document, turns between renders, texts, `Intl` (the dates and counts are the widgets' own
// text), events, errors (bench/BASELINE.md).

/** @type {Record<string, { html: string, css: string, attributes: [string, string][] }>} */
// eslint-disable-next-line no-undef -- replaced at bundle time (floor-scripts.mjs)
const WIDGETS = __WIDGETS__;

/** @type {Map<string, CSSStyleSheet>} */
const sheets = new Map();
/** @type {Map<string, HTMLTemplateElement>} */
const templates = new Map();

function sheetOf(tag) {
  let sheet = sheets.get(tag);
  if (!sheet) {
    sheets.set(tag, (sheet = new CSSStyleSheet()));
    sheet.replaceSync(WIDGETS[tag].css);
  }
  return sheet;
}

function templateOf(tag) {
  let template = templates.get(tag);
  if (!template) {
    templates.set(tag, (template = document.createElement('template')));
    template.innerHTML = WIDGETS[tag].html;
  }
  return template;
}

/** The shared document, once fetched, and the elements waiting for it. */
let article;
/** @type {HandWritten[]} */
const waiting = [];

/** Where a tag shows the document's own words: a selector and the field it takes. */
const TEXTS = { 'article-card': [['[part=title] a', 'title'], ['[part=summary]', 'summary']] };

class HandWritten extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    this.attachShadow({ mode: 'open' }).adoptedStyleSheets = [sheetOf(this.localName)];
    if (article) this.show();
    else waiting.push(this);
  }

  show() {
    const root = /** @type {ShadowRoot} */ (this.shadowRoot);
    root.replaceChildren(templateOf(this.localName).content.cloneNode(true));
    for (const [selector, field] of TEXTS[this.localName] ?? []) root.querySelector(selector).textContent = article[field];
    if (this.localName === 'related-stories') {
      const titles = root.querySelectorAll('[part=item] [part=title]');
      article.related.forEach((story, i) => titles[i] && (titles[i].textContent = story.title));
    }
    for (const [name, value] of WIDGETS[this.localName].attributes) if (!this.hasAttribute(name)) this.setAttribute(name, value);
  }
}

class LikeButton extends HandWritten {
  connectedCallback() {
    // Whether the visitor liked it: the widget reads its storage too.
    this.visitor = localStorage.getItem('story-widgets:visitor');
    super.connectedCallback();
  }
}

class ArticleContext extends HandWritten {
  connectedCallback() {
    if (this.shadowRoot) return;
    // Its <slot> at once: a shadow root without one hides the page inside it.
    this.attachShadow({ mode: 'open' }).adoptedStyleSheets = [sheetOf(this.localName)];
    this.show();
    fetch(/** @type {string} */ (this.getAttribute('src')))
      .then((response) => response.json())
      .then((json) => {
        article = json;
        for (const element of waiting.splice(0)) element.show();
      });
  }
}

customElements.define('article-context', ArticleContext);
customElements.define('language-switcher', class extends HandWritten {});
customElements.define('like-button', LikeButton);
customElements.define('related-stories', class extends HandWritten {});
customElements.define('article-card', class extends HandWritten {});
