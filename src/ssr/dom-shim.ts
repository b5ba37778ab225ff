/**
 * Lit's DOM shim for Node (`customElements`, `HTMLElement`, a stub `document` and `location`),
 * installed on the global object before any element module is evaluated: import this module
 * first wherever the elements are imported. It is what `@lit-labs/ssr` itself documents for
 * rendering outside a browser; it leaves an existing `window` (a test DOM) alone.
 */
import '@lit-labs/ssr/lib/install-global-dom-shim.js';
