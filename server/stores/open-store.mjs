// Picks the LikeStore from the settings: PostgreSQL when DATABASE_URL is set, else the SQLite
// file DATABASE_PATH.
import { openPostgresStore } from './postgres.mjs';
import { openSqliteStore } from './sqlite.mjs';

/**
 * @param {Pick<import('../config.mjs').ServerConfig, 'databaseUrl' | 'databasePath' | 'sqliteSynchronous'>} config
 * @returns {Promise<import('./like-store.mjs').LikeStore & import('../visitor-tokens.mjs').SecretKeeper>}
 */
export async function openStore({ databaseUrl, databasePath, sqliteSynchronous }) {
  return databaseUrl ? openPostgresStore(databaseUrl) : openSqliteStore(databasePath, { synchronous: sqliteSynchronous });
}
