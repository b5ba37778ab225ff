import { expect } from '@open-wc/testing';
import { requestDocument } from '../../src/core/request-document.js';

describe('requestDocument', () => {
  it('settles when it is aborted while it waits to retry, and asks no more', async () => {
    let calls = 0;
    // A 503 is worth another try: the request waits (Retry-After: 30 s) before it.
    const fetcher = (async () => (calls++, new Response('busy', { status: 503, headers: { 'Retry-After': '30' } }))) as typeof fetch;
    const stop = new AbortController();
    const result = requestDocument(stop, 'https://news.example/a.json', fetcher, {}, 5000);
    await new Promise((resolve) => setTimeout(resolve, 50));
    stop.abort();
    const settled = await Promise.race([result, new Promise((resolve) => setTimeout(() => resolve('pending'), 500))]);
    expect(settled).to.deep.include({ ok: false });
    expect(calls).to.equal(1);
  });
});
