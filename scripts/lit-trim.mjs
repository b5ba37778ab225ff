// A Vite/Rolldown plugin for the CDN build: the CDN files carry the subset of Lit that the five
// widgets use, so that the whole bundle fits the contract's 16 KB gzip budget. Lit's own files
// are used as they are everywhere else (npm entries, tests, Storybook).
//
// Two kinds of edit:
// - code no browser able to run the bundle can reach. The bundle is ES2022 (Chrome/Edge 109+,
//   Firefox 120+, Safari 16.4+), so constructable stylesheets always exist and the
//   ShadyDOM/ShadyCSS polyfills can never be in play; SSR hydration needs Lit's SSR packages,
//   which a script tag cannot bring; the version lists only feed Lit's dev-mode warning.
// - features our templates and classes do not use (`SUBSET` below, listed in the README's
//   Size section): directives, css`` interpolations, `svg`/`mathml` templates, `.property`, element and comment
//   bindings, bindings in raw-text elements, property options we never set, decorator
//   metadata… `checkSubset()` fails the build when a source file starts to use one of those
//   it can see (imports, property options, own accessors, template text); listener objects
//   and non-array iterables as values it cannot see. test/dist/cdn-lit-subset.test.ts drives
//   each kind of binding the widgets use through the built file, and CI runs the whole browser
//   suite against Lit cut by `trimLit()` too (.ci/checks/lit-subset.sh). Code that needs full
//   Lit imports the npm package.
//
// Each edit must match the pinned Lit the stated number of times (once unless `count` says
// otherwise): when an upgrade changes the text, the build fails with the edit's name instead of
// silently shipping the old code.

import { isSource, rewriteTemplates } from './minify-literals.mjs';

const CSS_TAG = '@lit/reactive-element/css-tag.js';
const HTML = 'lit-html/lit-html.js';
const REACTIVE = '@lit/reactive-element/reactive-element.js';
const ELEMENT = 'lit-element/lit-element.js';

const UNREACHABLE = [
  {
    name: 'constructable stylesheets are always there',
    file: CSS_TAG,
    from: 't.ShadowRoot&&(void 0===t.ShadyCSS||t.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"in Document.prototype&&"replace"in CSSStyleSheet.prototype',
    to: '!0',
  },
  {
    name: 'shorter message for a CSSResult built by hand',
    file: CSS_TAG,
    from: 'Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.")',
    to: 'Error("CSSResult: use css")',
  },
  {
    name: 'no ShadyDOM polyfill hook (reactive-element)',
    file: REACTIVE,
    from: 'p?.({ReactiveElement:y}),',
    to: '',
  },
  {
    name: 'no SSR hydration or polyfill hook (lit-element)',
    file: ELEMENT,
    from: ',s.litElementHydrateSupport?.({LitElement:i});const o=s.litElementPolyfillSupport;o?.({LitElement:i});',
    to: ';',
  },
  {
    name: 'no ShadyDOM polyfill hook (lit-html)',
    file: HTML,
    from: ',B=t.litHtmlPolyfillSupport;B?.(S,k),',
    to: ';',
  },
  {
    name: 'no version list (lit-html)',
    file: HTML,
    from: /\(t\.litHtmlVersions\?\?=\[\]\)\.push\("[\d.]+"\);/g,
    to: '',
  },
  {
    name: 'no version list (reactive-element)',
    file: REACTIVE,
    from: /,\(a\.reactiveElementVersions\?\?=\[\]\)\.push\("[\d.]+"\)/g,
    to: '',
  },
  {
    name: 'no version list (lit-element)',
    file: ELEMENT,
    from: /\(s\.litElementVersions\?\?=\[\]\)\.push\("[\d.]+"\);/g,
    to: '',
  },
];

// Features of Lit that no widget uses (see `checkSubset` for the guard).
const SUBSET = [
  {
    // Sharing matters for a css`` evaluated again and again (inside a function); ours are
    // evaluated once, at module level, and each result keeps its own sheet.
    name: 'no stylesheet sharing between results of one css`` literal',
    file: CSS_TAG,
    from: 'get styleSheet(){let t=this.o;const s=this.t;if(e&&void 0===t){const e=void 0!==s&&1===s.length;e&&(t=o.get(s)),void 0===t&&((this.o=t=new CSSStyleSheet).replaceSync(this.cssText),e&&o.set(s,t))}return t}',
    to: 'get styleSheet(){return this.o||(this.o=new CSSStyleSheet).replaceSync(this.cssText),this.o}',
  },
  {
    name: 'no interpolations in css``',
    file: CSS_TAG,
    from: `i=(t,...e)=>{const o=1===t.length?t[0]:e.reduce((e,s,o)=>e+(t=>{if(!0===t._$cssResult$)return t.cssText;if("number"==typeof t)return t;throw Error("Value passed to 'css' function must be a 'css' function result: "+t+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")})(s)+t[o+1],t[0]);return new n(o,t,s)}`,
    to: 'i=t=>new n(t[0],t,s)',
  },
  {
    name: 'no directives: a value is rendered as it is',
    file: HTML,
    from: 'function M(t,i,s=t,e){if(i===E)return i;let h=void 0!==e?s._$Co?.[e]:s._$Cl;const o=a(i)?void 0:i._$litDirective$;return h?.constructor!==o&&(h?._$AO?.(!1),void 0===o?h=void 0:(h=new o(t),h._$AT(t,s,e)),void 0!==e?(s._$Co??=[])[e]=h:s._$Cl=h),void 0!==h&&(i=M(t,h._$AS(t,i.values),h,e)),i}',
    to: 'function M(t,i){return i}',
  },
  // What only directives read: connection state, the parts' DOM getters, their child lists.
  { name: 'no directives: connection state of a part', file: HTML, from: 'get _$AU(){return this._$AM?._$AU??this._$Cv}', to: '' },
  { name: 'no directives: connection state of a part (2)', file: HTML, from: ',this._$Cv=e?.isConnected??!0', to: '' },
  { name: 'no directives: setConnected', file: HTML, from: 'setConnected(t){void 0===this._$AM&&(this._$Cv=t,this._$AP?.(t))}', to: '' },
  { name: 'no directives: disconnection when content is cleared', file: HTML, from: 'for(this._$AP?.(!1,!0,s);', to: 'for(;' },
  { name: 'no directives: connection state of attribute parts', file: HTML, from: 'get _$AU(){return this._$AM._$AU}', to: '', count: 3 },
  { name: 'no directives: disconnectable children', file: HTML, from: /,?this\._\$AN=void 0/g, to: '', count: 4 },
  {
    name: 'no directives: parentNode/startNode/endNode of a child part',
    file: HTML,
    from: 'get parentNode(){let t=this._$AA.parentNode;const i=this._$AM;return void 0!==i&&11===t?.nodeType&&(t=i.parentNode),t}get startNode(){return this._$AA}get endNode(){return this._$AB}',
    to: '',
  },
  { name: 'no directives: parentNode of a template instance', file: HTML, from: 'get parentNode(){return this._$AM.parentNode}', to: '' },
  { name: 'no directives: tagName of an attribute part', file: HTML, from: 'get tagName(){return this.element.tagName}', to: '' },
  { name: 'no directives: noChange inside an interpolated attribute', file: HTML, from: 'r===E&&(r=this._$AH[n]),', to: '' },
  {
    name: 'no directives: LitElement tells its parts about connection',
    file: ELEMENT,
    from: 'connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(!0)}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(!1)}',
    to: '',
  },
  { name: 'no directives: isConnected render option', file: ELEMENT, from: 'this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),', to: '' },
  { name: 'no svg``/mathml`` templates (open)', file: HTML, from: 'l=2===i?"<svg>":3===i?"<math>":""', to: 'l=""' },
  { name: 'no svg``/mathml`` templates (close)', file: HTML, from: '+(2===i?"</svg>":3===i?"</math>":"")', to: '' },
  { name: 'no svg``/mathml`` templates (unwrap)', file: HTML, from: '2===i||3===i){const t=this.el', to: '0){const t=this.el' },
  {
    name: 'no bindings inside <script>, <style>, <textarea> or <title>',
    file: HTML,
    from: 'if(y.test(r.tagName)){const t=r.textContent.split(o),i=t.length-1;if(i>0){r.textContent=s?s.emptyScript:"";for(let s=0;s<i;s++)r.append(t[s],c()),P.nextNode(),d.push({type:2,index:++l});r.append(t[i],c())}}',
    to: '',
  },
  { name: 'no raw-text elements in templates', file: HTML, from: '(y.test(u[2])&&(n=RegExp("</"+u[2],"g")),c=p)', to: 'c=p' },
  { name: 'no element bindings (parse)', file: HTML, from: 'else t.startsWith(o)&&(d.push({type:6,index:l}),r.removeAttribute(t))', to: '' },
  { name: 'no element bindings (create)', file: HTML, from: ':6===r.type&&(i=new Z(h,this,t))', to: ':0' },
  { name: 'no comment bindings', file: HTML, from: 'else{let t=-1;for(;-1!==(t=r.data.indexOf(o,t+1));)d.push({type:7,index:l}),t+=o.length-1}', to: '' },
  { name: 'no .property bindings', file: HTML, from: '"."===e[1]?I:', to: '' },
  { name: 'no compiled templates', file: HTML, from: 'e="number"==typeof s?this._$AC(t):(void 0===s.el&&(s.el=S.createElement(V(s.h,s.h[0]),this.options)),s)', to: 'e=this._$AC(t)' },
  {
    name: 'event listeners are functions called on the host',
    file: HTML,
    from: 'handleEvent(t){"function"==typeof this._$AH?this._$AH.call(this.options?.host??this.element,t):this._$AH.handleEvent(t)}',
    to: 'handleEvent(t){this._$AH.call(this.options.host,t)}',
  },
  { name: 'no DOM nodes as values', file: HTML, from: 'void 0!==t.nodeType?this.T(t):', to: '' },
  { name: 'arrays, not other iterables, as values', file: HTML, from: 'd=t=>u(t)||"function"==typeof t?.[Symbol.iterator]', to: 'd=u' },
  { name: 'no creationScope render option', file: HTML, from: '(t?.creationScope??l).importNode', to: 'l.importNode' },
  { name: 'no useDefault: wrapped accessors', file: REACTIVE, from: 'this.prototype.hasOwnProperty(t)&&((s=Object.create(s)).wrapped=!0),', to: '' },
  { name: 'no useDefault: change check', file: REACTIVE, from: '||i.useDefault&&i.reflect&&h===this._$Ej?.get(t)&&!this.hasAttribute(r._$Eu(t,i))', to: '' },
  {
    name: 'no useDefault: recording a change',
    file: REACTIVE,
    from: 'C(t,s,{useDefault:i,reflect:e,wrapped:h},r){i&&!(this._$Ej??=new Map).has(t)&&(this._$Ej.set(t,r??s??this[t]),!0!==h||void 0!==r)||(this._$AL.has(t)||(this.hasUpdated||i||(s=void 0),this._$AL.set(t,s)),!0===e&&this._$Em!==t&&(this._$Eq??=new Set).add(t))}',
    to: 'C(t,s,{reflect:e}){this._$AL.has(t)||(this.hasUpdated||(s=void 0),this._$AL.set(t,s)),!0===e&&this._$Em!==t&&(this._$Eq??=new Set).add(t)}',
  },
  {
    name: 'no useDefault: first update',
    file: REACTIVE,
    from: 'const t=this.constructor.elementProperties;if(t.size>0)for(const[s,i]of t){const{wrapped:t}=i,e=this[s];!0!==t||this._$AL.has(s)||void 0===e||this.C(s,void 0,i,e)}',
    to: '',
  },
  { name: 'no useDefault: removed attribute', file: REACTIVE, from: 'this[e]=r??this._$Ej?.get(e)??r', to: 'this[e]=r' },
  { name: 'no useDefault: default option', file: REACTIVE, from: 'useDefault:!1,', to: '' },
  { name: 'no useDefault: the new value passed in', file: REACTIVE, from: 'requestUpdate(t,s,i,e=!1,h){if(void 0!==t){const r=this.constructor;if(!1===e&&(h=this[t]),', to: 'requestUpdate(t,s,i){if(void 0!==t){const r=this.constructor,h=this[t];if(' },
  { name: 'no accessors of our own under a property name', file: REACTIVE, from: 'const{get:e,set:r}=h(this.prototype,t)??', to: 'const{get:e,set:r}=' },
  { name: 'no state option', file: REACTIVE, from: 's.state&&(s.attribute=!1),', to: '' },
  {
    name: 'no noAccessor option',
    file: REACTIVE,
    from: ',!s.noAccessor){const i=Symbol(),h=this.getPropertyDescriptor(t,i,s);void 0!==h&&e(this.prototype,t,h)}',
    to: '){const i=Symbol(),h=this.getPropertyDescriptor(t,i,s);e(this.prototype,t,h)}',
  },
  { name: 'no symbol-keyed properties', file: REACTIVE, from: 's=[...r(t),...o(t)]', to: 's=r(t)' },
  { name: 'no JSON attributes (to)', file: REACTIVE, from: 'case Object:case Array:t=null==t?t:JSON.stringify(t)', to: '' },
  { name: 'no JSON attributes (from)', file: REACTIVE, from: 'case Object:case Array:try{i=JSON.parse(t)}catch(t){i=null}', to: '' },
  {
    name: 'no decorator metadata',
    file: REACTIVE,
    from: 'const t=this[Symbol.metadata];if(null!==t){const s=litPropertyMetadata.get(t);if(void 0!==s)for(const[t,i]of s)this.elementProperties.set(t,i)}',
    to: '',
  },
  { name: 'no decorator metadata (globals)', file: REACTIVE, from: 'Symbol.metadata??=Symbol("metadata"),a.litPropertyMetadata??=new WeakMap;', to: '' },
  { name: 'no addInitializer', file: REACTIVE, from: 'static addInitializer(t){this._$Ei(),(this.l??=[]).push(t)}', to: '' },
  { name: 'no addInitializer (inherit)', file: REACTIVE, from: ',void 0!==t.l&&(this.l=[...t.l])', to: '' },
  { name: 'no addInitializer (run)', file: REACTIVE, from: ',this.constructor.l?.forEach(t=>t(this))', to: '' },
];

const EDITS = [...UNREACHABLE, ...SUBSET];

// What our sources may take from Lit, given the subset above.
const LIT_NAMES = new Set(['html', 'css', 'nothing', 'noChange', 'LitElement']);
const LIT_MODULES = new Set(['lit', 'lit/directives/if-defined.js']);

/** Where a binding sits inside a tag, it must be an attribute's value (`name=${…}`, `name="…${…}`). */
const IN_ATTRIBUTE_VALUE = /=\s*(?:"[^"]*|'[^']*)?$/;

/** The places in one html`` literal (its static chunks) that need a left-out part of Lit. */
function templateProblems(chunks) {
  const problems = [];
  const text = chunks.join('\0');
  if (/<(?:script|style|textarea|title)[\s>/]/i.test(text)) problems.push('a <script>, <style>, <textarea> or <title> in a template');
  if (/\s\.[\w$-]+=/.test(text)) problems.push('a .property binding');
  if (/<!--(?:(?!-->)[^])*\0/.test(text)) problems.push('a binding inside a comment');
  let before = '';
  for (const chunk of chunks.slice(0, -1)) {
    before += chunk;
    const tag = before.lastIndexOf('<');
    const inTag = tag > before.lastIndexOf('>') && !before.startsWith('<!--', tag);
    if (inTag && !IN_ATTRIBUTE_VALUE.test(before)) problems.push('an element binding');
    before += '\0';
  }
  return problems;
}

/**
 * The Lit features one source file uses that the CDN files leave out (empty when none).
 * Checked on every source module of the CDN build, so using one fails the build.
 */
export function checkSubset(code) {
  const problems = [];
  for (const [, what, module] of code.matchAll(/^import\s+(?!type\b)([^;]*?)\s*from\s*['"](lit(?:\/[^'"]*)?)['"]/gm)) {
    if (!LIT_MODULES.has(module)) problems.push(`an import from '${module}'`);
    if (module !== 'lit') continue;
    const names = /\{([^}]*)\}/.exec(what)?.[1].split(',') ?? [what];
    for (const name of names.map((n) => n.trim()).filter((n) => n && !n.startsWith('type '))) {
      if (!LIT_NAMES.has(name)) problems.push(`${name} from 'lit'`);
    }
  }
  for (const [option] of code.matchAll(/\b(?:useDefault|noAccessor|state)\s*:\s*true\b|\btype\s*:\s*(?:Object|Array)\b/g)) {
    problems.push(`the property option \`${option}\``);
  }
  // Reactive properties get plain accessors: one of our own under the same name would be lost.
  const declared = /static\s+(?:override\s+)?properties\b[^=]*=\s*\{([^]*?)\n\s*\};/.exec(code)?.[1] ?? '';
  for (const [, name] of declared.matchAll(/^\s*(\w+)\s*:/gm)) {
    if (new RegExp(`\\b(?:get|set)\\s+${name}\\s*\\(`).test(code)) problems.push(`an accessor for the reactive property ${name}`);
  }
  rewriteTemplates(code, 'html', (chunk) => chunk, (chunks) => problems.push(...templateProblems(chunks)));
  rewriteTemplates(code, 'css', (chunk) => chunk, (chunks) => chunks.length > 1 && problems.push('an interpolation in css``'));
  return problems;
}

/**
 * Lit's file `id` with the edits for it applied (all but those named in `keep`), or null when
 * none is for that file. Throws when an edit does not match the pinned Lit.
 */
export function trimLit(code, id, keep = []) {
  const edits = EDITS.filter(({ file, name }) => id.replaceAll('\\', '/').endsWith(`/node_modules/${file}`) && !keep.includes(name));
  if (!edits.length) return null;
  for (const { name, from, to, count = 1 } of edits) {
    const found = typeof from === 'string' ? code.split(from).length - 1 : [...code.matchAll(from)].length;
    if (found !== count) throw new Error(`lit-trim: "${name}" matched ${found} times (not ${count}) in ${id}; Lit changed — update scripts/lit-trim.mjs`);
    code = code.replaceAll(from, () => to);
  }
  return code;
}

export function litTrim() {
  return {
    name: 'story-widgets:lit-trim',
    // Before TypeScript is stripped: the guard reads our sources as written.
    enforce: 'pre',
    transform(code, id) {
      if (isSource(id)) {
        const problems = checkSubset(code);
        if (problems.length) throw new Error(`lit-trim: ${id} uses what the CDN files' Lit leaves out: ${problems.join('; ')}. Use Lit's full feature in the npm entries only, or remove its edit from scripts/lit-trim.mjs`);
        return null;
      }
      const trimmed = trimLit(code, id);
      return trimmed === null ? null : { code: trimmed, map: null };
    },
  };
}
