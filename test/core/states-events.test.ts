import { expect, fixture, html } from '@open-wc/testing';
import { clearLoaderCache } from '../../src/core/loader.js';
import { loaderSettings } from '../../src/core/loader-settings.js';
import { article, docUrl, hits, uniqueKey } from '../support/fixtures.js';
import '../support/probe-widget.js';
import { nextEvent, sleep, until } from '../support/wait.js';
import { warningsDuring } from '../support/console-warnings.js';

const titleOf = (el: Element): string => el.shadowRoot!.querySelector('[part=title]')!.textContent!.trim();

/** Records every `load`/`error` the element fires, and whether any reached its parent. */
function recorder(el: HTMLElement, parent: HTMLElement) {
  const events: Event[] = [];
  const bubbled: string[] = [];
  for (const name of ['load', 'error']) {
    el.addEventListener(name, (event) => events.push(event));
    parent.addEventListener(name, (event) => event.target === el && bubbled.push(name));
  }
  return { events, bubbled, names: () => events.map((e) => e.type) };
}

describe('states and events', () => {
  const saved = { ...loaderSettings };
  let parent: HTMLDivElement;
  beforeEach(() => {
    parent = document.createElement('div');
    document.body.append(parent);
  });
  afterEach(() => {
    parent.remove();
    Object.assign(loaderSettings, saved);
    clearLoaderCache();
  });

  it('goes idle → loading → ready, reflected as the state attribute, and fires load once', async () => {
    const key = uniqueKey('states');
    const el = document.createElement('probe-widget');
    expect(el.getAttribute('state')).to.equal(null);
    const log = recorder(el, parent);
    el.src = docUrl(key, { delay: 100 });
    parent.append(el);
    await el.updateComplete;
    expect(el.getAttribute('state')).to.equal('loading');
    await nextEvent(el, 'load');
    expect(el.getAttribute('state')).to.equal('ready');
    await sleep(50);
    expect(log.names()).to.deep.equal(['load']);
    expect(log.bubbled).to.deep.equal([]);
  });

  it('is idle with no source, and fires nothing', async () => {
    const el = document.createElement('probe-widget');
    const log = recorder(el, parent);
    parent.append(el);
    await el.updateComplete;
    expect(el.getAttribute('state')).to.equal('idle');
    await sleep(30);
    expect(log.events).to.have.length(0);
  });

  it('goes to error with a CustomEvent error whose detail has reason and url, not bubbling', async () => {
    const key = uniqueKey('404');
    const el = document.createElement('probe-widget');
    const log = recorder(el, parent);
    el.src = docUrl(key, { status: 404 });
    const failed = nextEvent<CustomEvent>(el, 'error');
    parent.append(el);
    const event = await failed;
    expect(event).to.be.instanceOf(CustomEvent);
    expect(event.bubbles).to.equal(false);
    expect(event.detail.reason).to.equal('http');
    expect(event.detail.url).to.equal(new URL(docUrl(key, { status: 404 }), location.href).href);
    expect(el.getAttribute('state')).to.equal('error');
    await sleep(50);
    expect(log.names()).to.deep.equal(['error']);
    expect(log.bubbled).to.deep.equal([]);
  });

  it('fires load and error once per transition, not on re-renders', async () => {
    const el = document.createElement('probe-widget');
    const log = recorder(el, parent);
    el.data = article({ title: 'One' });
    parent.append(el);
    await el.updateComplete;
    el.requestUpdate();
    await el.updateComplete;
    el.data = 42;
    await el.updateComplete;
    el.requestUpdate();
    await el.updateComplete;
    el.data = article({ title: 'Two' });
    await el.updateComplete;
    el.setAttribute('lang', 'fr');
    await sleep(20);
    expect(log.names()).to.deep.equal(['load', 'error', 'load']);
    expect(el.state).to.equal('ready');
  });

  it('gives a document the widget cannot use the reason invalid, naming what is missing on the console', async () => {
    const el = document.createElement('probe-widget');
    el.requireTitle = true;
    el.data = { summary: 'no title' };
    const failed = nextEvent<CustomEvent>(el, 'error');
    let event!: CustomEvent;
    const warnings = await warningsDuring(async () => {
      parent.append(el);
      event = await failed;
    });
    // CONTRACT §1: `detail` is `{ reason, url? }` and no more; a `data` object's URL is the page's,
    // against which its own URLs resolve.
    expect(event.detail).to.deep.equal({ reason: 'invalid', url: location.href });
    expect(warnings.join('\n')).to.contain('title');
    expect(el.state).to.equal('error');
  });

  it('gives the error event a detail of exactly the reason and the URL', async () => {
    const el = document.createElement('probe-widget');
    const url = docUrl(uniqueKey('detail'), { status: 404 });
    el.src = url;
    const failed = nextEvent<CustomEvent>(el, 'error');
    await warningsDuring(async () => {
      parent.append(el);
      expect((await failed).detail).to.deep.equal({ reason: 'http', url: new URL(url, location.href).href });
    });
  });

  it('writes one console warning naming the tag and the URL', async () => {
    const key = uniqueKey('warn');
    const warnings = await warningsDuring(async () => {
      const el = document.createElement('probe-widget');
      el.src = docUrl(key, { status: 404 });
      const failed = nextEvent(el, 'error');
      parent.append(el);
      await failed;
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<probe-widget>').and.to.contain(key);
  });

  it('passes a context error on to its widgets, with one warning from the context only', async () => {
    const key = uniqueKey('ctx-error');
    let root!: HTMLElement;
    const warnings = await warningsDuring(async () => {
      root = await fixture(html`<article-context src=${docUrl(key, { status: 404 })}><probe-widget></probe-widget><probe-widget></probe-widget></article-context>`);
      await until(() => root.getAttribute('state') === 'error');
      await sleep(20);
    });
    for (const w of root.querySelectorAll('probe-widget')) expect(w.state).to.equal('error');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<article-context>');
  });

  describe('reload()', () => {
    it('fetches the document again and fires load with the new document', async () => {
      const key = uniqueKey('reload');
      const el = document.createElement('probe-widget');
      el.src = docUrl(key);
      const loaded = nextEvent(el, 'load');
      parent.append(el);
      await loaded;
      const reloaded = nextEvent(el, 'load');
      el.reload();
      await reloaded;
      expect(await hits(key)).to.have.length(2);
      expect(el.state).to.equal('ready');
    });

    it('keeps the last good document when the refresh fails: state stays ready and error fires', async () => {
      const key = uniqueKey('reload-fails');
      const el = document.createElement('probe-widget');
      el.src = docUrl(key);
      const loaded = nextEvent(el, 'load');
      parent.append(el);
      await loaded;
      // The same URL now answers with something the loader refuses.
      loaderSettings.maxBytes = 100;
      const failed = nextEvent<CustomEvent>(el, 'error');
      el.reload();
      const event = await failed;
      expect(event.detail.reason).to.equal('too-large');
      expect(el.getAttribute('state')).to.equal('ready');
      expect(titleOf(el)).to.contain('Chechnya');
      expect(await hits(key)).to.have.length(2);
    });

    it('shows the state while the refresh runs as ready, not loading', async () => {
      const key = uniqueKey('reload-quiet');
      const el = document.createElement('probe-widget');
      el.src = docUrl(key, { delay: 100 });
      const loaded = nextEvent(el, 'load');
      parent.append(el);
      await loaded;
      el.reload();
      await el.updateComplete;
      expect(el.state).to.equal('ready');
      await nextEvent(el, 'load');
    });
  });
});
