// Picks the LikeStore from the settings: PostgreSQL when DATABASE_URL is set (with
// DATABASE_POOL_SIZE connections at most, each waited for databaseWaitMs at most, and
// DATABASE_POOL_MIN of them kept open when idle), else the SQLite file DATABASE_PATH.
import { checkSqliteFile } from '../database-check.mjs';
import { openPostgresStore } from './postgres.mjs';
import { openSqliteStore } from './sqlite.mjs';

/**
 * @param {Pick<import('../config.mjs').ServerConfig, 'databaseUrl' | 'databasePoolSize' | 'databasePoolMin' | 'databaseIdleMs' | 'databaseWaitMs' | 'databasePath' | 'sqliteSynchronous'>} config
 * @returns {Promise<import('./like-store.mjs').LikeStore & import('../visitor-tokens.mjs').SecretKeeper>}
 */
export async function openStore({ databaseUrl, databasePoolSize, databasePoolMin, databaseIdleMs, databaseWaitMs, databasePath, sqliteSynchronous }) {
  if (databaseUrl) {
    return openPostgresStore(databaseUrl, { poolSize: databasePoolSize, poolMin: databasePoolMin, idleMs: databaseIdleMs, waitMs: databaseWaitMs });
  }
  // A read-only or damaged file stops the start here, not as a 500 per like.
  checkSqliteFile(databasePath);
  return openSqliteStore(databasePath, { synchronous: sqliteSynchronous });
}
