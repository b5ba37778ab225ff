// The like storage interface. The HTTP layer talks only to this shape, so the SQLite file
// (sqlite-storage.mjs) can be replaced by a networked database without touching the routes.
// Every method is async for that reason, even though SQLite answers synchronously.

/**
 * @typedef {object} LikeResult
 * @property {number} count   likes of the article after the change
 * @property {boolean} liked  the visitor's state after the change
 */

/**
 * @typedef {object} LikeStore
 * @property {(articleId: string) => Promise<number>} count
 *   Current number of visitors who like the article (0 when nobody ever did).
 * @property {(articleId: string, visitor: string, liked: boolean) => Promise<LikeResult>} setLike
 *   Records the visitor's wanted state, idempotently: the same call twice changes nothing
 *   the second time. Atomic: concurrent calls never lose or double-count a like.
 * @property {() => Promise<void>} close
 *   Flushes and releases the store; later calls reject.
 */

export {};
