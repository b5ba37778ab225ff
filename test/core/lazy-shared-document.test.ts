// A lazy widget that shows its <article-context>'s document renders it when it comes near the
// screen, like one with its own `src` fetches then (issue 27: below the fold, rendered when
// near). It never costs a widget on screen a frame: one whose position is not known yet when
// the document comes shows it at once.
import { expect, fixture, html } from '@open-wc/testing';
import { visibilityStats } from '../../src/core/visibility.js';
import type { ArticleContext } from '../../src/elements/article-context/article-context.js';
import { article, docUrl, uniqueKey } from '../support/fixtures.js';
import type { ProbeWidget } from '../support/probe-widget.js';
import '../support/probe-widget.js';
import { sleep, until } from '../support/wait.js';

const shown = (el: Element): string => el.shadowRoot!.querySelector('[part=title]')!.textContent!.trim();

/** A context fetching `src`, with a lazy widget on screen, six screens of page, and a lazy widget below. */
async function page(src: string, far = 'lazy'): Promise<{ context: ArticleContext; near: ProbeWidget; below: ProbeWidget }> {
  const root = await fixture<HTMLDivElement>(html`<div>
    <article-context src=${src}>
      <probe-widget loading="lazy" class="near" style="display:block;block-size:20px"></probe-widget>
      <div style="block-size:${innerHeight * 6}px"></div>
      <probe-widget loading=${far} class="below" style="display:block;block-size:20px"></probe-widget>
    </article-context>
  </div>`);
  return { context: root.querySelector('article-context')!, near: root.querySelector('.near')!, below: root.querySelector('.below')! };
}

describe('a lazy widget showing a shared document', () => {
  afterEach(() => scrollTo(0, 0));

  it('shows it when it comes near the screen, not before; one on screen shows it at once', async () => {
    // The document comes after the browser has told where each widget is.
    const { near, below } = await page(docUrl(uniqueKey('lazy-shared'), { delay: 400 }));
    let loads = 0;
    below.addEventListener('load', () => (loads += 1));
    expect(below.state).to.equal('loading');
    await until(() => near.state === 'ready', 5000, 'the widget on screen');
    await near.updateComplete;
    expect(shown(near)).to.equal('Chechnya’s Anti-LGBTQ Purge Has Restarted, Says Russian LGBTQ Network');

    await sleep(200);
    await below.updateComplete;
    expect(below.state, 'far below the screen').to.equal('loading');
    expect(shown(below)).to.equal('loading');
    expect(loads).to.equal(0);

    below.scrollIntoView();
    await until(() => below.state === 'ready', 5000, 'the widget scrolled to');
    await below.updateComplete;
    expect(shown(below)).to.equal('Chechnya’s Anti-LGBTQ Purge Has Restarted, Says Russian LGBTQ Network');
    expect(loads).to.equal(1);
    expect(visibilityStats().watched, 'nothing watched once both are shown').to.equal(0);
  });

  it('holds it for a widget not displayed (a closed <details>) until it is shown', async () => {
    const root = await fixture<HTMLDivElement>(html`<div>
      <article-context src=${docUrl(uniqueKey('lazy-details'), { delay: 400 })}>
        <probe-widget loading="lazy" class="near" style="display:block;block-size:20px"></probe-widget>
        <details><summary>More</summary><probe-widget loading="lazy" class="inside" style="display:block;block-size:20px"></probe-widget></details>
      </article-context>
    </div>`);
    const near = root.querySelector<ProbeWidget>('.near')!;
    const inside = root.querySelector<ProbeWidget>('.inside')!;
    await until(() => near.state === 'ready', 5000, 'the widget on screen');
    await sleep(200);
    expect(inside.state, 'inside the closed details').to.equal('loading');
    root.querySelector('details')!.open = true;
    await until(() => inside.state === 'ready', 5000, 'the widget shown');
    await inside.updateComplete;
    expect(shown(inside)).to.equal('Chechnya’s Anti-LGBTQ Purge Has Restarted, Says Russian LGBTQ Network');
  });

  it('leaves an eager widget far below alone: it shows the document when it comes', async () => {
    const { near, below } = await page(docUrl(uniqueKey('eager-shared'), { delay: 400 }), 'eager');
    await until(() => near.state === 'ready' && below.state === 'ready', 5000, 'both widgets');
  });

  it('shows a document the context had at once, wherever the widget is (its place is not known yet)', async () => {
    const root = await fixture<HTMLDivElement>(html`<div>
      <article-context .data=${article({ title: 'At hand' })}>
        <div style="block-size:${innerHeight * 6}px"></div>
        <probe-widget loading="lazy" style="display:block;block-size:20px"></probe-widget>
      </article-context>
    </div>`);
    const below = root.querySelector('probe-widget')!;
    await until(() => below.state === 'ready', 5000, 'the widget far below');
    await below.updateComplete;
    expect(shown(below)).to.equal('At hand');
    expect(visibilityStats().watched).to.equal(0);
  });

  it('follows a new document once shown, and stops watching when it leaves the page before', async () => {
    const { context, near, below } = await page(docUrl(uniqueKey('lazy-follow'), { delay: 400 }));
    await until(() => near.state === 'ready', 5000, 'the widget on screen');
    expect(visibilityStats().watched, 'the widget far below is watched').to.equal(1);
    // A new document, still far: held too.
    context.data = article({ title: 'Second' });
    await until(() => shown(near) === 'Second', 5000, 'the new document on screen');
    await sleep(100);
    expect(below.state).to.equal('loading');
    below.remove();
    expect(visibilityStats().watched, 'gone with the widget').to.equal(0);
  });
});
