import { expect, fixture, html } from '@open-wc/testing';
import { clearLoaderCache } from '../../src/core/loader.js';
import { loadFormats } from '../../src/sources/read-document.js';
import '../../src/elements/related-stories/define.js';
import type { RelatedStories } from '../../src/elements/related-stories/related-stories.js';
import { type Json, article, docUrl, hits, uniqueKey } from '../support/fixtures.js';
import { nextEvent, sleep, until } from '../support/wait.js';

const shadow = (el: RelatedStories): ShadowRoot => el.shadowRoot!;
const items = (el: RelatedStories): HTMLElement[] => [...shadow(el).querySelectorAll<HTMLElement>('li[part=item]')];
const placeholderRows = (el: RelatedStories): HTMLElement[] => [...shadow(el).querySelectorAll<HTMLElement>('.placeholder > .item')];
const height = (node: Element): number => node.getBoundingClientRect().height;
/** How many distinct columns the items sit in. */
const columns = (rows: HTMLElement[]): number => new Set(rows.map((r) => Math.round(r.getBoundingClientRect().left))).size;

async function inWidth(width: string, layout: string, data: Json): Promise<RelatedStories> {
  const box = await fixture<HTMLDivElement>(html`<div style="inline-size: ${width}"><related-stories layout=${layout} .data=${data}></related-stories></div>`);
  const el = box.querySelector('related-stories')!;
  await el.updateComplete;
  return el;
}

/** An element with `src` below a tall spacer, so it starts far outside the viewport. */
async function below(src: string, attributes: { layout?: string; limit?: string } = {}): Promise<{ el: RelatedStories; spacer: HTMLElement }> {
  const root = await fixture<HTMLDivElement>(html`<div>
    <div class="spacer" style="block-size: 400vh"></div>
    <related-stories src=${src} layout=${attributes.layout ?? 'list'} limit=${attributes.limit ?? '4'}></related-stories>
  </div>`);
  return { el: root.querySelector('related-stories')!, spacer: root.querySelector<HTMLElement>('.spacer')! };
}

describe('<related-stories> layouts', () => {
  afterEach(() => clearLoaderCache());

  it('is a list by default, one story per row', async () => {
    const el = await inWidth('60em', 'list', article());
    expect(el.getAttribute('layout')).to.equal('list');
    expect(columns(items(el))).to.equal(1);
  });

  it('reflects layout="grid" and shows several columns when wide', async () => {
    const el = await inWidth('64em', 'grid', article());
    expect(el.getAttribute('layout')).to.equal('grid');
    expect(columns(items(el))).to.equal(4);
    const tops = new Set(items(el).map((li) => Math.round(li.getBoundingClientRect().top)));
    expect(tops.size).to.equal(1);
  });

  it('shows two columns in a medium-width grid and one in a narrow one', async () => {
    expect(columns(items(await inWidth('30em', 'grid', article())))).to.equal(2);
    expect(columns(items(await inWidth('16em', 'grid', article())))).to.equal(1);
  });

  it('follows its own width, not the viewport\'s', async () => {
    const el = await inWidth('64em', 'grid', article());
    el.parentElement!.style.inlineSize = '16em';
    await until(() => columns(items(el)) === 1, 2000, 'one column');
  });
});

describe('<related-stories> loading', () => {
  afterEach(() => {
    clearLoaderCache();
    window.scrollTo(0, 0);
  });

  it('is lazy by default: no request until scrolled near, then ready', async () => {
    const key = uniqueKey('related-lazy');
    const { el } = await below(docUrl(key));
    expect(el.loading).to.equal('lazy');
    await sleep(150);
    expect(await hits(key)).to.have.length(0);
    expect(el.getAttribute('state')).to.equal('idle');
    const loaded = nextEvent(el, 'load');
    el.scrollIntoView();
    await loaded;
    expect(await hits(key)).to.have.length(1);
    expect(el.getAttribute('state')).to.equal('ready');
    expect(items(el)).to.have.length(4);
  });

  it('fetches at once with loading="eager"', async () => {
    const key = uniqueKey('related-eager');
    const root = await fixture(html`<div><div style="block-size: 400vh"></div><related-stories loading="eager" src=${docUrl(key)}></related-stories></div>`);
    const el = root.querySelector('related-stories')!;
    await until(() => el.state === 'ready');
    await el.updateComplete;
    expect(await hits(key)).to.have.length(1);
  });

  it('keeps the space of `limit` rows meanwhile, with the heading, and takes the same once ready', async () => {
    for (const layout of ['list', 'grid']) {
      const key = uniqueKey(`related-space-${layout}`);
      const { el } = await below(docUrl(key), { layout, limit: '3' });
      expect(placeholderRows(el)).to.have.length(3);
      expect(shadow(el).querySelector('[part=heading]')!.textContent!.trim()).to.equal('Related Stories');
      expect(shadow(el).textContent).to.contain('Loading…');
      const before = height(el);
      const rowBefore = height(placeholderRows(el)[0]!);
      expect(rowBefore).to.be.above(20);
      const loaded = nextEvent(el, 'load');
      el.scrollIntoView();
      await loaded;
      await el.updateComplete;
      expect(items(el)).to.have.length(3);
      expect(height(items(el)[0]!), `${layout} row`).to.be.closeTo(rowBefore, 0.5);
      expect(height(el), `${layout} element`).to.be.closeTo(before, 0.5);
      window.scrollTo(0, 0);
    }
  });

  it('renders nothing and takes no space when no story is left (state ready)', async () => {
    // The JSON Feed's reader is in the formats chunk: loaded first, so every element is read at once.
    await loadFormats();
    const root = await fixture(html`<div>
      <related-stories .data=${article({ related: [] })}></related-stories>
      <related-stories .data=${article({ related: [{ title: 'No url' }, { url: 'javascript:void 0', title: 'x' }] })}></related-stories>
      <related-stories .data=${{ version: 'https://jsonfeed.org/version/1.1', items: [{ url: location.href, title: 'This page' }] }}></related-stories>
    </div>`);
    for (const el of root.querySelectorAll('related-stories')) {
      await el.updateComplete;
      expect(el.getAttribute('state')).to.equal('ready');
      expect(height(el)).to.equal(0);
      expect(shadow(el).querySelector('h2, ul')).to.equal(null);
    }
  });

  it('hides itself on error (no broken UI) and fires error', async () => {
    const key = uniqueKey('related-error');
    const el = document.createElement('related-stories');
    el.loading = 'eager';
    el.src = docUrl(key, { status: 404 });
    const failed = nextEvent<CustomEvent>(el, 'error');
    document.body.append(el);
    expect((await failed).detail.reason).to.equal('http');
    await el.updateComplete;
    expect(el.getAttribute('state')).to.equal('error');
    expect(height(el)).to.equal(0);
    expect(shadow(el).querySelector('ul, [part=heading]')).to.equal(null);
    el.remove();
  });
});

describe('<related-stories> accessibility', () => {
  afterEach(() => clearLoaderCache());

  it('is accessible while loading', async () => {
    const { el } = await below(docUrl(uniqueKey('related-axe-loading')));
    await expect(el).to.be.accessible();
  });

  it('is accessible as a list and as a grid', async () => {
    await expect(await inWidth('40em', 'list', article())).to.be.accessible();
    await expect(await inWidth('64em', 'grid', article())).to.be.accessible();
  });

  it('is accessible when empty and on error', async () => {
    const empty = await fixture<RelatedStories>(html`<related-stories .data=${article({ related: [] })}></related-stories>`);
    await expect(empty).to.be.accessible();
    const failed = await fixture<RelatedStories>(html`<related-stories loading="eager" src=${docUrl(uniqueKey('related-axe-error'), { status: 404 })}></related-stories>`);
    await until(() => failed.state === 'error');
    await failed.updateComplete;
    await expect(failed).to.be.accessible();
  });
});
