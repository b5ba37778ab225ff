// Each state of each widget a reader can meet, fixtured on a page after a button to Tab from:
// for the tests that look at every widget as painted (forced colours, focus indicators).
import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/index.js';
import type { StoryWidget } from '../../src/core/story-widget.js';
import type { LikeButton } from '../../src/elements/like-button/like-button.js';
import { article, docUrl, uniqueKey } from '../support/fixtures.js';
import { nextEvent, until } from '../support/wait.js';
import { button, likesUrl } from './like-button-helpers.js';

export const POSTER = '/demo/img/chechnya-video.svg';
export const withPoster = (poster = POSTER) => article({ video: { ...(article().video as object), thumbnail: { src: poster, width: 1280, height: 720 } } });
export const withoutPoster = () => article({ video: { ...(article().video as object), thumbnail: undefined } });
/** A document that takes long enough to see each widget's placeholder. */
const slowDocument = () => docUrl(uniqueKey('state-loading'), { delay: 3000 });

/** What surrounds the test's `<main>`: a host page's theme, say. None by default. */
export type Frame = (main: TemplateResult) => TemplateResult;

export interface State {
  name: string;
  /** The widget, fixtured (in `frame`, if given) and brought into the state. */
  render: (frame?: Frame) => Promise<StoryWidget>;
}

/**
 * `template` on the page (after a button to Tab from, on a line of its own: what is around a
 * widget's focus ring is the page), once `reached` holds for its widget.
 */
export async function place<T extends StoryWidget>(template: TemplateResult, reached: (el: T) => boolean, what: string, frame: Frame = (main) => main): Promise<T> {
  const page = await fixture<HTMLElement>(frame(html`<main style="inline-size: 40rem"><p><button id="before">Before</button></p>${template}</main>`));
  const el = page.querySelector<T>('[state]')!;
  await until(() => reached(el), 5000, what);
  await el.updateComplete;
  return el;
}

const isReady = (el: StoryWidget) => el.getAttribute('state') === 'ready';
const isLoading = (el: StoryWidget) => el.getAttribute('state') === 'loading';

/** A like button with an endpoint, clicked; resolves once `settled` holds. */
async function clickedLike(endpoint: string, settled: (el: LikeButton) => Promise<unknown>, frame?: Frame): Promise<LikeButton> {
  const el = await place<LikeButton>(html`<like-button count="3" endpoint=${endpoint}></like-button>`, isReady, 'ready', frame);
  const done = settled(el);
  button(el).click();
  await done;
  await el.updateComplete;
  return el;
}

/** A ready widget of `template`. */
const ready =
  (template: () => TemplateResult) =>
  (frame?: Frame): Promise<StoryWidget> =>
    place(template(), isReady, 'ready', frame);

/** A widget of `template` while its document is on its way. */
const loading =
  (template: () => TemplateResult) =>
  (frame?: Frame): Promise<StoryWidget> =>
    place(template(), isLoading, 'loading', frame);

export const READY: State[] = [
  { name: 'article-card vertical', render: ready(() => html`<article-card .data=${article()}></article-card>`) },
  { name: 'article-card horizontal', render: ready(() => html`<article-card layout="horizontal" .data=${article()}></article-card>`) },
  { name: 'article-card minimal', render: ready(() => html`<article-card layout="minimal" .data=${article()}></article-card>`) },
  { name: 'like-button not liked', render: ready(() => html`<like-button count="3" endpoint=${likesUrl(uniqueKey('state-not-liked'))}></like-button>`) },
  { name: 'like-button liked', render: (frame) => clickedLike(likesUrl(uniqueKey('state-liked')), (el) => nextEvent(el, 'like-change'), frame) },
  {
    name: 'like-button pending (a like being sent)',
    render: (frame) => clickedLike(likesUrl(uniqueKey('state-pending'), { delay: 3000 }), (el) => until(() => !!el.shadowRoot!.querySelector('.pending'), 2000, 'pending'), frame),
  },
  { name: 'like-button failed (status line says so)', render: (frame) => clickedLike(likesUrl(uniqueKey('state-failed'), { status: 500 }), (el) => nextEvent(el, 'error'), frame) },
  { name: 'language-switcher links', render: ready(() => html`<language-switcher show-current .data=${article()}></language-switcher>`) },
  { name: 'language-switcher select', render: ready(() => html`<language-switcher variant="select" .data=${article()}></language-switcher>`) },
  { name: 'related-stories list', render: ready(() => html`<related-stories .data=${article()}></related-stories>`) },
  { name: 'related-stories grid', render: ready(() => html`<related-stories layout="grid" .data=${article()}></related-stories>`) },
  { name: 'video-embed poster with a picture', render: ready(() => html`<video-embed .data=${withPoster()}></video-embed>`) },
  { name: 'video-embed poster without a picture', render: ready(() => html`<video-embed .data=${withoutPoster()}></video-embed>`) },
];

/** Nothing to Tab to in these: a button without an endpoint is disabled. */
export const INERT: State[] = [{ name: 'like-button disabled (no endpoint)', render: ready(() => html`<like-button count="3"></like-button>`) }];

export const LOADING: State[] = [
  { name: 'article-card vertical', render: loading(() => html`<article-card src=${slowDocument()}></article-card>`) },
  { name: 'article-card horizontal', render: loading(() => html`<article-card layout="horizontal" src=${slowDocument()}></article-card>`) },
  // Only an endpoint: the count is asked for, and the placeholder shows until it comes.
  {
    name: 'like-button',
    render: (frame) =>
      place<LikeButton>(html`<like-button endpoint=${likesUrl(uniqueKey('state-live'), { delay: 3000 })}></like-button>`, (el) => !!el.shadowRoot?.querySelector('.bar'), 'placeholder', frame),
  },
  { name: 'language-switcher links', render: loading(() => html`<language-switcher src=${slowDocument()}></language-switcher>`) },
  { name: 'language-switcher select', render: loading(() => html`<language-switcher variant="select" src=${slowDocument()}></language-switcher>`) },
  { name: 'related-stories list', render: loading(() => html`<related-stories loading="eager" src=${slowDocument()}></related-stories>`) },
  { name: 'related-stories grid', render: loading(() => html`<related-stories loading="eager" layout="grid" src=${slowDocument()}></related-stories>`) },
  { name: 'video-embed', render: loading(() => html`<video-embed src=${slowDocument()}></video-embed>`) },
];

/** The state of READY named `name`. */
export const readyState = (name: string): State => {
  const state = READY.find((candidate) => candidate.name === name);
  if (!state) throw new Error(`no ready state named ${name}`);
  return state;
};
