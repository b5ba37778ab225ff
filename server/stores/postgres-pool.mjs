// The PostgreSQL connection pools of the store and the rate limiter, with time limits: a
// database host that stops answering without closing its connections (a stalled network, a
// frozen machine) would otherwise keep every like waiting for good, until the waiting requests
// fill MAX_CONNECTIONS. With them a like fails fast (a 500, as when PostgreSQL is down) and the
// rate limiter's insurance limiter answers in its place. The likes' wait for a connection is the
// store's own (pool-gate.mjs: one that runs out is overload, a 503), so the pool's only bounds
// the making of one.
// Connections are kept open through quiet spells (DATABASE_POOL_MIN, by default all of them):
// a burst after one would otherwise open them again while it waits, each a TCP (or TLS)
// handshake, an authentication and a new server process, about 20 ms apiece on loopback. The
// server opens them at start, in the background (pool-warm-up.mjs): pg-pool waits for a need.
import pg from 'pg';
import { trackConnections } from './end-pool.mjs';

/** A statement (server side), or the wait for a connection, longer than this fails (a batch of likes takes milliseconds). */
export const POSTGRES_TIMEOUT_MS = 3000;

/**
 * The client side's limit on a query's answer comes this long after the server's own
 * (`statement_timeout`): PostgreSQL's cancellation, which rolls back, must come first. A client
 * that gave up first had a statement PostgreSQL still committed, a like recorded and answered 500.
 */
export const CLIENT_MARGIN_MS = 1000;

/** The client side's limit on a query's answer, for a server-side limit of `timeoutMs`. @param {number} timeoutMs */
export const clientTimeout = (timeoutMs) => timeoutMs + CLIENT_MARGIN_MS;

/** A connection beyond the pool's `min` that has been idle this long is closed (pg-pool's own default). */
export const IDLE_MS = 10_000;

/**
 * TCP keep-alive probes after this long without traffic: a connection kept idle for hours
 * would otherwise be forgotten by a NAT or firewall on the way (AWS's NAT gateways forget a
 * flow after 350 s, Azure's load balancers after 4 minutes by default), and the next like would
 * wait out the query's time limit on a dead socket and fail. A peer that is gone is noticed too.
 */
const KEEP_ALIVE_MS = 60_000;

/**
 * Connections of the rate limits' pool, shared by a server's two limiters (likes, new tokens),
 * for a likes pool of `likesPoolSize` (DATABASE_POOL_SIZE): two fifths of it, rounded up (4 at
 * the default 10, 1 at 1 or 2). It grows and shrinks with it: every like is one commit there
 * (a single-row upsert) and part of one in the likes pool, so a fixed 4
 * held back a large likes pool and outnumbered a small one (5 connections at DATABASE_POOL_SIZE=1).
 * The connections it keeps open are the same share of the likes pool's (DATABASE_POOL_MIN; 0 at 0).
 * @param {number} likesPoolSize from 1 (from 0 for the connections kept open)
 */
export const limitsPoolSize = (likesPoolSize) => Math.ceil((likesPoolSize * 2) / 5);

/**
 * @param {string} url  postgres://…
 * @param {{ max: number, min?: number, idleMs?: number, timeoutMs?: number, queryTimeout?: boolean, durable?: boolean, purpose: string }} options
 *   min: connections kept open however long they are idle, once opened (pg-pool opens none ahead
 *   of need: warmUp() in pool-warm-up.mjs does); idleMs: how long the others may stay idle; timeoutMs:
 *   the server-side limit (tests shorten it), the client's is clientTimeout() of it when durable; queryTimeout: every query of the pool
 *   gets the client-side time limit (the store's migrations cannot: it names its queries' own);
 *   durable: false for the rate limits, whose commits need not wait for the disk (below);
 *   purpose: for the log line of a lost connection, and the connections' application_name
 *   (`story-widgets likes`) unless the URL names one
 */
export function openPool(url, { max, min = 0, idleMs = IDLE_MS, timeoutMs = POSTGRES_TIMEOUT_MS, queryTimeout = true, durable = true, purpose }) {
  const pool = new pg.Pool({
    connectionString: url,
    max,
    min,
    idleTimeoutMillis: idleMs,
    connectionTimeoutMillis: timeoutMs,
    keepAlive: true,
    keepAliveInitialDelayMillis: KEEP_ALIVE_MS,
    // So a database's administrator sees whose connections these are (pg_stat_activity).
    fallback_application_name: `story-widgets ${purpose}`,
    // Client side: ends the wait when no answer comes at all; the pool then drops the connection.
    // A durable write's limit comes later than the server's, so PostgreSQL's cancellation comes
    // first (a like's outcome must be known); a rate-limit window's need not be, and its process
    // fallback should not wait a second more for a stalled host.
    ...(queryTimeout ? { query_timeout: durable ? clientTimeout(timeoutMs) : timeoutMs } : {}),
    // Server side: a statement stuck on a lock is cancelled (and rolled back), not left holding a connection.
    statement_timeout: timeoutMs,
    // A rate-limit window is not worth a disk flush (it halved the limiter's time per like here):
    // a crash of PostgreSQL may forget the points of its last fraction of a second, and their
    // clients may like a few times more. A like's commit still waits for the disk (Durability).
    ...(durable ? {} : { onConnect: (/** @type {pg.Client} */ client) => client.query('SET synchronous_commit = off') }),
  });
  // An idle connection dropped by the server must not crash the process; the next query
  // opens a new one (and fails, with a 500, while the database is away).
  pool.on('error', (error) => console.error(`story-widgets server: PostgreSQL (${purpose}) connection lost:`, error.message));
  // So the stop can close them within a time limit (endPool).
  trackConnections(pool, purpose);
  return pool;
}
