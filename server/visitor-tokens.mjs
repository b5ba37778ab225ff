// Server-issued visitor ids (contract §4): `<id>.<mac>`, where id is 16 bytes — the time of issue
// in milliseconds (6 bytes; for a reader's own id, the start of its ten-minute window), then 10
// random ones (derived from the reader's id with the secret) — and mac the first 16 bytes of
// HMAC-SHA256(VISITOR_SECRET, id), both base64url. Any process with the
// secret can check a token without a database read; nobody without it can make one. New tokens
// are rate limited per client, so one client can only make so many "visitors".
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

const TOKEN = /^([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{22})$/;
const MIN_SECRET_LENGTH = 32;

/**
 * A store that keeps the secret itself (PostgreSQL: in a table, so every process on the
 * database agrees): `keepSecret(fresh)` stores `fresh` unless a secret is kept already, and
 * resolves with the kept one.
 * @typedef {{ keepSecret?: (fresh: string) => Promise<string> }} SecretKeeper
 */

/**
 * The secret tokens are signed with: VISITOR_SECRET when set; else the store's, if it keeps
 * one; else the one kept beside the SQLite file.
 * @param {{ configured?: string | undefined, databasePath: string, store?: SecretKeeper }} options
 * @returns {Promise<string>}
 */
export async function resolveVisitorSecret({ configured, databasePath, store }) {
  if (configured) return visitorSecret({ configured, databasePath });
  const secret = store?.keepSecret ? await store.keepSecret(randomBytes(32).toString('base64url')) : visitorSecret({ databasePath });
  if (secret.length < MIN_SECRET_LENGTH) throw new Error('the database holds no usable visitor secret');
  return secret;
}

/**
 * VISITOR_SECRET when set, else the secret kept beside the SQLite file
 * (`<database>-visitor-secret`, created on first start). Creation is atomic (a hard link of a
 * complete temp file), so processes starting together agree on one secret.
 * @param {{ configured?: string | undefined, databasePath: string }} options
 * @returns {string}
 */
export function visitorSecret({ configured, databasePath }) {
  if (configured) {
    if (configured.length < MIN_SECRET_LENGTH) throw new Error(`VISITOR_SECRET must be at least ${MIN_SECRET_LENGTH} characters`);
    return configured;
  }
  // An in-memory database forgets its likes on exit; its tokens may go with them.
  if (databasePath === ':memory:') return randomBytes(32).toString('base64url');
  const path = `${databasePath}-visitor-secret`;
  if (!existsSync(path)) {
    mkdirSync(dirname(path), { recursive: true });
    const temp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}`;
    writeFileSync(temp, `${randomBytes(32).toString('base64url')}\n`, { mode: 0o600 });
    try {
      linkSync(temp, path);
    } catch (error) {
      if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'EEXIST') throw error;
    } finally {
      rmSync(temp, { force: true });
    }
  }
  const secret = readFileSync(path, 'utf8').trim();
  if (secret.length < MIN_SECRET_LENGTH) throw new Error(`${path} does not hold a visitor secret; remove it to make a new one`);
  return secret;
}

/**
 * @typedef {object} VisitorTokens
 * @property {(visitor: string) => boolean} verify  a token this secret signed
 * @property {() => string} sign                    a new token, unlimited (tests, tools)
 * @property {(client: string, presented?: string) => Promise<{ token: string } | { retryAfter: number }>} issue
 *   a token for a client (its rate-limit key), or the whole seconds until it may have one; the
 *   same `presented` id (the reader's own, not yet a token) gets the same token from every
 *   process with the secret within a ten-minute window
 */

// A reader's first like comes with the browser's own random id, and the 403 swaps it for a
// token; two tabs of that reader, or two buttons of one page, can send that id twice before
// either keeps the token. Each used to get a token of its own: one reader, two visitors, and a
// like that could not be taken back. The same id gets the same token within a ten-minute
// window, from any process with the secret: the token is derived from the id and the window
// (processes behind one proxy could not share a memory of what they issued). Each process also
// remembers its answers, so a second request for the same id costs no new token from the limit.
const REMEMBERED = 10_000;
const REMEMBER_MS = 10 * 60_000;

/**
 * @param {{ secret: string, limiter?: Pick<import('./limits/rate-limiter.mjs').RateLimiter, 'take'> }} options
 *   limiter: counts the new tokens of each client (limits/rate-limiter.mjs); none = no limit
 * @returns {VisitorTokens}
 */
export function createVisitorTokens({ secret, limiter }) {
  /** @type {Map<string, { at: number, answer: Promise<{ token: string } | { retryAfter: number }> }>} */
  const issued = new Map();
  /** @param {string} id */
  const mac = (id) => createHmac('sha256', secret).update(id).digest().subarray(0, 16);
  /** @param {number} time @param {Buffer} rest  10 bytes, random or derived */
  const token = (time, rest) => {
    // Time first, as in a UUIDv7: a burst of new visitors liking one article (each gets its token
    // and sends its like at once) writes its likes into the same few pages of the likes table's
    // B-tree (its key is article then visitor) instead of one random page each. That was most of
    // SQLite's cost per like (README, Performance). 80 bits nobody can guess without the secret
    // still keep tokens unguessable.
    const bytes = Buffer.alloc(16);
    bytes.writeUIntBE(time, 0, 6);
    rest.copy(bytes, 6, 0, 10);
    const id = bytes.toString('base64url');
    return `${id}.${mac(id).toString('base64url')}`;
  };
  const sign = () => token(Date.now(), randomBytes(10));
  /** The token of a reader's own id in this window, the same in every process. @param {string} presented @param {number} now */
  const derive = (presented, now) => {
    const window = now - (now % REMEMBER_MS);
    // Labelled, so the derived bytes can never equal a token's own MAC.
    return token(window, createHmac('sha256', secret).update(`visitor for ${window}:`).update(presented).digest());
  };
  return {
    verify(visitor) {
      const match = TOKEN.exec(visitor);
      if (!match) return false;
      // Compared as text: base64url decoding ignores the last character's spare bits, so
      // comparing bytes would let one token be spelled 16 ways — 16 visitors.
      const expected = Buffer.from(mac(/** @type {string} */ (match[1])).toString('base64url'));
      return timingSafeEqual(Buffer.from(/** @type {string} */ (match[2])), expected);
    },
    sign,
    issue(client, presented) {
      const now = Date.now();
      const known = presented === undefined ? undefined : issued.get(presented);
      // Ten minutes from its issue, across a window's edge too: two tabs a moment apart on either
      // side of it still get one token here (another process, past the edge, derives the next).
      if (known && now - known.at < REMEMBER_MS) return known.answer;
      const answer = (async () => {
        const { allowed, retryAfter } = (await limiter?.take(client)) ?? { allowed: true, retryAfter: 0 };
        return allowed ? { token: presented === undefined ? sign() : derive(presented, now) } : { retryAfter };
      })();
      if (presented !== undefined) {
        // Kept before the limiter answers, so a second request meanwhile waits for the same token.
        issued.delete(presented);
        issued.set(presented, { at: now, answer });
        // The oldest first (a Map keeps insertion order). A refusal, or a limiter that failed
        // (its store down), is not kept: the next request asks again.
        if (issued.size > REMEMBERED) issued.delete(/** @type {string} */ (issued.keys().next().value));
        const forget = () => issued.get(presented)?.answer === answer && issued.delete(presented);
        void answer.then((result) => 'retryAfter' in result && forget(), forget);
      }
      return answer;
    },
  };
}

/**
 * The answer to a like whose visitor is not a token this server signed (§4, §11): `403` with a
 * new token, or `429` when the client may have no new token yet. Undefined for a valid token.
 * @param {VisitorTokens} tokens @param {string} visitor @param {string} client  its rate-limit key
 * @returns {Promise<{ status: 403 | 429, body: { error: string, visitor?: string }, headers?: Record<string, string> } | undefined>}
 */
export async function refuseUnknownVisitor(tokens, visitor, client) {
  if (tokens.verify(visitor)) return undefined;
  const issued = await tokens.issue(client, visitor);
  if ('retryAfter' in issued) {
    return { status: 429, body: { error: 'Too many new visitors from this address; try again later.' }, headers: { 'Retry-After': String(issued.retryAfter) } };
  }
  return { status: 403, body: { error: 'Unknown visitor: send the like again with the visitor id given here.', visitor: issued.token } };
}
