// The real PostgreSQL and Redis of the PostgreSQL/Redis suites (*.postgres.test.mjs,
// *.redis.test.mjs): each suite gets its own schema or key prefix and removes it after.
// Without DATABASE_URL / REDIS_URL the suites skip (npm test names them in one line; CI sets both).
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import pg from 'pg';

export const DATABASE_URL = process.env.DATABASE_URL;
export const REDIS_URL = process.env.REDIS_URL;

/** `skip` option of a suite that needs PostgreSQL. */
export const needsPostgres = DATABASE_URL ? false : 'DATABASE_URL is not set';
/** `skip` option of a suite that needs Redis. */
export const needsRedis = REDIS_URL ? false : 'REDIS_URL is not set';
/** `skip` option of a suite that needs both. */
export const needsBoth = needsPostgres || needsRedis;

/**
 * A new, empty schema on DATABASE_URL, and a URL whose connections use it.
 * @returns {Promise<{ url: string, name: string, query: (sql: string, values?: unknown[]) => Promise<any[]>, drop: () => Promise<void> }>}
 */
export async function freshSchema() {
  const name = `sw_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${name}`);
  const url = new URL(/** @type {string} */ (DATABASE_URL));
  url.searchParams.set('options', `-c search_path=${name}`);
  return {
    url: url.href,
    name,
    async query(sql, values) {
      await admin.query(`SET search_path TO ${name}`);
      return (await admin.query(sql, values)).rows;
    },
    async drop() {
      await admin.query(`DROP SCHEMA ${name} CASCADE`);
      await admin.end();
    },
  };
}

/** A Redis key prefix no other test uses, and a function that deletes its keys. */
export function freshRedisPrefix() {
  const prefix = `sw-test-${randomBytes(6).toString('hex')}:`;
  return {
    prefix,
    async drop() {
      const redis = new Redis(/** @type {string} */ (REDIS_URL));
      const keys = await redis.keys(`${prefix}*`);
      if (keys.length) await redis.del(...keys);
      await redis.quit();
    },
  };
}
