// Security headers: on every answer the two that cost nothing; on HTML pages a Content
// Security Policy the demo runs under (same-origin scripts, styles and requests; no Trusted
// Types: the feed parsers hand strings to DOMParser), who may frame it, and which powerful
// browser features it may use.

/** Every answer. */
export const BASE_HEADERS = Object.freeze({
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
});

/** The demo pages load everything from this origin; article images may come from any https host. */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // Server-rendered widgets carry their styles in <style> inside declarative shadow roots.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' https: data:",
  "connect-src 'self'",
  // The bundle warms up Intl in a short-lived worker from a data: URL (README, Performance).
  "worker-src data:",
  // <video-embed> plays its video in the provider's privacy-enhanced player after a click.
  "frame-src 'self' https://www.youtube-nocookie.com https://player.vimeo.com",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join('; ');

/** Features the pages never use, denied to them and to anything they embed. */
const PERMISSIONS_POLICY = [
  'camera=()',
  'microphone=()',
  'geolocation=()',
  'payment=()',
  'usb=()',
  'serial=()',
  'hid=()',
  'midi=()',
  'display-capture=()',
  'browsing-topics=()',
].join(', ');

/** HTML pages, on top of BASE_HEADERS. */
const PAGE_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'Permissions-Policy': PERMISSIONS_POLICY,
  // For browsers that predate frame-ancestors.
  'X-Frame-Options': 'SAMEORIGIN',
};

/** @type {import('hono').MiddlewareHandler} */
export async function securityHeaders(c, next) {
  await next();
  for (const [name, value] of Object.entries(BASE_HEADERS)) c.header(name, value);
  if (/^text\/html\b/i.test(c.res.headers.get('content-type') ?? '')) {
    for (const [name, value] of Object.entries(PAGE_HEADERS)) c.header(name, value);
  }
}
