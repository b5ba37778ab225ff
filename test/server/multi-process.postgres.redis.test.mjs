// Three server processes on one PostgreSQL and one Redis, as a site runs them behind a load
// balancer (README "Several processes"): every process gives the same answers, a visitor
// counts once whichever process it reaches, a client's rate limit is one limit, and killing a
// process loses no answered like.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { Agent, request } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { launchProcess, likesUrl, visitor as newVisitor } from './harness.mjs';
import { REDIS_URL, freshRedisPrefix, freshSchema, needsBoth } from './services.mjs';

/** @typedef {{ urls: string[], processes: ReturnType<typeof launchProcess>[], schema: Awaited<ReturnType<typeof freshSchema>>, stop: () => Promise<void> }} Cluster */

/**
 * Three processes on a new schema and Redis key prefix. Behind a trusted proxy, so a test
 * chooses each request's client address with X-Forwarded-For.
 * @param {Record<string, string>} [env]
 * @returns {Promise<Cluster>}
 */
async function cluster(env = {}) {
  const schema = await freshSchema();
  const redis = freshRedisPrefix();
  const settings = { DATABASE_URL: schema.url, REDIS_URL: /** @type {string} */ (REDIS_URL), REDIS_KEY_PREFIX: redis.prefix, TRUST_PROXY: '1', LIKE_RATE_LIMIT: '60', ...env };
  // The first start creates the schema; the other two start at once and find it.
  const processes = [launchProcess(settings)];
  await processes[0]?.url;
  processes.push(launchProcess(settings), launchProcess(settings));
  const urls = await Promise.all(processes.map((process) => process.url));
  return {
    urls,
    processes,
    schema,
    async stop() {
      for (const { child } of processes) if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await Promise.all(processes.map((process) => process.exited));
      await Promise.all([schema.drop(), redis.drop()]);
    },
  };
}

let address = 0;
/** A client address no other request used: each like comes from its own reader. */
const newClient = () => `10.${(++address >> 16) & 255}.${(address >> 8) & 255}.${address & 255}`;

/** Kept-alive connections, as a browser keeps them, as many as the requests at once. */
const agent = new Agent({ keepAlive: true, maxSockets: Infinity });
after(() => agent.destroy());

/**
 * @typedef {{ status: number, body?: any, retryAfter?: string | null }} Answer
 * @typedef {Answer & { refused: Answer[] }} LikeAnswer  refused: the 503s it was answered first
 */

/**
 * POSTs a like to `base` from `client`, as a reader's client does. A request whose connection
 * fails is sent again (the same body changes nothing twice), as a reader would click again; with
 * `once`, it resolves with status 0 instead. A 503 is the server's overload (the like waited
 * over 3 s for a database connection and was not recorded): it is sent again once its
 * Retry-After is over, up to 5 times; `overloaded(answer)` is called first, while nothing else
 * of that visitor is under way.
 * @param {string} base @param {string} article @param {string} visitor @param {boolean} liked
 * @param {{ client?: string, once?: boolean, overloaded?: (answer: Answer) => Promise<void> }} [options]
 * @returns {Promise<LikeAnswer>}
 */
async function like(base, article, visitor, liked, { client = newClient(), once = false, overloaded } = {}) {
  /** @type {Answer[]} */
  const refused = [];
  for (let attempt = 1; ; attempt++) {
    const answer = await send(base, article, visitor, liked, client);
    if (answer.status === 0 && !once && attempt < 3) continue;
    if (answer.status === 503 && refused.length < 5 && Number(answer.retryAfter) > 0) {
      refused.push(answer);
      await overloaded?.(answer);
      await new Promise((resolve) => setTimeout(resolve, Number(answer.retryAfter) * 1000));
      continue;
    }
    return { ...answer, refused };
  }
}

/**
 * One POST with its headers and body in one write, as browsers send a like. (fetch writes the
 * body after the headers, a turn of its event loop later: with 3 000 requests at once on a loaded
 * machine, that turn came over 10 s after the headers, and the server answered 408, its
 * REQUEST_TIMEOUT_MS for a body that has not arrived.)
 * @param {string} base @param {string} article @param {string} visitor @param {boolean} liked @param {string} client
 * @returns {Promise<Answer>}
 */
function send(base, article, visitor, liked, client) {
  const body = JSON.stringify({ visitor, liked });
  const headers = { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body), 'X-Forwarded-For': client };
  return new Promise((resolve) => {
    const req = request(likesUrl(base, article), { method: 'POST', agent, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => {
        try {
          resolve({ status: res.statusCode ?? 0, body: JSON.parse(text), retryAfter: res.headers['retry-after'] ?? null });
        } catch {
          resolve({ status: 0 });
        }
      });
      res.on('error', () => resolve({ status: 0 }));
    });
    req.on('error', () => resolve({ status: 0 }));
    req.end(body);
  });
}

/** The live count as each process answers it. @param {Cluster} c @param {string} article */
const countsOf = (c, article) =>
  Promise.all(c.urls.map(async (base) => (await (await fetch(`${likesUrl(base, article)}?visitor=${randomUUID()}`)).json()).count));

describe('three processes on one PostgreSQL and one Redis', { skip: needsBoth, timeout: 120_000 }, () => {
  /** @type {Cluster} */
  let c;
  before(async () => {
    c = await cluster();
  });
  after(() => c?.stop());

  it('counts exactly 3 000 when 3 000 visitors like one article at once across the three', async () => {
    const article = 'chechnya-purge-restarted';
    const visitors = Array.from({ length: 3000 }, () => newVisitor());
    /** The visitors whose like was recorded when a 503 was answered to it: none may be. @type {string[]} */
    const recordedAt503 = [];
    const answers = await Promise.all(
      visitors.map((visitor, i) =>
        like(/** @type {string} */ (c.urls[i % 3]), article, visitor, true, {
          // On a loaded machine the burst may be more than the database can take within the 3 s a
          // like waits for a connection: a 503, by design, which must have recorded nothing.
          overloaded: async () => {
            if ((await c.schema.query('SELECT 1 FROM likes WHERE article_id = $1 AND visitor = $2', [article, visitor])).length) recordedAt503.push(visitor);
          },
        }),
      ),
    );
    const refused = answers.flatMap((answer) => answer.refused);
    // Every answer a 200 or the designed 503 with Retry-After (no other 5xx, no 408), and every like ends a 200.
    assert.deepEqual([...new Set(answers.map((answer) => answer.status))], [200], `final statuses; ${refused.length} 503s retried`);
    assert.ok(refused.every((answer) => answer.status === 503 && /^[1-9]\d*$/.test(answer.retryAfter ?? '') && typeof answer.body?.error === 'string'));
    assert.deepEqual(recordedAt503, [], 'a 503 recorded nothing');
    assert.ok(answers.every((answer) => answer.body?.liked === true && answer.body.count >= 1 && answer.body.count <= 3000));
    // Every like recorded, once: the 3 000 visitors in the table, and the count every process answers.
    const liked = (await c.schema.query('SELECT visitor FROM likes WHERE article_id = $1 AND liked', [article])).map((row) => row.visitor);
    assert.deepEqual(liked.sort(), [...visitors].sort());
    assert.deepEqual(await countsOf(c, article), [3000, 3000, 3000]);
  });

  it('counts one visitor once for 1 000 requests across the three', async () => {
    const article = 'nirvana-1992-benefit';
    const visitor = newVisitor();
    const answers = await Promise.all(Array.from({ length: 1000 }, (_, i) => like(/** @type {string} */ (c.urls[i % 3]), article, visitor, true)));
    assert.ok(answers.every((answer) => answer.status === 200 && answer.body && 'count' in answer.body && answer.body.count === 1));
    assert.deepEqual(await countsOf(c, article), [1, 1, 1]);
  });

  it('after a like/unlike storm, counts exactly the visitors whose last wish was a like', async () => {
    const article = 'favorite-posts-week';
    /** @type {Map<string, boolean>} */
    const last = new Map();
    // 200 visitors at once, each sending 5 likes or unlikes one after another, each to any process.
    // Expected from the wishes, not the answers: a process that dropped a wish and answered (and
    // counted) the state it kept would agree with its own answers.
    await Promise.all(
      Array.from({ length: 200 }, async (_, v) => {
        const visitor = newVisitor();
        for (let i = 0; i < 5; i++) {
          const liked = Math.random() < 0.5;
          const answer = await like(/** @type {string} */ (c.urls[(v + i) % 3]), article, visitor, liked);
          assert.equal(answer.status, 200);
          assert.equal(/** @type {{ liked: boolean }} */ (answer.body).liked, liked, 'answered with the wish');
          last.set(visitor, liked);
        }
      }),
    );
    const expected = [...last.values()].filter(Boolean).length;
    assert.deepEqual(await countsOf(c, article), [expected, expected, expected]);
  });

  it('limits one client once across the three processes, not three times', async () => {
    const article = 'weekend-on-the-ridge';
    // LIKE_RATE_LIMIT=60: 10 likes at once, then 429 until the 10-second window ends.
    const client = '203.0.113.77';
    const answers = await Promise.all(Array.from({ length: 30 }, (_, i) => like(/** @type {string} */ (c.urls[i % 3]), article, newVisitor(), true, { client })));
    const statuses = answers.map((answer) => answer.status);
    assert.equal(statuses.filter((status) => status === 200).length, 10, statuses.join(' '));
    assert.equal(statuses.filter((status) => status === 429).length, 20);
    // An IPv6 client is its /64: another address of the same /64 is the same client.
    const v6 = await Promise.all(
      ['2001:db8:7:1::1', '2001:db8:7:1::2', '2001:db8:7:1:ffff::3'].flatMap((ip) => Array.from({ length: 6 }, (_, i) => like(/** @type {string} */ (c.urls[i % 3]), article, newVisitor(), true, { client: ip }))),
    );
    assert.equal(v6.filter((answer) => answer.status === 200).length, 10);
  });
});

describe('kill -9 of one of three processes mid-storm', { skip: needsBoth, timeout: 120_000 }, () => {
  it('loses no answered like', async () => {
    const c = await cluster({ LIKE_RATE_LIMIT: '0' });
    try {
      const article = 'girls-will-be-girls-remastered';
      /** @type {string[]} */
      const answered = [];
      let killed = false;
      // 1 200 visitors, 100 at a time, round-robin; the third process dies after 400 answers.
      const visitors = Array.from({ length: 1200 }, () => newVisitor());
      for (let i = 0; i < visitors.length; i += 100) {
        await Promise.all(
          visitors.slice(i, i + 100).map(async (visitor, j) => {
            const answer = await like(/** @type {string} */ (c.urls[(i + j) % 3]), article, visitor, true, { once: true });
            if (answer.status === 200) answered.push(visitor);
            if (!killed && answered.length >= 400) {
              killed = true;
              c.processes[2]?.child.kill('SIGKILL');
            }
          }),
        );
      }
      assert.ok(killed);
      assert.ok(answered.length >= 900, `${answered.length} answered`);
      const liked = new Set((await c.schema.query('SELECT visitor FROM likes WHERE article_id = $1 AND liked', [article])).map((row) => row.visitor));
      const lost = answered.filter((visitor) => !liked.has(visitor));
      assert.deepEqual(lost, [], 'every answered like is stored');
      // and the count is the stored likes, as the surviving processes say
      const counts = await Promise.all(c.urls.slice(0, 2).map(async (base) => (await (await fetch(`${likesUrl(base, article)}?visitor=x`)).json()).count));
      assert.deepEqual(counts, [liked.size, liked.size]);
    } finally {
      await c.stop();
    }
  });
});
