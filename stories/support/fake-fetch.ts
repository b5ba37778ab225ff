/**
 * A story-level fake `fetch`: stories declare, in `parameters.fakeFetch`, what the network
 * answers for a few URLs (a document that never comes, a slow one, a 500, an HTML error
 * page, a like endpoint that works or fails). Everything else goes to the real `fetch`
 * (the static fixtures under stories/public/).
 *
 * Routes are registered while a story is rendered and removed when it is torn down; the
 * replacement `fetch` is installed while at least one route is registered and the original
 * put back after. A docs page renders several stories at once, so routes are a union keyed
 * by URL: give each story its own paths (see `fakeUrl`).
 */

/** What the fake network answers. Plain data, so it can live in story parameters. */
export type FakeAnswer =
  /** A JSON body (status 200 unless given), with extra headers such as `Retry-After`. */
  | { readonly kind: 'json'; readonly body: unknown; readonly status?: number; readonly delay?: number; readonly headers?: Readonly<Record<string, string>> }
  /** A text/html body, like a proxy's error page. */
  | { readonly kind: 'html'; readonly body?: string; readonly status?: number; readonly delay?: number }
  /** A static file of the Storybook (e.g. `fixtures/seed-article.json`), after `delay` ms. */
  | { readonly kind: 'file'; readonly path: string; readonly delay?: number }
  /** No answer, ever (until the caller aborts): the loading state. */
  | { readonly kind: 'never' }
  /** The request fails like a dropped connection or a CORS refusal. */
  | { readonly kind: 'network-error'; readonly delay?: number }
  /** A like endpoint that works: echoes `liked`, the count is `count` plus this visitor. */
  | { readonly kind: 'like'; readonly count: number; readonly delay?: number };

export interface FakeRoute {
  /** A URL, resolved against the Storybook page (so `fixtures/x.json` works under any base path). */
  readonly url: string;
  /** `GET` unless given. */
  readonly method?: 'GET' | 'POST';
  readonly answer: FakeAnswer;
}

/** A URL under the fixtures folder that no file has: for routes of one story. */
export function fakeUrl(name: string): string {
  return `fixtures/fake/${name}`;
}

const routes = new Map<string, FakeAnswer>();
/** Answers for requests that may come after their story is gone (a retry after a wait): kept for good. */
const late = new Map<string, FakeAnswer>();
let realFetch: typeof fetch | undefined;

function keyOf(method: string, url: string): string {
  const absolute = new URL(url, document.baseURI);
  return `${method.toUpperCase()} ${absolute.origin}${absolute.pathname}${absolute.search}`;
}

/** Registers the routes of one story; returns the function that removes them again. */
export function installFakeFetch(list: readonly FakeRoute[]): () => void {
  const keys = list.map((route) => {
    const key = keyOf(route.method ?? 'GET', route.url);
    routes.set(key, route.answer);
    return key;
  });
  if (keys.length > 0 && !realFetch) {
    realFetch = window.fetch;
    window.fetch = fakeFetch;
  }
  return () => {
    for (const key of keys) routes.delete(key);
    if (routes.size === 0 && late.size === 0 && realFetch) {
      window.fetch = realFetch;
      realFetch = undefined;
    }
  };
}

/**
 * Answers a route for good, after every story's own routes (with any query string): for a
 * request a widget sends after its story was torn down, which would otherwise reach the
 * real network in whatever story is shown then.
 */
export function answerLate(route: FakeRoute): void {
  late.set(keyOf(route.method ?? 'GET', route.url), route.answer);
  if (!realFetch) {
    realFetch = window.fetch;
    window.fetch = fakeFetch;
  }
}

async function fakeFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const request = new Request(input, init);
  const answer =
    routes.get(keyOf(request.method, request.url)) ??
    routes.get(keyOf(request.method, stripSearch(request.url))) ??
    late.get(keyOf(request.method, stripSearch(request.url)));
  const real = realFetch ?? window.fetch;
  if (!answer) return real(input, init);
  const signal = init?.signal ?? request.signal;
  if (answer.kind === 'never') return abortable(new Promise<Response>(() => undefined), signal);
  await abortable(sleep(answer.delay ?? 0), signal);
  switch (answer.kind) {
    case 'json':
      return jsonResponse(answer.body, answer.status ?? 200, answer.headers);
    case 'html':
      return new Response(answer.body ?? '<!doctype html><title>Error</title><h1>Internal Server Error</h1>', {
        status: answer.status ?? 500,
        headers: { 'Content-Type': 'text/html; charset=utf-8' },
      });
    case 'file':
      return real(new URL(answer.path, document.baseURI).href, { ...init, signal });
    case 'network-error':
      throw new TypeError('Failed to fetch');
    case 'like': {
      const liked = await likedOf(request);
      return jsonResponse({ count: answer.count + (liked ? 1 : 0), liked }, 200);
    }
  }
}

function stripSearch(url: string): string {
  const parsed = new URL(url);
  parsed.search = '';
  return parsed.href;
}

async function likedOf(request: Request): Promise<boolean> {
  try {
    const body: unknown = await request.json();
    return typeof body === 'object' && body !== null && (body as { liked?: unknown }).liked === true;
  } catch {
    return false;
  }
}

function jsonResponse(body: unknown, status: number, headers?: Readonly<Record<string, string>>): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function abortable<T>(promise: Promise<T>, signal?: AbortSignal | null): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(new DOMException('The operation was aborted.', 'AbortError'));
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(new DOMException('The operation was aborted.', 'AbortError'));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
