// The PostgreSQL schema, as numbered steps applied once each, in order, at start. Several
// processes starting at once take turns on a transaction-scoped advisory lock, so exactly one
// applies a step and the others find it done. A step is never edited once released: a change
// of schema is a new step at the end.

/** @type {ReadonlyArray<{ version: number, name: string, sql: string }>} */
export const MIGRATIONS = [
  {
    version: 1,
    name: 'likes and sharded counters',
    sql: `
      CREATE TABLE likes (
        article_id text        NOT NULL,
        visitor    text        NOT NULL,
        liked      boolean     NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (article_id, visitor)
      );
      -- The count of an article is the sum of its shards: a single counter row would be a
      -- lock every like of a viral article waits on.
      CREATE TABLE like_counts (
        article_id text     NOT NULL,
        shard      smallint NOT NULL CHECK (shard >= 0 AND shard < 16),
        -- No CHECK (count >= 0): PostgreSQL checks the row an upsert proposes (delta −1)
        -- before it finds the conflict.
        count      bigint   NOT NULL,
        PRIMARY KEY (article_id, shard)
      );
    `,
  },
  {
    version: 2,
    name: 'rate limits',
    // The table rate-limiter-flexible's RateLimiterPostgres expects (its own CREATE TABLE IF
    // NOT EXISTS is not safe when processes start at once, so it is made here instead).
    sql: `
      CREATE TABLE rate_limits (
        key    varchar(255) PRIMARY KEY,
        points integer      NOT NULL DEFAULT 0,
        expire bigint
      );
    `,
  },
  {
    version: 3,
    name: 'settings (the visitor secret)',
    // Values every process on the database must agree on, made once by whichever starts first.
    sql: `
      CREATE TABLE story_widgets_settings (
        name  text PRIMARY KEY,
        value text NOT NULL
      );
    `,
  },
  {
    version: 4,
    name: 'rate limits by expiry',
    // The expired windows are deleted a batch at a time, each batch found by this index
    // (limits/rate-limit-cleanup.mjs).
    sql: `
      CREATE INDEX rate_limits_expire ON rate_limits (expire);
    `,
  },
];

/** The table of migration 2. */
export const RATE_LIMIT_TABLE = 'rate_limits';

/** Number of counter shards per article (the CHECK above). */
export const SHARDS = 16;

/**
 * Brings the schema of the connection's `search_path` up to the last step.
 * @param {{ query: (text: string, values?: unknown[]) => Promise<import('pg').QueryResult> }} client
 *   a dedicated connection (not the pool), or its queries watched for a database that stops answering
 * @returns {Promise<number[]>} the versions this call applied
 */
export async function migrate(client) {
  /** @type {number[]} */
  const applied = [];
  await client.query('BEGIN');
  try {
    // The pool's statement_timeout is for likes; a migration of a large table may take longer.
    await client.query('SET LOCAL statement_timeout = 0');
    // One lock per schema, released by COMMIT/ROLLBACK, even if this process dies.
    await client.query("SELECT pg_advisory_xact_lock(hashtext('story-widgets migrations ' || coalesce(current_schema(), '')))");
    // Looked for before it is created: PostgreSQL checks CREATE's privilege before IF NOT EXISTS,
    // and a role that may only read and write the tables made at the first start must start too.
    const { rows: found } = await client.query("SELECT to_regclass('story_widgets_migrations') IS NOT NULL AS found");
    if (!found[0]?.found) {
      await client.query(`CREATE TABLE story_widgets_migrations (
        version    integer     PRIMARY KEY,
        name       text        NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`);
    }
    const { rows } = await client.query('SELECT version FROM story_widgets_migrations');
    const done = new Set(rows.map((row) => row.version));
    for (const step of MIGRATIONS) {
      if (done.has(step.version)) continue;
      await client.query(step.sql);
      await client.query('INSERT INTO story_widgets_migrations (version, name) VALUES ($1, $2)', [step.version, step.name]);
      applied.push(step.version);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  }
  return applied;
}
