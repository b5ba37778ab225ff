// Fault tests over a real, misbehaving local server (test/support/fault-server.mjs): every
// failure ends in a clear state and reason, never an uncaught exception.
import { expect } from '@open-wc/testing';
import type { Article, FailureReason } from '../../src/core/article.js';
import { clearLoaderCache, loaderStats } from '../../src/core/loader.js';
import { loaderSettings } from '../../src/core/loader-settings.js';
import type { ProbeWidget } from '../support/probe-widget.js';
import '../support/probe-widget.js';
import { nextEvent } from '../support/wait.js';

let origin = '';
let refused = '';
const savedRetries = loaderSettings.retries;

before(async () => {
  ({ origin, refused } = (await (await fetch('/test-api/faults')).json()) as { origin: string; refused: string });
});

beforeEach(() => {
  clearLoaderCache();
  loaderSettings.retries = 0;
});

afterEach(() => {
  loaderSettings.retries = savedRetries;
  document.querySelectorAll('probe-widget').forEach((el) => el.remove());
});

/** The document a widget shows (protected on the element). */
const articleOf = (el: ProbeWidget): Article | undefined => (el as unknown as { article?: Article }).article;

/** Mounts a widget on `src` and resolves with its first `load` or `error`. */
async function outcome(src: string, timeout?: number): Promise<{ el: ProbeWidget; reason?: FailureReason }> {
  const el = document.createElement('probe-widget');
  el.src = src;
  if (timeout) el.timeout = timeout;
  const settled = Promise.race([
    nextEvent(el, 'load', 8000).then(() => undefined),
    nextEvent<CustomEvent<{ reason: FailureReason }>>(el, 'error', 8000).then((e) => e.detail.reason),
  ]);
  document.body.append(el);
  return { el, reason: await settled };
}

describe('faults of a real server', () => {
  it('reads a cross-origin document that allows CORS, resolving its URLs against it', async () => {
    const { el, reason } = await outcome(`${origin}/ok`);
    expect(reason).to.equal(undefined);
    expect(el.state).to.equal('ready');
    expect(articleOf(el)).to.deep.include({ url: `${origin}/story/` });
  });

  it('connection refused → network', async () => {
    const { el, reason } = await outcome(refused);
    expect(reason).to.equal('network');
    expect(el.getAttribute('state')).to.equal('error');
  });

  it('connection reset in the middle of the body → network', async () => {
    expect((await outcome(`${origin}/reset`)).reason).to.equal('network');
  });

  it('a slow body that finishes in time → ready', async () => {
    expect((await outcome(`${origin}/slow?ms=300`, 3000)).reason).to.equal(undefined);
  });

  it('a body slower than the time-out → timeout', async () => {
    expect((await outcome(`${origin}/slow?ms=3000`, 400)).reason).to.equal('timeout');
  });

  it('a response that never ends → timeout, and the request is not left running', async () => {
    expect((await outcome(`${origin}/never`, 400)).reason).to.equal('timeout');
    expect(loaderStats().inFlight).to.equal(0);
  });

  it('a 301 to another origin without CORS → network', async () => {
    const to = encodeURIComponent(`${origin}/no-cors`);
    expect((await outcome(`/test-api/doc?key=redirect-${Date.now()}&redirect=${to}`)).reason).to.equal('network');
  });

  // CONTRACT §2: relative URLs resolve against the document's own URL: where it was found, after
  // the redirect, not the URL asked for.
  it('a 301 to another origin that allows CORS → ready, its URLs resolved against where it was found', async () => {
    const to = encodeURIComponent(`${origin}/ok`);
    const { el, reason } = await outcome(`/test-api/doc?key=redirect-ok-${Date.now()}&redirect=${to}`);
    expect(reason).to.equal(undefined);
    expect(articleOf(el)?.url).to.equal(`${origin}/story/`);
    expect(articleOf(el)?.image?.src).to.equal(`${origin}/img/a.jpg`);
  });

  it('204 No Content → not-json', async () => {
    expect((await outcome(`${origin}/no-content`)).reason).to.equal('not-json');
  });

  it('an empty 200 body → not-json', async () => {
    expect((await outcome(`${origin}/empty`)).reason).to.equal('not-json');
  });

  it('JSON labelled text/html → not-json', async () => {
    expect((await outcome(`${origin}/html`)).reason).to.equal('not-json');
  });

  it('JSON labelled as an image → not-json', async () => {
    expect((await outcome(`${origin}/image`)).reason).to.equal('not-json');
  });

  it('a gzip bomb is refused by the size cap → too-large', async () => {
    expect((await outcome(`${origin}/bomb`)).reason).to.equal('too-large');
  });
});
