import { expect, fixture, html } from '@open-wc/testing';
import { clearLoaderCache, loadJson, loaderStats } from '../../src/core/loader.js';
import { loaderSettings } from '../../src/core/loader-settings.js';
import { retryDelay, shouldRetry } from '../../src/core/retry-policy.js';
import { docUrl, hits, uniqueKey } from '../support/fixtures.js';
import { type ProbeWidget } from '../support/probe-widget.js';
import '../support/probe-widget.js';
import { nextEvent, sleep, until } from '../support/wait.js';

const saved = { ...loaderSettings };
const made: Element[] = [];

/** Appends a probe for `src` and resolves with the reason of its error, or undefined once ready. */
async function outcome(src: string, setup: (el: ProbeWidget) => void = () => undefined): Promise<{ el: ProbeWidget; reason?: string }> {
  const el = document.createElement('probe-widget');
  el.src = src;
  setup(el);
  made.push(el);
  const result = new Promise<string | undefined>((resolve) => {
    el.addEventListener('load', () => resolve(undefined), { once: true });
    el.addEventListener('error', (event) => resolve((event as unknown as CustomEvent<{ reason: string }>).detail.reason), { once: true });
  });
  document.body.append(el);
  return { el, reason: await result };
}

describe('the loader', () => {
  beforeEach(() => {
    loaderSettings.retryBaseMs = 5;
    loaderSettings.retryCapMs = 50;
  });
  afterEach(() => {
    made.splice(0).forEach((el) => el.remove());
    Object.assign(loaderSettings, saved);
    clearLoaderCache();
  });

  describe('sharing', () => {
    it('makes one request for many elements and a context on one URL', async () => {
      const key = uniqueKey('one-request');
      const src = docUrl(key, { delay: 50 });
      const root = await fixture(html`<div>
        <article-context src=${src}><probe-widget></probe-widget></article-context>
        ${[1, 2, 3, 4, 5].map(() => html`<probe-widget src=${src}></probe-widget>`)}
      </div>`);
      const widgets = [...root.querySelectorAll('probe-widget')];
      await until(() => widgets.every((w) => w.state === 'ready'));
      expect(widgets).to.have.length(6);
      expect(await hits(key)).to.have.length(1);
    });

    it('starts the request in a task after the one in which the element connects and renders its placeholder', async () => {
      // A page's first fetch() holds the main thread a few ms: not in the task that renders.
      const requested: string[] = [];
      const realFetch = window.fetch;
      window.fetch = (...args: Parameters<typeof fetch>) => {
        requested.push(String(args[0]));
        return realFetch(...args);
      };
      try {
        const el = document.createElement('probe-widget');
        el.src = docUrl(uniqueKey('own-task'));
        made.push(el);
        document.body.append(el);
        // The first render comes in this task's microtasks.
        await el.updateComplete;
        expect(el.state).to.equal('loading');
        expect(requested).to.deep.equal([]);
        await until(() => el.state === 'ready');
        expect(requested).to.have.length(1);
      } finally {
        window.fetch = realFetch;
      }
    });

    it('serves a later element from the page cache, and asks again after clearLoaderCache()', async () => {
      const key = uniqueKey('cache');
      expect((await outcome(docUrl(key))).reason).to.equal(undefined);
      expect((await outcome(docUrl(key))).reason).to.equal(undefined);
      expect(await hits(key)).to.have.length(1);
      expect(loaderStats().cached).to.be.greaterThan(0);
      clearLoaderCache();
      expect(loaderStats().cached).to.equal(0);
      expect((await outcome(docUrl(key))).reason).to.equal(undefined);
      expect(await hits(key)).to.have.length(2);
    });

    it('keeps at most cacheSize documents', async () => {
      loaderSettings.cacheSize = 2;
      for (const name of ['a', 'b', 'c']) expect((await loadJson(docUrl(uniqueKey(name)))).ok).to.equal(true);
      expect(loaderStats().cached).to.equal(2);
    });

    it('answers a withdrawn caller with reason aborted and stops the request', async () => {
      const key = uniqueKey('withdrawn');
      const abort = new AbortController();
      const start = loaderStats().inFlight;
      const pending = loadJson(docUrl(key, { delay: 500 }), 'omit', undefined, abort.signal);
      expect(loaderStats().inFlight).to.equal(start + 1);
      abort.abort();
      const result = await pending;
      expect(result.ok).to.equal(false);
      expect(!result.ok && result.failure.reason).to.equal('aborted');
      expect(loaderStats().inFlight).to.equal(start);
    });

    it('answers at once a caller whose signal is already aborted', async () => {
      const result = await loadJson(docUrl(uniqueKey('pre-aborted')), 'omit', undefined, AbortSignal.abort());
      expect(!result.ok && result.failure.reason).to.equal('aborted');
    });
  });

  describe('cookies', () => {
    const cookie = 'sw-loader-test=1';
    beforeEach(() => (document.cookie = `${cookie}; path=/`));
    afterEach(() => (document.cookie = `${cookie}; path=/; max-age=0`));

    it('sends no cookies by default (credentials omit)', async () => {
      const key = uniqueKey('omit');
      await outcome(docUrl(key));
      const [hit] = await hits(key);
      expect(hit?.cookie ?? '').to.not.contain('sw-loader-test');
    });

    it('reads credentials case-insensitively, like any enumerated HTML attribute', async () => {
      const key = uniqueKey('include-upper');
      await outcome(docUrl(key), (el) => el.setAttribute('credentials', 'INCLUDE'));
      const [hit] = await hits(key);
      expect(hit?.cookie).to.contain(cookie);
    });

    it('sends cookies when the element says credentials="include"', async () => {
      const key = uniqueKey('include');
      await outcome(docUrl(key), (el) => (el.credentials = 'include'));
      const [hit] = await hits(key);
      expect(hit?.cookie).to.contain(cookie);
    });
  });

  describe('loading="lazy"', () => {
    it('makes no request until the element comes within one viewport of the screen', async () => {
      const key = uniqueKey('lazy');
      const vh = innerHeight;
      const root = await fixture<HTMLDivElement>(html`<div>
        <div style="block-size:${vh * 6}px"></div>
        <probe-widget loading="lazy" src=${docUrl(key)} style="display:block;block-size:20px"></probe-widget>
        <div style="block-size:${vh * 2}px"></div>
      </div>`);
      const el = root.querySelector('probe-widget')!;
      try {
        const top = (): number => el.getBoundingClientRect().top + scrollY;
        await sleep(150);
        expect(el.state).to.equal('idle');
        expect(await hits(key)).to.have.length(0);
        // 1.5 viewports below the bottom edge: still too far.
        scrollTo(0, top() - vh * 2.5);
        await sleep(150);
        expect(await hits(key)).to.have.length(0);
        // Half a viewport below the bottom edge: near enough.
        scrollTo(0, top() - vh * 1.5);
        await until(() => el.state === 'ready');
        await el.updateComplete;
        expect(await hits(key)).to.have.length(1);
      } finally {
        scrollTo(0, 0);
      }
    });

    it('reads loading case-insensitively', async () => {
      const key = uniqueKey('lazy-upper');
      const root = await fixture<HTMLDivElement>(html`<div>
        <div style="block-size:${innerHeight * 6}px"></div>
        <probe-widget loading="LAZY" src=${docUrl(key)}></probe-widget>
      </div>`);
      await sleep(150);
      expect(root.querySelector('probe-widget')!.state).to.equal('idle');
      expect(await hits(key)).to.have.length(0);
    });

    it('loads at once when already on screen', async () => {
      const key = uniqueKey('lazy-visible');
      const { reason } = await outcome(docUrl(key), (el) => (el.loading = 'lazy'));
      expect(reason).to.equal(undefined);
      expect(await hits(key)).to.have.length(1);
    });

    it('applies to an article-context, watched through its first child', async () => {
      const key = uniqueKey('lazy-context');
      const vh = innerHeight;
      const root = await fixture<HTMLDivElement>(html`<div>
        <div style="block-size:${vh * 6}px"></div>
        <article-context loading="lazy" src=${docUrl(key)}><probe-widget style="display:block;block-size:20px"></probe-widget></article-context>
      </div>`);
      const el = root.querySelector('probe-widget')!;
      try {
        await sleep(150);
        expect(await hits(key)).to.have.length(0);
        el.scrollIntoView();
        await until(() => el.state === 'ready');
        await el.updateComplete;
        expect(await hits(key)).to.have.length(1);
      } finally {
        scrollTo(0, 0);
      }
    });

    it('never requests for a lazy element removed before it was seen', async () => {
      const key = uniqueKey('lazy-removed');
      const root = await fixture<HTMLDivElement>(html`<div>
        <div style="block-size:${innerHeight * 6}px"></div>
        <probe-widget loading="lazy" src=${docUrl(key)}></probe-widget>
      </div>`);
      root.querySelector('probe-widget')!.remove();
      root.remove();
      await sleep(100);
      expect(await hits(key)).to.have.length(0);
    });
  });

  describe('time-out', () => {
    it('gives up after the timeout attribute with reason timeout, without retrying', async () => {
      const key = uniqueKey('timeout');
      const started = performance.now();
      const { el, reason } = await outcome(docUrl(key, { hang: 1 }), (p) => (p.timeout = 200));
      expect(reason).to.equal('timeout');
      expect(performance.now() - started).to.be.within(150, 5000);
      expect(el.getAttribute('state')).to.equal('error');
      expect(await hits(key)).to.have.length(1);
      expect(loaderStats().inFlight).to.equal(0);
    });

    it('uses loaderSettings.timeoutMs by default', async () => {
      loaderSettings.timeoutMs = 150;
      expect((await outcome(docUrl(uniqueKey('default-timeout'), { hang: 1 }))).reason).to.equal('timeout');
    });
  });

  describe('retries', () => {
    it('retries a 500 twice, then shows the document (3 requests)', async () => {
      const key = uniqueKey('retry');
      const { el, reason } = await outcome(docUrl(key, { fail: 2 }));
      expect(reason).to.equal(undefined);
      expect(el.state).to.equal('ready');
      expect(await hits(key)).to.have.length(3);
    });

    it('gives up after two retries with reason http', async () => {
      const key = uniqueKey('retry-exhausted');
      const { reason } = await outcome(docUrl(key, { status: 500 }));
      expect(reason).to.equal('http');
      expect(await hits(key)).to.have.length(3);
    });

    for (const status of [503, 429]) {
      it(`retries a ${status}`, async () => {
        const key = uniqueKey(`retry-${status}`);
        expect((await outcome(docUrl(key, { fail: 1, status }))).reason).to.equal(undefined);
        expect(await hits(key)).to.have.length(2);
      });
    }

    for (const status of [404, 400, 403, 410]) {
      it(`never retries a ${status}`, async () => {
        const key = uniqueKey(`no-retry-${status}`);
        expect((await outcome(docUrl(key, { status }))).reason).to.equal('http');
        expect(await hits(key)).to.have.length(1);
      });
    }

    it('waits as long as Retry-After says, capped at retryCapMs', async () => {
      loaderSettings.retryBaseMs = 1;
      loaderSettings.retryCapMs = 300;
      const key = uniqueKey('retry-after');
      const started = performance.now();
      // Retry-After: 60 (seconds) twice: each wait is cut to 300 ms.
      const { reason } = await outcome(docUrl(key, { fail: 2, status: 503, retryAfter: 60 }));
      const elapsed = performance.now() - started;
      expect(reason).to.equal(undefined);
      expect(await hits(key)).to.have.length(3);
      // Without the cap this would take two minutes; without Retry-After, a few milliseconds.
      expect(elapsed).to.be.within(580, 5000);
    });

    it('does not retry a request nobody waits for any more', async () => {
      loaderSettings.retryBaseMs = 2000;
      loaderSettings.retryCapMs = 2000;
      const key = uniqueKey('retry-abandoned');
      const el = document.createElement('probe-widget');
      el.src = docUrl(key, { status: 500 });
      document.body.append(el);
      await until(() => el.state === 'loading');
      await el.updateComplete;
      await sleep(100);
      el.remove();
      await sleep(500);
      expect(await hits(key)).to.have.length(1);
      expect(loaderStats().inFlight).to.equal(0);
    });

    it('retry policy: network errors, 5xx and 429 only', () => {
      expect(shouldRetry({ reason: 'network', message: '' })).to.equal(true);
      expect(shouldRetry({ reason: 'http', status: 502, message: '' })).to.equal(true);
      expect(shouldRetry({ reason: 'http', status: 429, message: '' })).to.equal(true);
      expect(shouldRetry({ reason: 'http', status: 404, message: '' })).to.equal(false);
      expect(shouldRetry({ reason: 'http', message: '' })).to.equal(false);
      for (const reason of ['timeout', 'not-json', 'too-large', 'invalid', 'aborted'] as const) {
        expect(shouldRetry({ reason, message: '' })).to.equal(false);
      }
    });

    it('backoff: exponential with jitter, within the cap; Retry-After in seconds or as a date', () => {
      loaderSettings.retryBaseMs = 100;
      loaderSettings.retryCapMs = 1000;
      for (let i = 0; i < 50; i += 1) {
        expect(retryDelay(0)).to.be.within(50, 100);
        expect(retryDelay(1)).to.be.within(100, 200);
        expect(retryDelay(6)).to.be.within(500, 1000);
      }
      expect(retryDelay(0, '0')).to.equal(0);
      expect(retryDelay(0, ' 1 ')).to.equal(1000);
      expect(retryDelay(0, '3600')).to.equal(1000);
      expect(retryDelay(0, new Date(Date.now() + 600).toUTCString())).to.be.within(0, 600);
      expect(retryDelay(0, new Date(Date.now() - 60_000).toUTCString())).to.equal(0);
      expect(retryDelay(0, 'soon')).to.be.within(50, 100);
    });
  });

  describe('what the answer must be', () => {
    it('refuses an HTML answer (text/html) with reason not-json', async () => {
      const { el, reason } = await outcome(docUrl(uniqueKey('html'), { type: 'text/html', body: '<!doctype html><h1>Oops</h1>' }));
      expect(reason).to.equal('not-json');
      expect(el.state).to.equal('error');
    });

    it('refuses an HTML body sent as application/json with reason not-json', async () => {
      expect((await outcome(docUrl(uniqueKey('html-as-json'), { body: '<html><body>Error</body></html>' }))).reason).to.equal('not-json');
    });

    it('refuses JSON that does not parse with reason not-json', async () => {
      expect((await outcome(docUrl(uniqueKey('broken'), { body: '{"title": "cut' }))).reason).to.equal('not-json');
    });

    it('refuses an empty body with reason not-json', async () => {
      expect((await outcome(docUrl(uniqueKey('empty'), { body: '' }))).reason).to.equal('not-json');
    });

    it('accepts JSON sent as text/plain', async () => {
      expect((await outcome(docUrl(uniqueKey('plain'), { type: 'text/plain' }))).reason).to.equal(undefined);
    });

    it('refuses a body over 4 MB announced by Content-Length with reason too-large', async () => {
      const key = uniqueKey('too-large');
      const { reason } = await outcome(docUrl(key, { size: 4 * 1024 * 1024 + 10 }));
      expect(reason).to.equal('too-large');
      expect(await hits(key)).to.have.length(1);
    });

    it('accepts a body just under maxBytes', async () => {
      loaderSettings.maxBytes = 2000;
      expect((await outcome(docUrl(uniqueKey('under'), { size: 1900 }))).reason).to.equal(undefined);
    });

    it('refuses a streamed body (no Content-Length) once it passes maxBytes', async () => {
      const { origin } = (await (await fetch('/test-api/faults')).json()) as { origin: string };
      loaderSettings.maxBytes = 40;
      expect((await outcome(`${origin}/slow?ms=50`)).reason).to.equal('too-large');
    });

    it('gives a document that is not an object the reason invalid', async () => {
      const { el, reason } = await outcome(docUrl(uniqueKey('array'), { body: '[1,2,3]' }));
      expect(reason).to.equal('invalid');
      expect(el.state).to.equal('error');
    });
  });

  it('reports the url of a failure in the error event', async () => {
    const key = uniqueKey('url-in-detail');
    const el = document.createElement('probe-widget');
    el.src = docUrl(key, { body: '"just a string"' });
    made.push(el);
    const failed = nextEvent<CustomEvent<{ reason: string; url: string }>>(el, 'error');
    document.body.append(el);
    const { detail } = await failed;
    expect(detail.reason).to.equal('invalid');
    expect(detail.url).to.contain(key);
  });
});
