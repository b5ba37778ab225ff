// CORS for pages on other origins that embed the widgets: an allow-list from CORS_ORIGINS.
// No credentials are ever allowed (the widgets send none), so '*' is a safe choice too.
import { cors } from 'hono/cors';

/** @param {string[]} allowed  exact origins like https://blog.example, or '*' */
export function corsMiddleware(allowed) {
  const any = allowed.includes('*');
  const origins = new Set(allowed);
  return cors({
    origin: (origin) => (any ? '*' : origins.has(origin) ? origin : null),
    allowMethods: ['GET', 'HEAD', 'POST', 'OPTIONS'],
    allowHeaders: ['Content-Type'],
    exposeHeaders: ['ETag', 'Retry-After'],
    maxAge: 600,
  });
}
