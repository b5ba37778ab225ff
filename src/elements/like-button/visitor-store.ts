/**
 * The visitor's id and the articles they like, kept in `localStorage`:
 *
 * - `story-widgets:visitor` — the visitor token the like endpoint issued (contract §4), or until
 *   then a random UUID, created on first use;
 * - `story-widgets:liked:<endpoint>` — `"1"` (liked) or `"0"` (unliked) per article the reader
 *   liked once, keyed by the absolute URL of the article's like endpoint (one endpoint per article).
 *
 * Where `localStorage` is missing or throws (private mode, sandboxed iframes, a full quota)
 * the values live in memory for the page's lifetime instead. Nothing here ever throws.
 */

import { nextTask } from '../../core/next-task.js';

const VISITOR_KEY = 'story-widgets:visitor';

// Keys whose last write did not reach localStorage.
const memory = new Map<string, string>();

function read(key: string): string | null | undefined {
  try {
    return memory.get(key) ?? localStorage.getItem(key);
  } catch {
    // Storage refused (privacy mode, sandboxed frame): nothing stored, as if never written.
  }
}

function write(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
    memory.delete(key);
  } catch {
    memory.set(key, value);
  }
}

/**
 * A random (version 4) UUID, in every context: each blob URL ends in one (File API, "generate
 * a new blob URL"), where `crypto.randomUUID` exists only in secure contexts (not on http: pages).
 */
export function randomId(): string {
  const url = URL.createObjectURL(new Blob());
  URL.revokeObjectURL(url);
  return url.slice(-36);
}

// Once known, the id stays for the page's lifetime, even if another tab clears the storage:
// one page is one visitor, so its likes and unlikes always pair up on the server.
let pageVisitor: string | undefined;

/**
 * What the server may send as a visitor id: the token alphabets servers use (a JWT's base64url
 * and dots, base64's `+/=`), up to 1 KiB, no markup, no spaces.
 */
const VISITOR_ID = /^[\w.:~+/=-]{1,1024}$/;

/** The visitor's id, created and stored on first use. */
export function visitorId(): string {
  if (!pageVisitor) {
    const stored = read(VISITOR_KEY);
    pageVisitor = stored && VISITOR_ID.test(stored) ? stored : randomId();
    write(VISITOR_KEY, pageVisitor);
  }
  return pageVisitor;
}

/**
 * Keeps a visitor token the like endpoint issued: it is the visitor's id from now on, in
 * this page and the next. Returns it, or undefined when `token` is not a usable id.
 */
export function adoptVisitor(token: unknown): string | undefined {
  if (typeof token != 'string' || !VISITOR_ID.test(token)) return undefined;
  if (token !== pageVisitor) write(VISITOR_KEY, (pageVisitor = token));
  return token;
}

/** For tests: forget the page's visitor, so the next like reads the storage again. @internal */
export function forgetVisitor(): void {
  pageVisitor = undefined;
  memory.delete(VISITOR_KEY);
}

let warming: unknown;

/**
 * Reads the storage once, in a task of its own: a page's first read loads all of it (a
 * synchronous call to the browser process, 3–7.5 ms unthrottled), which would otherwise fall in
 * the task that renders the liked state. Called when a button connects, a round trip at least
 * before its document arrives.
 */
export function warmStorage(): void {
  warming ??= nextTask().then(() => read(VISITOR_KEY));
}

/** Whether the visitor liked the article behind `endpoint`; undefined if they never said. */
export function rememberedLike(endpoint: string): boolean | undefined {
  const value = read('story-widgets:liked:' + endpoint);
  return value == '1' || (value == '0' ? false : undefined);
}

/**
 * Remembers the liked state of the article behind `endpoint`. "Not liked" is kept only over a
 * state kept before (an unlike, a like rolled back): the live state of every article a reader
 * only read would otherwise leave a key, and the keys would only grow.
 */
export function rememberLike(endpoint: string, liked: boolean): void {
  const key = 'story-widgets:liked:' + endpoint;
  if (liked || read(key)) write(key, liked ? '1' : '0');
}
