// A lazy widget that shows its <article-context>'s document renders it when it comes near the
// screen, like one with its own `src` fetches then (issue 27: below the fold, rendered when
// near). It never costs a widget on screen a frame: one whose position is not known yet when
// the document comes shows it at once.
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { visibilityStats } from '../../src/core/visibility.js';
import type { ArticleContext } from '../../src/elements/article-context/article-context.js';
import { article, docUrl, uniqueKey } from '../support/fixtures.js';
import type { ProbeWidget } from '../support/probe-widget.js';
import '../support/probe-widget.js';
import { sleep, until } from '../support/wait.js';

const shown = (el: Element): string => el.shadowRoot!.querySelector('[part=title]')!.textContent!.trim();

/** Six screens of page, then a widget (`loading` as given). */
const below = (loading: string): TemplateResult =>
  html`<div style="block-size:${innerHeight * 6}px"></div>
    <probe-widget loading=${loading} class="far" style="display:block;block-size:20px"></probe-widget>`;

/** A context still fetching (its request never answers), with a lazy widget on screen and, after it, `rest`. */
async function page(rest = below('lazy')): Promise<{ root: HTMLElement; context: ArticleContext; near: ProbeWidget; far: ProbeWidget }> {
  const root = await fixture<HTMLDivElement>(html`<div>
    <article-context src=${docUrl(uniqueKey('lazy-shared'), { hang: 1 })}>
      <probe-widget loading="lazy" class="near" style="display:block;block-size:20px"></probe-widget>
      ${rest}
    </article-context>
  </div>`);
  return { root, context: root.querySelector('article-context')!, near: root.querySelector('.near')!, far: root.querySelector('.far')! };
}

/**
 * Waits for the browser's first look at the widgets: the one on screen stops being watched
 * then (every observer's first answer comes in the same frame), `left` still are.
 */
const firstLook = (left: number): Promise<void> => until(() => visibilityStats().watched === left, 5000, 'the browser to tell where the widgets are');

describe('a lazy widget showing a shared document', () => {
  afterEach(() => scrollTo(0, 0));

  it('shows it when it comes near the screen, not before; one on screen shows it at once', async () => {
    const { context, near, far } = await page();
    let loads = 0;
    far.addEventListener('load', () => (loads += 1));
    await firstLook(1);
    expect([near.state, far.state]).to.deep.equal(['loading', 'loading']);
    // The document comes once the browser has told where each widget is.
    context.data = article({ title: 'Shared' });
    await until(() => near.state === 'ready', 5000, 'the widget on screen');
    await near.updateComplete;
    expect(shown(near)).to.equal('Shared');

    await sleep(200);
    await far.updateComplete;
    expect(far.state, 'far below the screen').to.equal('loading');
    expect(shown(far)).to.equal('loading');
    expect(loads).to.equal(0);

    far.scrollIntoView();
    await until(() => far.state === 'ready', 5000, 'the widget scrolled to');
    await far.updateComplete;
    expect(shown(far)).to.equal('Shared');
    expect(loads).to.equal(1);
    expect(visibilityStats().watched, 'nothing watched once both are shown').to.equal(0);
  });

  it('holds it for a widget not displayed (a closed <details>) until it is shown', async () => {
    const { root, context, near, far: inside } = await page(
      html`<details><summary>More</summary><probe-widget loading="lazy" class="far" style="display:block;block-size:20px"></probe-widget></details>`,
    );
    await firstLook(1);
    context.data = article({ title: 'Shared' });
    await until(() => near.state === 'ready', 5000, 'the widget on screen');
    await sleep(200);
    expect(inside.state, 'inside the closed details').to.equal('loading');
    root.querySelector('details')!.open = true;
    await until(() => inside.state === 'ready', 5000, 'the widget shown');
    await inside.updateComplete;
    expect(shown(inside)).to.equal('Shared');
  });

  it('leaves an eager widget far below alone: it shows the document when it comes', async () => {
    const { context, near, far } = await page(below('eager'));
    // Only lazy widgets are watched: the one on screen, until the browser's first look.
    await firstLook(0);
    context.data = article({ title: 'Shared' });
    await until(() => near.state === 'ready' && far.state === 'ready', 5000, 'both widgets');
    expect(shown(far)).to.equal('Shared');
  });

  it('shows a document the context had at once, wherever the widget is (its place is not known yet)', async () => {
    const root = await fixture<HTMLDivElement>(html`<div>
      <article-context .data=${article({ title: 'At hand' })}>
        <div style="block-size:${innerHeight * 6}px"></div>
        <probe-widget loading="lazy" style="display:block;block-size:20px"></probe-widget>
      </article-context>
    </div>`);
    const far = root.querySelector('probe-widget')!;
    await until(() => far.state === 'ready', 5000, 'the widget far below');
    await far.updateComplete;
    expect(shown(far)).to.equal('At hand');
    expect(visibilityStats().watched).to.equal(0);
  });

  it('follows a new document while held, and stops watching when it leaves the page', async () => {
    const { context, near, far } = await page();
    await firstLook(1);
    context.data = article({ title: 'First' });
    await until(() => shown(near) === 'First', 5000, 'the document on screen');
    // A new document, still far: held too.
    context.data = article({ title: 'Second' });
    await until(() => shown(near) === 'Second', 5000, 'the new document on screen');
    await sleep(100);
    expect(far.state).to.equal('loading');
    expect(visibilityStats().watched, 'the widget far below is watched').to.equal(1);
    far.remove();
    await Promise.resolve(); // a widget moved in the page keeps its watch: one still out at the next microtask stops it
    expect(visibilityStats().watched, 'gone with the widget').to.equal(0);
  });
});
