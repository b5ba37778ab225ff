// Hand-written custom elements that build the same DOM as our widgets with no library:
// a shadow root, one shared constructable stylesheet, a cloned <template>, cached Intl
// formatters. The bench compares our Lit widgets against these; the ratio is what counts.
const sheet = new CSSStyleSheet();
sheet.replaceSync(`
  :host { display: block; font: inherit; color: inherit; }
  article { display: grid; gap: 0.5rem; position: relative; }
  img { inline-size: 100%; block-size: auto; aspect-ratio: var(--ratio, 16 / 9); object-fit: cover; }
  h3 { margin: 0; font-size: 1.25em; }
  a { color: inherit; }
  a::after { content: ''; position: absolute; inset: 0; }
  p { margin: 0; }
  .meta, .credit { color: #555; font-size: 0.875em; }
  ul { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.5rem; }
  li { display: flex; gap: 0.5rem; }
  button { font: inherit; }
`);
const dates = new Map();
function formatDate(locale, iso) {
  let format = dates.get(locale);
  if (!format) dates.set(locale, (format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' })));
  return format.format(new Date(iso));
}

/** Renders when it has both a document and a place in the page, like our widgets. */
class BaselineElement extends HTMLElement {
  set data(doc) {
    this._doc = doc;
    if (this.isConnected) this.render();
  }
  connectedCallback() {
    if (this._doc) this.render();
  }
}

function template(html) {
  const t = document.createElement('template');
  t.innerHTML = html;
  return t;
}

// The same DOM as <article-card>'s ready state: line slots whose reserved height keeps the
// card's size between placeholder and content (no layout shift), the image box after them.
const cardTemplate = template(`<article part="card" class="card"><div class="b"><h3 part="title" class="title" dir="auto"><a part="link" class="l"></a></h3><p part="summary" class="s" dir="auto"></p><p part="meta" class="m"><span part="author">By <a class="a"></a></span> <span aria-hidden="true">·</span> <time part="date"></time></p><p part="credit" class="c"></p></div>
<div part="media" class="media"><img part="image" loading="lazy" decoding="async"></div></article>`);

class BaselineCard extends BaselineElement {
  render() {
    const doc = this._doc;
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [sheet];
    root.replaceChildren(cardTemplate.content.cloneNode(true));
    const img = root.querySelector('img');
    img.src = new URL(doc.image.src, location.href).href;
    img.alt = doc.image.alt;
    img.width = doc.image.width;
    img.height = doc.image.height;
    const broken = (event) => img.classList.toggle('broken', event.type === 'error');
    img.addEventListener('error', broken);
    img.addEventListener('load', broken);
    root.querySelector('.media').style.setProperty('--ratio', `${doc.image.width} / ${doc.image.height}`);
    root.querySelector('[part=credit]').textContent = `Featured image by ${doc.image.credit}`;
    const title = root.querySelector('h3');
    title.lang = doc.language;
    const link = root.querySelector('a');
    link.href = new URL(doc.url, location.href).href;
    link.textContent = doc.title;
    const summary = root.querySelector('[part=summary]');
    summary.lang = doc.language;
    summary.textContent = doc.summary;
    const author = root.querySelector('.a');
    author.href = new URL(doc.author.url, location.href).href;
    author.textContent = doc.author.name;
    const time = root.querySelector('time');
    time.dateTime = doc.published;
    time.textContent = formatDate('en', doc.published);
  }
}

const relatedTemplate = template(`<section><h2 part="heading">Related Stories</h2><ul part="list"></ul></section>`);
const itemTemplate = template(`<li part="item"><img part="image" loading="lazy" decoding="async" alt=""><div><a part="link"></a> <time part="date"></time></div></li>`);

class BaselineRelated extends BaselineElement {
  render() {
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [sheet];
    root.replaceChildren(relatedTemplate.content.cloneNode(true));
    const list = root.querySelector('ul');
    for (const story of this._doc.related.slice(0, 10)) {
      const item = itemTemplate.content.cloneNode(true);
      const img = item.querySelector('img');
      img.src = new URL(story.image.src, location.href).href;
      img.width = story.image.width;
      img.height = story.image.height;
      const link = item.querySelector('a');
      link.href = new URL(story.url, location.href).href;
      link.textContent = story.title;
      const time = item.querySelector('time');
      time.dateTime = story.published;
      time.textContent = formatDate('en', story.published);
      list.append(item);
    }
  }
}

const likeTemplate = template(`<button part="button" aria-pressed="false"><svg aria-hidden="true" viewBox="0 0 24 24" width="1em" height="1em"><path d="M12 21s-7-4.5-9.5-9A5.5 5.5 0 0 1 12 6a5.5 5.5 0 0 1 9.5 6C19 16.5 12 21 12 21z"/></svg><span>Like</span></button> <span part="status" aria-live="polite"></span>`);
const plural = new Intl.PluralRules('en');
const numbers = new Intl.NumberFormat('en');

class BaselineLike extends BaselineElement {
  render() {
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [sheet];
    root.replaceChildren(likeTemplate.content.cloneNode(true));
    const n = this._doc.likes.count;
    root.querySelector('[part=status]').textContent =
      n === 0 ? 'Be first to like this.' : plural.select(n) === 'one' ? '1 person likes this.' : `${numbers.format(n)} people like this.`;
  }
}

customElements.define('baseline-card', BaselineCard);
customElements.define('baseline-related', BaselineRelated);
customElements.define('baseline-like', BaselineLike);
