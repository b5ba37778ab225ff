// Start-up check of the SQLite file, before any like is answered: it must take a write (made
// in a transaction that is rolled back) and pass SQLite's quick_check. A read-only or damaged
// file then stops the start with one line that says what to do, instead of a 500 per like.
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';

/**
 * Throws an Error with a one-line message when the existing database at `path` is not
 * usable; a file that does not exist yet is left for the store to create.
 * @param {string} path
 */
export function checkSqliteFile(path) {
  if (path === ':memory:' || !existsSync(path)) return;
  /** @type {import('better-sqlite3').Database | undefined} */
  let db;
  try {
    db = new Database(path, { fileMustExist: true });
    db.pragma('busy_timeout = 5000');
    const damaged = (/** @type {unknown} */ why) => new Error(`the database ${path} is damaged (${describe(why)}): restore it from a backup, or move it away to start empty`);
    // First the write: reading a WAL database needs write access too (its -shm file).
    try {
      db.exec('BEGIN IMMEDIATE; CREATE TABLE story_widgets_write_check (x); ROLLBACK;');
    } catch (error) {
      if (/not a database|malformed|corrupt/i.test(describe(error))) throw damaged(error);
      throw new Error(`the database ${path} cannot be written (${describe(error)}): check the permissions of the file and its folder`);
    }
    /** @type {unknown} */
    let verdict;
    try {
      verdict = db.pragma('quick_check', { simple: true });
    } catch (error) {
      throw damaged(error);
    }
    if (verdict !== 'ok') throw damaged(`SQLite quick_check: ${verdict}`);
  } catch (error) {
    if (error instanceof Error && error.message.startsWith('the database ')) throw error;
    throw new Error(`the database ${path} cannot be opened (${describe(error)})`);
  } finally {
    db?.close();
  }
}

/** @param {unknown} error */
const describe = (error) => (error instanceof Error ? error.message : String(error)).split('\n')[0];
