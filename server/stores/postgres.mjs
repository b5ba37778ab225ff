// LikeStore on PostgreSQL (node-postgres `pg`), for any number of server processes on one
// database. One row per (article, visitor) holds the state; the count is spread over 16
// counter rows per article (the visitor's shard), changed in the same statement — so the same
// transaction — as the state row, so likes of one hot article do not queue on one row lock.
import { SHARDS, migrate } from './postgres-migrations.mjs';
import { POSTGRES_TIMEOUT_MS, openPool } from './postgres-pool.mjs';

// One statement, one round trip, one implicit transaction. The upsert locks the visitor's row
// and only changes it if the state differs (re-checked on the latest row version after a
// wait), so `delta` is exact under any concurrency: +1 like, −1 unlike, 0 nothing changed
// (a repeat, or a first unlike). The answer is the visitor's shard as this change left it (its
// upsert, too, works on the latest row version, so it holds a change of the same visitor this
// statement waited for, which the statement's snapshot cannot see: an unlike that waited for
// its like answers 0, not −1) plus the other shards as committed.
const SET_LIKE = `
  WITH changed AS (
    INSERT INTO likes AS l (article_id, visitor, liked) VALUES ($1, $2, $3)
    ON CONFLICT (article_id, visitor) DO UPDATE SET liked = excluded.liked, updated_at = now()
      WHERE l.liked <> excluded.liked
    RETURNING CASE WHEN l.liked THEN 1 WHEN xmax = 0 THEN 0 ELSE -1 END AS delta
  ), bumped AS (
    INSERT INTO like_counts AS c (article_id, shard, count)
    SELECT $1, $4, delta FROM changed WHERE delta <> 0
    ON CONFLICT (article_id, shard) DO UPDATE SET count = c.count + excluded.count
    RETURNING c.count
  )
  SELECT ((SELECT coalesce(sum(count), 0) FROM like_counts WHERE article_id = $1 AND shard <> $4)
          + coalesce((SELECT count FROM bumped),
                     (SELECT count FROM like_counts WHERE article_id = $1 AND shard = $4), 0))::float8 AS count,
         EXISTS (SELECT 1 FROM changed) AS wrote`;
// float8: node-postgres gives bigint/numeric as strings; a count stays exact up to 2^53.
const COUNT = 'SELECT coalesce(sum(count), 0)::float8 AS count FROM like_counts WHERE article_id = $1';
// Two statements: the SELECT runs after the INSERT has seen (and waited for) any other
// process's insert, so it reads the one value that won.
const KEEP_SECRET = "INSERT INTO story_widgets_settings (name, value) VALUES ('visitor_secret', $1) ON CONFLICT (name) DO NOTHING";
const SECRET = "SELECT value FROM story_widgets_settings WHERE name = 'visitor_secret'";
const STATE = `
  SELECT (SELECT coalesce(sum(count), 0) FROM like_counts WHERE article_id = $1)::float8 AS count,
         coalesce((SELECT liked FROM likes WHERE article_id = $1 AND visitor = $2), false) AS liked`;

/**
 * The visitor's counter shard (FNV-1a of the id): the same for their like and unlike, so no
 * shard goes below zero; visitors spread evenly over the shards.
 * @param {string} visitor
 */
export function shardOf(visitor) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < visitor.length; i++) hash = Math.imul(hash ^ visitor.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % SHARDS;
}

/**
 * Connects, creates or migrates the schema (of the URL's `search_path`, default `public`),
 * and resolves once the store is ready.
 * @param {string} url  postgres://user@host:port/database[?options=-c search_path=…]
 * @param {{ poolSize?: number }} [options]
 * @returns {Promise<import('./like-store.mjs').LikeStore & import('../visitor-tokens.mjs').SecretKeeper>}
 */
export async function openPostgresStore(url, { poolSize = 10 } = {}) {
  // The client-side time limit per query below, not for the whole pool: a migration may take longer.
  const pool = openPool(url, { max: poolSize, queryTimeout: false, purpose: 'likes' });
  const timed = { query_timeout: POSTGRES_TIMEOUT_MS };
  try {
    const client = await pool.connect();
    try {
      // No schema of the search_path exists (say `?options=-c search_path=likes` before
      // `CREATE SCHEMA likes`): one line that says what to do, not PostgreSQL's "no schema has
      // been selected to create in". The schema is not created here: a typo would make a new one.
      const { rows } = await client.query('SELECT current_schema() AS schema, current_setting($1) AS path', ['search_path']);
      if (rows[0].schema === null) {
        throw new Error(`PostgreSQL has no schema named in the search_path (${rows[0].path}): create it first (CREATE SCHEMA …)`);
      }
      await migrate(client);
    } finally {
      client.release();
    }
  } catch (error) {
    await pool.end();
    throw error;
  }

  /** @param {string} articleId @returns {Promise<number>} */
  const countOf = async (articleId) => (await pool.query({ name: 'sw-count', text: COUNT, values: [articleId], ...timed })).rows[0].count;

  /** @type {Promise<void> | undefined} */
  let closing;
  return {
    count: countOf,
    async state(articleId, visitor) {
      const { rows } = await pool.query({ name: 'sw-state', text: STATE, values: [articleId, visitor], ...timed });
      return { count: rows[0].count, liked: rows[0].liked };
    },
    async setLike(articleId, visitor, liked) {
      const { rows } = await pool.query({ name: 'sw-set-like', text: SET_LIKE, values: [articleId, visitor, liked, shardOf(visitor)], ...timed });
      // Nothing written: the row may have just been set by a concurrent request for the same
      // visitor that we waited for, whose counter change the statement's snapshot (taken before
      // the wait) cannot see. Count again, in a new snapshot, so the answer includes it.
      if (!rows[0].wrote) return { count: await countOf(articleId), liked };
      return { count: rows[0].count, liked };
    },
    // The visitor secret lives in the database, so every process on it signs alike (§11).
    async keepSecret(fresh) {
      await pool.query(KEEP_SECRET, [fresh]);
      const { rows } = await pool.query(SECRET);
      return rows[0].value;
    },
    close() {
      closing ??= pool.end();
      return closing;
    },
  };
}
