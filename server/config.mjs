// Reads the server's settings from the environment (see "Settings" in README.md for the list).
// Everything has a default that works for `npm start` on a developer's machine.
import { fileURLToPath } from 'node:url';
import { isAbsolute, resolve } from 'node:path';
import { parseTrustProxy } from './client-address.mjs';
import { IDLE_MS, POSTGRES_TIMEOUT_MS, limitsPoolSize } from './stores/postgres-pool.mjs';
import { SITE_NAME } from './site-frame.mjs';

/** The repository root: paths below are resolved from here, not from the working directory. */
export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * @typedef {object} ServerConfig
 * @property {string} host              interface to listen on
 * @property {number} port              0 picks a free port
 * @property {string} databasePath      SQLite file (created on first run), when no databaseUrl
 * @property {string | undefined} databaseUrl   PostgreSQL (postgres://…): likes, and rate limits without Redis
 * @property {number} databasePoolSize  PostgreSQL connections of the likes store per process, from 1
 * @property {number} databasePoolMin   of those, how many stay open when idle (once opened), 0 to databasePoolSize
 * @property {number} limitsPoolSize    PostgreSQL connections the rate limiters share (without Redis), from 1:
 *   not a setting, made from databasePoolSize (limitsPoolSize in stores/postgres-pool.mjs)
 * @property {number} limitsPoolMin     of those, how many stay open when idle: not a setting, the same share
 *   of databasePoolMin
 * @property {number} databaseWaitMs    how long a like waits for a connection of the likes pool before its
 *   503: not a setting (POSTGRES_TIMEOUT_MS; tests shorten it)
 * @property {number} databaseIdleMs    how long a connection beyond databasePoolMin (limitsPoolMin) may stay
 *   idle before it is closed: not a setting (IDLE_MS; tests shorten it)
 * @property {'NORMAL' | 'FULL'} sqliteSynchronous  SQLite's sync mode (README: Durability)
 * @property {string | undefined} redisUrl      Redis (redis://…): rate limits shared by every process
 * @property {string} redisKeyPrefix    prefix of the rate-limit keys in Redis
 * @property {string} contentDir        folder of article documents (<id>.json)
 * @property {string} demoDir           static demo pages and images
 * @property {string} distDir           the built library (dist/cdn/…)
 * @property {number} likeRateLimit     likes per minute per client address; 0 = no limit
 * @property {import('./client-address.mjs').TrustProxy} trustProxy  proxies in front of the server
 * @property {string | undefined} visitorSecret  signs visitor tokens; unset = kept beside the database
 * @property {number} visitorTokenLimit new visitor tokens per hour per client address; 0 = no limit
 * @property {string | undefined} publicUrl  the site's public origin, for absolute URLs
 * @property {number} requestTimeoutMs  a request's headers and body must arrive within this
 * @property {number} maxConnections    open connections at most, more are refused; 0 = no cap
 * @property {number} socketIdleMs      a connection on which nothing moves this long while a request is
 *   under way (a response the client does not read) is closed; not a setting (tests shorten it)
 * @property {number} drainMs           how long the stop lets open requests finish before it answers those
 *   still unanswered 503 (server/stop-answer.mjs): not a setting (DRAIN_MS; tests shorten it)
 * @property {string[]} corsOrigins     origins allowed to call the API from the browser; '*' = any
 * @property {string} siteTitle         title of the JSON Feed, RSS and Atom feeds
 * @property {boolean} quiet            no request log lines
 */

/**
 * How long a socket may carry nothing, either way, in the middle of a request: generous, so a
 * reader on a slow mobile link who stops for a tunnel keeps the download; short enough that a
 * client that never reads its answers cannot keep MAX_CONNECTIONS slots for good.
 */
export const SOCKET_IDLE_MS = 60_000;

/**
 * How long the stop waits for open requests: most answer in milliseconds; with the database's
 * 3 s limit after it (close-resources.mjs), a stop stays under `docker stop`'s 10 s.
 */
export const DRAIN_MS = 5000;

/**
 * @param {string | undefined} value
 * @param {number} fallback
 * @param {string} name
 */
function integer(value, fallback, name) {
  if (value === undefined || value.trim() === '') return fallback;
  const number = Number(value);
  if (!/^\s*\d+\s*$/.test(value) || !Number.isSafeInteger(number)) throw new Error(`${name} must be a whole number ≥ 0, got "${value}"`);
  return number;
}

/**
 * REQUEST_TIMEOUT_MS: a whole number of milliseconds from 1. Not 0, which to Node would mean
 * no limit at all: a server open to clients that send a byte a minute.
 * @param {string | undefined} value
 */
function timeLimit(value) {
  const ms = integer(value, 10_000, 'REQUEST_TIMEOUT_MS');
  if (!ms) throw new Error('REQUEST_TIMEOUT_MS must be at least 1 (milliseconds); there is no setting without a time-out');
  return ms;
}

/**
 * DATABASE_POOL_SIZE: from 1 (0 would leave likes nothing to run on).
 * @param {string | undefined} value
 */
function poolSize(value) {
  const size = integer(value, 10, 'DATABASE_POOL_SIZE');
  if (!size) throw new Error('DATABASE_POOL_SIZE must be at least 1 (connections)');
  return size;
}

/**
 * DATABASE_POOL_MIN: from 0 to DATABASE_POOL_SIZE, which is also its default (every connection
 * stays open once a burst has opened it).
 * @param {string | undefined} value @param {number} size
 */
function poolMin(value, size) {
  const min = integer(value, size, 'DATABASE_POOL_MIN');
  if (min > size) throw new Error(`DATABASE_POOL_MIN must be at most DATABASE_POOL_SIZE (${size}), got ${min}`);
  return min;
}

/** @param {string | undefined} value */
function portNumber(value) {
  const port = integer(value, 8080, 'PORT');
  if (port > 65535) throw new Error(`PORT must be a port number 0–65535, got "${value}"`);
  return port;
}

/** @param {string | undefined} value */
function publicUrl(value) {
  const text = value?.trim();
  if (!text) return undefined;
  let url;
  try {
    url = new URL(text);
  } catch {
    url = undefined;
  }
  // An origin only: the content's root-relative URLs (/fr/, /img/…) are resolved against it.
  if (!url || !/^https?:$/.test(url.protocol) || url.pathname !== '/' || url.search || url.hash || url.username || url.password) {
    throw new Error(`PUBLIC_URL must be the site's origin, like https://news.example, got "${text}"`);
  }
  return url.origin;
}

/**
 * DATABASE_URL and REDIS_URL: an address of a scheme their drivers read (`socket:` is pg's for a
 * Unix socket). Anything else (mysql://, sqlite:…, a bare host) stops the start with a line that
 * says so, where it was handed to the driver and failed later with the driver's own message.
 * @param {string | undefined} value @param {string} name @param {string} service
 * @param {string[]} schemes @param {string} example
 */
function serviceUrl(value, name, service, schemes, example) {
  const text = value?.trim();
  if (!text) return undefined;
  let scheme;
  try {
    scheme = new URL(text).protocol.toLowerCase();
  } catch {
    scheme = undefined;
  }
  if (!scheme || !schemes.includes(scheme)) {
    const listed = `${schemes.slice(0, -1).join(', ')} or ${schemes.at(-1)}`;
    throw new Error(`${name} must be a ${service} address (${listed}), like ${example}, got ${scheme ?? 'no address'}`);
  }
  return text;
}

/** @param {string | undefined} value */
function flag(value) {
  return value !== undefined && /^(1|true|yes|on)$/i.test(value.trim());
}

/** @param {string | undefined} value @returns {'NORMAL' | 'FULL'} */
function synchronous(value) {
  const mode = (value ?? '').trim().toUpperCase() || 'NORMAL';
  if (mode !== 'NORMAL' && mode !== 'FULL') throw new Error(`SQLITE_SYNCHRONOUS must be NORMAL or FULL, got "${value}"`);
  return mode;
}

/**
 * CORS_ORIGINS: comma-separated. An entry written as an http(s) address is the origin a browser
 * sends in `Origin` — host in lower case (and punycode), no default port, no path — so
 * `https://Blog.example:443/news/` allows `https://blog.example`; `*` and anything else stay
 * as written (without trailing slashes).
 * @param {string | undefined} value
 */
function corsOrigins(value) {
  return (value ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      try {
        const url = new URL(entry);
        if (/^https?:$/.test(url.protocol)) return url.origin;
      } catch {
        // Not an address: compared as written.
      }
      return entry.replace(/\/+$/, '');
    });
}

/** @param {string | undefined} value @param {string} fallback */
function path(value, fallback) {
  const chosen = value && value.trim() !== '' ? value.trim() : fallback;
  return isAbsolute(chosen) ? chosen : resolve(ROOT, chosen);
}

/**
 * Where the likes are kept, for the start-up lines: the PostgreSQL URL (its password hidden)
 * when DATABASE_URL is set, else the SQLite file.
 * @param {Pick<ServerConfig, 'databaseUrl' | 'databasePath'>} config
 */
export function likesDatabase({ databaseUrl, databasePath }) {
  if (!databaseUrl) return databasePath;
  try {
    const url = new URL(databaseUrl);
    if (url.password) url.password = '***';
    return `PostgreSQL ${url.href}`;
  } catch {
    return 'PostgreSQL (DATABASE_URL)';
  }
}

/**
 * What a start-up with these settings should be told, though it may go on: behind a proxy
 * (TRUST_PROXY) without PUBLIC_URL, documents and feeds name the address Node listens on,
 * which readers cannot reach.
 * @param {ServerConfig} config @param {string} url the listening address
 * @returns {string[]}
 */
export function startWarnings({ trustProxy, publicUrl }, url) {
  const proxied = !('hops' in trustProxy) || trustProxy.hops > 0;
  return proxied && !publicUrl
    ? [`story-widgets server: TRUST_PROXY is set but PUBLIC_URL is not: documents, feeds and pages name ${url}, which readers behind the proxy cannot reach; set PUBLIC_URL to the site's origin (https://news.example).`]
    : [];
}

/**
 * @param {Record<string, string | undefined>} [env]
 * @returns {ServerConfig}
 */
export function readConfig(env = process.env) {
  const databasePoolSize = poolSize(env.DATABASE_POOL_SIZE);
  const databasePoolMin = poolMin(env.DATABASE_POOL_MIN, databasePoolSize);
  return {
    host: env.HOST?.trim() || '127.0.0.1',
    port: portNumber(env.PORT),
    databasePath: path(env.DATABASE_PATH, 'data/likes.sqlite'),
    databaseUrl: serviceUrl(env.DATABASE_URL, 'DATABASE_URL', 'PostgreSQL', ['postgres:', 'postgresql:', 'socket:'], 'postgres://user@host:5432/database'),
    databasePoolSize,
    databasePoolMin,
    limitsPoolSize: limitsPoolSize(databasePoolSize),
    limitsPoolMin: limitsPoolSize(databasePoolMin),
    databaseWaitMs: POSTGRES_TIMEOUT_MS,
    databaseIdleMs: IDLE_MS,
    sqliteSynchronous: synchronous(env.SQLITE_SYNCHRONOUS),
    redisUrl: serviceUrl(env.REDIS_URL, 'REDIS_URL', 'Redis', ['redis:', 'rediss:'], 'redis://host:6379'),
    redisKeyPrefix: env.REDIS_KEY_PREFIX?.trim() || 'story-widgets:likes',
    contentDir: path(env.CONTENT_DIR, 'demo/content'),
    demoDir: path(env.DEMO_DIR, 'demo'),
    distDir: path(env.DIST_DIR, 'dist'),
    likeRateLimit: integer(env.LIKE_RATE_LIMIT, 60, 'LIKE_RATE_LIMIT'),
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    visitorSecret: env.VISITOR_SECRET?.trim() || undefined,
    visitorTokenLimit: integer(env.VISITOR_TOKEN_LIMIT, 60, 'VISITOR_TOKEN_LIMIT'),
    publicUrl: publicUrl(env.PUBLIC_URL),
    requestTimeoutMs: timeLimit(env.REQUEST_TIMEOUT_MS),
    maxConnections: integer(env.MAX_CONNECTIONS, 4096, 'MAX_CONNECTIONS'),
    socketIdleMs: SOCKET_IDLE_MS,
    drainMs: DRAIN_MS,
    corsOrigins: corsOrigins(env.CORS_ORIGINS),
    siteTitle: env.SITE_TITLE?.trim() || SITE_NAME,
    quiet: flag(env.QUIET),
  };
}
