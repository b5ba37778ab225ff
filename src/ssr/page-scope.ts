import './dom-shim.js';

/**
 * Runs `render` as if on the page at `pageUrl` whose base URL is `baseUrl`: the elements read
 * `location.href` (a related list leaves out the current page), `document.baseURI` (URLs of
 * the page resolve against it), which Lit's DOM shim fixes at `http://localhost`, and the page's
 * own elements (`<link rel="alternate" hreflang>`, `<html lang>`) from `page`. Synchronous
 * on purpose: no other page's rendering can run in between, and the shim's values come back after.
 */
export function inPage<T>(pageUrl: string | undefined, baseUrl: string | undefined, page: Document, render: () => T): T {
  const scope = globalThis as { location?: unknown };
  const { location } = scope;
  const { warn } = console;
  scope.location = new URL(pageUrl ?? 'about:blank');
  console.warn = () => undefined;
  const own = { baseURI: baseUrl, documentElement: page.documentElement, querySelectorAll: (selector: string) => page.querySelectorAll(selector) };
  for (const [name, value] of Object.entries(own)) Object.defineProperty(document, name, { value, configurable: true });
  try {
    return render();
  } finally {
    scope.location = location;
    console.warn = warn;
    for (const name of Object.keys(own)) delete (document as unknown as Record<string, unknown>)[name];
  }
}
