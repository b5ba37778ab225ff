// CORS for pages on other origins that embed the widgets: an allow-list from CORS_ORIGINS.
// No credentials are ever allowed (the widgets send none), so '*' is a safe choice too.
// Preflights go through Hono's middleware; the hot API routes (api.mjs) add the same
// headers to their answers with corsHeaders().
import { cors } from 'hono/cors';

const EXPOSE = ['ETag', 'Retry-After'];

/** @param {string[]} allowed @returns {(origin: string) => string | null} */
function allowOrigin(allowed) {
  const any = allowed.includes('*');
  const origins = new Set(allowed);
  return (origin) => (any ? '*' : origins.has(origin) ? origin : null);
}

/** @param {string[]} allowed  exact origins like https://blog.example, or '*' */
export function corsMiddleware(allowed) {
  return cors({
    origin: allowOrigin(allowed),
    allowMethods: ['GET', 'HEAD', 'POST', 'OPTIONS'],
    allowHeaders: ['Content-Type'],
    exposeHeaders: EXPOSE,
    maxAge: 600,
  });
}

/**
 * The CORS headers of an answer to a (non-preflight) request from `origin`.
 * @param {string[]} allowed
 * @returns {(origin: string | undefined) => Record<string, string>}
 */
export function corsHeaders(allowed) {
  const allow = allowOrigin(allowed);
  const any = allowed.includes('*');
  const vary = any ? {} : { Vary: 'Origin' };
  return (origin) => {
    const allowedOrigin = origin === undefined ? (any ? '*' : null) : allow(origin);
    return allowedOrigin ? { 'Access-Control-Allow-Origin': allowedOrigin, 'Access-Control-Expose-Headers': EXPOSE.join(','), ...vary } : vary;
  };
}
