// `node server/index.mjs` on PostgreSQL (DATABASE_URL), as README's "Several processes" runs it:
// its start-up lines name the database it really uses, and a search_path whose schema does not
// exist stops the start with one line that says what to do.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import { ARTICLE, likesUrl, postLike, start, startupOutput, visitor } from './harness.mjs';
import { DATABASE_URL, freshSchema, needsPostgres } from './services.mjs';

/** Runs the server on `databaseUrl` until it has printed its start-up lines, or exits on its own. @param {string} databaseUrl */
const launch = (databaseUrl) => startupOutput({ DATABASE_URL: databaseUrl });

describe('start-up on PostgreSQL', { skip: needsPostgres }, () => {
  it('names PostgreSQL as the likes database, with its password hidden, not the unused SQLite path', async () => {
    const schema = await freshSchema();
    try {
      const url = new URL(schema.url);
      url.password = 'not-to-be-printed';
      const { stdout } = await launch(url.href);
      const line = stdout.split('\n').find((text) => text.includes('likes database'));
      assert.ok(line, stdout);
      assert.match(line, /likes database\s+PostgreSQL postgres:\/\/[^\s]*:\*\*\*@/);
      assert.ok(line.includes(schema.name), line);
      assert.ok(!line.includes('not-to-be-printed') && !line.includes('likes.sqlite'), line);
    } finally {
      await schema.drop();
    }
  });

  it('starts, and counts likes, as a role that may only read and write the tables made at the first start', async () => {
    const schema = await freshSchema();
    const role = `sw_rw_${randomBytes(6).toString('hex')}`;
    try {
      // The first start (an owner of the schema) makes the tables.
      const first = await start({ env: { DATABASE_URL: schema.url, REDIS_URL: '' } });
      await first.stop();
      await schema.query(`CREATE ROLE ${role} LOGIN`);
      await schema.query(`GRANT USAGE ON SCHEMA ${schema.name} TO ${role}`);
      await schema.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${schema.name} TO ${role}`);
      const url = new URL(schema.url);
      url.username = role;
      url.password = '';
      const server = await start({ env: { DATABASE_URL: url.href, REDIS_URL: '', LIKE_RATE_LIMIT: '0' } });
      try {
        const answer = await postLike(likesUrl(server.url), { visitor: visitor(), liked: true });
        assert.equal(answer.status, 200);
        assert.equal((await answer.json()).count, 1);
        assert.equal((await (await fetch(`${server.url}/api/articles/${ARTICLE}`)).json()).likes.count, 1);
      } finally {
        await server.stop();
      }
    } finally {
      // Its grants go first (DROP OWNED BY), then the role, which is the cluster's, not the schema's.
      await schema.query(`DROP OWNED BY ${role}`).catch(() => {});
      await schema.query(`DROP ROLE IF EXISTS ${role}`);
      await schema.drop();
    }
  });

  it('stops on a search_path whose schema does not exist, in one line that says to create it', async () => {
    const url = new URL(/** @type {string} */ (DATABASE_URL));
    const missing = `sw_missing_${randomBytes(6).toString('hex')}`;
    url.searchParams.set('options', `-c search_path=${missing}`);
    const { code, stderr } = await launch(url.href);
    assert.equal(code, 1);
    const lines = stderr.trim().split('\n');
    assert.equal(lines.length, 1, stderr);
    assert.match(lines[0], new RegExp(`could not start: .*search_path \\(${missing}\\): create it first \\(CREATE SCHEMA`));
  });
});
