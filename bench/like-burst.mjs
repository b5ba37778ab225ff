// A burst of likes on PostgreSQL, bounded: `--visitors` readers (300) like one article at once,
// each from its own address behind a trusted proxy (TRUST_PROXY=1, X-Forwarded-For), so the
// rate limits (in PostgreSQL, or in Redis with --redis) allow every one. `--new` sends each
// reader's like as a new widget does: its own id first, then again with the token of the 403.
// One server process (node server/index.mjs) with DATABASE_POOL_SIZE=`--pool` (10) on a new
// schema; `--hogs n` runs n busy loops beside it, a loaded machine. `--quiet s` first sends a
// burst of as many likes to another article, then waits s seconds: the burst after a quiet spell,
// when the pools may have closed their idle connections (other settings, such as
// DATABASE_POOL_MIN, are passed on from the environment). `--settle s` waits s seconds after the
// start, with no burst before: the first burst after a restart, once a load balancer's health
// check lets it through (without either, the burst follows the start at once). Reports the
// statuses, the count PostgreSQL holds, likes/s, client latency (each reader's whole like), the
// server's own time per request (its log), CPU time per like, the connections the server opened
// during the burst, and the likes the limits were kept for in the process alone (`fallbacks`, its log).
// Needs DATABASE_URL (and REDIS_URL for --redis):
//   node bench/like-burst.mjs [--visitors 300] [--pool 10] [--new] [--redis] [--hogs 0] [--quiet 0] [--settle 0]
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { parseArgs } from 'node:util';
import { ARTICLE, FRENCH, launchProcess, visitor as newVisitor } from '../test/server/harness.mjs';
import { REDIS_URL, freshRedisPrefix, freshSchema } from '../test/server/services.mjs';

const { values } = parseArgs({
  options: { visitors: { type: 'string', default: '300' }, pool: { type: 'string', default: '10' }, new: { type: 'boolean', default: false }, redis: { type: 'boolean', default: false }, hogs: { type: 'string', default: '0' }, quiet: { type: 'string', default: '0' }, settle: { type: 'string', default: '0' } },
});
const visitors = Number(values.visitors);
const quietSeconds = Number(values.quiet);
const settleSeconds = Number(values.settle);

/**
 * POSTs one like on a connection of its own; resolves with its status and body.
 * @param {string} base @param {string} visitor @param {string} client @param {string} [article]
 */
const post = (base, visitor, client, article = ARTICLE) =>
  new Promise((resolve) => {
    const body = JSON.stringify({ visitor, liked: true });
    const req = request(`${base}/api/articles/${article}/likes`, { method: 'POST', agent: false, headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body), 'X-Forwarded-For': client } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text || '{}') }));
    });
    req.on('error', () => resolve({ status: 0, body: {} }));
    req.end(body);
  });

/** CPU time a process has used, in ms (Linux: user + system from /proc, in clock ticks of 10 ms). @param {number} pid */
const cpuMs = (pid) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) * 10;
};

/** @param {number[]} sorted @param {number} q */
const quantile = (sorted, q) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN);

const schema = await freshSchema();
const redis = values.redis ? freshRedisPrefix() : undefined;
const hogs = Array.from({ length: Number(values.hogs) }, () => spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }));
// The server's connections are the ones with this application_name.
const serverUrl = new URL(schema.url);
serverUrl.searchParams.set('application_name', schema.name);
const server = launchProcess({
  DATABASE_URL: serverUrl.href,
  DATABASE_POOL_SIZE: values.pool,
  TRUST_PROXY: '1',
  QUIET: '',
  ...(redis ? { REDIS_URL: /** @type {string} */ (REDIS_URL), REDIS_KEY_PREFIX: redis.prefix } : {}),
});
// The server's log lines to the end ('close': its pipes drained, unlike 'exit').
let errors = '';
server.child.stderr.on('data', (chunk) => (errors += chunk));
const closed = new Promise((resolve) => server.child.once('close', resolve));
try {
  const base = await server.url;
  if (quietSeconds > 0) {
    // Every connection of both pools in use once (another article, other client addresses), then none.
    await Promise.all(Array.from({ length: visitors }, (_, i) => post(base, newVisitor(), `11.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`, FRENCH)));
    await new Promise((resolve) => setTimeout(resolve, quietSeconds * 1000));
  } else if (settleSeconds > 0) await new Promise((resolve) => setTimeout(resolve, settleSeconds * 1000));
  const [{ now: burstStart }] = await schema.query('SELECT clock_timestamp() AS now');
  /** @type {Record<string, number>} */
  const statuses = {};
  /** @type {number[]} */
  const latencies = [];
  const cpuBefore = cpuMs(/** @type {number} */ (server.child.pid));
  const started = performance.now();
  await Promise.all(
    Array.from({ length: visitors }, async (_, i) => {
      const client = `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;
      const sent = performance.now();
      let answer = /** @type {{ status: number, body: any }} */ (await post(base, values.new ? randomUUID() : newVisitor(), client));
      if (values.new && answer.status === 403) answer = /** @type {any} */ (await post(base, answer.body.visitor, client));
      latencies.push(performance.now() - sent);
      statuses[answer.status] = (statuses[answer.status] ?? 0) + 1;
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const serverCpuMs = cpuMs(/** @type {number} */ (server.child.pid)) - cpuBefore;
  const [{ count }] = await schema.query('SELECT coalesce(sum(count), 0)::int AS count FROM like_counts WHERE article_id = $1', [ARTICLE]);
  const [connections] = await schema.query(
    'SELECT count(*)::int AS open, count(*) FILTER (WHERE backend_start >= $2)::int AS opened FROM pg_stat_activity WHERE application_name = $1',
    [schema.name, burstStart],
  );
  server.child.kill('SIGTERM');
  const { output } = await server.exited;
  await closed;
  // Likes limited in the process alone while PostgreSQL's limits did not answer (limits/fallback-log.mjs).
  const fallbacks = [...errors.matchAll(/(\d+) request\(s\) limited in this process alone/g)].reduce((sum, match) => sum + Number(match[1]), 0);
  // The measured burst's likes only (not the warm-up's, of another article).
  const served = [...output.matchAll(/^POST (\S+) \d+ ([\d.]+)ms$/gm)]
    .filter((match) => match[1] === `/api/articles/${ARTICLE}/likes`)
    .map((match) => Number(match[2]))
    .sort((a, b) => a - b);
  latencies.sort((a, b) => a - b);
  console.log(
    JSON.stringify({
      visitors,
      pool: Number(values.pool),
      new: values.new,
      limits: redis ? 'redis' : 'postgres',
      hogs: hogs.length,
      quietSeconds,
      settleSeconds,
      statuses,
      fallbacks,
      count,
      seconds: Number(seconds.toFixed(2)),
      likesPerSecond: Math.round((statuses[200] ?? 0) / seconds),
      clientMs: { p50: quantile(latencies, 0.5), p95: quantile(latencies, 0.95), max: quantile(latencies, 1) },
      serverMs: { requests: served.length, p50: quantile(served, 0.5), p95: quantile(served, 0.95), max: quantile(served, 1) },
      serverCpuMsPerLike: Number((serverCpuMs / visitors).toFixed(2)),
      // Open at the end of the burst, and of those opened during it.
      connections,
    }),
  );
} finally {
  hogs.forEach((hog) => hog.kill());
  if (server.child.exitCode === null) server.child.kill('SIGTERM');
  await schema.drop();
  await redis?.drop();
}
