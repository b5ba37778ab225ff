/**
 * The visitor's id and the articles they like, kept in `localStorage`:
 *
 * - `story-widgets:visitor` — a random UUID, created on the first like;
 * - `story-widgets:liked:<endpoint>` — `"1"` (liked) or `"0"` (unliked) per article, keyed by
 *   the absolute URL of the article's like endpoint (one endpoint per article).
 *
 * Where `localStorage` is missing or throws (private mode, sandboxed iframes, a full quota)
 * the values live in memory for the page's lifetime instead. Nothing here ever throws.
 */

export const VISITOR_KEY = 'story-widgets:visitor';
export const LIKED_PREFIX = 'story-widgets:liked:';

// Fallback for keys whose last write did not reach localStorage.
const memory = new Map<string, string>();
const VALID_ID = /^[A-Za-z0-9-]{16,64}$/;

function storage(): Storage | undefined {
  try {
    return window.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

function read(key: string): string | undefined {
  if (memory.has(key)) return memory.get(key);
  try {
    return storage()?.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

function write(key: string, value: string): void {
  try {
    const store = storage();
    if (!store) throw new Error('no localStorage');
    store.setItem(key, value);
    memory.delete(key);
  } catch {
    memory.set(key, value);
  }
}

/** A version 4 UUID; `crypto.randomUUID` exists only in secure contexts (not on http: pages). */
export function randomId(): string {
  const cryptoApi = globalThis.crypto as Crypto | undefined;
  if (typeof cryptoApi?.randomUUID === 'function') return cryptoApi.randomUUID();
  const bytes = new Uint8Array(16);
  if (typeof cryptoApi?.getRandomValues === 'function') cryptoApi.getRandomValues(bytes);
  else for (let i = 0; i < bytes.length; i += 1) bytes[i] = Math.floor(Math.random() * 256);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

// Once known, the id stays for the page's lifetime, even if another tab clears the storage:
// one page is one visitor, so its likes and unlikes always pair up on the server.
let pageVisitor: string | undefined;

/** The visitor's id, created and stored on first use. */
export function visitorId(): string {
  if (pageVisitor) return pageVisitor;
  const stored = read(VISITOR_KEY);
  if (stored && VALID_ID.test(stored)) return (pageVisitor = stored);
  pageVisitor = randomId();
  write(VISITOR_KEY, pageVisitor);
  return pageVisitor;
}

/** Whether the visitor liked the article behind `endpoint`; undefined if they never said. */
export function rememberedLike(endpoint: string): boolean | undefined {
  const value = read(LIKED_PREFIX + endpoint);
  return value === '1' ? true : value === '0' ? false : undefined;
}

/** Remembers the server-confirmed liked state of the article behind `endpoint`. */
export function rememberLike(endpoint: string, liked: boolean): void {
  write(LIKED_PREFIX + endpoint, liked ? '1' : '0');
}
