// Floor script for the main-thread bench (`--floors`): the article page's widgets written by
// hand, with no library. The bench renders the widgets' page first and bundles this file with
// what each tag showed (`__WIDGETS__`: its placeholder and its final shadow DOM, its
// stylesheets' text, the attributes it reflected), so the floor puts exactly the widgets' DOM
// on the page. Two floors come from it (`__COMPLETE__`, floor-scripts.mjs):
// - bare: <article-context> fetches its `src` once and parses it; every element attaches an
//   open shadow root with its tag's stylesheet (built once per tag); the like button reads
//   localStorage, as the widget does; once the document is there, each clones its tag's
//   <template> (made once) and writes the document's words into it (the card's title and
//   summary, the related stories' titles). Its dates are the widgets' text.
// - complete: also what the contract and issue 27 ask of the widgets: each element shows its
//   placeholder in its connection; connections and renders take turns (8 ms of a task, then
//   `scheduler.yield()`; the elements this file's definitions upgrade begin after its task, as
//   the widgets' do); a worker loads ICU's data first (started in the task after this
//   file's), and the renders wait for it, then write each date with a cached
//   `Intl.DateTimeFormat` of the document's language.
// Neither checks the document, shows texts in other languages, fires events or handles errors
// (bench/BASELINE.md).

/** @type {Record<string, { placeholder: string, html: string, css: string, attributes: [string, string][], placeholderAttributes: [string, string][] }>} */
// eslint-disable-next-line no-undef -- replaced at bundle time (floor-scripts.mjs)
const WIDGETS = __WIDGETS__;
/** @type {boolean} */
// eslint-disable-next-line no-undef -- replaced at bundle time (floor-scripts.mjs)
const COMPLETE = __COMPLETE__;

/** `map`'s value for `key`, made by `make` on first use (a tag's sheet and templates, a language's date format). */
function once(map, key, make) {
  if (!map.has(key)) map.set(key, make());
  return map.get(key);
}

/** @type {Map<string, CSSStyleSheet>} */
const sheets = new Map();
/** @type {Map<string, HTMLTemplateElement>} */
const templates = new Map();

const sheetOf = (tag) =>
  once(sheets, tag, () => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(WIDGETS[tag].css);
    return sheet;
  });

/** A tag's placeholder or final DOM as a <template>, made on first use. */
const templateOf = (tag, placeholder = false) =>
  once(templates, `${tag} ${placeholder}`, () => {
    const template = document.createElement('template');
    template.innerHTML = placeholder ? WIDGETS[tag].placeholder : WIDGETS[tag].html;
    return template;
  });

/** In the complete floor: when the current slice of turns began (undefined: none yet in this task). */
let sliceStart;
/** The last turn waiting: the next one waits behind it. */
let line = Promise.resolve();
const nextTask = () => (globalThis.scheduler?.yield ? globalThis.scheduler.yield() : new Promise((done) => setTimeout(done)));

/**
 * Runs `step` at once (bare) or at its turn (complete): 8 ms of a task, then a task boundary.
 * `notThisTask`: a first turn waits for a task boundary too, as the widgets' upgraded elements
 * connect after the task that defines their tags.
 */
function inTurn(step, notThisTask = false) {
  if (!COMPLETE) return step();
  line = line.then(async () => {
    if (sliceStart === undefined ? notThisTask : performance.now() - sliceStart > 8) {
      await nextTask();
      sliceStart = undefined;
    }
    if (sliceStart === undefined) {
      sliceStart = performance.now();
      // As the widgets' slice (src/core/render-turns.ts): it lasts until the task ends, not until
      // the line empties, so a turn queued later in the same task does not start a new 8 ms.
      void nextTask().then(() => (sliceStart = undefined));
    }
    step();
  });
}

/** The complete floor's ICU warm-up: a worker builds one of each formatter the widgets use, then ends. */
let warmUp = Promise.resolve();
if (COMPLETE) {
  warmUp = new Promise((done) => {
    setTimeout(() => {
      const script = `const l=self.name;new Intl.DateTimeFormat(l,{dateStyle:'medium'}).format(0);new Intl.NumberFormat(l).format(1);new Intl.PluralRules(l).select(1);new Intl.DisplayNames([l],{type:'language'}).of('fr');new Intl.ListFormat(l).format(['a']);postMessage(0)`;
      const worker = new Worker(`data:text/javascript,${encodeURIComponent(script)}`, { name: document.documentElement.lang || 'en' });
      // A second at most, as the widgets wait.
      const timer = setTimeout(done, 1000);
      worker.onmessage = worker.onerror = () => done(clearTimeout(timer), worker.terminate());
    });
  });
}

/** @type {Map<string, Intl.DateTimeFormat>} */
const dateFormats = new Map();
const formatDate = (language, iso) => once(dateFormats, language, () => new Intl.DateTimeFormat(language, { dateStyle: 'medium' })).format(new Date(iso));

/** The shared document, once fetched and (complete) once ICU's data is loaded, and the elements waiting for it. */
let article;
/** @type {HandWritten[]} */
const waiting = [];
/** While this file defines its tags: the elements they upgrade. */
let defining = false;

const setAttributes = (element, attributes) => {
  for (const [name, value] of attributes) if (name === 'state' || !element.hasAttribute(name)) element.setAttribute(name, value);
};

class HandWritten extends HTMLElement {
  connectedCallback() {
    if (!this.shadowRoot) inTurn(() => this.connect(), defining);
  }

  /** An open shadow root with the tag's stylesheet. */
  attach() {
    this.attachShadow({ mode: 'open' }).adoptedStyleSheets = [sheetOf(this.localName)];
  }

  /** Puts a copy of the tag's final DOM (or its placeholder) in the shadow root; returns the root. */
  fill(placeholder = false) {
    const root = /** @type {ShadowRoot} */ (this.shadowRoot);
    root.replaceChildren(templateOf(this.localName, placeholder).content.cloneNode(true));
    return root;
  }

  connect() {
    this.attach();
    // Whether the visitor liked it: the like button reads its storage too.
    if (this.localName === 'like-button') this.visitor = localStorage.getItem('story-widgets:visitor');
    if (COMPLETE) {
      this.fill(true);
      setAttributes(this, WIDGETS[this.localName].placeholderAttributes);
    }
    if (article) this.show();
    else waiting.push(this);
  }

  show() {
    const root = this.fill();
    if (this.localName === 'article-card') {
      root.querySelector('[part=title] a').textContent = article.title;
      root.querySelector('[part=summary]').textContent = article.summary;
    }
    if (this.localName === 'related-stories') {
      const titles = root.querySelectorAll('[part=item] [part=title]');
      article.related.forEach((story, i) => titles[i] && (titles[i].textContent = story.title));
    }
    if (COMPLETE) for (const time of root.querySelectorAll('time')) time.textContent = formatDate(article.language, time.dateTime);
    setAttributes(this, WIDGETS[this.localName].attributes);
  }
}

class ArticleContext extends HandWritten {
  connect() {
    // Its <slot> at once: a shadow root without one hides the page inside it.
    this.attach();
    this.fill();
    fetch(/** @type {string} */ (this.getAttribute('src')))
      .then((response) => response.json())
      .then(async (json) => {
        await warmUp;
        article = json;
        this.setAttribute('state', 'ready');
        for (const element of waiting.splice(0)) inTurn(() => element.show());
      });
  }
}

defining = true;
customElements.define('article-context', ArticleContext);
customElements.define('language-switcher', class extends HandWritten {});
customElements.define('like-button', class extends HandWritten {});
customElements.define('related-stories', class extends HandWritten {});
customElements.define('article-card', class extends HandWritten {});
defining = false;
