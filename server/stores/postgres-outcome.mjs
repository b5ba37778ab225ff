// A write whose answer never came (the client's time limit, a connection lost, a session ended)
// may still be committed by PostgreSQL, or already was: answering it as failed would tell a
// reader their like failed while the count includes it. Its server process is ended and awaited first (a
// transaction not yet committed then rolls back), so a read after it sees the final outcome.
// A write PostgreSQL rolled back may still ask for what the store holds (a repeat like): read at once.
import pg from 'pg';
import { within } from './time-limit.mjs';

/** How long finding out may take, all told: the reader already waited for the time limit. */
export const SETTLE_MS = 1000;

/** A query sent whose answer never came: PostgreSQL may have committed it or not. */
export class OutcomeUnknown extends Error {
  /** @param {unknown} cause @param {number} backend  the server process that ran it */
  constructor(cause, backend) {
    super(`no answer from PostgreSQL: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'OutcomeUnknown';
    this.backend = backend;
  }
}

/**
 * Whether `error` is PostgreSQL's word that the statement rolled back: an ERROR is, and the
 * session goes on. One that ends the session (FATAL, PANIC) need not be: a PANIC may come from
 * the commit's own WAL write, whose record may be on disk; a pooler on the way says "server conn
 * crashed?" (PgBouncer, FATAL 08P01) of a server connection lost during a commit. PostgreSQL's
 * own FATAL of an ended process (57P01: pg_terminate_backend, a fast shutdown) comes before a
 * commit, yet it too is a connection lost: the reader is answered what the store then holds.
 * Also by class (08 connection, 57P operator intervention): `severity` is in the server's language.
 * @param {unknown} error
 */
const rolledBack = (error) =>
  error instanceof pg.DatabaseError && !['FATAL', 'PANIC'].includes(error.severity ?? '') && !/^(08|57P)/.test(error.code ?? '');

/**
 * `pool.query(config)`, but an error that is not PostgreSQL's word that it rolled back (above)
 * is an OutcomeUnknown naming the server process.
 * @param {pg.Pool} pool
 * @param {pg.QueryConfig} config
 */
export async function queryOrUnknown(pool, config) {
  const client = await pool.connect();
  // A connection lost during the query is an 'error' event of the client too, besides the
  // query's failure: one without a listener would crash the process (pool.query listens alike).
  const lost = () => {};
  client.on('error', lost);
  try {
    const result = await client.query(config);
    client.off('error', lost);
    client.release();
    return result;
  } catch (error) {
    client.off('error', lost);
    // The connection is dropped, as pool.query does on an error.
    client.release(error instanceof Error ? error : new Error(String(error)));
    throw rolledBack(error) ? error : new OutcomeUnknown(error, /** @type {number} */ (client.processID));
  }
}

/**
 * Ends the server process of an OutcomeUnknown and, once it is gone, runs `read` on a new
 * connection (not one of the pool's: those idle beside a dead one may be as dead). Undefined if
 * that cannot be done within SETTLE_MS.
 * @template T
 * @param {pg.Pool} pool  whose options connect
 * @param {OutcomeUnknown} unknown
 * @param {(client: pg.Client) => Promise<T>} read
 * @returns {Promise<T | undefined>}
 */
export async function readSettled(pool, unknown, read) {
  const client = new pg.Client({ ...pool.options, connectionTimeoutMillis: SETTLE_MS, query_timeout: SETTLE_MS });
  client.on('error', () => {});
  const settled = (async () => {
    try {
      await client.connect();
      // Ended within the wait, or gone already: its transaction is over, either way.
      const { rows } = await client.query({
        text: 'SELECT pg_terminate_backend($1, $2) OR NOT EXISTS (SELECT FROM pg_stat_activity WHERE pid = $1) AS ended',
        values: [unknown.backend, SETTLE_MS / 2],
      });
      return rows[0].ended ? await read(client) : undefined;
    } catch {
      return undefined;
    } finally {
      client.end().catch(() => {});
    }
  })();
  return within(settled, SETTLE_MS, undefined);
}

/**
 * What the store holds after a write failed with `error`, read by the query `read`: once
 * settled (readSettled) if the write's outcome is unknown; at once, on a connection of the pool
 * with `limits` (its query_timeout), if PostgreSQL rolled it back. Undefined after any other
 * failure (no connection could be made: a read would wait as long again), or if the read fails.
 * @param {pg.Pool} pool
 * @param {unknown} error
 * @param {pg.QueryConfig} read
 * @param {{ query_timeout: number }} limits
 * @returns {Promise<pg.QueryResult | undefined>}
 */
export async function readHeld(pool, error, read, limits) {
  if (error instanceof OutcomeUnknown) return readSettled(pool, error, (client) => client.query(read));
  return rolledBack(error) ? pool.query({ ...read, ...limits }).catch(() => undefined) : undefined;
}
