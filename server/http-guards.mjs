// Limits on the Node HTTP server itself, below the app: a request's headers and body must
// arrive within REQUEST_TIMEOUT_MS (10 s; Node's defaults let a body trickle for 5 minutes),
// at most MAX_CONNECTIONS sockets are open at once, the answers Node would write on its own
// (a malformed request, oversized headers, a time-out, an unknown `Expect`) still carry the
// security headers, and a request in the absolute form is routed by its path.
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
 * A request in the absolute form (`GET http://news.example/api/… HTTP/1.1`), which a server must
 * accept (RFC 9112 §3.2.2), gets its path and query as its URL, as in the usual origin form:
 * that is what routes it. Its host is not used (the site's URLs never come from the request).
 * @param {import('node:http').IncomingMessage} request
 */
export function toOriginForm(request) {
  if (!/^https?:\/\//i.test(request.url ?? '')) return;
  try {
    const url = new URL(/** @type {string} */ (request.url));
    request.url = url.pathname + url.search;
  } catch {
    // Not a URL: left as it came, to be refused as one.
  }
}

/**
 * @param {import('node:http').Server} server
 * @param {import('./config.mjs').ServerConfig} config
 */
export function guardServer(server, config) {
  if (config.maxConnections > 0) server.maxConnections = config.maxConnections;
  // An `Expect` other than 100-continue: Node's own 417 would lack our headers.
  server.on('checkExpectation', (/** @type {import('node:http').IncomingMessage} */ _request, /** @type {import('node:http').ServerResponse} */ response) => {
    response.writeHead(417, { ...BASE_HEADERS, 'Content-Length': '0', Connection: 'close' }).end();
  });
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
