// A tiny fake backend inside the test runner's dev server (Koa middleware), so browser tests
// make real HTTP requests and can count them. Every route is under /test-api/.
//
//   GET  /test-api/doc?key=K[&status=500][&fail=2][&delay=ms][&hang=1][&type=text/html]
//        [&body=raw][&size=bytes][&retryAfter=s][&redirect=url]
//        The seed article (or `body`), after `fail` answers of `status` (default 500).
//   POST /test-api/likes?key=K[&status=500][&delay=ms][&hang=1][&body=raw][&fail=N][&base=n][&tokens=1|refuse|none|hostile][&give=1|long|hostile]
//        The like protocol: {"visitor","liked"} → {"count","liked"}, idempotent per visitor.
//        tokens=1: a visitor that is no "issued-…" token is answered 403 {"error","visitor":
//        "issued-<uuid>"}; tokens=refuse: every visitor is, even an issued one; tokens=none:
//        403 without a token; tokens=hostile: 403 with markup as the token. give=1: every 200
//        answer (and a failing one, as JSON) carries a new "issued-…" token; give=long: a 350-character one with `+/=`;
//        give=hostile: markup as the token.
//   GET  /test-api/likes?key=K[&visitor=id][…same options]  the live state → {"count","liked"}
//   GET  /test-api/player?key=K
//        A stand-in for a video provider's player page (tests have no internet).
//   GET  /test-api/hits?key=K   → [{ method, url, body, cookie, contentType }] for that key
//   POST /test-api/reset?key=K  → forgets the key (counts, likes)
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';

const HOSTILE_TOKEN = '<img src=x onerror=alert(1)> issued-but-not-an-id';
/** A token as another server may issue: long (a JWT's size), with base64's `+`, `/` and `=`. */
const longToken = () => `issued-${randomUUID()}.${'eyJhbGciOiJIUzI1NiJ9+a/b='.repeat(12)}`;
/** The `visitor` field a like answer carries with give=1 (a new token), give=long or give=hostile. */
const given = (give) => (give ? { visitor: give === 'hostile' ? HOSTILE_TOKEN : give === 'long' ? longToken() : `issued-${randomUUID()}` } : {});
const seed = readFileSync(new URL('../fixtures/seed-article.json', import.meta.url), 'utf8');
const hits = new Map();
const likes = new Map(); // key → { base, visitors: Set }

const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function readRequestBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

export async function testApi(ctx, next) {
  if (!ctx.path.startsWith('/test-api/')) return next();
  const q = ctx.query;
  const key = String(q.key ?? 'default');
  const route = ctx.path.slice('/test-api/'.length);

  if (route === 'hits') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(hits.get(key) ?? []);
    return;
  }
  if (route === 'reset') {
    hits.delete(key);
    likes.delete(key);
    ctx.body = '{}';
    return;
  }

  const body = ctx.method === 'POST' ? await readRequestBody(ctx.req) : undefined;
  const list = hits.get(key) ?? [];
  list.push({ method: ctx.method, url: ctx.url, body, cookie: ctx.get('cookie'), contentType: ctx.get('content-type') });
  hits.set(key, list);

  if (q.delay) await wait(Number(q.delay));
  if (q.hang) {
    // Never answers (until the client gives up): the time-out case.
    await new Promise((resolve) => ctx.req.on('close', resolve));
    return;
  }
  const failing = q.fail !== undefined ? list.length <= Number(q.fail) : q.status !== undefined;
  if (failing) {
    ctx.status = Number(q.status ?? 500);
    if (q.retryAfter) ctx.set('Retry-After', String(q.retryAfter));
    // With give=…, a JSON error that carries a token (contract §4: any answer may).
    ctx.type = q.give ? 'application/json' : 'text/plain';
    ctx.body = q.give ? JSON.stringify({ error: 'failure on purpose', ...given(q.give) }) : 'failure on purpose';
    return;
  }
  if (q.redirect) {
    ctx.redirect(String(q.redirect));
    return;
  }
  if (route === 'doc') {
    ctx.type = String(q.type ?? 'application/json');
    ctx.body = q.size ? JSON.stringify({ title: 'big', padding: 'x'.repeat(Number(q.size)) }) : String(q.body ?? seed);
    return;
  }
  if (route === 'player') {
    ctx.type = 'text/html';
    ctx.body = '<!doctype html><html lang="en"><title>Stand-in player</title><p>A stand-in for the video player.</p></html>';
    return;
  }
  if (route === 'likes') {
    ctx.type = 'application/json';
    if (q.body !== undefined) {
      ctx.body = String(q.body);
      return;
    }
    const state = likes.get(key) ?? { base: Number(q.base ?? 0), visitors: new Set() };
    likes.set(key, state);
    if (ctx.method === 'GET') {
      ctx.body = JSON.stringify({ count: state.base + state.visitors.size, liked: state.visitors.has(String(q.visitor ?? '')), ...given(q.give) });
      return;
    }
    let parsed;
    try {
      parsed = JSON.parse(body ?? '');
    } catch {
      ctx.status = 400;
      ctx.body = '{"error":"bad body"}';
      return;
    }
    if (q.tokens && (q.tokens !== '1' || !String(parsed.visitor).startsWith('issued-'))) {
      ctx.status = 403;
      ctx.body = JSON.stringify({ error: 'Unknown visitor.', ...(q.tokens === 'none' ? {} : { visitor: q.tokens === 'hostile' ? HOSTILE_TOKEN : `issued-${randomUUID()}` }) });
      return;
    }
    if (parsed.liked) state.visitors.add(parsed.visitor);
    else state.visitors.delete(parsed.visitor);
    ctx.body = JSON.stringify({ count: state.base + state.visitors.size, liked: Boolean(parsed.liked), ...given(q.give) });
    return;
  }
  ctx.status = 404;
}
