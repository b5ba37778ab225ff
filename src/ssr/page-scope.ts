import './dom-shim.js';

/**
 * Runs `render` as if on the page at `pageUrl` whose base URL is `baseUrl`: the elements read
 * `location.href` (a related list leaves out the current page) and `document.baseURI` (URLs of
 * the page resolve against it), which Lit's DOM shim fixes at `http://localhost`. Synchronous
 * on purpose: no other page's rendering can run in between, and the shim's values come back after.
 */
export function inPage<T>(pageUrl: string | undefined, baseUrl: string | undefined, render: () => T): T {
  const scope = globalThis as { location?: unknown };
  const { location } = scope;
  const { warn } = console;
  scope.location = new URL(pageUrl ?? 'about:blank');
  console.warn = () => undefined;
  Object.defineProperty(document, 'baseURI', { value: baseUrl, configurable: true });
  try {
    return render();
  } finally {
    scope.location = location;
    console.warn = warn;
    delete (document as { baseURI?: string }).baseURI;
  }
}
