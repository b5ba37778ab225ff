// What the widgets promise about the reader's main thread (issue #27), structurally: the module
// builds no stylesheet for a tag the page does not use; widgets rendering a document one after
// another let the browser in between them, so no long task is theirs; and the elements a tag's
// definition upgrades connect and first render in later tasks, taking the same turns. Not
// timed: the numbers are `bench/main-thread.mjs`'s job.
import { expect } from '@open-wc/testing';
import { ArticleCard } from '../../src/elements/article-card/article-card.js';
import type { LikeButton } from '../../src/elements/like-button/like-button.js';
import { sessionCount } from '../../src/elements/like-button/like-session.js';
import { holdWarmUp } from '../../src/core/intl-warmup.js';
import { defineElement } from '../../src/core/registry.js';
import { renderTurn } from '../../src/core/render-turns.js';
import { article, docUrl, hits, uniqueKey } from '../support/fixtures.js';
import { sleep, until } from '../support/wait.js';
import { button, likesUrl, pressed, status } from '../elements/like-button-helpers.js';

/** Makes each render of `proto`'s widgets take `ms` (3: a slow phone's share); returns the undo. */
function slowRenders(proto: { render(): unknown }, ms = 3): () => void {
  const render = proto.render;
  proto.render = function (this: unknown) {
    for (const start = performance.now(); performance.now() - start < ms; );
    return render.call(this);
  };
  return () => (proto.render = render);
}

/** Collects the page's long-task entries from now on (`observer.disconnect()` stops it). */
function watchLongTasks(): { longTasks: PerformanceEntry[]; observer: PerformanceObserver } {
  const longTasks: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries()));
  observer.observe({ type: 'longtask' });
  return { longTasks, observer };
}

/**
 * The durations of the long tasks in `longTasks` that ended after `time`. Not those that began
 * after it: the task that took `time` (the test's, which defines a tag or ends the warm-up) is
 * where renders that skip their turns run, in its microtasks, and it began before `time`.
 */
const longTasksAfter = (longTasks: PerformanceEntry[], time: number): number[] =>
  longTasks.filter(({ startTime, duration }) => startTime + duration > time).map(({ duration }) => Math.round(duration));

// Lit builds a tag's CSSStyleSheet (new CSSStyleSheet + replaceSync) the first time it adopts it.
let sheetsBuilt = 0;
const replaceSync = CSSStyleSheet.prototype.replaceSync;
CSSStyleSheet.prototype.replaceSync = function (this: CSSStyleSheet, text: string) {
  sheetsBuilt++;
  return replaceSync.call(this, text);
};

/** `n` elements `<tag src=…>` of the test API's document `key`, put in the page; `tag` not defined yet. */
function cardsInPage(tag: string, key: string, n: number): ArticleCard[] {
  const cards = Array.from({ length: n }, () => document.createElement(tag) as ArticleCard);
  cards.forEach((card) => card.setAttribute('src', docUrl(key)));
  document.body.append(...cards);
  return cards;
}

/** `<tag>` with its document as the inline JSON child (`shadow`: a server's shadow root before it), put in the page. */
function inlineCardInPage(tag: string, title: string, shadow = ''): ArticleCard {
  const host = document.createElement('div');
  host.setHTMLUnsafe(`<${tag}>${shadow}<script type="application/json">${JSON.stringify(article({ title }))}</script></${tag}>`);
  document.body.append(host);
  return host.firstElementChild as ArticleCard;
}

/** A card of the test API's document `key`, put in the page, then upgraded by defining `tag`. */
function upgradedCard(tag: string, key: string): ArticleCard {
  const [card] = cardsInPage(tag, key, 1);
  defineElement(tag, class extends ArticleCard {});
  return card!;
}

/**
 * Puts the element `make` builds (the library imported, so its tag is defined) in the page while
 * the ICU warm-up is held, runs `test` with it and the warm-up's release, then releases the
 * warm-up and removes the element whatever happened.
 */
async function addedWhileWarming<E extends HTMLElement>(make: () => E, test: (element: E, release: () => void) => Promise<void>): Promise<void> {
  await import('../../src/index.js');
  const release = holdWarmUp();
  const element = make();
  document.body.append(element);
  try {
    await test(element, release);
  } finally {
    release();
    element.remove();
  }
}

/** An `<article-card>` given `data`, not in the page yet. */
function cardWith(data: unknown): ArticleCard {
  return Object.assign(document.createElement('article-card') as ArticleCard, { data });
}

/** A `<like-button>` given `data`, not in the page yet. */
function likeButtonGiven(data: unknown): LikeButton {
  return Object.assign(document.createElement('like-button') as LikeButton, { data });
}

/** A `<like-button>` with one attribute set, not in the page yet. */
function likeButtonWith(name: string, value: string): LikeButton {
  const button = document.createElement('like-button') as LikeButton;
  button.setAttribute(name, value);
  return button;
}

describe('the main thread', () => {
  it('defines every tag at module evaluation without building a stylesheet for tags not in the page', async () => {
    await import('../../src/index.js');
    expect(customElements.get('article-card')).to.be.a('function');
    expect(sheetsBuilt).to.equal(0);
    // The count moves when a tag is used: the check above can see a stylesheet being built.
    const card = document.createElement('article-card') as HTMLElement & { updateComplete: Promise<unknown> };
    document.body.append(card);
    await card.updateComplete;
    expect(sheetsBuilt).to.be.greaterThan(0);
    card.remove();
  });

  it('renders 50 widgets sharing a document without a long task while they render', async () => {
    await import('../../src/index.js');
    const { longTasks, observer } = watchLongTasks();
    const context = document.createElement('article-context') as HTMLElement & { data?: unknown };
    const tags = ['article-card', 'like-button', 'language-switcher', 'related-stories', 'article-card'];
    // Each render made to take 3 ms (a slow phone's share): fifty in one task would be 150 ms,
    // a long task on any machine, so only taking turns can pass.
    const restores = [...new Set(tags)].map((tag) => slowRenders(customElements.get(tag)!.prototype as { render(): unknown }));
    const widgets = Array.from({ length: 50 }, (_, i) => document.createElement(tags[i % tags.length]!));
    widgets.forEach((widget) => widget.setAttribute('loading', 'eager'));
    context.append(...widgets);
    document.body.append(context);
    // Placeholders first, then the document arrives for all fifty at once.
    await until(() => widgets.every((widget) => widget.getAttribute('state') === 'idle'), 3000, 'placeholders');
    await new Promise((resolve) => setTimeout(resolve, 100));
    const rendered: number[] = [];
    widgets.forEach((widget) => widget.addEventListener('load', () => rendered.push(performance.now())));
    context.data = article({ likes: { count: 12, endpoint: '/test-api/likes?key=turns' } });
    await until(() => rendered.length === widgets.length, 8000, 'every widget ready');
    // Long-task entries arrive after their task.
    await new Promise((resolve) => setTimeout(resolve, 300));
    observer.disconnect();
    restores.forEach((restore) => restore());
    const during = longTasks.filter(({ startTime, duration }) => rendered.some((time) => time >= startTime && time <= startTime + duration));
    expect(during.map(({ duration }) => Math.round(duration)), 'long tasks in which widgets rendered (ms)').to.deep.equal([]);
    context.remove();
  });

  it('connects and first renders the elements a definition upgrades in later tasks, taking turns', async () => {
    const key = uniqueKey('upgrade-turns');
    const cards = cardsInPage('upgraded-card', key, 50);
    const { longTasks, observer } = watchLongTasks();
    const restore = slowRenders(ArticleCard.prototype as unknown as { render(): unknown });
    try {
      const started = performance.now();
      defineElement('upgraded-card', class extends ArticleCard {});
      // In the defining task: every element is the class, with its methods, but none has
      // connected (no shadow root, no request) or rendered yet.
      expect(cards.every((card) => card instanceof ArticleCard && typeof card.reload === 'function')).to.equal(true);
      expect(cards.filter((card) => card.shadowRoot).length).to.equal(0);
      await until(() => cards.every((card) => card.getAttribute('state') === 'ready'), 8000, 'every card ready');
      await sleep(300);
      // Fifty 3 ms renders in one task would be 150 ms: only turns keep every task short.
      expect(longTasksAfter(longTasks, started), 'long tasks after the definition (ms)').to.deep.equal([]);
      expect(cards.every((card) => card.shadowRoot?.querySelector('h2, h3'))).to.equal(true);
      // One request for the fifty, made after the defining task.
      expect((await hits(key)).length).to.equal(1);
    } finally {
      observer.disconnect();
      restore();
      cards.forEach((card) => card.remove());
    }
  });

  it('counts the first render after a task boundary in the new slice: a render longer than a slice has its task to itself', async () => {
    const key = uniqueKey('slice-start');
    const cards = cardsInPage('slice-card', key, 6);
    const { longTasks, observer } = watchLongTasks();
    // 26 ms a render (placeholder, then document), timed by the wall clock: two in one task
    // make 52 ms at least, a long task; one leaves 24 ms for the rest of its task (the
    // connection, Lit's update) on a machine busy with other work.
    const restore = slowRenders(ArticleCard.prototype as unknown as { render(): unknown }, 26);
    try {
      const started = performance.now();
      defineElement('slice-card', class extends ArticleCard {});
      await until(() => cards.every((card) => card.getAttribute('state') === 'ready'), 8000, 'every card ready');
      await sleep(300);
      expect(longTasksAfter(longTasks, started), 'long tasks after the definition (ms)').to.deep.equal([]);
      expect(cards.every((card) => card.shadowRoot?.querySelector('h2, h3'))).to.equal(true);
    } finally {
      observer.disconnect();
      restore();
      cards.forEach((card) => card.remove());
    }
  });

  it('begins a new slice with each task: a render in a later task runs at once, whatever the last slice spent', async () => {
    const noWait = (): undefined => undefined;
    const busy = (ms: number) => (): string => {
      for (const start = performance.now(); performance.now() - start < ms; );
      return 'rendered';
    };
    // A turn is a promise; a render at once returns what it rendered (compared as booleans:
    // a promise in an assertion's message cannot be sent to the runner).
    const waits = (result: unknown): boolean => result instanceof Promise;
    // In this task: the first render runs at once and spends the slice, so the next waits its turn.
    expect(waits(renderTurn(false, noWait, busy(12))), 'the first render waits').to.equal(false);
    const second = renderTurn(false, noWait, busy(12));
    expect(waits(second), 'the render after a spent slice waits').to.equal(true);
    expect(await second).to.equal('rendered');
    // A later task, the line empty: its render is the first of a new slice, at once.
    await sleep(20);
    expect(waits(renderTurn(false, noWait, busy(1))), 'a render in a later task waits').to.equal(false);
  });

  it('renders the widgets that waited for the ICU warm-up in turns once it is over: a render longer than a slice has its task to itself', async () => {
    const key = uniqueKey('after-warm-up');
    const release = holdWarmUp();
    const cards = cardsInPage('after-warm-up-card', key, 6);
    // 26 ms a render: two in one task make 52 ms at least, a long task (one leaves 24 ms).
    const restore = slowRenders(ArticleCard.prototype as unknown as { render(): unknown }, 26);
    let watching: ReturnType<typeof watchLongTasks> | undefined;
    try {
      defineElement('after-warm-up-card', class extends ArticleCard {});
      // Placeholders, then the document arrives and every card waits for the warm-up.
      await until(() => cards.every((card) => card.hasUpdated), 5000, 'placeholders');
      await sleep(500);
      expect((await hits(key)).length, 'the document requested').to.equal(1);
      expect(cards.map((card) => card.getAttribute('state')), 'no card shows its document during the warm-up').to.not.include('ready');
      watching = watchLongTasks();
      const released = performance.now();
      release();
      await until(() => cards.every((card) => card.getAttribute('state') === 'ready'), 8000, 'every card ready');
      await sleep(300);
      expect(longTasksAfter(watching.longTasks, released), 'long tasks after the warm-up (ms)').to.deep.equal([]);
    } finally {
      watching?.observer.disconnect();
      release();
      restore();
      cards.forEach((card) => card.remove());
    }
  });

  it('first renders an upgraded element in the task that gives it its shadow root: no frame shows it empty', async () => {
    // A shadow root hides the element's children until its first render puts a <slot> in it:
    // between the two, an <article-context> would show a page without its article.
    const key = uniqueKey('upgrade-frames');
    const cards = cardsInPage('framed-card', key, 40);
    // 40 renders of 20 ms: the browser puts frames between turns (it lets a line of tasks
    // hold frames back for 100 ms or so, not longer).
    const restore = slowRenders(ArticleCard.prototype as unknown as { render(): unknown }, 20);
    let frames = 0;
    let emptyInAFrame = 0;
    let watching = true;
    const watch = () => {
      frames++;
      emptyInAFrame += cards.filter((card) => card.shadowRoot && !card.hasUpdated).length;
      if (watching) requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
    try {
      defineElement('framed-card', class extends ArticleCard {});
      await until(() => cards.every((card) => card.hasUpdated), 8000, 'every card rendered');
      // The check can see: the turns spread the forty over frames.
      expect(frames, 'frames while the cards connected').to.be.greaterThan(2);
      expect(emptyInAFrame, 'cards painted with a shadow root and no render').to.equal(0);
    } finally {
      watching = false;
      restore();
      cards.forEach((card) => card.remove());
    }
  });

  it('holds the first render of an upgraded element that shows a document it has until the ICU warm-up is done, not a placeholder', async () => {
    // Its dates and counts would build the first Intl formatters on the main thread: 50 ms
    // and more in one task, unthrottled. The warm-up here lasts until the test ends it.
    const release = holdWarmUp();
    const [fetched] = cardsInPage('warming-card', uniqueKey('warming'), 1);
    const inline = inlineCardInPage('warming-card', 'Inline while warming');
    try {
      defineElement('warming-card', class extends ArticleCard {});
      // The turns do go on: the card that fetches shows its placeholder.
      await until(() => fetched!.hasUpdated, 5000, 'the placeholder of the card that fetches');
      await sleep(200);
      expect(!!inline.shadowRoot, 'the inline card connected during the warm-up').to.equal(false);
      release();
      await until(() => inline.getAttribute('state') === 'ready', 5000, 'the inline card ready');
      expect(inline.shadowRoot!.querySelector('h2, h3')!.textContent).to.equal('Inline while warming');
    } finally {
      release();
      fetched!.remove();
      inline.parentElement!.remove();
    }
  });

  it('first renders the placeholder of an element that joins a context\'s document during the ICU warm-up, then the document', async () => {
    // A chunk's element (<related-stories>) or one added later, connecting once its context has
    // the document: its dates would load ICU's data on the main thread in that render (24–46 ms
    // unthrottled on a slow machine, where the worker is as slow as the page).
    await import('../../src/index.js');
    const release = holdWarmUp();
    const context = document.createElement('article-context') as HTMLElement & { data?: unknown };
    context.data = article({ title: 'Shared while warming' });
    document.body.append(context);
    try {
      await until(() => context.getAttribute('state') === 'ready', 5000, 'the context ready');
      const card = document.createElement('article-card') as ArticleCard;
      context.append(card);
      // Not `updateComplete`: it waits for the document's render too, after the warm-up.
      await until(() => card.hasUpdated, 5000, 'the first render');
      expect(card.getAttribute('state'), 'its first render, in the task that added it').to.equal('loading');
      expect(card.shadowRoot!.querySelector('[part=title]'), 'a placeholder').to.equal(null);
      await sleep(200);
      expect(card.getAttribute('state'), 'during the warm-up').to.equal('loading');
      release();
      await until(() => card.getAttribute('state') === 'ready', 5000, 'the card ready');
      await card.updateComplete;
      expect(card.shadowRoot!.querySelector('[part=title]')!.textContent!.trim()).to.equal('Shared while warming');
    } finally {
      release();
      context.remove();
    }
  });

  it('first renders the placeholder of an element given its own document during the ICU warm-up; updateComplete waits for the document', async () => {
    // A page's script (a framework rendering cards from data right after load) adds it: its
    // first render is in that task, and its dates would load ICU's data there.
    const withData = () => cardWith(article({ title: 'Own while warming' }));
    await addedWhileWarming(withData, async (card, release) => {
      let complete = false;
      void card.updateComplete.then(() => (complete = true));
      await until(() => card.hasUpdated, 5000, 'the first render');
      expect(card.getAttribute('state'), 'its first render, in the task that added it').to.equal('loading');
      expect(card.shadowRoot!.querySelector('[part=title]'), 'a placeholder').to.equal(null);
      await sleep(200);
      expect(card.getAttribute('state'), 'during the warm-up').to.equal('loading');
      expect(complete, 'updateComplete during the warm-up').to.equal(false);
      release();
      await card.updateComplete;
      expect(card.getAttribute('state')).to.equal('ready');
      expect(card.shadowRoot!.querySelector('[part=title]')!.textContent!.trim()).to.equal('Own while warming');
    });
  });

  it('shows the newest data once the ICU warm-up is done when the page changed it meanwhile', async () => {
    const withData = () => cardWith(article({ title: 'First data' }));
    await addedWhileWarming(withData, async (card, release) => {
      await until(() => card.hasUpdated, 5000, 'the first render');
      card.data = article({ title: 'Newer data' });
      await sleep(100);
      expect(card.getAttribute('state'), 'during the warm-up').to.equal('loading');
      release();
      await card.updateComplete;
      expect(card.shadowRoot!.querySelector('[part=title]')!.textContent!.trim()).to.equal('Newer data');
      await sleep(100);
      expect(card.shadowRoot!.querySelector('[part=title]')!.textContent!.trim(), 'no older document afterwards').to.equal('Newer data');
    });
  });

  it('holds a like button that counts from its attributes during the ICU warm-up too', async () => {
    const counting = () => likeButtonWith('count', '3');
    await addedWhileWarming(counting, async (button, release) => {
      await until(() => button.hasUpdated, 5000, 'the first render');
      await sleep(100);
      expect(button.getAttribute('state'), 'during the warm-up').to.equal('loading');
      release();
      await button.updateComplete;
      expect(button.shadowRoot!.querySelector('[part=status]')!.textContent).to.equal('3 people like this.');
    });
  });

  it('holds no element whose document it cannot show: its first render is its error state, which formats nothing', async () => {
    const untitled = () => cardWith(article({ title: undefined }));
    await addedWhileWarming(untitled, async (card) => {
      const reasons: string[] = [];
      card.addEventListener('error', (event: Event) => reasons.push((event as CustomEvent<{ reason: string }>).detail.reason));
      // Every state the element reflects, from its first render on (no placeholder first).
      const states: (string | null)[] = [];
      new MutationObserver(() => states.push(card.getAttribute('state'))).observe(card, { attributeFilter: ['state'] });
      await until(() => card.hasUpdated, 5000, 'the first render');
      await card.updateComplete;
      await sleep(100);
      expect(states, 'the states shown during the warm-up').to.deep.equal(['error']);
      expect(reasons, 'the error event, during the warm-up').to.deep.equal(['invalid']);
    });
  });

  it('holds no like button that has no number to show: it asks the endpoint for its count during the ICU warm-up', async () => {
    const key = uniqueKey('warming-live');
    const asking = () => likeButtonWith('endpoint', likesUrl(key, { base: 5 }));
    await addedWhileWarming(asking, async (button, release) => {
      await sleep(300);
      expect((await hits(key)).filter((hit) => hit.method === 'GET'), 'the live count asked for during the warm-up').to.have.length(1);
      release();
      await until(() => button.shadowRoot!.querySelector('[part=status]')!.textContent === '5 people like this.', 5000, 'the count');
    });
  });

  it('holds a like button whose document says 0 while the page already has a live count above 0 for its endpoint: that number is formatted too', async () => {
    const key = uniqueKey('warming-live-then-document');
    const endpoint = likesUrl(key, { base: 5 });
    const asking = () => likeButtonWith('endpoint', endpoint);
    await addedWhileWarming(asking, async (first, release) => {
      // The page knows the live count (its session for the endpoint), while the warm-up holds its render.
      await until(() => sessionCount(new URL(endpoint, location.href).href) === 5, 5000, 'the live count answered');
      // A second button of the same endpoint, whose (stale) document says nobody likes it yet.
      const second = likeButtonGiven(article({ likes: { count: 0, endpoint } }));
      document.body.append(second);
      try {
        await until(() => second.hasUpdated, 5000, 'the second button\'s first render');
        await sleep(100);
        expect(second.getAttribute('state'), 'during the warm-up').to.equal('loading');
        expect(first.getAttribute('state'), 'the first, during the warm-up').to.equal('ready');
        release();
        await second.updateComplete;
        expect(status(second)).to.equal('5 people like this.');
        await until(() => status(first) === '5 people like this.', 5000, 'the first button\'s count');
      } finally {
        second.remove();
      }
    });
  });

  it('answers a click on a like button during the ICU warm-up at once when its new state formats no number', async () => {
    const key = uniqueKey('warming-click');
    const endpoint = likesUrl(key);
    const beFirst = () => likeButtonGiven(article({ likes: { count: 0, endpoint } }));
    await addedWhileWarming(beFirst, async (like) => {
      await until(() => like.hasUpdated && status(like) === 'Be first to like this.', 5000, 'the first render, not held');
      button(like).click();
      // The reader's own like shows while the warm-up is still held (it waited for the warm-up before).
      await until(() => status(like) === 'You like this.', 5000, 'the like shown during the warm-up');
      expect(pressed(like)).to.equal('true');
    });
  });

  it('takes over a server-rendered element added during the ICU warm-up at once: no placeholder in place of the server\'s nodes', async () => {
    await import('../../src/index.js');
    const release = holdWarmUp();
    const served = inlineCardInPage('article-card', 'Served while warming', '<template shadowrootmode="open"><p class="from-server">server</p></template>');
    try {
      await until(() => served.hasUpdated, 5000, 'the takeover');
      expect(served.getAttribute('state'), 'its first render, during the warm-up').to.equal('ready');
      expect(served.shadowRoot!.querySelector('[part=title]')!.textContent!.trim()).to.equal('Served while warming');
    } finally {
      release();
      served.parentElement!.remove();
    }
  });

  it('keeps a server-rendered element as the server sent it until the ICU warm-up is done, then takes it over', async () => {
    const release = holdWarmUp();
    const served = inlineCardInPage('served-card', 'Taken over', '<template shadowrootmode="open"><p class="from-server">server</p></template>');
    try {
      defineElement('served-card', class extends ArticleCard {});
      await sleep(200);
      expect(served.shadowRoot!.querySelector('.from-server'), 'the server\'s nodes during the warm-up').to.not.equal(null);
      expect(served.hasUpdated).to.equal(false);
      release();
      await until(() => served.hasUpdated, 5000, 'taken over');
      expect(served.shadowRoot!.querySelector('.from-server')).to.equal(null);
      expect(served.shadowRoot!.querySelector('h2, h3')!.textContent).to.equal('Taken over');
    } finally {
      release();
      served.parentElement!.remove();
    }
  });

  it('never connects an upgraded element that left the page before its turn, and connects it when it comes back', async () => {
    const key = uniqueKey('upgrade-left');
    const card = upgradedCard('leaving-card', key);
    card.remove();
    await sleep(200);
    expect(!!card.shadowRoot, 'a shadow root while away').to.equal(false);
    expect(await hits(key)).to.deep.equal([]);
    document.body.append(card);
    await until(() => card.getAttribute('state') === 'ready', 5000, 'ready once back');
    expect(card.shadowRoot!.querySelector('h2, h3')!.textContent).to.equal(article().title);
    card.remove();
  });

  it('reloads an upgraded element asked to before its turn: it connects at once and shows the document', async () => {
    const card = upgradedCard('reloaded-card', uniqueKey('upgrade-reload'));
    card.reload();
    expect(!!card.shadowRoot, 'connected by reload()').to.equal(true);
    await until(() => card.getAttribute('state') === 'ready', 5000, 'ready');
    expect(card.shadowRoot!.querySelector('h2, h3')!.textContent).to.equal(article().title);
    card.remove();
  });
});
