// Limits on the Node HTTP server itself, below the app: a request's headers and body must
// arrive within REQUEST_TIMEOUT_MS (10 s; Node's defaults let a body trickle for 5 minutes),
// at most MAX_CONNECTIONS sockets are open at once, and the answers Node writes on its own
// (a malformed request, oversized headers, a time-out) still carry the security headers.
import { STATUS_CODES } from 'node:http';
import { BASE_HEADERS } from './security-headers.mjs';

/**
 * Options for `http.createServer`.
 * @param {import('./config.mjs').ServerConfig} config
 * @returns {import('node:http').ServerOptions}
 */
export function serverOptions(config) {
  const timeout = config.requestTimeoutMs;
  return {
    requestTimeout: timeout,
    headersTimeout: timeout,
    // Node looks for late requests this often (30 s by default, which would triple the limit).
    connectionsCheckingInterval: Math.max(50, Math.min(1000, Math.floor(timeout / 4))),
  };
}

const STATUS_BY_CODE = /** @type {Record<string, number>} */ ({
  HPE_HEADER_OVERFLOW: 431,
  ERR_HTTP_REQUEST_TIMEOUT: 408,
});

/** Node's own answers: status line, no body, the connection closed, our headers. */
const rawHeaders = Object.entries({ ...BASE_HEADERS, 'Content-Length': '0', Connection: 'close' })
  .map(([name, value]) => `${name}: ${value}\r\n`)
  .join('');

/**
 * @param {import('node:http').Server} server
 * @param {import('./config.mjs').ServerConfig} config
 */
export function guardServer(server, config) {
  if (config.maxConnections > 0) server.maxConnections = config.maxConnections;
  server.on('clientError', (/** @type {NodeJS.ErrnoException} */ error, /** @type {import('node:net').Socket} */ socket) => {
    // A response already under way (or a socket already gone) cannot get another status line.
    const response = /** @type {{ _httpMessage?: { headersSent?: boolean } }} */ (/** @type {unknown} */ (socket))._httpMessage;
    if (error.code === 'ECONNRESET' || !socket.writable || response?.headersSent) {
      socket.destroy();
      return;
    }
    const status = STATUS_BY_CODE[error.code ?? ''] ?? 400;
    socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${rawHeaders}\r\n`);
  });
}
