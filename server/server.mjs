// Starts the HTTP server with its store, rate limiter and content; the one function tests and
// server/index.mjs share. A plain node:http server: the hot API routes answer on Node's own
// request (api.mjs), the rest goes to the Hono app. Closing stops new connections, lets open
// requests finish, then closes the database, so nothing that was answered is lost.
import { getRequestListener } from '@hono/node-server';
import { createServer } from 'node:http';
import { createApi } from './api.mjs';
import { createApp } from './app.mjs';
import { loadContent } from './content.mjs';
import { createRateLimiter } from './limits/rate-limiter.mjs';
import { openStore } from './stores/open-store.mjs';

/**
 * @typedef {object} RunningServer
 * @property {string} url                   base URL, e.g. http://127.0.0.1:8080
 * @property {number} port
 * @property {import('./stores/like-store.mjs').LikeStore} store
 * @property {'redis' | 'postgres' | 'memory' | 'none'} limits  where the rate limits are kept
 * @property {() => Promise<void>} close    idempotent
 */

/** @param {string} host */
const displayHost = (host) => (host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host);

/**
 * @param {import('./config.mjs').ServerConfig} config
 * @param {{ store?: import('./stores/like-store.mjs').LikeStore }} [options]  a store to use instead of the configured one
 * @returns {Promise<RunningServer>}
 */
export async function startServer(config, options = {}) {
  const content = loadContent(config.contentDir);
  const store = options.store ?? (await openStore(config));
  /** @type {import('./limits/rate-limiter.mjs').RateLimiter & { storage: RunningServer['limits'] }} */
  let limiter;
  try {
    limiter = await createRateLimiter({ limit: config.likeRateLimit, redisUrl: config.redisUrl, databaseUrl: config.databaseUrl, keyPrefix: config.redisKeyPrefix });
  } catch (error) {
    await store.close();
    throw error;
  }
  const log = config.quiet ? undefined : (/** @type {string} */ line) => console.log(line);
  const api = createApi({ config, store, content, limiter, log });
  const rest = getRequestListener(createApp({ config, content, log }).fetch);
  const server = createServer((request, response) => {
    if (!api(request, response)) void rest(request, response);
  });
  // Longer than clients and load balancers keep an idle connection (undici 4 s, nginx 60 s),
  // so they close it first: a request sent on a socket the server is closing fails.
  server.keepAliveTimeout = 65_000;

  const port = await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => {
      server.off('error', reject);
      resolve(/** @type {import('node:net').AddressInfo} */ (server.address()).port);
    });
  }).catch(async (error) => {
    await Promise.all([store.close(), limiter.close()]);
    throw error;
  });

  /** @type {Promise<void> | undefined} */
  let closing;
  const close = () => {
    closing ??= /** @type {Promise<void>} */ (new Promise((resolve) => {
      // Idle keep-alive sockets close now; busy ones after their response (or 5 s at most).
      const force = setTimeout(() => server.closeAllConnections(), 5000);
      force.unref();
      server.close(() => {
        clearTimeout(force);
        resolve();
      });
      server.closeIdleConnections();
    })).then(() => Promise.all([store.close(), limiter.close()]).then(() => {}));
    return closing;
  };

  return { url: `http://${displayHost(config.host)}:${port}`, port, store, limits: limiter.storage, close };
}
