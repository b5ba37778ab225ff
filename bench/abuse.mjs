// "Fake likes one client can add in 10 s": one client (one address) hammering the like
// endpoint of a server with the default limits, for `seconds` per attack:
//   invented ids         — a new random visitor id per request;
//   spoofed headers      — the same, each with a random X-Forwarded-For (no TRUST_PROXY);
//   issued tokens        — collects a token from each 403 and likes with it (spoofed headers too);
//   behind one proxy     — TRUST_PROXY=1, the client's random X-Forwarded-For plus the entry
//                          its proxy appends (the real address), tokens as above.
// Goal: 0 with invented ids; with issued tokens at most VISITOR_TOKEN_LIMIT (new visitors per
// client per hour). `node bench/abuse.mjs [--seconds 10]` runs it alone.
import { randomUUID } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { likeCount, likesUrl, postLike, start } from '../test/server/harness.mjs';

const WORKERS = 20;
const randomIpv4 = () => Array.from({ length: 4 }, () => Math.floor(Math.random() * 254) + 1).join('.');

/**
 * @param {string} url @param {string} visitor @param {Record<string, string>} headers
 * @returns {Promise<{ status: number, visitor?: string }>}
 */
async function like(url, visitor, headers) {
  const response = await postLike(url, { visitor, liked: true }, headers);
  const body = await response.json().catch(() => ({}));
  return { status: response.status, visitor: body.visitor };
}

/**
 * One attack for `seconds` with WORKERS requests in flight; the number of likes it added.
 * @param {{ env?: Record<string, string>, seconds: number, headers: () => Record<string, string>, useTokens: boolean }} attack
 */
async function attack({ env = {}, seconds, headers, useTokens }) {
  // The defaults a site owner gets (LIKE_RATE_LIMIT, VISITOR_TOKEN_LIMIT), not the tests' ones.
  const server = await start({ env: { VISITOR_SECRET: '', ...env } });
  try {
    const url = likesUrl(server.url);
    const count = () => likeCount(server.url);
    const before = await count();
    const end = performance.now() + seconds * 1000;
    let requests = 0;
    const worker = async () => {
      while (performance.now() < end) {
        requests++;
        const answer = await like(url, randomUUID(), headers());
        if (useTokens && answer.status === 403 && answer.visitor) {
          requests++;
          await like(url, answer.visitor, headers());
        }
      }
    };
    await Promise.all(Array.from({ length: WORKERS }, worker));
    return { added: (await count()) - before, requests, limits: { likesPerMinute: server.config.likeRateLimit, tokensPerHour: server.config.visitorTokenLimit } };
  } finally {
    await server.stop();
  }
}

/** @param {{ seconds?: number }} [options] */
export async function measureAbuse({ seconds = 10 } = {}) {
  const spoofed = () => ({ 'X-Forwarded-For': randomIpv4() });
  const proxied = () => ({ 'X-Forwarded-For': `${randomIpv4()}, 198.51.100.7` });
  const invented = await attack({ seconds, headers: () => ({}), useTokens: false });
  const spoofedIds = await attack({ seconds, headers: spoofed, useTokens: false });
  const tokens = await attack({ seconds, headers: spoofed, useTokens: true });
  const behindProxy = await attack({ seconds, env: { TRUST_PROXY: '1' }, headers: proxied, useTokens: true });
  const limit = tokens.limits.tokensPerHour;
  return {
    seconds,
    rows: [
      { attack: 'invented ids', requests: invented.requests, 'fake likes': invented.added, goal: 0 },
      { attack: 'invented ids, spoofed X-Forwarded-For', requests: spoofedIds.requests, 'fake likes': spoofedIds.added, goal: 0 },
      { attack: 'issued tokens, spoofed X-Forwarded-For', requests: tokens.requests, 'fake likes': tokens.added, goal: `≤ ${limit}` },
      { attack: 'issued tokens, behind one proxy (TRUST_PROXY=1)', requests: behindProxy.requests, 'fake likes': behindProxy.added, goal: `≤ ${limit}` },
    ],
    ok: invented.added === 0 && spoofedIds.added === 0 && tokens.added <= limit && behindProxy.added <= limit,
  };
}

/** @param {Awaited<ReturnType<typeof measureAbuse>>} abuse */
export function printAbuse(abuse) {
  console.log(`## Fake likes one client can add in ${abuse.seconds} s (default limits)`);
  console.table(abuse.rows);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const at = process.argv.indexOf('--seconds');
  const abuse = await measureAbuse({ seconds: at > 0 ? Number(process.argv[at + 1]) : 10 });
  printAbuse(abuse);
  if (!abuse.ok) {
    console.error('bench: more fake likes than the goal');
    process.exit(1);
  }
}
