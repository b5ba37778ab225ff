// Starts the HTTP server with its store, rate limiter and content; the one function tests and
// server/index.mjs share. A plain node:http server: the hot API routes answer on Node's own
// request (api.mjs), the rest goes to the Hono app. Closing stops new connections, lets open
// requests finish (those still unanswered after config.drainMs are answered 503, stop-answer.mjs),
// then closes the database, so nothing that was answered is lost; a database or Redis that does
// not answer then is cut after its time limit (close-resources.mjs).
import { RequestError, getRequestListener } from '@hono/node-server';
import { RESPONSE_ALREADY_SENT } from '@hono/node-server/utils/response';
import { createServer } from 'node:http';
import { createApi } from './api.mjs';
import { createApp } from './app.mjs';
import { closeStoreAndLimits } from './close-resources.mjs';
import { corsHeaders } from './cors.mjs';
import { headAsGet } from './head-as-get.mjs';
import { loadContent } from './content.mjs';
import { bodyUnread, guardServer, refuseHostless, serverOptions, toOriginForm } from './http-guards.mjs';
import { createRateLimiter } from './limits/rate-limiter.mjs';
import { BASE_HEADERS } from './security-headers.mjs';
import { answerStopping } from './stop-answer.mjs';
import { openStore } from './stores/open-store.mjs';
import { openPool } from './stores/postgres-pool.mjs';
import { warmUp, warmUpInBackground } from './stores/pool-warm-up.mjs';
import { createVisitorTokens, resolveVisitorSecret } from './visitor-tokens.mjs';

/**
 * @typedef {object} RunningServer
 * @property {string} url                   base URL, e.g. http://127.0.0.1:8080
 * @property {number} port
 * @property {import('./stores/like-store.mjs').LikeStore} store
 * @property {import('./visitor-tokens.mjs').VisitorTokens} tokens
 * @property {'redis' | 'postgres' | 'memory' | 'none'} limits  where the rate limits are kept
 * @property {() => Promise<void>} close    idempotent
 */

/** How long after the drain's end its 503s have to be sent before their connections are cut. */
const LINGER_MS = 500;

/** @param {string} host */
const displayHost = (host) => (host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host);

/**
 * @param {import('./config.mjs').ServerConfig} config
 * @param {{ store?: import('./stores/like-store.mjs').LikeStore & import('./visitor-tokens.mjs').SecretKeeper }} [options]
 *   a store to use instead of the configured one; one that keeps the visitor secret (keepSecret) is asked for it
 * @returns {Promise<RunningServer>}
 */
export async function startServer(config, options = {}) {
  const content = loadContent(config.contentDir);
  const store = options.store ?? (await openStore(config));
  /** @type {import('./limits/rate-limiter.mjs').RateLimiter & { storage: RunningServer['limits'] }} */
  let limiter;
  /** @type {import('./limits/rate-limiter.mjs').RateLimiter | undefined} */
  let tokenLimiter;
  /** @type {import('./visitor-tokens.mjs').VisitorTokens} */
  let tokens;
  // Limits in PostgreSQL: the two limiters share one pool, sized from DATABASE_POOL_SIZE and _MIN
  // (README: connections per process); none when neither limits anything (it would sit unused).
  const limitsPool = config.databaseUrl && !config.redisUrl && (config.likeRateLimit > 0 || config.visitorTokenLimit > 0)
    ? openPool(config.databaseUrl, { max: config.limitsPoolSize, min: config.limitsPoolMin, idleMs: config.databaseIdleMs, durable: false, purpose: 'rate limits' })
    : undefined;
  // Within the services' time limits, whatever they answer (close-resources.mjs).
  const closeResources = () => closeStoreAndLimits({ store, limiters: [limiter, tokenLimiter], limitsPool });
  try {
    const shared = { redisUrl: config.redisUrl, databaseUrl: config.databaseUrl, postgresPool: limitsPool };
    limiter = await createRateLimiter({ ...shared, limit: config.likeRateLimit, keyPrefix: config.redisKeyPrefix });
    // New visitor ids per client and hour, kept where the like limit is: one limit for every process.
    tokenLimiter = await createRateLimiter({ ...shared, limit: config.visitorTokenLimit, perSeconds: 3600, keyPrefix: `${config.redisKeyPrefix}:visitor-tokens` });
    const secret = await resolveVisitorSecret({ configured: config.visitorSecret, databasePath: config.databasePath, store });
    tokens = createVisitorTokens({ secret, limiter: tokenLimiter });
  } catch (error) {
    await closeResources();
    throw error;
  }
  const log = config.quiet ? undefined : (/** @type {string} */ line) => console.log(line);
  // Absolute URLs (the feed's) start with PUBLIC_URL, else the address we listen on — never
  // the request's Host header, which anyone can write.
  let siteUrl = config.publicUrl ?? '';
  let localUrl = '';
  const api = createApi({ config, store, content, limiter, tokens, log });
  const app = headAsGet(createApp({ config, content, siteUrl: () => siteUrl, localUrl: () => localUrl, log }).fetch);
  // An answer the stop gave meanwhile (its 503, stop-answer.mjs) is not written again: the
  // adapter would throw ERR_HTTP_HEADERS_SENT into the ended response and log it. Checked when
  // the app's answer is made, which the adapter writes at once; RESPONSE_ALREADY_SENT is its
  // "written already", given here, as the app's middleware would copy it into an answer to write.
  /** @param {Request} request @param {{ outgoing: import('node:http').ServerResponse }} env */
  const answerUnlessSent = (request, env) => app(request, env).then((answer) => (env.outgoing.headersSent ? RESPONSE_ALREADY_SENT : answer));
  const rest = getRequestListener(answerUnlessSent, {
    // A request the adapter cannot make a web Request of (a missing or malformed Host): 400,
    // with the headers every answer carries.
    errorHandler: (error) => new Response(null, { status: error instanceof RequestError ? 400 : 500, headers: BASE_HEADERS }),
  });
  /** @type {Promise<void> | undefined} */
  let closing;
  /**
   * Answers under way, for close() to end their connections when they are done, and to answer
   * those still unanswered at its deadline. Node's http server lists neither its connections nor
   * a connection's answers (only in private fields), so each request adds itself.
   * @type {Set<import('node:http').ServerResponse>}
   */
  const answering = new Set();
  /** One listener for every response (a response closes once): no closure nor `once` wrapper per request. @this {import('node:http').ServerResponse} */
  function forget() {
    answering.delete(this);
  }
  const server = createServer(serverOptions(config), (request, response) => {
    answering.add(response);
    response.on('close', forget);
    // Once closing, every answer ends its connection, so a kept-alive client (a load balancer's
    // pool) sends its next request to another process, not to one that stops.
    if (closing) response.setHeader('Connection', 'close');
    toOriginForm(request);
    if (refuseHostless(request, response) || api(request, response)) return;
    // No route of the app reads a body: one sent to it is never read, so its answer closes the connection.
    if (bodyUnread(request)) response.setHeader('Connection', 'close');
    void rest(request, response);
  });
  guardServer(server, config);
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
    await closeResources();
    throw error;
  });

  // The pools' kept connections open now rather than in the first burst's way; the start does not wait.
  warmUpInBackground([store.warmUp, limitsPool ? () => warmUp(limitsPool) : undefined], () => Boolean(closing));

  const cors = corsHeaders(config.corsOrigins);
  /**
   * The drain's end: an answer not begun is a 503 that closes its connection once sent; one begun
   * cannot be answered again and is cut. What is left (a request whose headers are still coming,
   * a 503 its client does not read) is cut LINGER_MS later, time enough for a 503 to be sent.
   */
  const endDrain = () => {
    for (const response of answering) {
      if (response.headersSent) response.destroy();
      else answerStopping(response, cors);
    }
    setTimeout(() => server.closeAllConnections(), LINGER_MS).unref();
  };

  const close = () => {
    closing ??= /** @type {Promise<void>} */ (new Promise((resolve) => {
      // Idle keep-alive sockets close now; busy ones after their response, which says so
      // (Connection: close, above), or at the drain's end (config.drainMs, 5 s) at most.
      const drained = setTimeout(endDrain, config.drainMs);
      drained.unref();
      server.close(() => {
        clearTimeout(drained);
        resolve();
      });
      server.closeIdleConnections();
      // An answer begun before: one not yet written says it closes; one written closes its
      // connection once sent.
      for (const response of answering) {
        if (!response.headersSent) response.setHeader('Connection', 'close');
        else response.once('finish', () => setImmediate(() => server.closeIdleConnections()));
      }
    })).then(closeResources);
    return closing;
  };

  const url = `http://${displayHost(config.host)}:${port}`;
  siteUrl ||= url;
  localUrl = url;
  return { url, port, store, tokens, limits: limiter.storage, close };
}
