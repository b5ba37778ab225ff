// Network answers shared by the stories of every widget: each returns the `parameters`
// (fake routes and the state the smoke test expects) for one document URL of one story.
import type { Parameters } from '@storybook/web-components-vite';
import { fakeUrl, type FakeAnswer } from './fake-fetch.js';

/** A document URL no other story uses, and what the fake network answers for it. */
export function answering(name: string, answer: FakeAnswer, expectState: string, extra: Parameters = {}): { src: string; parameters: Parameters } {
  const src = fakeUrl(`${name}.json`);
  return { src, parameters: { fakeFetch: [{ url: src, answer }], expectState, ...extra } };
}

/** Never answers: the element stays `loading` (its `timeout` is set long so it does not give up). */
export const LONG_TIMEOUT = 24 * 60 * 60 * 1000;
export const never = (name: string) => answering(name, { kind: 'never' }, 'loading');
/** The fixture file, after 1.5 s. */
export const slow = (name: string, path: string) => answering(name, { kind: 'file', path, delay: 1500 }, 'ready');
/** `500` with a JSON body; the loader retries twice (quickly, in stories) and gives up. */
export const serverError = (name: string) =>
  answering(name, { kind: 'json', status: 500, body: { error: 'Internal Server Error' } }, 'error', {
    loaderSettings: { retryBaseMs: 50, retryCapMs: 100 },
  });
/** `200` with an HTML page where JSON was expected (a login wall, a proxy page). */
export const htmlPage = (name: string) =>
  answering(name, { kind: 'html', status: 200, body: '<!doctype html><title>Sign in</title><h1>Please sign in</h1>' }, 'error');
/** A JSON document. */
export const document = (name: string, body: unknown) => answering(name, { kind: 'json', body }, 'ready');
