// Like endpoint throughput on loopback with autocannon: many visitors liking one article at
// once; reports likes per second and p99 latency, and checks the final count is exact.
import autocannon from 'autocannon';
// The server tests' harness: the real server on a free loopback port with a throw-away database.
import { start } from '../test/server/harness.mjs';

const ARTICLE = 'chechnya-purge-restarted';

async function replay(base, visitors) {
  const post = (i) =>
    fetch(`${base}/api/articles/${ARTICLE}/likes`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ visitor: `bench-visitor-${i}`, liked: true }),
    }).then((r) => r.arrayBuffer());
  for (let i = 0; i < visitors; i += 25) {
    await Promise.all(Array.from({ length: Math.min(25, visitors - i) }, (_, j) => post(i + j)));
  }
}

export async function measureLikes({ connections = 50, amount = 5000 } = {}) {
  const server = await start({ env: { LIKE_RATE_LIMIT: '0' } });
  try {
    const before = await (await fetch(`${server.url}/api/articles/${ARTICLE}`)).json();
    let sent = 0;
    const result = await autocannon({
      url: `${server.url}/api/articles/${ARTICLE}/likes`,
      connections,
      amount,
      requests: [
        {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          // Each request is a new visitor, so each must add exactly one like.
          setupRequest: (request) => ({ ...request, body: JSON.stringify({ visitor: `bench-visitor-${sent++}`, liked: true }) }),
        },
      ],
    });
    // autocannon may prepare a request it never completes; replaying every visitor's like
    // (idempotent) makes the expected count exactly one per prepared visitor.
    await replay(server.url, sent);
    const after = await (await fetch(`${server.url}/api/articles/${ARTICLE}`, { headers: { 'cache-control': 'no-cache' } })).json();
    const ok = result['2xx'];
    return {
      requests: result.requests.total,
      ok,
      non2xx: result.non2xx,
      errors: result.errors,
      likesPerSecond: Math.round(result.requests.average),
      p99Ms: result.latency.p99,
      countBefore: before.likes.count,
      countAfter: after.likes.count,
      visitors: sent,
      exact: after.likes.count - before.likes.count === sent,
    };
  } finally {
    await server.stop();
  }
}
