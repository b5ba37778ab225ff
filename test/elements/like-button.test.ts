import { expect, fixture, html } from '@open-wc/testing';
import { likeSettings } from '../../src/elements/like-button/like-request.js';
import type { LikeButton } from '../../src/elements/like-button/define.js';
import '../../src/elements/like-button/define.js';
import { hits, uniqueKey } from '../support/fixtures.js';
import { visitorId } from '../../src/elements/like-button/visitor-store.js';
import { nextEvent, sleep, until } from '../support/wait.js';
import { button, likesUrl, posts, pressed, sent, status } from './like-button-helpers.js';

type LikeDetail = { liked: boolean; count: number };
type ErrorDetail = { reason: string; url?: string };

const defaults = { ...likeSettings };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;


async function likeButton(endpoint: string, count = 0): Promise<LikeButton> {
  const el = await fixture<LikeButton>(html`<like-button endpoint=${endpoint} count=${count}></like-button>`);
  await el.updateComplete;
  return el;
}

async function clickAndSettle(el: LikeButton): Promise<CustomEvent<LikeDetail>> {
  const change = nextEvent<CustomEvent<LikeDetail>>(el, 'like-change');
  button(el).click();
  return change;
}

describe('<like-button> protocol', () => {
  // No localStorage.clear(): test files run in parallel windows of one origin and share it.
  // Every test uses its own endpoint, so remembered likes never leak between tests.
  beforeEach(() => {
    likeSettings.noticeMs = 300;
  });
  afterEach(() => {
    Object.assign(likeSettings, defaults);
  });

  it('is ready at once with only count and endpoint attributes, not pressed, named "Like"', async () => {
    const el = await likeButton(likesUrl(uniqueKey('attrs')), 3);
    expect(el.getAttribute('state')).to.equal('ready');
    expect(pressed(el)).to.equal('false');
    expect(button(el).disabled).to.equal(false);
    expect(button(el).textContent!.trim()).to.equal('Like');
    expect(status(el)).to.equal('3 people like this.');
    expect(el.shadowRoot!.querySelector('[part=status]')!.getAttribute('aria-live')).to.equal('polite');
  });

  it('takes count and endpoint set right after it was added to the page (a script, a framework’s props)', async () => {
    for (const set of [
      (el: LikeButton, endpoint: string) => Object.assign(el, { endpoint, count: 3 }),
      (el: LikeButton, endpoint: string) => (el.setAttribute('endpoint', endpoint), el.setAttribute('count', '3')),
    ]) {
      const el = document.createElement('like-button');
      document.body.append(el);
      set(el, likesUrl(uniqueKey('props-after-append')));
      await until(() => el.state === 'ready', 3000, 'ready');
      expect(status(el)).to.equal('3 people like this.');
      expect(button(el).disabled).to.equal(false);
      el.remove();
    }
  });

  it('likes at once, then POSTs {"visitor","liked":true} as JSON and fires like-change', async () => {
    const key = uniqueKey('first-like');
    const el = await likeButton(likesUrl(key));
    const change = nextEvent<CustomEvent<LikeDetail>>(el, 'like-change');
    button(el).click();
    await el.updateComplete;
    expect(pressed(el), 'optimistic').to.equal('true');
    expect(status(el)).to.equal('You like this.');
    const event = await change;
    expect(event.detail).to.deep.equal({ liked: true, count: 1 });
    expect(event.bubbles && event.composed).to.equal(true);
    const [hit, ...more] = await posts(key);
    expect(more).to.have.length(0);
    expect(hit!.contentType).to.equal('application/json');
    const body = JSON.parse(hit!.body!) as { visitor: string; liked: boolean };
    expect(Object.keys(body).sort()).to.deep.equal(['liked', 'visitor']);
    expect(body.liked).to.equal(true);
    expect(body.visitor).to.match(UUID);
    expect(localStorage.getItem('story-widgets:visitor')).to.equal(body.visitor);
    expect(button(el).textContent!.trim(), 'the name stays "Like"').to.equal('Like');
  });

  it('unlikes with a second click', async () => {
    const key = uniqueKey('unlike');
    const el = await likeButton(likesUrl(key));
    await clickAndSettle(el);
    const event = await clickAndSettle(el);
    expect(event.detail).to.deep.equal({ liked: false, count: 0 });
    expect(pressed(el)).to.equal('false');
    expect(status(el)).to.equal('Be first to like this.');
    expect((await sent(key)).map((b) => b.liked)).to.deep.equal([true, false]);
  });

  it('sends no cookies unless credentials="include"', async () => {
    document.cookie = 'sw-like-test=1; path=/';
    try {
      const key = uniqueKey('cookies');
      await clickAndSettle(await likeButton(likesUrl(key)));
      const included = await fixture<LikeButton>(html`<like-button credentials="include" endpoint=${likesUrl(key)}></like-button>`);
      await clickAndSettle(included);
      const [omitted, withCookie] = await posts(key);
      expect(omitted!.cookie ?? '').to.equal('');
      expect(withCookie!.cookie).to.contain('sw-like-test=1');
    } finally {
      document.cookie = 'sw-like-test=; path=/; max-age=0';
    }
  });

  it('reads credentials as the documents do: "same-origin" sends no cookies, " INCLUDE " sends them', async () => {
    document.cookie = 'sw-like-test=1; path=/';
    try {
      const key = uniqueKey('cookie-modes');
      await clickAndSettle(await fixture<LikeButton>(html`<like-button credentials="same-origin" endpoint=${likesUrl(key)} count="0"></like-button>`));
      await clickAndSettle(await fixture<LikeButton>(html`<like-button credentials=" INCLUDE " endpoint=${likesUrl(key)} count="0"></like-button>`));
      const [sameOrigin, included] = await posts(key);
      expect(sameOrigin!.cookie ?? '').to.equal('');
      expect(included!.cookie).to.contain('sw-like-test=1');
    } finally {
      document.cookie = 'sw-like-test=; path=/; max-age=0';
    }
  });

  it('remembers the like: a new button for the same endpoint shows "liked" after a reload', async () => {
    const key = uniqueKey('reload');
    const endpoint = likesUrl(key);
    const first = await likeButton(endpoint);
    await clickAndSettle(first);
    first.remove();
    expect(localStorage.getItem(`story-widgets:liked:${new URL(endpoint, location.href).href}`)).to.equal('1');
    const again = await likeButton(endpoint, 1);
    expect(pressed(again)).to.equal('true');
    expect(status(again)).to.equal('You like this.');
    expect(await posts(key)).to.have.length(1);
  });

  it('a button added again after a like (a framework’s re-render, a return to the article) shows the server’s count, not one read before the like', async () => {
    const key = uniqueKey('remount');
    // The count of the document the page read before the like, given again to the new button.
    const first = await likeButton(likesUrl(key, { base: 5 }), 5);
    await clickAndSettle(first);
    expect([pressed(first), status(first)]).to.deep.equal(['true', 'You and 5 others like this.']);
    first.remove();
    // The like is remembered: the new button asks the live state, quietly, and shows its count.
    const again = await likeButton(likesUrl(key, { base: 5 }), 5);
    expect(pressed(again)).to.equal('true');
    await until(() => status(again) === 'You and 5 others like this.', 3000, 'the live state');
    // One status line of the article's buttons is live (one announcement), as on a first render.
    const second = await likeButton(likesUrl(key, { base: 5 }), 5);
    const live = [again, second].map((el) => el.shadowRoot!.querySelector('[part=status]')!.getAttribute('aria-live'));
    expect(live).to.deep.equal(['polite', 'off']);
    second.remove();
    again.remove();
    // Taken back in another tab (its storage says so): the button starts from storage, and a
    // "not liked" remembered asks nothing (a mere view leaves one: every page would ask).
    localStorage.setItem(`story-widgets:liked:${new URL(likesUrl(key, { base: 5 }), location.href).href}`, '0');
    const gets = async () => (await hits(key)).filter((hit) => hit.method === 'GET').length;
    const asked = await gets();
    const afterwards = await likeButton(likesUrl(key, { base: 5 }), 5);
    await sleep(200);
    expect([pressed(afterwards), status(afterwards), await gets()]).to.deep.equal(['false', '5 people like this.', asked]);
  });

  it('sends a click made while the live state was asked when that fails, and takes an unlike during a 429 wait back in storage', async () => {
    const key = uniqueKey('asked-failed');
    const endpoint = likesUrl(key, { base: 3, fail: 1, delay: 300 });
    const remembered = (url: string) => `story-widgets:liked:${new URL(url, location.href).href}`;
    localStorage.setItem(remembered(endpoint), '1');
    try {
      // A like remembered: the button asks quietly (its answer fails, once), and the reader
      // takes the like back meanwhile.
      const el = await likeButton(endpoint, 4);
      button(el).click();
      await until(() => pressed(el) === 'false', 1000, 'the click');
      await sleep(1200);
      expect((await sent(key)).map((body) => body.liked), 'the click sent once the asking failed').to.deep.equal([false]);
    } finally {
      localStorage.removeItem(remembered(endpoint));
    }
    const waitKey = uniqueKey('retry-unlike');
    const busy = likesUrl(waitKey, { status: 429, retryAfter: 1 });
    const el = await likeButton(busy, 2);
    button(el).click();
    expect(localStorage.getItem(remembered(busy)), 'remembered as sent').to.equal('1');
    await until(() => status(el).startsWith('Busy'), 2000, 'the wait');
    button(el).click();
    await sleep(1300);
    expect(localStorage.getItem(remembered(busy)), 'taken back during the wait').to.equal('0');
  });

  it('keeps one live status line for an article when the clicked button leaves, or comes back while its like is in flight', async () => {
    const liveOf = (el: LikeButton) => el.shadowRoot!.querySelector('[part=status]')!.getAttribute('aria-live');
    const key = uniqueKey('live-line');
    const endpoint = likesUrl(key, { delay: 300, base: 2 });
    const wrapper = await fixture(html`<div><like-button id="a" endpoint=${endpoint} count="2"></like-button><like-button id="b" endpoint=${endpoint} count="2"></like-button></div>`);
    const [a, b] = ['#a', '#b'].map((id) => wrapper.querySelector<LikeButton>(id)!);
    button(a).click();
    // The clicked one shows another article now: the other's line is the live one.
    a.setAttribute('endpoint', likesUrl(uniqueKey('live-line-other')));
    await until(() => status(b) === 'You and 2 others like this.', 3000, 'the answer');
    await b.updateComplete;
    expect(liveOf(b)).to.equal('polite');
    // Alone, removed and added again before the answer: the new one's line is live.
    const soloKey = uniqueKey('live-line-solo');
    const solo = await likeButton(likesUrl(soloKey, { delay: 300, base: 2 }), 2);
    button(solo).click();
    solo.remove();
    const back = await likeButton(likesUrl(soloKey, { delay: 300, base: 2 }), 2);
    await until(() => status(back) === 'You and 2 others like this.', 3000, 'the answer');
    await back.updateComplete;
    expect(liveOf(back)).to.equal('polite');
  });

  it('tells a like’s answer to a button that still shows that article, not to one that moved on to another', async () => {
    const [a, b] = [uniqueKey('moved-a'), uniqueKey('moved-b')];
    const wrapper = await fixture(html`<div>
      <like-button id="moving" endpoint=${likesUrl(a, { delay: 300, base: 2 })} count="2"></like-button>
      <like-button id="staying" endpoint=${likesUrl(a, { delay: 300, base: 2 })} count="2"></like-button>
    </div>`);
    const [moving, staying] = ['#moving', '#staying'].map((id) => wrapper.querySelector<LikeButton>(id)!);
    const heard: string[] = [];
    for (const el of [moving, staying]) el.addEventListener('like-change', () => heard.push(el.id));
    button(moving).click();
    // A single-page app shows another article in the same element before the answer comes.
    moving.setAttribute('endpoint', likesUrl(b));
    await until(() => status(staying) === 'You and 2 others like this.' && heard.length > 0, 3000, 'the answer');
    await sleep(50);
    expect(heard).to.deep.equal(['staying']);
    // Alone, the moved button hears nothing of the old article: no like-change, no error.
    const c = uniqueKey('moved-c');
    const alone = await likeButton(likesUrl(c, { delay: 200, status: 500 }), 2);
    let told = 0;
    alone.addEventListener('error', () => (told += 1));
    button(alone).click();
    alone.setAttribute('endpoint', likesUrl(uniqueKey('moved-d')));
    // Its answer (a 500 after 200 ms) has come by then.
    await sleep(600);
    expect(await posts(c)).to.have.length(1);
    expect(told).to.equal(0);
  });

  it('remembers a like as it is sent, and sends it so that it outlives the page (keepalive)', async () => {
    const key = uniqueKey('leaving');
    const endpoint = likesUrl(key, { delay: 400 });
    const remembered = `story-widgets:liked:${new URL(endpoint, location.href).href}`;
    const el = await likeButton(endpoint, 2);
    const sentWith: RequestInit[] = [];
    const original = window.fetch;
    window.fetch = (input, init) => {
      if (String(input).includes(key)) sentWith.push(init ?? {});
      return original(input, init);
    };
    try {
      const answered = nextEvent(el, 'like-change');
      button(el).click();
      // A reader who leaves now finds the button as they left it.
      expect(localStorage.getItem(remembered), 'remembered before the answer').to.equal('1');
      await answered;
    } finally {
      window.fetch = original;
    }
    expect(sentWith.map(({ method, keepalive }) => [method, keepalive])).to.deep.equal([['POST', true]]);
  });

  it('asks the live state again, quietly, when the page comes back from the back/forward cache', async () => {
    const key = uniqueKey('bfcache');
    const endpoint = likesUrl(key, { base: 3 });
    const el = await likeButton(endpoint, 3);
    // Only a restored page asks (a first load's pageshow is not persisted).
    dispatchEvent(new PageTransitionEvent('pageshow', { persisted: false }));
    await sleep(100);
    expect((await hits(key)).filter((hit) => hit.method === 'GET')).to.have.length(0);
    // Meanwhile, on another page of the site, the visitor liked it.
    await fetch(endpoint, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ visitor: visitorId(), liked: true }) });
    dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    expect(button(el).disabled, 'not disabled while it asks').to.equal(false);
    await until(() => status(el) === 'You and 3 others like this.', 3000, 'the live state');
    expect(pressed(el)).to.equal('true');
  });

  it('a new button with nothing stored starts unliked (the memory is localStorage)', async () => {
    const key = uniqueKey('forgotten');
    const first = await likeButton(likesUrl(key));
    await clickAndSettle(first);
    first.remove();
    localStorage.removeItem(`story-widgets:liked:${new URL(likesUrl(key), location.href).href}`);
    const again = await likeButton(likesUrl(key), 1);
    expect(pressed(again)).to.equal('false');
    expect(status(again)).to.equal('1 person likes this.');
  });

  for (const [name, params, reason] of [
    ['a 500 answer', { status: 500 }, 'http'],
    ['an answer {"count":"x"}', { body: '{"count":"x","liked":true}' }, 'invalid'],
    ['an HTML answer', { body: '<!doctype html><p>Oops</p>' }, 'not-json'],
  ] as const) {
    it(`rolls back on ${name}, says so briefly and fires error (${reason})`, async () => {
      const key = uniqueKey('fail');
      const endpoint = likesUrl(key, params);
      const el = await likeButton(endpoint, 2);
      const failed = nextEvent<CustomEvent<ErrorDetail>>(el, 'error');
      button(el).click();
      await el.updateComplete;
      expect(pressed(el)).to.equal('true');
      expect(status(el)).to.equal('You and 2 others like this.');
      const event = await failed;
      expect(event.detail.reason).to.equal(reason);
      expect(event.detail.url).to.equal(new URL(endpoint, location.href).href);
      await el.updateComplete;
      expect(pressed(el)).to.equal('false');
      expect(status(el)).to.equal('Couldn’t save your like. Try again.');
      await until(() => status(el) === '2 people like this.', 2000, 'the notice to end');
      // Remembered as sent, then as it was again: not liked.
      expect(localStorage.getItem(`story-widgets:liked:${new URL(endpoint, location.href).href}`)).to.equal('0');
    });
  }

  it('rolls back on a network error and fires error (network)', async () => {
    const el = await likeButton('http://127.0.0.1:9/likes', 4);
    const failed = nextEvent<CustomEvent<ErrorDetail>>(el, 'error');
    button(el).click();
    expect((await failed).detail.reason).to.equal('network');
    await el.updateComplete;
    expect(pressed(el)).to.equal('false');
    expect(status(el)).to.equal('Couldn’t save your like. Try again.');
  });

  it('gives up after the time-out, rolls back and fires error (timeout)', async () => {
    likeSettings.timeoutMs = 300;
    const el = await likeButton(likesUrl(uniqueKey('hang'), { hang: 1 }), 1);
    const failed = nextEvent<CustomEvent<ErrorDetail>>(el, 'error');
    const started = performance.now();
    button(el).click();
    expect((await failed).detail.reason).to.equal('timeout');
    expect(performance.now() - started).to.be.within(250, 3000);
    await el.updateComplete;
    expect(pressed(el)).to.equal('false');
    expect(status(el)).to.equal('Couldn’t save your like. Try again.');
  });

  it('loses nothing after a failure: the next click works', async () => {
    const key = uniqueKey('fail-once');
    const el = await likeButton(likesUrl(key, { fail: 1 }));
    const failed = nextEvent(el, 'error');
    button(el).click();
    await failed;
    const event = await clickAndSettle(el);
    expect(event.detail).to.deep.equal({ liked: true, count: 1 });
    expect(status(el)).to.equal('You like this.');
    expect(await posts(key)).to.have.length(2);
  });

  it('coalesces 5 rapid clicks: at most 2 POSTs, ends liked, the count never moves by more than one', async () => {
    const key = uniqueKey('rapid-5');
    const el = await likeButton(likesUrl(key, { delay: 200, base: 7 }), 7);
    const seen = new Set<string>();
    for (let i = 0; i < 5; i += 1) {
      button(el).click();
      await el.updateComplete;
      seen.add(status(el));
    }
    await until(() => status(el) === 'You and 7 others like this.' && !button(el).classList.contains('pending'), 3000);
    await sleep(300);
    expect(pressed(el)).to.equal('true');
    expect(status(el)).to.equal('You and 7 others like this.');
    expect([...seen].sort()).to.deep.equal(['7 people like this.', 'You and 7 others like this.']);
    const bodies = await sent(key);
    expect(bodies.length).to.be.within(1, 2);
    expect(bodies.at(-1)!.liked).to.equal(true);
  });

  it('coalesces 4 rapid clicks into a like then an unlike, and ends unliked', async () => {
    const key = uniqueKey('rapid-4');
    const el = await likeButton(likesUrl(key, { delay: 200 }));
    const changes: LikeDetail[] = [];
    el.addEventListener('like-change', (e) => changes.push((e as CustomEvent<LikeDetail>).detail));
    for (let i = 0; i < 4; i += 1) button(el).click();
    await until(() => changes.length === 2, 3000, 'two confirmed changes');
    await sleep(300);
    expect((await sent(key)).map((b) => b.liked)).to.deep.equal([true, false]);
    expect(changes).to.deep.equal([
      { liked: true, count: 1 },
      { liked: false, count: 0 },
    ]);
    expect(pressed(el)).to.equal('false');
    expect(status(el)).to.equal('Be first to like this.');
  });

  it('keeps two buttons for the same article in sync; only the clicked one fires like-change', async () => {
    const key = uniqueKey('sync');
    const root = await fixture(html`<div>
      <like-button endpoint=${likesUrl(key)} count="2"></like-button>
      <like-button endpoint=${likesUrl(key)} count="2"></like-button>
    </div>`);
    const [a, b] = [...root.querySelectorAll('like-button')] as [LikeButton, LikeButton];
    let fromB = 0;
    b.addEventListener('like-change', () => (fromB += 1));
    button(a).click();
    await b.updateComplete;
    expect(pressed(b), 'optimistic in both').to.equal('true');
    expect(status(b)).to.equal('You and 2 others like this.');
    await nextEvent(a, 'like-change');
    await b.updateComplete;
    expect(status(b)).to.equal('You like this.');
    expect(status(a)).to.equal('You like this.');
    expect(fromB).to.equal(0);
    button(b).click();
    await nextEvent(b, 'like-change');
    await a.updateComplete;
    expect(pressed(a)).to.equal('false');
    expect(await posts(key)).to.have.length(2);
  });

  it('keeps working after a move in the page (it rejoins its session)', async () => {
    const key = uniqueKey('move');
    const el = await likeButton(likesUrl(key));
    const elsewhere = document.createElement('div');
    document.body.append(elsewhere);
    try {
      elsewhere.append(el);
      await el.updateComplete;
      expect(button(el).disabled).to.equal(false);
      expect((await clickAndSettle(el)).detail).to.deep.equal({ liked: true, count: 1 });
    } finally {
      elsewhere.remove();
    }
  });

  it('works without localStorage, keeping one visitor id in memory for the page', async () => {
    const key = uniqueKey('no-storage');
    const original = { getItem: Storage.prototype.getItem, setItem: Storage.prototype.setItem, removeItem: Storage.prototype.removeItem };
    const refuse = (): never => {
      throw new DOMException('denied', 'SecurityError');
    };
    Object.assign(Storage.prototype, { getItem: refuse, setItem: refuse, removeItem: refuse });
    try {
      const el = await likeButton(likesUrl(key));
      await clickAndSettle(el);
      expect(status(el)).to.equal('You like this.');
      el.remove();
      const again = await likeButton(likesUrl(key), 1);
      expect(pressed(again), 'remembered in memory for the page').to.equal('true');
      expect((await clickAndSettle(again)).detail).to.deep.equal({ liked: false, count: 0 });
    } finally {
      Object.assign(Storage.prototype, original);
    }
    const bodies = await sent(key);
    expect(bodies).to.have.length(2);
    expect(bodies[0]!.visitor).to.match(UUID);
    expect(new Set(bodies.map((b) => b.visitor)).size, 'one visitor').to.equal(1);
  });
});
