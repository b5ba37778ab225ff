/**
 * The one gate every `href` and `src` of the library passes through: a URL is used only
 * when it resolves to `http:` or `https:`. Everything else — `javascript:`, `data:`,
 * `vbscript:`, `blob:`, malformed input, non-strings — comes back as `undefined`.
 */

/** The page's base URL, used when a URL comes from the page itself (data property, inline JSON). */
export function pageBaseUrl(): string {
  return document.baseURI;
}

/**
 * Resolves `value` against `base` and returns the absolute URL if it is http(s).
 * @param value untrusted input (anything from a JSON document)
 * @param base the URL that relative URLs are relative to (the document's own URL)
 */
export function safeUrl(value: unknown, base: string = pageBaseUrl()): string | undefined {
  // The URL parser already strips leading/trailing C0 controls and spaces and removes tabs and
  // newlines inside, exactly as a browser does before following a link; we rely on it rather
  // than on a regular expression, then check the resulting scheme (an href starts with it).
  // An empty string would resolve to the base itself.
  if (typeof value === 'string' && value.trim() && value.length <= 4096) {
    try {
      // Not with a user name or password, an `@` before the host's end (`https://news.example@evil.example/`
      // is evil.example, made to look like news.example): fetch refuses such a URL, Chromium loads
      // no image from it. The parser always ends the host with a `/`.
      const { href } = new URL(value, base);
      if (/^https?:\/\/[^@/]+\//.test(href)) return href;
    } catch {
      // Malformed: not a URL at all.
    }
  }
}

/** `url` without its `#fragment`, which is no part of a request (`a.json#x` and `a.json` ask for one thing). */
export const withoutFragment = (url: string): string => url.replace(/#.*/s, '');

/**
 * Compares two page URLs as one page: the `#hash`, a trailing slash on the path, the campaign
 * parameters a newsletter, a share or an ad adds (`utm_*`, `fbclid`, `gclid`: the reader who
 * arrives by one is on the same article) and the case of percent-escapes (WordPress writes
 * `%c3%a9`, an address bar `%C3%A9`) make no difference.
 */
export function samePage(a: string, b: string): boolean {
  try {
    // Only the path's trailing slash: a slash ending the query (`?next=/`) is significant. The
    // query is compared after a `?` of its own, without its first `?` or `&` (`?utm_source=x&a=1`
    // and `?a=1` leave `?a=1`), escapes in upper case (the parser encodes `é` itself).
    const [x, y] = [a, b].map((href) => {
      const url = new URL(href);
      return (url.origin + url.pathname.replace(/\/$/, '') + '?' + url.search.replace(/[?&](utm_\w*|fbclid|gclid)=[^&]*/g, '').slice(1)).replace(/%../g, (escape) => escape.toUpperCase());
    });
    return x === y;
  } catch {
    return false;
  }
}
