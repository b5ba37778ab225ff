import { expect, fixture, html } from '@open-wc/testing';
import type { Article } from '../../src/core/article.js';
import { clearLoaderCache, loaderStats } from '../../src/core/loader.js';
import { article, docUrl, hits, uniqueKey } from '../support/fixtures.js';
import { ProbeWidget } from '../support/probe-widget.js';
import { nextEvent, sleep, until } from '../support/wait.js';

/** The probe, with its parsed document in reach of the tests. */
class SourceProbe extends ProbeWidget {
  get doc(): Article | undefined {
    return this.article;
  }
}
customElements.define('source-probe', SourceProbe);

const titleOf = (el: Element): string => el.shadowRoot!.querySelector('[part=title]')!.textContent!.trim();

/** Appends a probe set up by `setup` to the page (properties first, like a framework would). */
function probe(setup: (el: SourceProbe) => void = () => undefined): SourceProbe {
  const el = document.createElement('source-probe') as SourceProbe;
  setup(el);
  document.body.append(el);
  return el;
}

describe('where a widget gets its document', () => {
  const made: Element[] = [];
  const track = <T extends Element>(el: T): T => (made.push(el), el);
  afterEach(() => {
    made.splice(0).forEach((el) => el.remove());
    clearLoaderCache();
  });

  it('is idle with no source at all', async () => {
    const el = await fixture<ProbeWidget>(html`<probe-widget></probe-widget>`);
    expect(el.getAttribute('state')).to.equal('idle');
    expect(titleOf(el)).to.equal('idle');
  });

  it('reads the data property first, before inline JSON and src', async () => {
    const key = uniqueKey('data-first');
    const el = await fixture<ProbeWidget>(html`<probe-widget src=${docUrl(key)} .data=${article({ title: 'From data' })}>
      <script type="application/json">{"title":"From inline"}</script>
    </probe-widget>`);
    expect(el.getAttribute('state')).to.equal('ready');
    expect(titleOf(el)).to.equal('From data');
    await sleep(50);
    expect(await hits(key)).to.have.length(0);
  });

  it('reads inline JSON before src, with no request', async () => {
    const key = uniqueKey('inline');
    const el = await fixture<ProbeWidget>(html`<probe-widget src=${docUrl(key)}>
      <script type="application/json">{"title":"From inline"}</script>
    </probe-widget>`);
    expect(titleOf(el)).to.equal('From inline');
    await sleep(50);
    expect(await hits(key)).to.have.length(0);
  });

  it('reads inline JSON before the article-context document', async () => {
    const key = uniqueKey('inline-over-context');
    const root = await fixture(html`<article-context src=${docUrl(key)}>
      <probe-widget><script type="application/json">{"title":"Own inline"}</script></probe-widget>
    </article-context>`);
    await until(() => root.getAttribute('state') === 'ready');
    expect(titleOf(root.querySelector('probe-widget')!)).to.equal('Own inline');
  });

  it('reads an inline script appended after the element is in the page', async () => {
    const key = uniqueKey('late-inline');
    const el = track(probe((p) => (p.src = docUrl(key, { delay: 300 }))));
    await el.updateComplete;
    expect(el.state).to.equal('loading');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = '{"title":"Late inline"}';
    el.append(script);
    await until(() => titleOf(el) === 'Late inline');
    expect(el.state).to.equal('ready');
    // The src request it no longer needs was withdrawn.
    expect(loaderStats().inFlight).to.equal(0);
    // Removing the script falls back to src.
    script.remove();
    await until(() => titleOf(el).includes('Chechnya'));
  });

  it('gives an inline script that is not JSON the reason not-json', async () => {
    const el = document.createElement('probe-widget');
    el.innerHTML = '<script type="application/json">{"title": oops}</script>';
    const failed = nextEvent<CustomEvent>(el, 'error');
    document.body.append(track(el));
    expect((await failed).detail.reason).to.equal('not-json');
    expect(el.state).to.equal('error');
  });

  it('fetches src and fires load', async () => {
    const key = uniqueKey('src');
    const el = track(document.createElement('probe-widget'));
    el.src = docUrl(key);
    const loaded = nextEvent(el, 'load');
    document.body.append(el);
    await loaded;
    expect(el.getAttribute('state')).to.equal('ready');
    expect(titleOf(el)).to.contain('Chechnya');
    expect(await hits(key)).to.have.length(1);
  });

  it('uses src before the article-context document', async () => {
    const contextKey = uniqueKey('ctx');
    const ownKey = uniqueKey('own');
    const root = await fixture(html`<article-context src=${docUrl(contextKey)}>
      <probe-widget src=${docUrl(ownKey, { body: JSON.stringify({ title: 'Own src' }) })}></probe-widget>
    </article-context>`);
    const el = root.querySelector('probe-widget')!;
    await until(() => el.state === 'ready' && root.getAttribute('state') === 'ready');
    await el.updateComplete;
    expect(titleOf(el)).to.equal('Own src');
  });

  it('takes the nearest article-context document, one request for many widgets', async () => {
    const key = uniqueKey('context');
    const root = await fixture(html`<article-context src=${docUrl(key)}>
      <probe-widget></probe-widget><div><probe-widget></probe-widget></div>
      <probe-widget src=${docUrl(key)}></probe-widget>
    </article-context>`);
    const widgets = [...root.querySelectorAll('probe-widget')];
    await until(() => widgets.every((w) => w.state === 'ready'));
    for (const w of widgets) expect(titleOf(w)).to.contain('Chechnya');
    expect(await hits(key)).to.have.length(1);
  });

  it('takes the nearest of two nested contexts', async () => {
    const outer = uniqueKey('outer');
    const inner = uniqueKey('inner');
    const root = await fixture(html`<article-context src=${docUrl(outer, { body: '{"title":"Outer"}' })}>
      <article-context src=${docUrl(inner, { body: '{"title":"Inner"}' })}><probe-widget></probe-widget></article-context>
    </article-context>`);
    const el = root.querySelector('probe-widget')!;
    await until(() => el.state === 'ready');
    await el.updateComplete;
    expect(titleOf(el)).to.equal('Inner');
  });

  it('follows the context through loading to ready', async () => {
    const key = uniqueKey('ctx-states');
    const root = await fixture(html`<article-context src=${docUrl(key, { delay: 150 })}><probe-widget></probe-widget></article-context>`);
    const el = root.querySelector('probe-widget')!;
    expect(el.state).to.equal('loading');
    await until(() => el.state === 'ready');
    await el.updateComplete;
    expect(titleOf(el)).to.contain('Chechnya');
  });

  it('counts data set right after the element is connected', async () => {
    const el = track(probe());
    el.data = article({ title: 'Set after append' });
    await el.updateComplete;
    expect(el.state).to.equal('ready');
    expect(titleOf(el)).to.equal('Set after append');
  });

  it('re-renders when data changes', async () => {
    const el = track(probe((p) => (p.data = article({ title: 'First' }))));
    await el.updateComplete;
    expect(titleOf(el)).to.equal('First');
    el.data = article({ title: 'Second' });
    await el.updateComplete;
    expect(titleOf(el)).to.equal('Second');
  });

  it('re-renders when src changes', async () => {
    const first = uniqueKey('first');
    const second = uniqueKey('second');
    const el = track(probe((p) => (p.src = docUrl(first, { body: '{"title":"One"}' }))));
    await until(() => el.state === 'ready');
    await el.updateComplete;
    expect(titleOf(el)).to.equal('One');
    el.src = docUrl(second, { body: '{"title":"Two"}' });
    await until(() => titleOf(el) === 'Two');
    expect(el.state).to.equal('ready');
  });

  it('falls back to the context when its own data is removed', async () => {
    const key = uniqueKey('fallback');
    const root = await fixture(html`<article-context src=${docUrl(key, { body: '{"title":"Context"}' })}>
      <probe-widget .data=${article({ title: 'Own' })}></probe-widget>
    </article-context>`);
    const el = root.querySelector('probe-widget')!;
    await until(() => root.getAttribute('state') === 'ready');
    expect(titleOf(el)).to.equal('Own');
    el.data = undefined;
    await until(() => titleOf(el) === 'Context');
  });

  it('shows only the latest src when src changes quickly: the older request is aborted', async () => {
    const slow = uniqueKey('slow');
    const fast = uniqueKey('fast');
    const start = loaderStats().inFlight;
    const el = track(probe((p) => (p.src = docUrl(slow, { delay: 300, body: '{"title":"Stale"}' }))));
    expect(el.state).to.equal('loading');
    expect(loaderStats().inFlight).to.equal(start + 1);
    el.src = docUrl(fast, { delay: 50, body: '{"title":"Latest"}' });
    await el.updateComplete;
    // Only the new request runs: nobody waits for the slow one, so it was withdrawn.
    expect(loaderStats().inFlight).to.equal(start + 1);
    await until(() => titleOf(el) === 'Latest');
    await sleep(350);
    expect(titleOf(el)).to.equal('Latest');
    expect(el.doc?.sourceUrl).to.contain(fast);
    expect(loaderStats().inFlight).to.equal(start);
  });

  it('lets data set after src win, even when the src answer comes later', async () => {
    const key = uniqueKey('src-then-data');
    const el = track(probe((p) => (p.src = docUrl(key, { delay: 200 }))));
    el.data = article({ title: 'Data wins' });
    await el.updateComplete;
    await sleep(300);
    expect(titleOf(el)).to.equal('Data wins');
  });

  it('aborts its request when disconnected', async () => {
    const key = uniqueKey('disconnect');
    const start = loaderStats().inFlight;
    const el = probe((p) => (p.src = docUrl(key, { delay: 2000 })));
    expect(loaderStats().inFlight).to.equal(start + 1);
    el.remove();
    // Withdrawn once it is still out of the page at the next microtask (a move connects it again first).
    await Promise.resolve();
    expect(loaderStats().inFlight).to.equal(start);
    // Connecting again starts a new request.
    document.body.append(el);
    track(el);
    expect(loaderStats().inFlight).to.equal(start + 1);
  });

  it('keeps its request when moved in the page while it loads: one request, one load', async () => {
    const key = uniqueKey('moved-loading');
    const box = track(document.createElement('div'));
    document.body.append(box);
    const el = track(probe((p) => (p.src = docUrl(key, { delay: 200, body: '{"title":"Moved"}' }))));
    let loads = 0;
    el.addEventListener('load', () => loads++);
    await sleep(50); // the request has left (it starts in a task of its own)
    expect(el.state).to.equal('loading');
    box.append(el); // a move: disconnected and connected again in one task
    await until(() => el.state === 'ready');
    await el.updateComplete;
    expect(titleOf(el)).to.equal('Moved');
    expect(await hits(key)).to.have.length(1);
    expect(loads).to.equal(1);
  });

  it('fires load once when moved in the page once ready', async () => {
    const key = uniqueKey('moved-ready');
    const el = track(probe((p) => (p.src = docUrl(key, { body: '{"title":"Ready"}' }))));
    await until(() => el.state === 'ready');
    await el.updateComplete;
    let loads = 0;
    el.addEventListener('load', () => loads++);
    document.body.prepend(el);
    await sleep(50);
    await el.updateComplete;
    expect(el.state).to.equal('ready');
    expect(titleOf(el)).to.equal('Ready');
    expect(loads).to.equal(0);
    expect(await hits(key)).to.have.length(1);
    // Taken out and put back later, it resolves again as before (from the page's cache).
    el.remove();
    await Promise.resolve();
    document.body.append(el);
    await until(() => loads === 1);
    expect(el.state).to.equal('ready');
  });

  it('keeps a request shared with another element when one of them disconnects', async () => {
    const key = uniqueKey('shared-disconnect');
    const a = probe((p) => (p.src = docUrl(key, { delay: 150 })));
    const b = track(probe((p) => (p.src = docUrl(key, { delay: 150 }))));
    a.remove();
    await until(() => b.state === 'ready');
    await b.updateComplete;
    expect(await hits(key)).to.have.length(1);
  });

  for (const bad of ['  JaVaScRiPt:alert(1)', '\u0001javascript:alert(1)', 'java\tscript:alert(1)', 'DATA:application/json,{}', 'vbscript:x', 'file:///etc/passwd', 'http://[::1']) {
    it(`refuses the src ${JSON.stringify(bad)}, with no request`, async () => {
      const before = performance.getEntriesByType('resource').length;
      const el = track(probe((p) => (p.src = bad)));
      const event = await nextEvent<CustomEvent>(el, 'error');
      expect(el.state).to.equal('error');
      expect(event.detail.reason).to.equal('invalid');
      expect(loaderStats().inFlight).to.equal(0);
      expect(performance.getEntriesByType('resource').length).to.equal(before);
    });
  }

  it('resolves relative URLs inside a fetched document against that document', async () => {
    const key = uniqueKey('relative');
    const el = track(probe((p) => (p.src = docUrl(key, { body: JSON.stringify({ title: 'T', image: { src: 'pics/a.jpg', alt: '' } }) }))));
    await until(() => el.state === 'ready');
    await el.updateComplete;
    expect(el.doc?.image?.src).to.equal(new URL('/test-api/pics/a.jpg', location.href).href);
  });

  it('resolves relative URLs of data against the page', async () => {
    const el = track(probe((p) => (p.data = { title: 'T', image: { src: 'pics/a.jpg', alt: '' } })));
    await el.updateComplete;
    expect(el.doc?.image?.src).to.equal(new URL('pics/a.jpg', document.baseURI).href);
  });

  it('turns a data object whose getters throw into an error, not an exception', async () => {
    const hostile = {
      get title(): string {
        throw new Error('boom');
      },
    };
    const el = track(probe((p) => (p.data = hostile)));
    await el.updateComplete;
    expect(el.state).to.equal('error');
  });
});
