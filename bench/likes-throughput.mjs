// Likes per second on PostgreSQL with three server processes (and Redis for the rate limits
// when REDIS_URL is set): one hot article, and likes spread over 1 000 articles. Every request
// is a new visitor from a new client address (X-Forwarded-For behind a trusted proxy), so each
// like also takes its rate-limit point. After the load, each visitor's like is sent again
// (idempotent) and the counts are checked: "exact" means every article's count equals its
// visitors, as PostgreSQL stores them and as every process answers.
import { visitor as newVisitor } from '../test/server/harness.mjs';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { ARTICLE, replayLikes, spawnServer } from './server-paths.mjs';

const ARTICLES = 1000;

/** A folder of `n` minimal article documents: bench-article-0 … */
function manyArticles(n) {
  const dir = mkdtempSync(join(tmpdir(), 'story-widgets-articles-'));
  for (let i = 0; i < n; i++) writeFileSync(join(dir, `bench-article-${i}.json`), JSON.stringify({ title: `Bench article ${i}` }));
  return dir;
}

let sequence = 0;
/** A client address per request: 10.x.y.z. */
const clientAddress = () => {
  const n = ++sequence;
  return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
};

/**
 * Three autocannon runs at once, one per process; each request a new visitor of `articleOf()`.
 * @param {Awaited<ReturnType<typeof spawnServer>>[]} servers @param {() => string} articleOf
 * @param {Map<string, string[]>} sent  article → visitors @param {number} seconds
 */
async function loadThree(servers, articleOf, sent, seconds, connections = 16) {
  const cpuBefore = await Promise.all(servers.map((server) => server.cpu()));
  const runs = await Promise.all(
    servers.map(({ url }) =>
      autocannon({
        url,
        connections,
        duration: seconds,
        requests: [
          {
            method: 'POST',
            setupRequest: (/** @type {any} */ request) => {
              const article = articleOf();
              const visitor = newVisitor();
              sent.set(article, [...(sent.get(article) ?? []), visitor]);
              return {
                ...request,
                path: `/api/articles/${article}/likes`,
                headers: { 'content-type': 'application/json', 'x-forwarded-for': clientAddress() },
                body: JSON.stringify({ visitor, liked: true }),
              };
            },
          },
        ],
      }),
    ),
  );
  const cpuMs = (await Promise.all(servers.map((server) => server.cpu()))).reduce((sum, cpu, i) => sum + cpu - /** @type {number} */ (cpuBefore[i]), 0) / 1000;
  const total = runs.reduce((sum, run) => sum + run.requests.total, 0);
  return {
    likesPerSecond: Math.round(runs.reduce((sum, run) => sum + run.requests.average, 0)),
    // Likes per CPU-second of the three Node processes (the database's own CPU not included).
    likesPerCpuSecond: Math.round((total / cpuMs) * 1000),
    p99Ms: Math.max(...runs.map((run) => run.latency.p99)),
    errors: runs.reduce((sum, run) => sum + run.errors + run.non2xx, 0),
  };
}

/**
 * @param {{ databaseUrl: string, redisUrl?: string, seconds?: number }} options
 */
export async function measurePostgres({ databaseUrl, redisUrl, seconds = 5 }) {
  const schema = `sw_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  const url = new URL(databaseUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  const contentDir = manyArticles(ARTICLES);
  // The demo's articles too, so the hot article is the usual one.
  for (const id of [ARTICLE]) writeFileSync(join(contentDir, `${id}.json`), JSON.stringify({ title: 'Hot article' }));
  const env = {
    DATABASE_URL: url.href,
    ...(redisUrl ? { REDIS_URL: redisUrl, REDIS_KEY_PREFIX: `${schema}:` } : {}),
    CONTENT_DIR: contentDir,
    TRUST_PROXY: '1',
    LIKE_RATE_LIMIT: '60',
  };
  const servers = [await spawnServer('app', env)];
  servers.push(...(await Promise.all([spawnServer('app', env), spawnServer('app', env)])));
  const urls = servers.map((server) => server.url);
  try {
    /** @type {Map<string, string[]>} */
    const hotSent = new Map();
    const hot = await loadThree(servers, () => ARTICLE, hotSent, seconds);
    /** @type {Map<string, string[]>} */
    const spreadSent = new Map();
    let next = 0;
    const spread = await loadThree(servers, () => `bench-article-${next++ % ARTICLES}`, spreadSent, seconds);

    // Replays go through the processes too (each a new client address, as in the load).
    for (const [article, visitors] of [...hotSent, ...spreadSent]) await replayLikes(urls, visitors, article, { 'x-forwarded-for': clientAddress });
    await admin.query(`SET search_path TO ${schema}`);
    const { rows } = await admin.query('SELECT article_id, sum(count)::int AS count FROM like_counts GROUP BY article_id');
    const stored = new Map(rows.map((row) => [row.article_id, row.count]));
    /** @param {Map<string, string[]>} sent */
    const exactIn = (sent) => [...sent].every(([article, visitors]) => stored.get(article) === new Set(visitors).size);
    const answered = await Promise.all(urls.map(async (base) => (await (await fetch(`${base}/api/articles/${ARTICLE}/likes`)).json()).count));
    const hotVisitors = new Set(hotSent.get(ARTICLE)).size;
    return {
      processes: urls.length,
      limits: redisUrl ? 'redis' : 'postgres',
      hot: { ...hot, visitors: hotVisitors, exact: exactIn(hotSent) && answered.every((count) => count === hotVisitors) },
      spread: { ...spread, articles: spreadSent.size, visitors: [...spreadSent.values()].reduce((n, v) => n + v.length, 0), exact: exactIn(spreadSent) },
    };
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
    await admin.query(`DROP SCHEMA ${schema} CASCADE`);
    await admin.end();
    rmSync(contentDir, { recursive: true, force: true });
  }
}
