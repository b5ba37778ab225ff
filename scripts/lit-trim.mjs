// A Vite/Rolldown plugin for the CDN build: drops the parts of Lit's production build that no
// browser able to run the bundle can reach. The bundle is ES2022 (Chrome/Edge 109+, Firefox
// 120+, Safari 16.4+), so constructable stylesheets always exist and the ShadyDOM/ShadyCSS
// polyfills (for browsers without shadow DOM) can never be in play; server-side-rendering
// hydration needs Lit's SSR packages, which a CDN script tag cannot bring; the version lists
// (`litHtmlVersions`…) only feed Lit's dev-mode warning. Lit's own files are
// used as they are everywhere else (npm entries, tests, Storybook).
//
// Each edit must match exactly once in the pinned Lit version: when an upgrade changes the
// text, the build fails with the edit's name instead of silently shipping the old size.

const EDITS = [
  {
    name: 'constructable stylesheets are always there',
    file: '@lit/reactive-element/css-tag.js',
    from: 't.ShadowRoot&&(void 0===t.ShadyCSS||t.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"in Document.prototype&&"replace"in CSSStyleSheet.prototype',
    to: '!0',
  },
  {
    name: 'shorter message for a CSSResult built by hand',
    file: '@lit/reactive-element/css-tag.js',
    from: 'Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.")',
    to: 'Error("CSSResult: use css")',
  },
  {
    name: 'shorter message for a non-css value in css``',
    file: '@lit/reactive-element/css-tag.js',
    from: `Error("Value passed to 'css' function must be a 'css' function result: "+t+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")`,
    to: 'Error("css: not a css value: "+t)',
  },
  {
    name: 'no ShadyDOM polyfill hook (reactive-element)',
    file: '@lit/reactive-element/reactive-element.js',
    from: 'p?.({ReactiveElement:y}),',
    to: '',
  },
  {
    name: 'no SSR hydration or polyfill hook (lit-element)',
    file: 'lit-element/lit-element.js',
    from: ',s.litElementHydrateSupport?.({LitElement:i});const o=s.litElementPolyfillSupport;o?.({LitElement:i});',
    to: ';',
  },
  {
    name: 'no ShadyDOM polyfill hook (lit-html)',
    file: 'lit-html/lit-html.js',
    from: ',B=t.litHtmlPolyfillSupport;B?.(S,k),',
    to: ';',
  },
  {
    name: 'no version list (lit-html)',
    file: 'lit-html/lit-html.js',
    from: /\(t\.litHtmlVersions\?\?=\[\]\)\.push\("[\d.]+"\);/g,
    to: '',
  },
  {
    name: 'no version list (reactive-element)',
    file: '@lit/reactive-element/reactive-element.js',
    from: /,\(a\.reactiveElementVersions\?\?=\[\]\)\.push\("[\d.]+"\)/g,
    to: '',
  },
  {
    name: 'no version list (lit-element)',
    file: 'lit-element/lit-element.js',
    from: /\(s\.litElementVersions\?\?=\[\]\)\.push\("[\d.]+"\);/g,
    to: '',
  },
];

export function litTrim() {
  return {
    name: 'story-widgets:lit-trim',
    transform(code, id) {
      const edits = EDITS.filter(({ file }) => id.replaceAll('\\', '/').endsWith(`/node_modules/${file}`));
      if (!edits.length) return null;
      for (const { name, from, to } of edits) {
        const count = typeof from === 'string' ? code.split(from).length - 1 : [...code.matchAll(from)].length;
        if (count !== 1) throw new Error(`lit-trim: "${name}" matched ${count} times in ${id}; Lit changed — update scripts/lit-trim.mjs`);
        code = code.replace(from, () => to);
      }
      return { code, map: null };
    },
  };
}
