// The migrations at start have no time limit (a step on a big table, or another process's
// migration it waits for, may take minutes), and PostgreSQL sends nothing while a statement
// runs: silence alone does not tell a long migration from a database that stopped answering (a
// frozen host, a network that drops packets), which kept the start waiting for good. So after
// each `ms` of silence a second connection asks PostgreSQL whether the migration's server
// process is still at work: no answer within `ms`, or a process no longer at work (its answer
// lost) on two asks in a row, ends the start.
import pg from 'pg';
import { cutConnection, within } from './time-limit.mjs';

/**
 * `client`, whose queries fail once the database stops answering (above); `done()` closes the
 * connection it asks on, if it opened one.
 * @param {import('pg').PoolClient} client  the migrations' connection
 * @param {string} url  the database's, for the connection that asks
 * @param {number} ms  a wait of silence before asking, and the ask's own limit
 * @returns {{ query: (text: string, values?: unknown[]) => Promise<import('pg').QueryResult>, done: () => void }}
 */
export function watchAnswers(client, url, ms) {
  /** @type {pg.Client | undefined} */
  let asker;
  const silent = () => {
    // The migrations' connection is cut, so its query fails and nothing waits on it; the
    // error it emits then is this one's, not a crash.
    client.on('error', () => {});
    cutConnection(client);
    return new Error(`PostgreSQL did not answer for ${ms / 1000} s while the schema was checked or migrated (a stalled host or network?)`);
  };
  /** Whether the migrations' server process is still running a statement (or waiting for a lock). */
  const atWork = async () => {
    if (!asker) {
      asker = new pg.Client({ connectionString: url, connectionTimeoutMillis: ms, query_timeout: ms, statement_timeout: ms, fallback_application_name: 'story-widgets start' });
      asker.on('error', () => {});
      await asker.connect();
    }
    const pid = /** @type {{ processID?: number }} */ (/** @type {unknown} */ (client)).processID;
    const { rows } = await asker.query("SELECT 1 FROM pg_stat_activity WHERE pid = $1 AND state = 'active'", [pid]);
    return rows.length > 0;
  };
  /** @param {string} text @param {unknown[]} [values] */
  const query = async (text, values) => {
    const pending = client.query(text, values);
    // Whether the query has its answer, a failure too (which is thus never an unhandled rejection).
    const answered = pending.then(() => true, () => true);
    let idle = 0;
    for (;;) {
      if (await within(answered, ms, false)) return pending;
      const working = await atWork().catch(() => undefined);
      // An answer may have come meanwhile: the process was idle because it had answered.
      if (await Promise.race([answered, Promise.resolve(false)])) return pending;
      if (working === undefined || (!working && ++idle >= 2)) throw silent();
      if (working) idle = 0;
    }
  };
  return {
    query,
    done() {
      const ending = asker;
      asker = undefined;
      // Destroyed, not ended: a goodbye to a database that does not answer would wait for good.
      if (ending) cutConnection(ending);
    },
  };
}
