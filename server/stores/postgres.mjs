// LikeStore on PostgreSQL (node-postgres `pg`), for any number of server processes on one
// database. One row per (article, visitor) holds the state; the count is spread over 16
// counter rows per article (the visitor's shard), changed in the same statement — so the same
// transaction — as the state rows, so likes of one hot article do not queue on one row lock.
// Group commit: the likes that wait for a connection go in together, one statement and one
// commit for up to BATCH of them, so a burst costs the database a commit per batch, not per like.
import { SHARDS, migrate } from './postgres-migrations.mjs';
import { createPoolGate, groupCommit } from './pool-gate.mjs';
import { IDLE_MS, POSTGRES_TIMEOUT_MS, clientTimeout, openPool } from './postgres-pool.mjs';
import { queryOrUnknown, readHeld } from './postgres-outcome.mjs';
import { warmUp } from './pool-warm-up.mjs';
import { endPool } from './end-pool.mjs';
import { watchAnswers } from './answer-watch.mjs';

/** Likes in one statement at most: a few milliseconds of work, far under the statement's time limit. */
export const BATCH = 100;

// One statement, one round trip, one implicit transaction for a batch of likes (distinct
// visitors of an article). The upsert locks each visitor's row and only changes it if the state
// differs (re-checked on the latest row version after a wait), so each `delta` is exact under
// any concurrency: +1 like, −1 unlike, 0 nothing changed (a repeat, or a first unlike). Rows are
// locked in one order (article, visitor; then article, shard), the same in every statement, so
// two batches never wait for each other both ways. An article's answer is its shards this batch
// changed, as it left them (an upsert works on the latest row version, so a shard holds a change
// of the same visitor this statement waited for, which its snapshot cannot see: an unlike that
// waited for its like answers 0, not −1), plus its other shards as committed.
const SET_LIKES = `
  WITH input AS (
    SELECT * FROM unnest($1::text[], $2::text[], $3::boolean[], $4::smallint[]) AS i (article_id, visitor, liked, shard)
  ), changed AS (
    INSERT INTO likes AS l (article_id, visitor, liked)
    SELECT article_id, visitor, liked FROM input ORDER BY article_id, visitor
    ON CONFLICT (article_id, visitor) DO UPDATE SET liked = excluded.liked, updated_at = now()
      WHERE l.liked <> excluded.liked
    RETURNING l.article_id, l.visitor, CASE WHEN l.liked THEN 1 WHEN xmax = 0 THEN 0 ELSE -1 END AS delta
  ), bumped AS (
    INSERT INTO like_counts AS c (article_id, shard, count)
    SELECT input.article_id, input.shard, sum(changed.delta) FROM changed JOIN input USING (article_id, visitor)
    GROUP BY input.article_id, input.shard HAVING sum(changed.delta) <> 0 ORDER BY input.article_id, input.shard
    ON CONFLICT (article_id, shard) DO UPDATE SET count = c.count + excluded.count
    RETURNING c.article_id, c.shard, c.count
  ), totals AS (
    SELECT a.article_id,
           (SELECT coalesce(sum(count), 0) FROM like_counts o WHERE o.article_id = a.article_id
              AND o.shard NOT IN (SELECT shard FROM bumped b WHERE b.article_id = a.article_id))
           + (SELECT coalesce(sum(count), 0) FROM bumped b WHERE b.article_id = a.article_id) AS count
    FROM (SELECT DISTINCT article_id FROM input) a
  )
  SELECT input.article_id, input.visitor, changed.visitor IS NOT NULL AS wrote, totals.count::float8 AS count
  FROM input JOIN totals USING (article_id) LEFT JOIN changed USING (article_id, visitor)`;
// float8: node-postgres gives bigint/numeric as strings; a count stays exact up to 2^53.
const COUNT = 'SELECT coalesce(sum(count), 0)::float8 AS count FROM like_counts WHERE article_id = $1';
// The counts of several articles in one statement (one snapshot, one round trip), each asked
// article answered, 0 if it has no counter row yet.
const COUNTS = `
  SELECT a.article_id, coalesce(sum(c.count), 0)::float8 AS count
  FROM unnest($1::text[]) AS a (article_id) LEFT JOIN like_counts c USING (article_id)
  GROUP BY a.article_id`;
// Two statements: the SELECT runs after the INSERT has seen (and waited for) any other
// process's insert, so it reads the one value that won.
const KEEP_SECRET = "INSERT INTO story_widgets_settings (name, value) VALUES ('visitor_secret', $1) ON CONFLICT (name) DO NOTHING";
const SECRET = "SELECT value FROM story_widgets_settings WHERE name = 'visitor_secret'";
const STATE = `
  SELECT (SELECT coalesce(sum(count), 0) FROM like_counts WHERE article_id = $1)::float8 AS count,
         coalesce((SELECT liked FROM likes WHERE article_id = $1 AND visitor = $2), false) AS liked`;
// The state of several (article, visitor), in one snapshot: a batch's, once its outcome is settled.
const STATES = `
  SELECT i.article_id, i.visitor, coalesce(l.liked, false) AS liked,
         (SELECT coalesce(sum(count), 0) FROM like_counts c WHERE c.article_id = i.article_id)::float8 AS count
  FROM unnest($1::text[], $2::text[]) AS i (article_id, visitor) LEFT JOIN likes l USING (article_id, visitor)`;

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
 * @param {{ poolSize?: number, poolMin?: number, idleMs?: number, waitMs?: number, timeoutMs?: number }} [options]
 *   poolMin: connections kept open through quiet spells, once opened (default: all; the store's
 *   warmUp() opens them ahead of need); idleMs: how
 *   long the others may stay idle; waitMs: how long a query waits for a connection before it is
 *   refused with a PoolBusyError; timeoutMs: a statement's, server side (tests shorten it)
 * @returns {Promise<import('./like-store.mjs').LikeStore & import('../visitor-tokens.mjs').SecretKeeper>}
 */
export async function openPostgresStore(url, { poolSize = 10, poolMin = poolSize, idleMs = IDLE_MS, waitMs = POSTGRES_TIMEOUT_MS, timeoutMs = POSTGRES_TIMEOUT_MS } = {}) {
  // The client-side time limit per query below, not for the whole pool: a migration may take longer.
  const pool = openPool(url, { max: poolSize, min: poolMin, idleMs, timeoutMs, queryTimeout: false, purpose: 'likes' });
  const timed = { query_timeout: clientTimeout(timeoutMs) };
  try {
    const client = await pool.connect();
    // No time limit on the migrations, but one on a database that stops answering (answer-watch.mjs).
    const watched = watchAnswers(client, url, timeoutMs);
    try {
      // No schema of the search_path exists (say `?options=-c search_path=likes` before
      // `CREATE SCHEMA likes`): one line that says what to do, not PostgreSQL's "no schema has
      // been selected to create in". The schema is not created here: a typo would make a new one.
      const { rows } = await watched.query('SELECT current_schema() AS schema, current_setting($1) AS path', ['search_path']);
      if (rows[0].schema === null) {
        throw new Error(`PostgreSQL has no schema named in the search_path (${rows[0].path}): create it first (CREATE SCHEMA …)`);
      }
      await migrate(watched);
      client.release();
    } catch (error) {
      // Not back in the pool: a connection that did not answer is closed, not reused.
      client.release(error instanceof Error ? error : true);
      throw error;
    } finally {
      watched.done();
    }
  } catch (error) {
    // Within a time limit: a stalled database never says goodbye (end-pool.mjs).
    await endPool(pool, POSTGRES_TIMEOUT_MS);
    throw error;
  }

  const gate = createPoolGate(poolSize, waitMs);
  /** @param {string} articleId @returns {Promise<number>} */
  const countNow = async (articleId) => (await pool.query({ name: 'sw-count', text: COUNT, values: [articleId], ...timed })).rows[0].count;

  /**
   * @typedef {{ articleId: string, visitor: string, liked: boolean, taken?: true, repeats?: WaitingLike[],
   *             resolve: (result: import('./like-store.mjs').LikeResult) => void, reject: (error: unknown) => void }} WaitingLike
   */
  /**
   * The first waiting likes, up to BATCH, one per (article, visitor), since a statement may change
   * a row once. A repeat of one of them (the same visitor wanting the same) shares its answer, as
   * it would change nothing after it; another wish of that visitor waits for the next batch.
   */
  /** @param {(chosen: (like: WaitingLike) => boolean) => void} take */
  const takeBatch = (take) => {
    /** The batch's like of each (article, visitor); undefined once another wish of it waits. @type {Map<string, WaitingLike | undefined>} */
    const taken = new Map();
    /** @type {WaitingLike[]} */
    const batch = [];
    take((like) => {
      const key = JSON.stringify([like.articleId, like.visitor]);
      const first = taken.get(key);
      if (!taken.has(key) && batch.length < BATCH) {
        taken.set(key, like);
        batch.push(like);
      } else if (first?.liked === like.liked) (first.repeats ??= []).push(like);
      else {
        if (taken.has(key)) taken.set(key, undefined);
        return false;
      }
      return true;
    });
    return batch;
  };
  /** On a connection of the gate: the likes waiting then, in one statement. */
  /** @param {(chosen: (like: WaitingLike) => boolean) => void} take */
  const writeBatch = async (take) => {
    const batch = takeBatch(take);
    if (!batch.length) return;
    const articles = batch.map((like) => like.articleId);
    const visitors = batch.map((like) => like.visitor);
    /** Each like of the batch with the same likes that wait on its answer. @param {WaitingLike} like */
    const withRepeats = (like) => [like, ...(like.repeats ?? [])];
    try {
      const values = [articles, visitors, batch.map((like) => like.liked), visitors.map(shardOf)];
      const { rows } = await queryOrUnknown(pool, { name: 'sw-set-likes', text: SET_LIKES, values, ...timed });
      /** @type {Map<string, number>} */
      const counts = new Map(rows.map((row) => [row.article_id, row.count]));
      // Nothing written for a visitor: its row may have just been set by a concurrent request of
      // the same visitor that we waited for, whose counter change the statement's snapshot (taken
      // before the wait) cannot see. Its article is counted again, in a new snapshot: all such
      // articles of the batch in one statement, as the batch holds its connection slot meanwhile.
      const recount = [...new Set(rows.filter((row) => !row.wrote).map((row) => row.article_id))];
      // The likes are committed: without the recount, the statement's counts still answer them.
      if (recount.length) {
        const recounted = await pool.query({ name: 'sw-counts', text: COUNTS, values: [recount], ...timed }).catch(() => undefined);
        for (const row of recounted?.rows ?? []) counts.set(row.article_id, row.count);
      }
      for (const like of batch) {
        const result = { count: /** @type {number} */ (counts.get(like.articleId)), liked: like.liked };
        for (const each of withRepeats(like)) each.resolve(result);
      }
    } catch (error) {
      // Each like whose wish the store holds is answered with it, the others fail (none of them
      // is recorded): the batch may have committed after all (no answer came: settled first),
      // and a repeat like is held though its statement rolled back (a statement timeout on a
      // row lock another transaction holds). Worth a read on a slow database: one per failed
      // batch, by primary key, waiting for no lock; a reader told "not saved" of a like the
      // count includes would like again, a write that waits on that lock too.
      const held = await readHeld(pool, error, { text: STATES, values: [articles, visitors] }, timed);
      /** @type {Map<string, { count: number, liked: boolean }>} */
      const states = new Map(held?.rows.map((row) => [JSON.stringify([row.article_id, row.visitor]), { count: row.count, liked: row.liked }]));
      for (const like of batch) {
        const state = states.get(JSON.stringify([like.articleId, like.visitor]));
        for (const each of withRepeats(like)) {
          if (state?.liked === like.liked) each.resolve(state);
          else each.reject(error);
        }
      }
    }
  };

  /** Puts a like in line for the next batch. @type {(like: WaitingLike) => void} */
  const inLine = groupCommit(gate, writeBatch);

  /** @type {Promise<import('./end-pool.mjs').Cut | undefined> | undefined} */
  let closing;
  return {
    count: (articleId) => gate.run(() => countNow(articleId)),
    async state(articleId, visitor) {
      const { rows } = await gate.run(() => pool.query({ name: 'sw-state', text: STATE, values: [articleId, visitor], ...timed }));
      return { count: rows[0].count, liked: rows[0].liked };
    },
    setLike(articleId, visitor, liked) {
      // Whichever like gets a connection first takes every like waiting then (groupCommit).
      return new Promise((resolve, reject) => inLine({ articleId, visitor, liked, resolve, reject }));
    },
    // The visitor secret lives in the database, so every process on it signs alike (§11).
    async keepSecret(fresh) {
      // With the likes' time limits: a database that does not answer fails the start, not stalls it.
      await pool.query({ text: KEEP_SECRET, values: [fresh], ...timed });
      const { rows } = await pool.query({ text: SECRET, ...timed });
      return rows[0].value;
    },
    warmUp: () => warmUp(pool),
    // Within the time limit of a query: a stalled database's connections are then cut (end-pool.mjs).
    close() {
      closing ??= endPool(pool, POSTGRES_TIMEOUT_MS);
      return closing;
    },
  };
}
