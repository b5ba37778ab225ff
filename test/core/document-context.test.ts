// The context between <article-context> and its widgets is @lit/context with the string key
// 'story-widgets:article', so it connects with other @lit/context code (and another copy of
// this library) both ways, and the nearest provider wins. A second copy of @lit/context itself
// against the CDN file's: test/dist/cdn-module.test.ts.
import { ContextConsumer, ContextProvider, createContext } from '@lit/context';
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import type { DocumentSnapshot } from '../../src/core/document-context.js';
import { ArticleContext } from '../../src/elements/article-context/article-context.js';
import { article } from '../support/fixtures.js';
import '../support/probe-widget.js';
import { until } from '../support/wait.js';

const key = createContext<DocumentSnapshot>('story-widgets:article');

/** An element of another library that reads the article through @lit/context. */
class LitContextReader extends LitElement {
  readonly consumer = new ContextConsumer(this, { context: key, subscribe: true });
}
customElements.define('lit-context-reader', LitContextReader);

/** An element of another library that provides the article through @lit/context. */
class LitContextSource extends LitElement {
  readonly provider = new ContextProvider(this, { context: key, initialValue: { state: 'idle' } });
  override render() {
    return html`<slot></slot>`;
  }
}
customElements.define('lit-context-source', LitContextSource);

const titleOf = (el: Element): string => el.shadowRoot!.querySelector('[part=title]')!.textContent!.trim();

describe('the article context protocol', () => {
  it('hands the document to a @lit/context consumer, and every later one', async () => {
    const root = await fixture<ArticleContext>(html`<article-context .data=${article({ title: 'First' })}><lit-context-reader></lit-context-reader></article-context>`);
    const reader = root.querySelector<LitContextReader>('lit-context-reader')!;
    await until(() => reader.consumer.value?.state === 'ready');
    expect(reader.consumer.value?.article?.title).to.equal('First');
    root.data = article({ title: 'Second' });
    await until(() => reader.consumer.value?.article?.title === 'Second');
  });

  it('takes the document of a @lit/context provider, and follows it', async () => {
    const root = await fixture<LitContextSource>(html`<lit-context-source><probe-widget></probe-widget></lit-context-source>`);
    const widget = root.querySelector('probe-widget')!;
    await widget.updateComplete;
    expect(widget.state).to.equal('idle');
    const parsed = widget.parseDocument({ title: 'From Lit' }, location.href);
    if (!parsed.ok) throw new Error('the test document should parse');
    root.provider.setValue({ state: 'ready', article: parsed.value });
    await until(() => widget.state === 'ready');
    await widget.updateComplete;
    expect(titleOf(widget)).to.equal('From Lit');
  });

  it('moves a widget over to an article-context that upgrades between it and its provider', async () => {
    // The inner context's tag is defined only after the widget subscribed to the outer one.
    const tag = `late-context-${Math.random().toString(36).slice(2, 8)}`;
    const outer = await fixture<ArticleContext>(html`<article-context .data=${article({ title: 'Outer' })}></article-context>`);
    const inner = document.createElement(tag) as ArticleContext;
    inner.innerHTML = '<script type="application/json">{"title":"Inner"}</script><div><probe-widget></probe-widget></div>';
    outer.append(inner);
    const widget = inner.querySelector('probe-widget')!;
    await until(() => widget.state === 'ready');
    await widget.updateComplete;
    expect(titleOf(widget)).to.equal('Outer');

    customElements.define(tag, class extends ArticleContext {});
    await until(() => titleOf(widget) === 'Inner');

    // The outer context no longer speaks for the widget.
    outer.data = article({ title: 'Outer again' });
    await outer.updateComplete;
    await widget.updateComplete;
    expect(titleOf(widget)).to.equal('Inner');
  });

  it('stops calling a widget back once it has left the page', async () => {
    const root = await fixture<ArticleContext>(html`<article-context .data=${article({ title: 'Before' })}><probe-widget></probe-widget></article-context>`);
    const widget = root.querySelector('probe-widget')!;
    await until(() => widget.state === 'ready');
    await widget.updateComplete;
    widget.remove();
    root.data = article({ title: 'After' });
    await root.updateComplete;
    expect(widget.contextDocument, 'neither the old document nor the new one').to.equal(undefined);
  });

  it('shows a widget moved out of its article-context nothing of that context; put back, its document again', async () => {
    const page = await fixture<HTMLDivElement>(html`<div><article-context .data=${article({ title: 'Inside' })}><probe-widget></probe-widget></article-context><aside></aside></div>`);
    const widget = page.querySelector('probe-widget')!;
    await until(() => widget.state === 'ready');
    await widget.updateComplete;
    page.querySelector('aside')!.append(widget);
    await until(() => widget.state === 'idle');
    await widget.updateComplete;
    expect(titleOf(widget), 'no title of the context it left').to.equal('idle');
    page.querySelector('article-context')!.append(widget);
    await until(() => widget.state === 'ready');
    await widget.updateComplete;
    expect(titleOf(widget)).to.equal('Inside');
  });
});
