// Hand-written custom elements that build the same DOM as our widgets with no library:
// a shadow root, shared constructable stylesheets, a cloned <template>, cached Intl
// formatters. The bench compares our Lit widgets against these; the ratio is what counts.
// What they do and do not do: bench/BASELINE.md.

/**
 * Each kind's shared stylesheets: copies of the widget's own (adoptWidgetStyles), so both
 * sides lay out the same DOM under the same CSS.
 * @type {Record<string, CSSStyleSheet[]>}
 */
const sheets = { 'baseline-card': [], 'baseline-related': [], 'baseline-like': [] };

/** Gives the hand-written `<tag>` copies of `widgetSheets` (called once, before measuring). */
export function adoptWidgetStyles(tag, widgetSheets) {
  sheets[tag] = widgetSheets.map((widgetSheet) => {
    const copy = new CSSStyleSheet();
    copy.replaceSync([...widgetSheet.cssRules].map((rule) => rule.cssText).join('\n'));
    return copy;
  });
}

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
const cardTemplate = template(`<article part="card" class="card"><div class="b"><h3 part="title" class="title" dir="auto"><a part="link" class="l"></a></h3><p class="s" dir="auto" part="summary"></p><p class="m" part="meta"><span part="author">By <span class="a" dir="auto"></span></span> <span aria-hidden="true">·</span> <time part="date"></time></p><p class="c" part="credit">Featured image by <span dir="auto"></span></p></div><div part="media" class="media"><img part="image" loading="lazy" decoding="async"></div></article>`);

class BaselineCard extends BaselineElement {
  render() {
    const doc = this._doc;
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = sheets['baseline-card'];
    root.replaceChildren(cardTemplate.content.cloneNode(true));
    const img = root.querySelector('img');
    img.src = new URL(doc.image.src, location.href).href;
    img.alt = doc.image.alt;
    img.width = doc.image.width;
    img.height = doc.image.height;
    const broken = (event) => img.classList.toggle('broken', event.type === 'error');
    img.addEventListener('error', broken);
    img.addEventListener('load', broken);
    root.querySelector('.media').style.setProperty('--_ratio', `${doc.image.width}/${doc.image.height}`);
    const credit = root.querySelector('.c span');
    credit.lang = doc.language;
    credit.textContent = doc.image.credit;
    const title = root.querySelector('h3');
    title.lang = doc.language;
    const link = root.querySelector('a');
    link.href = new URL(doc.url, location.href).href;
    link.textContent = doc.title;
    const summary = root.querySelector('.s');
    summary.lang = doc.language;
    summary.textContent = doc.summary;
    const author = root.querySelector('.a');
    author.lang = doc.language;
    author.textContent = doc.author.name;
    const time = root.querySelector('time');
    time.dateTime = new Date(doc.published).toISOString();
    time.textContent = formatDate('en', doc.published);
  }
}

// <related-stories>' ready state: a heading with a slot for the site's own, a list of items.
const relatedTemplate = template(`<h2 class="heading" part="heading"><slot name="heading">Related Stories</slot></h2><ul class="list" part="list"></ul>`);
const itemTemplate = template(`<li class="item" part="item"><img alt="" class="thumb" decoding="async" loading="lazy" part="image"><span class="text"><a part="link"><span dir="auto" part="title"></span></a><time part="date"></time></span></li>`);

class BaselineRelated extends BaselineElement {
  render() {
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = sheets['baseline-related'];
    root.replaceChildren(relatedTemplate.content.cloneNode(true));
    const list = root.querySelector('ul');
    const language = this._doc.language;
    for (const story of this._doc.related.slice(0, 10)) {
      const item = itemTemplate.content.cloneNode(true);
      const img = item.querySelector('img');
      img.src = new URL(story.image.src, location.href).href;
      img.width = story.image.width;
      img.height = story.image.height;
      item.querySelector('a').href = new URL(story.url, location.href).href;
      const title = item.querySelector('[part=title]');
      title.lang = language;
      title.textContent = story.title;
      const time = item.querySelector('time');
      time.dateTime = new Date(story.published).toISOString();
      time.textContent = formatDate('en', story.published);
      list.append(item);
    }
  }
}

// <like-button>'s ready state without an endpoint: a disabled button and the count.
const likeTemplate = template(`<button aria-describedby="status" aria-pressed="false" class="" disabled="" part="button"><svg aria-hidden="true" part="icon" viewBox="0 0 240 240"><path d="M120 60a50 50 0 0 0-90 29c0 33 30 60 77 102l13 12 13-12c47-42 77-69 77-102a50 50 0 0 0-90-29z"></path></svg><span part="label">Like</span></button><p aria-atomic="true" aria-live="polite" class="" id="status" part="status"></p>`);
const countTemplate = template(`<span part="count"></span>`);
const plural = new Intl.PluralRules('en');
const numbers = new Intl.NumberFormat('en');

class BaselineLike extends BaselineElement {
  render() {
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = sheets['baseline-like'];
    root.replaceChildren(likeTemplate.content.cloneNode(true));
    const n = this._doc.likes.count;
    const status = root.querySelector('p');
    if (n === 0) status.textContent = 'Be first to like this.';
    else {
      const count = countTemplate.content.cloneNode(true);
      count.firstChild.textContent = numbers.format(n);
      status.append(count, plural.select(n) === 'one' ? ' person likes this.' : ' people like this.');
    }
  }
}

customElements.define('baseline-card', BaselineCard);
customElements.define('baseline-related', BaselineRelated);
customElements.define('baseline-like', BaselineLike);
