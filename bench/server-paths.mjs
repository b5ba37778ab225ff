// The server's hot paths against the floor, in one run: a bare node:http server answering
// fixed JSON (reading the POST body, as any server must), the like path (POST, each request a
// new visitor) and the document path (GET /api/articles/:id) of the reference server on SQLite.
// Each server runs in its own process; rounds alternate floor and path so load on the machine
// hits both alike, and the ratio of each round is kept (the median is reported).
import { ARTICLE, TEST_SECRET, visitor as newVisitor } from '../test/server/harness.mjs';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';

export { ARTICLE };
const SCRIPT = new URL('./serve.mjs', import.meta.url).pathname;

/**
 * Starts `bench/serve.mjs <mode>` in a child process.
 * @param {'floor' | 'app'} mode @param {Record<string, string>} [env]
 */
export async function spawnServer(mode, env = {}) {
  const child = spawn(process.execPath, [SCRIPT, mode], { env: { ...process.env, VISITOR_SECRET: TEST_SECRET, ...env }, stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
  const [line] = await once(createInterface({ input: /** @type {import('node:stream').Readable} */ (child.stdout) }), 'line');
  return {
    url: /** @type {string} */ (JSON.parse(line).url),
    child,
    /** CPU time the server process has used so far, in µs. */
    async cpu() {
      child.send('cpu');
      const [message] = await once(child, 'message');
      return /** @type {number} */ (message.cpu);
    },
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await once(child, 'exit');
      }
    },
  };
}

/**
 * A POST of a new visitor's like per request; each visitor id is added to `sent`.
 * @param {string[]} [sent]
 */
export const likeRequest = (sent = []) => ({
  method: /** @type {const} */ ('POST'),
  headers: { 'content-type': 'application/json' },
  setupRequest: (/** @type {any} */ request) => {
    // A signed visitor token, as the server issues them (spawnServer passes the test secret).
    const visitor = newVisitor();
    sent.push(visitor);
    return { ...request, body: JSON.stringify({ visitor, liked: true }) };
  },
});

/**
 * autocannon may prepare a request it never completes; sending every visitor's like again
 * (idempotent) makes the expected count exactly one per visitor, which `exact` then checks.
 * @param {string[]} bases  servers to spread the replay over @param {string[]} sent @param {string} [id]
 * @param {Record<string, () => string>} [headers]  headers made per request
 */
export async function replayLikes(bases, sent, id = ARTICLE, headers = {}) {
  for (let i = 0; i < sent.length; i += 50) {
    await Promise.all(
      sent.slice(i, i + 50).map((visitor, j) =>
        fetch(`${bases[(i + j) % bases.length]}/api/articles/${id}/likes`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...Object.fromEntries(Object.entries(headers).map(([name, make]) => [name, make()])) },
          body: JSON.stringify({ visitor, liked: true }),
        }).then((response) => response.arrayBuffer()),
      ),
    );
  }
}

/**
 * @param {{ url: string, cpu(): Promise<number> }} server @param {string} path @param {object} request @param {number} duration
 * @returns {Promise<Run>}
 */
export async function load(server, path, request, duration, connections = 50) {
  const cpuBefore = await server.cpu();
  const result = await autocannon({ url: server.url + path, connections, duration, requests: [request] });
  const cpuMs = ((await server.cpu()) - cpuBefore) / 1000;
  const done = result.requests.total;
  return { perSecond: Math.round(result.requests.average), perCpuSecond: Math.round((done / cpuMs) * 1000), p99Ms: result.latency.p99, errors: result.errors + result.non2xx };
}

/** @typedef {{ perSecond: number, perCpuSecond: number, p99Ms: number, errors: number }} Run */

const median = (/** @type {number[]} */ values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/**
 * @param {{ rounds?: number, seconds?: number }} [options]
 */
export async function measureServerPaths({ rounds = 3, seconds = 3 } = {}) {
  const temp = mkdtempSync(join(tmpdir(), 'story-widgets-bench-'));
  // SQLite, whatever DATABASE_URL / REDIS_URL the bench itself was given.
  const sqlite = { DATABASE_URL: '', REDIS_URL: '' };
  const app = await spawnServer('app', { ...sqlite, DATABASE_PATH: join(temp, 'likes.sqlite') });
  const full = await spawnServer('app', { ...sqlite, DATABASE_PATH: join(temp, 'full.sqlite'), SQLITE_SYNCHRONOUS: 'FULL' });
  const documentPath = `/api/articles/${ARTICLE}`;
  const likesPath = `${documentPath}/likes`;
  const documentBody = await (await fetch(app.url + documentPath)).text();
  const floor = await spawnServer('floor', { FLOOR_DOCUMENT: documentBody });
  try {
    /** @type {Record<'floorPost' | 'like' | 'likeFull' | 'floorGet' | 'document', Run[]>} */
    const runs = { floorPost: [], like: [], likeFull: [], floorGet: [], document: [] };
    /** @type {string[]} */
    const sent = [];
    /** @type {string[]} */
    const sentFull = [];
    for (let round = 0; round < rounds; round++) {
      runs.floorPost.push(await load(floor, likesPath, likeRequest(), seconds));
      runs.like.push(await load(app, likesPath, likeRequest(sent), seconds));
      runs.likeFull.push(await load(full, likesPath, likeRequest(sentFull), seconds));
      runs.floorGet.push(await load(floor, documentPath, { method: 'GET' }, seconds));
      runs.document.push(await load(app, documentPath, { method: 'GET' }, seconds));
    }
    await replayLikes([app.url], sent);
    await replayLikes([full.url], sentFull);
    const [count, countFull] = await Promise.all([likeCount(app.url), likeCount(full.url)]);
    // Per round, path ÷ floor: by requests per second (what a client sees, noisy on a shared
    // machine) and by requests per CPU-second (what the server costs; steady under load).
    const ratio = (/** @type {'like' | 'likeFull' | 'document'} */ path, /** @type {'floorPost' | 'floorGet'} */ base) => {
      const of = (/** @type {'perSecond' | 'perCpuSecond'} */ key) => median(runs[path].map((run, i) => run[key] / /** @type {Run} */ (runs[base][i])[key]));
      return { ratio: of('perSecond'), cpuRatio: of('perCpuSecond') };
    };
    const pick = (/** @type {keyof typeof runs} */ name) => ({
      perSecond: median(runs[name].map((r) => r.perSecond)),
      perCpuSecond: median(runs[name].map((r) => r.perCpuSecond)),
      p99Ms: median(runs[name].map((r) => r.p99Ms)),
      errors: runs[name].reduce((n, r) => n + r.errors, 0),
    });
    return {
      floorPost: pick('floorPost'),
      floorGet: pick('floorGet'),
      like: { ...pick('like'), ...ratio('like', 'floorPost'), visitors: sent.length, count, exact: count === sent.length },
      likeFull: { ...pick('likeFull'), ...ratio('likeFull', 'floorPost'), visitors: sentFull.length, count: countFull, exact: countFull === sentFull.length },
      document: { ...pick('document'), ...ratio('document', 'floorGet') },
    };
  } finally {
    await Promise.all([app.stop(), full.stop(), floor.stop()]);
    rmSync(temp, { recursive: true, force: true });
  }
}

/** The live count (GET …/likes, never cached). @param {string} base @param {string} [id] */
export async function likeCount(base, id = ARTICLE) {
  return (await (await fetch(`${base}/api/articles/${id}/likes?visitor=bench-reader`)).json()).count;
}
