// Starts the HTTP server with its store and content; the one function tests and
// server/index.mjs share. Closing stops new connections, lets open requests finish, then
// closes the database, so nothing that was answered is lost.
import { serve } from '@hono/node-server';
import { createApp } from './app.mjs';
import { loadContent } from './content.mjs';
import { openSqliteStore } from './sqlite-storage.mjs';

/**
 * @typedef {object} RunningServer
 * @property {string} url                   base URL, e.g. http://127.0.0.1:8080
 * @property {number} port
 * @property {import('./storage.mjs').LikeStore} store
 * @property {() => Promise<void>} close    idempotent
 */

/** @param {string} host */
const displayHost = (host) => (host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host);

/**
 * @param {import('./config.mjs').ServerConfig} config
 * @param {{ store?: import('./storage.mjs').LikeStore }} [options]  a store to use instead of SQLite
 * @returns {Promise<RunningServer>}
 */
export async function startServer(config, options = {}) {
  const content = loadContent(config.contentDir);
  const store = options.store ?? openSqliteStore(config.databasePath);
  const app = createApp({ config, store, content, log: config.quiet ? undefined : (line) => console.log(line) });

  /** @type {import('node:http').Server} */
  let server;
  const port = await new Promise((resolve, reject) => {
    server = /** @type {import('node:http').Server} */ (
      serve({ fetch: app.fetch, hostname: config.host, port: config.port }, (info) => resolve(info.port))
    );
    server.once('error', reject);
  }).catch(async (error) => {
    await store.close();
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
    })).then(() => store.close());
    return closing;
  };

  return { url: `http://${displayHost(config.host)}:${port}`, port, store, close };
}
