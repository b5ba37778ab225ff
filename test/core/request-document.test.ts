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

  it('asks for JSON first and takes anything else, so a server that negotiates sends a feed URL’s RSS', async () => {
    const rss = '<rss version="2.0"><channel><item><title>Story</title><link>https://news.example/s/</link></item></channel></rss>';
    // A server that answers 406 unless the request accepts its feed's type.
    const fetcher = (async (_url: string, init: RequestInit) => {
      const accept = new Headers(init.headers).get('Accept') ?? '';
      return /application\/rss\+xml|\*\/\*/.test(accept) ? new Response(rss, { headers: { 'Content-Type': 'application/rss+xml' } }) : new Response('', { status: 406 });
    }) as typeof fetch;
    const result = await requestDocument(new AbortController(), 'https://news.example/feed/', fetcher, {}, 5000);
    expect(result.ok, JSON.stringify(result)).to.equal(true);
    let accept = '';
    await requestDocument(new AbortController(), 'https://news.example/a.json', (async (_url: string, init: RequestInit) => ((accept = new Headers(init.headers).get('Accept') ?? ''), new Response('{}'))) as typeof fetch, {}, 5000);
    expect(accept.split(',')[0]).to.equal('application/json');
  });
});
