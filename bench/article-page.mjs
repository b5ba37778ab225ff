// The article page of the main-thread bench: the source article with every widget sharing one
// document through <article-context>, and the serializer that turns its rendered DOM into a
// static copy (declarative shadow DOM, styles inlined, no script).

/** The widget tags on the page (the floors define exactly these). */
export const WIDGET_TAGS = ['article-context', 'language-switcher', 'like-button', 'related-stories', 'article-card'];
/** The widgets the page waits for: each must reach state="ready". */
export const WIDGET_SELECTOR = WIDGET_TAGS.join(', ');

const PROSE = [
  'The Russian LGBT Network, which has helped about 40 gay and bi Chechens leave the region, says it has credible evidence that arrests are happening again after weeks of silence.',
  'Reports of a campaign against men suspected of being gay in the Russian republic first surfaced in the spring, when the newspaper Novaya Gazeta described detentions, beatings and deaths. Chechen officials denied the reports.',
  'According to the network, new calls began arriving in recent days from people who say that friends or relatives have been taken from their homes. It says it is checking each account before sharing details.',
  'Human rights groups have asked foreign governments to keep pressing for an independent investigation and to help people who need to leave the region.',
];

const SITE_CSS = `
  body { margin: 0; font: 16px/1.5 system-ui, sans-serif; color: #222; }
  main { max-width: 46rem; margin: 0 auto; padding: 1rem; }
  figure { margin: 1rem 0; } figure img { width: 100%; height: auto; }
  .cards { display: grid; gap: 1rem; grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr)); }
`;

/**
 * The page as a site would write it: one module script, the document fetched once by
 * <article-context>; eager related stories; three cards of the same document. With
 * `inlineDocument` (its JSON text), <article-context> carries the document as its inline JSON
 * child instead, as a page that has it already would.
 * @param {string} documentUrl
 * @param {string} [inlineDocument]
 */
export function articlePageHtml(documentUrl, inlineDocument) {
  const context = inlineDocument
    ? `<article-context><script type="application/json">${inlineDocument.replace(/</g, '\\u003c')}</script>`
    : `<article-context src="${documentUrl}">`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Chechnya’s Anti-LGBTQ Purge Has Restarted — main-thread bench</title>
<style>${SITE_CSS}</style>
<script type="module" src="/dist/cdn/story-widgets.js"></script>
</head>
<body>
<main>
${context}
<article>
<header>
<h1>Chechnya’s Anti-LGBTQ Purge Has Restarted, Says Russian LGBTQ Network</h1>
<p>By Staff writer · <time datetime="2017-07-10T09:00:00.000Z">Jul 10, 2017</time></p>
<language-switcher></language-switcher>
</header>
<figure><img src="/img/chechnya-purge.svg" alt="A rainbow flag held up against a grey sky" width="1200" height="630"><figcaption>Featured image by strixcode via iStock</figcaption></figure>
${PROSE.map((p) => `<p>${p}</p>`).join('\n')}
<footer><like-button></like-button></footer>
</article>
<related-stories loading="eager"></related-stories>
<section class="cards" aria-label="More">
<article-card></article-card>
<article-card></article-card>
<article-card></article-card>
</section>
</article-context>
</main>
</body>
</html>
`;
}

/** One placeholder picture for every image the document names (the page and its copy load the same). */
const PICTURE = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 9" width="1600" height="900"><rect width="16" height="9" fill="#8a9"/></svg>';

/** The route that answers every `/img/…` with that picture (`serveRoot`'s routes). */
export const PICTURE_ROUTE = { '/img/': { type: 'image/svg+xml', body: PICTURE } };

/**
 * The article page's routes for `serveRoot`: the page (its document fetched from
 * `/article.json`, or with `inline` carried as <article-context>'s JSON child), the document,
 * and the picture every image gets.
 * @param {string} documentText
 * @param {boolean} [inline]
 */
export function articlePageRoutes(documentText, inline = false) {
  return {
    '/article.html': { type: 'text/html; charset=utf-8', body: articlePageHtml('/article.json', inline ? documentText : undefined) },
    '/article.json': { type: 'application/json', body: documentText },
    ...PICTURE_ROUTE,
  };
}

/**
 * Runs in the page (page.waitForFunction, or as the source of an expression): whether every
 * widget of `selector` has state="ready" (or `state`).
 */
export function allWidgetsReady(selector, state = 'ready') {
  return [...document.querySelectorAll(selector)].every((el) => el.getAttribute('state') === state);
}

/**
 * Waits until `expression`, evaluated in the page every 100 ms, is true (`allWidgetsReady` for
 * the page's widgets by default). Through CDP rather than page.evaluate: no helper script of
 * Playwright's to compile, sample or trace. Throws after `timeoutMs`, naming each widget's state.
 * @param {import('playwright-core').CDPSession} cdp
 */
export async function waitForWidgets(cdp, expression = `(${allWidgetsReady})(${JSON.stringify(WIDGET_SELECTOR)})`, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  const evaluate = async (/** @type {string} */ source) => (await cdp.send('Runtime.evaluate', { expression: source, returnByValue: true })).result.value;
  while ((await evaluate(expression)) !== true) {
    if (Date.now() > deadline) {
      const states = await evaluate(`[...document.querySelectorAll(${JSON.stringify(WIDGET_SELECTOR)})].map((el) => el.localName + '=' + el.getAttribute('state')).join(', ')`);
      throw new Error(`widgets not ready after ${timeoutMs} ms on ${await evaluate('location.href')}: ${states}`);
    }
    await new Promise((done) => setTimeout(done, 100));
  }
}

/**
 * Runs in the page (through page.evaluate): the rendered document as HTML with every open
 * shadow root as `<template shadowrootmode="open">`, its adopted stylesheets inlined as
 * `<style>`, and no `<script>`. Closed shadow roots are not reachable and are not expected.
 */
export function serializeRenderedPage() {
  const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
  const RAW = new Set(['style', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext', 'noscript']);
  const text = (s) => s.replace(/&/g, '&amp;').replace(/\u00a0/g, '&nbsp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const attr = (s) => s.replace(/&/g, '&amp;').replace(/\u00a0/g, '&nbsp;').replace(/"/g, '&quot;');
  const sheets = (list) => list.map((sheet) => `<style>${[...sheet.cssRules].map((rule) => rule.cssText).join('\n')}</style>`).join('');
  const children = (parent) => [...parent.childNodes].map(node).join('');
  /** @param {Node} n */
  function node(n) {
    if (n.nodeType === Node.TEXT_NODE) return RAW.has(n.parentNode?.localName) ? n.data : text(n.data);
    if (n.nodeType === Node.COMMENT_NODE) return ''; // Lit's part markers: not part of what a reader gets
    if (n.nodeType !== Node.ELEMENT_NODE) return '';
    const el = /** @type {Element} */ (n);
    const tag = el.localName;
    if (tag === 'script') return '';
    if (tag === 'link' && el.getAttribute('rel') === 'modulepreload') return '';
    const attrs = [...el.attributes].map((a) => ` ${a.name}="${attr(a.value)}"`).join('');
    if (VOID.has(tag)) return `<${tag}${attrs}>`;
    let inner = '';
    const root = el.shadowRoot;
    if (root) {
      const focus = root.delegatesFocus ? ' shadowrootdelegatesfocus' : '';
      inner += `<template shadowrootmode="open"${focus}>${sheets(root.adoptedStyleSheets)}${children(root)}</template>`;
    }
    inner += tag === 'template' ? children(/** @type {HTMLTemplateElement} */ (el).content) : children(el);
    return `<${tag}${attrs}>${inner}</${tag}>`;
  }
  const doctype = document.doctype ? '<!doctype html>\n' : '';
  const html = document.documentElement;
  const documentSheets = sheets(document.adoptedStyleSheets);
  const head = `<head${[...document.head.attributes].map((a) => ` ${a.name}="${attr(a.value)}"`).join('')}>${children(document.head)}${documentSheets}</head>`;
  const attrs = [...html.attributes].map((a) => ` ${a.name}="${attr(a.value)}"`).join('');
  return `${doctype}<html${attrs}>${head}${node(document.body)}</html>\n`;
}

/**
 * Runs in the page (through page.evaluate): what the first element of each tag shows, for the
 * hand-written floors (bench/floors/hand-written.js): its shadow root's HTML (without Lit's
 * comment markers, and with this page's origin left out of its URLs, so it serves from
 * another), its adopted stylesheets' text and its attributes.
 * @param {string[]} tags
 */
export function captureWidgets(tags) {
  return Object.fromEntries(
    tags.map((tag) => {
      const el = /** @type {Element} */ (document.querySelector(tag));
      const root = /** @type {ShadowRoot} */ (el.shadowRoot);
      const html = root.innerHTML.replace(/<!--[^]*?-->/g, '').replaceAll(location.origin, '');
      const css = root.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n');
      return [tag, { html, css, attributes: [...el.attributes].map((a) => [a.name, a.value]) }];
    }),
  );
}

/**
 * Runs in the page (through page.evaluate): how heavy each widget's template and styles are,
 * for the first element of each tag: the elements in its shadow root, the style rules of its
 * adopted stylesheets (nested rules counted, @media and @container blocks included), the
 * `@container` blocks among them, and whether the element is a size container itself.
 * @param {string} selector the widgets' tags, as a selector list
 */
export function widgetWeights(selector) {
  /** @param {CSSRuleList} rules @returns {{ rules: number, containerQueries: number }} */
  const count = (rules) =>
    [...rules].reduce(
      (sum, rule) => {
        const inner = 'cssRules' in rule ? count(/** @type {CSSGroupingRule} */ (rule).cssRules) : { rules: 0, containerQueries: 0 };
        return { rules: sum.rules + 1 + inner.rules, containerQueries: sum.containerQueries + (rule.constructor.name === 'CSSContainerRule' ? 1 : 0) + inner.containerQueries };
      },
      { rules: 0, containerQueries: 0 },
    );
  const seen = new Set();
  return [...document.querySelectorAll(selector)]
    .filter((el) => el.shadowRoot && !seen.has(el.localName) && seen.add(el.localName))
    .map((el) => {
      const root = /** @type {ShadowRoot} */ (el.shadowRoot);
      const styles = root.adoptedStyleSheets.map((sheet) => count(sheet.cssRules));
      return {
        widget: el.localName,
        elements: root.querySelectorAll('*').length,
        styleRules: styles.reduce((sum, s) => sum + s.rules, 0),
        containerQueries: styles.reduce((sum, s) => sum + s.containerQueries, 0),
        sizeContainer: getComputedStyle(el).containerType !== 'normal',
      };
    });
}
