/**
 * Lit's DOM shim for Node (`customElements`, `HTMLElement`, a stub `document` and `location`),
 * installed on the global object before any element module is evaluated: import this module
 * first wherever the elements are imported. It is what `@lit-labs/ssr` itself installs
 * (`install-global-dom-shim.js`), less two things that would reach beyond our rendering into the
 * site's own process: its `fetch` (node-fetch in place of Node's own) and its hook for
 * importing CSS files. An existing `window` (a test DOM) is left alone, as Lit does. The
 * parsers' own needs (`DOMParser`…) come with it: see parser-dom.ts.
 */
import { getWindow } from '@lit-labs/ssr/lib/dom-shim.js';
import './parser-dom.js';

if (globalThis.window === undefined) {
  const { fetch: _nodeFetch, ...window } = getWindow({});
  Object.assign(globalThis, window);
}
