// LikeStore on one SQLite file (better-sqlite3, WAL). One row per (article, visitor) holds
// that visitor's state; a counter row per article is kept in the same transaction, so a
// count is one primary-key read however many likes an article has. One process writes the
// file at a time, so a single counter row is no bottleneck here (PostgreSQL shards it).
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS likes (
    article_id TEXT NOT NULL,
    visitor    TEXT NOT NULL,
    liked      INTEGER NOT NULL CHECK (liked IN (0, 1)),
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (article_id, visitor)
  ) WITHOUT ROWID;
  CREATE TABLE IF NOT EXISTS like_counts (
    article_id TEXT PRIMARY KEY,
    count      INTEGER NOT NULL CHECK (count >= 0)
  ) WITHOUT ROWID;
`;

/** @typedef {'NORMAL' | 'FULL'} Synchronous */

/**
 * Opens (and creates, with its folder, on first run) the SQLite file at `path`.
 * @param {string} path  a file path, or ':memory:'
 * @param {{ synchronous?: Synchronous, busyMs?: number }} [options]
 *   synchronous: NORMAL (default) survives any crash of the process and restarts: in WAL mode
 *   only a power loss or OS crash can drop the last commits. FULL syncs the WAL on every like,
 *   so even those survive (its cost is measured in README's Performance section).
 *   busyMs: how long a batch waits for another process's write lock (tests shorten it)
 * @returns {import('./like-store.mjs').LikeStore & { readonly path: string }}
 */
export function openSqliteStore(path, { synchronous = 'NORMAL', busyMs = 5000 } = {}) {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${synchronous === 'FULL' ? 'FULL' : 'NORMAL'}`);
  // Another process writing the same file (a second server) waits instead of failing; the
  // wait blocks this process, as every better-sqlite3 call does (README: Atomic likes).
  db.pragma(`busy_timeout = ${Math.trunc(busyMs)}`);
  db.exec(SCHEMA);

  const selectState = db.prepare('SELECT liked FROM likes WHERE article_id = ? AND visitor = ?').pluck();
  const upsertState = db.prepare(`
    INSERT INTO likes (article_id, visitor, liked, updated_at) VALUES (?, ?, ?, ?)
    ON CONFLICT (article_id, visitor) DO UPDATE SET liked = excluded.liked, updated_at = excluded.updated_at
  `);
  const addToCount = db.prepare(`
    INSERT INTO like_counts (article_id, count) VALUES (?, max(?, 0))
    ON CONFLICT (article_id) DO UPDATE SET count = max(count + ?, 0)
  `);
  const selectCount = db.prepare('SELECT count FROM like_counts WHERE article_id = ?').pluck();

  /** @param {string} articleId */
  const readCount = (articleId) => /** @type {number | undefined} */ (selectCount.get(articleId)) ?? 0;
  /** @param {string} articleId @param {string} visitor @returns {import('./like-store.mjs').LikeResult} */
  const readState = (articleId, visitor) => ({ count: readCount(articleId), liked: selectState.get(articleId, visitor) === 1 });

  /** @param {string} articleId @param {string} visitor @param {boolean} liked */
  const apply = (articleId, visitor, liked) => {
    const before = selectState.get(articleId, visitor) === 1;
    if (before !== liked) {
      upsertState.run(articleId, visitor, liked ? 1 : 0, Date.now());
      const delta = liked ? 1 : -1;
      addToCount.run(articleId, delta, delta);
    }
    return { count: readCount(articleId), liked };
  };

  // Group commit: the likes that arrive while the event loop is busy are applied in order in
  // one transaction, so a burst pays for one commit instead of one each. Every like is still
  // committed before its answer. IMMEDIATE takes the write lock before reading the old state,
  // so two processes sharing the file cannot both see "not liked" and both add one.
  /** @type {{ args: [string, string, boolean], resolve: (result: import('./like-store.mjs').LikeResult) => void, reject: (error: unknown) => void }[]} */
  let queue = [];
  const applyAll = db.transaction((/** @type {typeof queue} */ batch) => batch.map(({ args }) => apply(...args)));
  /** The state, or undefined if the file cannot be read either. @param {string} articleId @param {string} visitor */
  const heldState = (articleId, visitor) => {
    try {
      return readState(articleId, visitor);
    } catch {
      return undefined;
    }
  };
  const flush = () => {
    const batch = queue;
    queue = [];
    try {
      const results = applyAll.immediate(batch);
      batch.forEach(({ resolve }, i) => resolve(/** @type {import('./like-store.mjs').LikeResult} */ (results[i])));
    } catch (error) {
      // Rolled back (another process kept the write lock past busy_timeout, a full disk): a like
      // whose wish the file holds already, a repeat, is answered with it, as on PostgreSQL; the
      // others fail. The read does not wait for the lock holder (WAL).
      for (const { args: [articleId, visitor, liked], resolve, reject } of batch) {
        const held = heldState(articleId, visitor);
        if (held?.liked === liked) resolve(held);
        else reject(error);
      }
    }
  };

  return {
    path,
    async count(articleId) {
      return readCount(articleId);
    },
    async state(articleId, visitor) {
      return readState(articleId, visitor);
    },
    setLike(articleId, visitor, liked) {
      return new Promise((resolve, reject) => {
        if (!db.open) return reject(new Error('The like store is closed.'));
        if (queue.push({ args: [articleId, visitor, liked], resolve, reject }) === 1) setImmediate(flush);
      });
    },
    async close() {
      if (queue.length) flush();
      if (!db.open) return;
      // Fold the WAL back into the main file so a copy of the .sqlite file alone is complete.
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.close();
    },
  };
}
