// Mounting and removing 1 000 widgets — every kind, eager and lazy, on slow and quick
// documents, in contexts, with likes failing — leaves nothing behind: no request in flight,
// no element watched for visibility, no page-wide lang observer, no like session, no timer.
import { expect } from '@open-wc/testing';
import '../../src/elements/article-card/define.js';
import '../../src/elements/article-context/define.js';
import '../../src/elements/language-switcher/define.js';
import '../../src/elements/like-button/define.js';
import '../../src/elements/related-stories/define.js';
import { clearLoaderCache, loaderStats } from '../../src/core/loader.js';
import { loaderSettings } from '../../src/core/loader-settings.js';
import { localeStats } from '../../src/core/locale-controller.js';
import type { StoryWidget } from '../../src/core/story-widget.js';
import { visibilityStats } from '../../src/core/visibility.js';
import { likeSessionStats } from '../../src/elements/like-button/like-session.js';
import { article, docUrl, uniqueKey } from '../support/fixtures.js';
import { watchTimers } from '../support/timers.js';
import { sleep, until } from '../support/wait.js';

const ROUNDS = 10;
const PER_ROUND = 100;

/** Counts timers and fetches started while installed that have not finished or been cleared. */
function trackAsyncWork(): { timers: () => number; fetches: () => number; uninstall: () => void } {
  const { fetch: realFetch } = window;
  const timers = watchTimers();
  let fetches = 0;
  window.fetch = (async (...args: Parameters<typeof fetch>) => {
    fetches += 1;
    try {
      return await realFetch(...args);
    } finally {
      fetches -= 1;
    }
  }) as typeof window.fetch;
  return {
    timers: timers.pending,
    fetches: () => fetches,
    uninstall: () => {
      timers.restore();
      window.fetch = realFetch;
    },
  };
}

function make<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: Element[]): HTMLElementTagNameMap[K] {
  const element = Object.assign(document.createElement(tag), props);
  element.append(...children);
  return element;
}

/** The i-th widget of a round: a mix of kinds, sources, loading modes and contexts. */
function widget(round: number, i: number, key: string): { element: HTMLElement; nearby: boolean } {
  // Odd rounds answer quickly (widgets reach ready, like sessions start); even rounds are slow
  // (requests are still in flight when the widgets go).
  const delay = round % 2 ? 20 : 3000;
  const src = docUrl(`${key}-${i % 5}`, { delay });
  const likes = { count: i, endpoint: `/test-api/likes?key=${key}-like-${i % 7}&status=500&delay=${i % 2 ? 0 : 400}` };
  switch (i % 10) {
    case 0:
      return { element: make('article-context', { src }, make('article-card'), make('like-button'), make('related-stories', { loading: 'eager' })), nearby: true };
    case 1:
      return { element: make('related-stories', { src }), nearby: false };
    case 2:
      return { element: make('article-card', { src }), nearby: true };
    case 3:
      return { element: make('like-button', { data: article({ likes }) }), nearby: true };
    case 4:
      return { element: make('language-switcher', { data: article(), variant: i % 20 ? 'links' : 'select' }), nearby: true };
    case 5:
      return { element: make('like-button', { src, loading: 'lazy' }), nearby: false };
    case 6:
      return { element: make('article-context', { src, loading: 'lazy' }, make('language-switcher'), make('article-card')), nearby: false };
    case 7:
      return { element: make('related-stories', { data: article() }), nearby: true };
    case 8:
      return { element: make('article-card', { src: docUrl(`${key}-missing`, { status: 404 }) }), nearby: true };
    default:
      return { element: make('like-button', { count: i, endpoint: likes.endpoint }), nearby: true };
  }
}

describe('leaks', () => {
  const savedRetries = loaderSettings.retries;
  let tracker: ReturnType<typeof trackAsyncWork> | undefined;
  let warn: typeof console.warn;

  beforeEach(() => {
    clearLoaderCache();
    loaderSettings.retries = 0;
    warn = console.warn;
    console.warn = () => undefined;
  });

  afterEach(() => {
    tracker?.uninstall();
    loaderSettings.retries = savedRetries;
    console.warn = warn;
  });

  it('mounting and removing 1 000 widgets leaves no observers, timers or pending requests behind', async function () {
    this.timeout(30_000);
    tracker = trackAsyncWork();
    const seenBusy = { inFlight: 0, watched: 0, hosts: 0, sessions: 0, notices: 0 };
    /** Document requests still running a task after each round's widgets left. */
    const leftRunning: number[] = [];

    for (let round = 0; round < ROUNDS; round += 1) {
      const key = uniqueKey(`leak-${round}`);
      const near = make('div');
      const far = make('div');
      // Lazy widgets far below the fold stay watched, never fetched.
      far.style.cssText = 'position: absolute; inset-block-start: 50000px';
      const widgets = Array.from({ length: PER_ROUND }, (_, i) => widget(round, i, key));
      for (const { element, nearby } of widgets) (nearby ? near : far).append(element);
      document.body.append(near, far);

      if (round % 2) {
        await until(() => near.querySelectorAll('article-card[state=ready]').length > 0, 5000, 'quick documents');
        // Click a few buttons: their likes fail (500), some at once, some after 400 ms.
        const buttons = [...near.querySelectorAll('like-button')].filter((b) => (b as StoryWidget).state === 'ready').slice(0, 8);
        for (const button of buttons) button.shadowRoot!.querySelector('button')!.click();
        // The first time, until a failure shows (a fixed 150 ms was too short on a loaded CI
        // machine): the notices' counter must be seen to move, or it could not catch a leak.
        if (round === 1) await until(() => likeSessionStats().noticeTimers > 0, 5000, 'a failure notice');
        else await sleep(50);
      } else {
        await sleep(30);
      }
      seenBusy.inFlight = Math.max(seenBusy.inFlight, loaderStats().inFlight);
      seenBusy.watched = Math.max(seenBusy.watched, visibilityStats().watched);
      seenBusy.hosts = Math.max(seenBusy.hosts, localeStats().hosts);
      seenBusy.sessions = Math.max(seenBusy.sessions, likeSessionStats().sessions);
      seenBusy.notices = Math.max(seenBusy.notices, likeSessionStats().noticeTimers);
      near.remove();
      far.remove();
      // Their requests are withdrawn in the microtask after: they stop now, not when the slow
      // answer comes (the wait for every fetch below would let a request left running finish).
      await sleep(0);
      leftRunning.push(loaderStats().inFlight);
    }

    // The counters did move while the widgets were on the page (so they can catch a leak)…
    expect(seenBusy.inFlight, 'requests in flight while mounted').to.be.greaterThan(0);
    expect(seenBusy.watched, 'lazy widgets watched while mounted').to.be.greaterThan(0);
    expect(seenBusy.hosts, 'widgets following lang while mounted').to.be.greaterThan(0);
    expect(seenBusy.sessions, 'like sessions while mounted').to.be.greaterThan(0);
    expect(seenBusy.notices, 'failure notices while mounted').to.be.greaterThan(0);

    // …and all of it is gone once they are (like requests are not withdrawn: they finish).
    expect(leftRunning, 'document requests running once their widgets left').to.deep.equal(leftRunning.map(() => 0));
    await until(() => tracker!.fetches() === 0, 5000, 'every request to end');
    await sleep(20);
    expect(loaderStats().inFlight, 'document requests in flight').to.equal(0);
    expect(loaderStats().cached, 'cached documents').to.be.at.most(loaderSettings.cacheSize);
    expect(visibilityStats().watched, 'elements watched for visibility').to.equal(0);
    expect(localeStats(), 'page-wide lang observer').to.deep.equal({ hosts: 0, observing: false });
    expect(likeSessionStats(), 'like sessions and notice timers').to.deep.equal({ sessions: 0, noticeTimers: 0 });
    expect(tracker.fetches(), 'fetches still running').to.equal(0);
    expect(tracker.timers(), 'timers still pending').to.equal(0);
  });
});
