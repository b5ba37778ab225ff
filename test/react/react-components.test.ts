// story-widgets/react in React 19 (react-dom/client, as an app renders it): props, attributes and events.
import { expect } from '@open-wc/testing';
import { type ReactElement, createElement } from 'react';
import { type Root, createRoot } from 'react-dom/client';
import type { LikeChangeDetail } from '../../src/core/events.js';
import type { WidgetErrorDetail } from '../../src/core/story-widget.js';
import { ArticleCard, ArticleContext, LikeButton, VideoEmbed } from '../../src/react/index.js';
import { article, docUrl, uniqueKey } from '../support/fixtures.js';
import { until } from '../support/wait.js';

let container: HTMLElement;
let root: Root;

/** Renders `element` into a fresh root and returns the widget `tag` it made, once it is in the page. */
async function render(element: ReactElement, tag: string): Promise<HTMLElement> {
  root.render(element);
  await until(() => !!container.querySelector(tag), 2000, `<${tag}> in the page`);
  return container.querySelector<HTMLElement>(tag)!;
}

const ready = (widget: HTMLElement) => until(() => widget.getAttribute('state') === 'ready', 3000, `<${widget.localName}> to be ready (state=${widget.getAttribute('state')})`);
const text = (widget: HTMLElement) => widget.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();
const likesUrl = (base = 0) => `/test-api/likes?key=${uniqueKey('react')}&base=${base}`;

describe('story-widgets/react', () => {
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });

  afterEach(() => {
    root.unmount();
    container.remove();
  });

  it('shows a <LikeButton> that has only count and endpoint props', async () => {
    const button = await render(createElement(LikeButton, { count: 5, endpoint: likesUrl() }), 'like-button');
    await ready(button);
    expect(text(button)).to.contain('5 people like this.');
    expect(button.shadowRoot!.querySelector('button')!.disabled).to.equal(false);
  });

  it('follows a new count prop of a <LikeButton> with no document', async () => {
    const endpoint = likesUrl();
    const button = await render(createElement(LikeButton, { count: 5, endpoint }), 'like-button');
    await ready(button);
    root.render(createElement(LikeButton, { count: 0, endpoint: undefined }));
    await until(() => text(button).includes('Be first to like this.'), 2000, 'the new count');
    expect(button.shadowRoot!.querySelector('button')!.disabled, 'no endpoint: disabled').to.equal(true);
  });

  it('shows a <VideoEmbed> that has only url and videoTitle props', async () => {
    const video = await render(createElement(VideoEmbed, { url: 'https://www.youtube.com/watch?v=M7lc1UVf-VE', videoTitle: 'The interview' }), 'video-embed');
    await ready(video);
    expect(text(video)).to.contain('The interview');
  });

  it('sets data as a property, not an attribute, and calls onLoad', async () => {
    let loads = 0;
    const card = await render(createElement(ArticleCard, { data: article({ title: 'From a prop', image: undefined }), onLoad: () => (loads += 1) }), 'article-card');
    await ready(card);
    await until(() => loads === 1, 2000, 'onLoad');
    expect(card.hasAttribute('data')).to.equal(false);
    expect(text(card)).to.contain('From a prop');
  });

  it('calls onLikeChange with the count the endpoint confirmed', async () => {
    const changes: LikeChangeDetail[] = [];
    const button = await render(
      createElement(LikeButton, { data: article({ likes: { count: 2, endpoint: likesUrl(2) } }), onLikeChange: (e) => changes.push(e.detail) }),
      'like-button',
    );
    await ready(button);
    button.shadowRoot!.querySelector('button')!.click();
    await until(() => changes.length === 1, 3000, 'onLikeChange');
    expect(changes[0]).to.deep.equal({ liked: true, count: 3 });
  });

  it('calls onError of an <ArticleContext> whose src fails, with the reason', async () => {
    const reasons: string[] = [];
    const onError = (e: CustomEvent<WidgetErrorDetail>) => reasons.push(e.detail.reason);
    await render(createElement(ArticleContext, { src: docUrl(uniqueKey('react'), { status: 404 }), onError }), 'article-context');
    await until(() => reasons.length === 1, 3000, 'onError');
    expect(reasons).to.deep.equal(['http']);
  });
});
