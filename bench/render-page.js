// In the bench page: mounts N elements of one kind from the `data` property and measures
// them. Called by bench/render.mjs through page.evaluate.
//
// What is timed, the same on both sides (in wall time here; render.mjs also reads the main
// thread's CPU time of the same stretch from a trace, steadier on a busy machine): from creating the elements to their rendered
// shadow DOM (`updateComplete` for ours; the hand-written ones render synchronously) is the
// script time; reading `offsetHeight` then forces the style recalculation and layout that
// DOM causes, which the browser would do before the next paint anyway. Both sides style the
// same DOM with the same CSS (the hand-written ones adopt copies of the widget's own sheets,
// see adoptWidgetStyles), so the layout part differs only where the DOM differs.
import { adoptWidgetStyles } from './baseline-elements.js';

const stage = document.getElementById('stage');
/** @type {any} */
let base;

/** The article document every measurement copies. */
window.setBenchDocument = (doc) => {
  base = doc;
};

/**
 * `n` documents: each element its own object (the widgets validate a document once per
 * object, and a page's widgets never share one object unless it hands them the same one),
 * or with `shared` the same object for all (what the bench measured before issue 27).
 */
function documents(n, shared) {
  if (shared) return Array(n).fill(base);
  return Array.from({ length: n }, (_, i) => ({ ...structuredClone(base), id: `${base.id}-${i}` }));
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Milliseconds to create, attach and render `n` `<tag>` elements (`scriptMs`), and with the
 * style and layout that forces (`totalMs`).
 */
window.measureRender = async (tag, n, { shared = false } = {}) => {
  stage.replaceChildren();
  const docs = documents(n, shared); // made before the clock starts: a page has its data already
  await nextTask();
  void stage.offsetHeight; // nothing left over from the last round
  // Did another task (so maybe a frame, with its style, layout and paint) run before the
  // elements were rendered? Then the script time holds work the forced layout would have had.
  let crossedTask = false;
  const probe = new MessageChannel();
  probe.port1.onmessage = () => {
    crossedTask = true;
  };
  performance.mark('render-start'); // for the thread-time figure read from a trace (render.mjs)
  const start = performance.now();
  probe.port2.postMessage(null);
  const elements = [];
  const fragment = document.createDocumentFragment();
  for (let i = 0; i < n; i++) {
    const el = document.createElement(tag);
    el.data = docs[i];
    if (tag === 'related-stories') el.setAttribute('limit', '10');
    if (tag === 'related-stories' || tag === 'article-card') el.setAttribute('loading', 'eager');
    elements.push(el);
    fragment.append(el);
  }
  stage.append(fragment);
  // Lit renders in a microtask after connection; hand-written elements render synchronously.
  await Promise.all(elements.map((el) => el.updateComplete ?? Promise.resolve()));
  const scripted = performance.now();
  const renderedInOneTask = !crossedTask;
  void stage.offsetHeight;
  const end = performance.now();
  performance.mark('render-end');
  probe.port1.close();
  // Left in the page until the next round removes them (in a task of its own, not timed).
  const rendered = elements.every((el) => el.shadowRoot && el.shadowRoot.childNodes.length > 0 && el.getAttribute('state') !== 'error');
  return { scriptMs: scripted - start, totalMs: end - start, rendered, renderedInOneTask };
};

/** A node's markup with attributes sorted and comments left out (Lit's markers). */
function canonical(node) {
  return [...node.childNodes]
    .map((child) => {
      if (child.nodeType === Node.TEXT_NODE) return child.data;
      if (child.nodeType !== Node.ELEMENT_NODE) return '';
      const attrs = [...child.attributes].map((a) => ` ${a.name}="${a.value}"`).sort().join('');
      return `<${child.localName}${attrs}>${canonical(child)}</${child.localName}>`;
    })
    .join('');
}

/** The rendered shadow DOM of one `<tag>` (comments left out), to check both sides match. */
window.renderedMarkup = async (tag) => {
  const el = document.createElement(tag);
  el.data = structuredClone(base);
  if (tag === 'related-stories') el.setAttribute('limit', '10');
  el.setAttribute('loading', 'eager');
  stage.replaceChildren(el);
  await el.updateComplete;
  const markup = canonical(el.shadowRoot);
  stage.replaceChildren();
  return markup;
};

/** Renders one widget of each kind and gives its stylesheets to the hand-written elements. */
async function copyWidgetStyles() {
  for (const [widget, baseline] of [['article-card', 'baseline-card'], ['related-stories', 'baseline-related'], ['like-button', 'baseline-like']]) {
    const el = document.createElement(widget);
    el.data = structuredClone(base);
    el.setAttribute('loading', 'eager');
    stage.replaceChildren(el);
    await el.updateComplete;
    adoptWidgetStyles(baseline, el.shadowRoot.adoptedStyleSheets);
  }
  stage.replaceChildren();
}

// The CDN file loads <related-stories>' chunk when one appears in the document.
document.body.append(document.createElement('related-stories'));
document.body.lastElementChild.remove();

window.benchReady = Promise.all(
  ['article-card', 'related-stories', 'like-button', 'baseline-card', 'baseline-related', 'baseline-like'].map((t) => customElements.whenDefined(t)),
);
/** Called once with the document: copies the widgets' styles, then the bench can start. */
window.prepareBench = async (doc) => {
  await window.benchReady;
  window.setBenchDocument(doc);
  await copyWidgetStyles();
};
