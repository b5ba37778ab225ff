// Limits on the Node HTTP server itself, below the app: a request's headers and body must
// arrive within REQUEST_TIMEOUT_MS (10 s; Node's defaults let a body trickle for 5 minutes),
// a connection on which nothing moves for 60 s while a request is under way (an answer the
// client does not read) is closed, at most MAX_CONNECTIONS sockets are open at once (none of
// them kept alive idle once all are taken), the answers Node would write on its own
// (a malformed request, oversized headers, a time-out, an unknown `Expect`) still carry the
// security headers and close the socket a second after, a request without a Host is refused
// with them, an answer written before the request's body was read closes the connection, and a
// request in the absolute form is routed by its path.
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
    // Node's own 400 for an HTTP/1.1 request without a Host would lack our headers: refuseHostless answers it.
    requireHostHeader: false,
  };
}

/**
 * True when the request declares a body that has not been read to its end. An answer written
 * then closes the connection: Node would otherwise read the rest of it, however long (a client
 * over its rate limit could send gigabytes to be discarded), to keep the connection alive.
 * @param {import('node:http').IncomingMessage} request
 */
export const bodyUnread = (request) => !request.complete && ('transfer-encoding' in request.headers || Number(request.headers['content-length']) > 0);

/**
 * Answers a request without a Host header (RFC 9112 §3.2: a 400 for HTTP/1.1; HTTP/1.0 ones
 * too, as the pages always did: no route of ours is for clients that old) with our headers.
 * @param {import('node:http').IncomingMessage} request @param {import('node:http').ServerResponse} response
 * @returns {boolean} true when it answered
 */
export function refuseHostless(request, response) {
  if (request.headers.host !== undefined) return false;
  response.writeHead(400, { ...BASE_HEADERS, 'Content-Length': '0', Connection: 'close' }).end();
  return true;
}

/** How long a socket Node's own answer was written to stays open for the client to read it. */
const LINGER_MS = 1000;

/** Sockets whose requests get no handler's answer: Node's own went out, or is given none (below). */
const cut = new WeakSet();

/**
 * True once Node's own answer (a 408, say) went out on the request's connection, or the
 * connection was set to close before the request is answered: its client sees it fail, so a
 * handler must change nothing. A body can still be read to its end after a 408: on a starved
 * machine, Node's time-out check runs in the turn before the one that reads the body, which
 * had arrived in time.
 * @param {import('node:http').IncomingMessage} request
 */
export const requestCut = (request) => cut.has(request.socket);

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
 * At most `cap` sockets open (Node closes the next at once, before a byte could be written: no
 * 503 can be sent on it). Connections kept alive between requests would hold the slots for
 * keepAliveTimeout (65 s), and a reader would be refused while they idle: the connection that
 * takes the last slot closes the idle ones, and an answer given at the cap closes its own, so a
 * reader is refused only when every slot has a request under way (a client opens a new
 * connection for its next request, as it does when an idle one times out).
 * @param {import('node:http').Server} server @param {number} cap
 */
function limitConnections(server, cap) {
  server.maxConnections = cap;
  let open = 0;
  server.on('connection', (/** @type {import('node:net').Socket} */ socket) => {
    open++;
    socket.once('close', () => open--);
    if (open >= cap) server.closeIdleConnections();
  });
  // Before the handlers, which write their headers (merged with this one).
  server.prependListener('request', (/** @type {import('node:http').IncomingMessage} */ _request, /** @type {import('node:http').ServerResponse} */ response) => {
    if (open >= cap) response.setHeader('Connection', 'close');
  });
  // Refused all the same (every slot was busy then): any connection gone idle since gives its slot.
  server.on('drop', () => server.closeIdleConnections());
}

/**
 * @param {import('node:http').Server} server
 * @param {import('./config.mjs').ServerConfig} config
 */
export function guardServer(server, config) {
  if (config.maxConnections > 0) limitConnections(server, config.maxConnections);
  // Node's requestTimeout stops at the request's end: an answer the client never reads would
  // hold its socket for good. This is socket.setTimeout, which Node trades for keepAliveTimeout
  // between requests and sets back when the next one comes, so keep-alive is unchanged.
  server.timeout = config.socketIdleMs;
  // An `Expect` other than 100-continue: Node's own 417 would lack our headers.
  server.on('checkExpectation', (/** @type {import('node:http').IncomingMessage} */ _request, /** @type {import('node:http').ServerResponse} */ response) => {
    response.writeHead(417, { ...BASE_HEADERS, 'Content-Length': '0', Connection: 'close' }).end();
  });
  server.on('clientError', (/** @type {NodeJS.ErrnoException} */ error, /** @type {import('node:net').Socket} */ socket) => {
    cut.add(socket);
    // A response already under way (or a socket already gone) cannot get another status line.
    const response = /** @type {import('node:http').ServerResponse | undefined} */ (/** @type {{ _httpMessage?: unknown }} */ (socket)._httpMessage);
    if (error.code === 'ECONNRESET' || !socket.writable || response?.headersSent) {
      socket.destroy();
      return;
    }
    // The answer due is an earlier request's, read whole (a client that pipelines): a status line
    // now would be taken as its answer. It goes first and closes the connection; the failing
    // request gets none, which its client sees as a failure.
    if (response?.req.complete) {
      response.setHeader('Connection', 'close');
      return;
    }
    const status = STATUS_BY_CODE[error.code ?? ''] ?? 400;
    socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${rawHeaders}\r\n`);
    // end() only half-closes: a client that never reads the answer, and so never closes its side,
    // held the connection slot for the 60 s idle limit. The socket goes a second later; until
    // then what the client still sends is read and dropped, so no reset cuts the answer off.
    socket.resume();
    setTimeout(() => socket.destroy(), LINGER_MS).unref();
  });
}
