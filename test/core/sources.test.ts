import { expect, fixture, html } from '@open-wc/testing';
import { clearLoaderCache } from '../../src/core/loader.js';
import { article, docUrl, hits, uniqueKey } from '../support/fixtures.js';
import { type ProbeWidget } from '../support/probe-widget.js';
import '../support/probe-widget.js';
import { nextEvent, until } from '../support/wait.js';

const text = (el: ProbeWidget): string => el.shadowRoot!.querySelector('[part=title]')!.textContent!.trim();

describe('where a widget gets its document', () => {
  afterEach(() => clearLoaderCache());

  it('is idle with no source at all', async () => {
    const el = await fixture<ProbeWidget>(html`<probe-widget></probe-widget>`);
    expect(el.getAttribute('state')).to.equal('idle');
  });

  it('reads the data property first, before inline JSON and src', async () => {
    const key = uniqueKey('data-first');
    const el = await fixture<ProbeWidget>(html`<probe-widget src=${docUrl(key)} .data=${article({ title: 'From data' })}>
      <script type="application/json">{"title":"From inline"}</script>
    </probe-widget>`);
    expect(el.getAttribute('state')).to.equal('ready');
    expect(text(el)).to.equal('From data');
    expect(await hits(key)).to.have.length(0);
  });

  it('reads inline JSON before src, with no request', async () => {
    const key = uniqueKey('inline');
    const el = await fixture<ProbeWidget>(html`<probe-widget src=${docUrl(key)}>
      <script type="application/json">{"title":"From inline"}</script>
    </probe-widget>`);
    expect(text(el)).to.equal('From inline');
    expect(await hits(key)).to.have.length(0);
  });

  it('fetches src and fires load', async () => {
    const key = uniqueKey('src');
    const el = document.createElement('probe-widget');
    el.src = docUrl(key);
    const loaded = nextEvent(el, 'load');
    document.body.append(el);
    await loaded;
    expect(el.getAttribute('state')).to.equal('ready');
    expect(text(el)).to.contain('Chechnya');
    expect(await hits(key)).to.have.length(1);
    el.remove();
  });

  it('takes the nearest article-context document, one request for many widgets', async () => {
    const key = uniqueKey('context');
    const root = await fixture(html`<article-context src=${docUrl(key)}>
      <probe-widget></probe-widget><div><probe-widget></probe-widget></div>
      <probe-widget src=${docUrl(key)}></probe-widget>
    </article-context>`);
    const widgets = [...root.querySelectorAll('probe-widget')];
    await until(() => widgets.every((w) => w.state === 'ready'));
    for (const w of widgets) expect(text(w)).to.contain('Chechnya');
    expect(await hits(key)).to.have.length(1);
  });

  it('goes to error with reason http and fires error', async () => {
    const key = uniqueKey('404');
    const el = document.createElement('probe-widget');
    el.src = docUrl(key, { status: 404 });
    const failed = nextEvent<CustomEvent>(el, 'error');
    document.body.append(el);
    const event = await failed;
    expect(event.detail.reason).to.equal('http');
    expect(event.detail.url).to.contain('/test-api/doc');
    expect(el.getAttribute('state')).to.equal('error');
    el.remove();
  });

  it('resolves the locale from the nearest lang', async () => {
    const root = await fixture(html`<div lang="fr-CA"><probe-widget .data=${article()}></probe-widget></div>`);
    const el = root.querySelector('probe-widget')!;
    expect(el.shadowRoot!.querySelector('[part=locale]')!.textContent).to.equal('fr-CA');
    root.setAttribute('lang', 'de');
    await until(() => el.shadowRoot!.querySelector('[part=locale]')!.textContent === 'de');
  });
});
