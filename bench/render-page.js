// In the bench page: mounts N elements of one kind from the `data` property and measures
// until they are rendered and laid out. Called by bench/render.mjs through page.evaluate.
const stage = document.getElementById('stage');

async function settle(elements) {
  // Lit renders in a microtask after connection; hand-written elements render synchronously.
  await Promise.all(elements.map((el) => el.updateComplete ?? Promise.resolve()));
  void stage.offsetHeight; // force style and layout, as a page would before painting
}

/** Milliseconds to create, attach, render and lay out `n` `<tag>` elements with `doc`. */
window.measureRender = async (tag, n, doc) => {
  stage.replaceChildren();
  await new Promise((resolve) => setTimeout(resolve, 0));
  const start = performance.now();
  const elements = [];
  const fragment = document.createDocumentFragment();
  for (let i = 0; i < n; i++) {
    const el = document.createElement(tag);
    el.data = doc;
    if (tag === 'related-stories') el.setAttribute('limit', '10');
    if (tag === 'related-stories' || tag === 'article-card') el.setAttribute('loading', 'eager');
    elements.push(el);
    fragment.append(el);
  }
  stage.append(fragment);
  await settle(elements);
  const time = performance.now() - start;
  const rendered = elements.every((el) => el.shadowRoot && el.shadowRoot.childNodes.length > 0);
  stage.replaceChildren();
  return { time, rendered };
};

window.benchReady = Promise.all(
  ['article-card', 'related-stories', 'like-button', 'baseline-card', 'baseline-related', 'baseline-like'].map((t) =>
    customElements.whenDefined(t),
  ),
);
