// The like storage interface. The HTTP layer talks only to this shape; one file per database
// in this folder implements it (sqlite.mjs, postgres.mjs) and the same tests run against each
// (test/server/store-contract.mjs). Every method is async, even though SQLite answers
// synchronously.

/**
 * @typedef {object} LikeResult
 * @property {number} count   likes of the article after the change
 * @property {boolean} liked  the visitor's state after the change
 */

/**
 * @typedef {object} LikeStore
 * @property {(articleId: string) => Promise<number>} count
 *   Current number of visitors who like the article (0 when nobody ever did).
 * @property {(articleId: string, visitor: string) => Promise<LikeResult>} state
 *   The article's count and whether this visitor likes it (live state, contract §4).
 * @property {(articleId: string, visitor: string, liked: boolean) => Promise<LikeResult>} setLike
 *   Records the visitor's wanted state, idempotently: the same call twice changes nothing
 *   the second time. Atomic: concurrent calls, from any number of processes, never lose or
 *   double-count a like. Resolves once the change is committed.
 * @property {() => Promise<void>} [warmUp]
 *   Opens the connections the store keeps open when idle (PostgreSQL's DATABASE_POOL_MIN), which
 *   it would otherwise open at the first requests; settles once each is open or has failed
 *   (rejects with the first failure). A store without such connections has none.
 * @property {() => Promise<import('./end-pool.mjs').Cut | void>} close
 *   Flushes and releases the store; later calls reject. Resolves with the connections it cut,
 *   if any: a database that did not close them within its time limit (end-pool.mjs).
 */

export {};
