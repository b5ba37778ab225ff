// Server-issued visitor ids and a busy server (contract §4): a 403 "unknown visitor" with a
// token is answered by sending the same like again, unseen; a 429 with a short Retry-After
// keeps the click and sends it when the wait is over.
import { expect, fixture, html } from '@open-wc/testing';
import { likeSettings } from '../../src/elements/like-button/like-request.js';
import { forgetVisitor } from '../../src/elements/like-button/visitor-store.js';
import type { LikeButton } from '../../src/elements/like-button/define.js';
import '../../src/elements/like-button/define.js';
import { hits, uniqueKey } from '../support/fixtures.js';
import { nextEvent, sleep, until } from '../support/wait.js';
import { button, likesUrl, pressed, sent, status } from './like-button-helpers.js';

type LikeDetail = { liked: boolean; count: number };

const defaults = { ...likeSettings };
const VISITOR_KEY = 'story-widgets:visitor';


async function likeButton(endpoint: string, count = 0, lang = 'en'): Promise<LikeButton> {
  const el = await fixture<LikeButton>(html`<like-button lang=${lang} endpoint=${endpoint} count=${count}></like-button>`);
  await el.updateComplete;
  return el;
}

/** Every status text the button shows until `done` settles. */
async function statusesUntil(el: LikeButton, done: Promise<unknown>): Promise<Set<string>> {
  const seen = new Set<string>();
  let over = false;
  void done.finally(() => (over = true));
  while (!over) {
    seen.add(status(el));
    await sleep(5);
  }
  return seen;
}

describe('<like-button> visitor tokens and busy servers', () => {
  // This window's own storage, so the tokens of these tests never reach the visitor id of
  // the other test files (they share the origin's localStorage, in parallel windows).
  const stored = new Map<string, string>();
  const original = { getItem: Storage.prototype.getItem, setItem: Storage.prototype.setItem };
  before(() => {
    Object.assign(Storage.prototype, {
      getItem: (key: string) => stored.get(key) ?? null,
      setItem: (key: string, value: string) => void stored.set(key, String(value)),
    });
  });
  after(() => Object.assign(Storage.prototype, original));
  beforeEach(() => {
    stored.clear();
    forgetVisitor();
    likeSettings.noticeMs = 300;
  });
  afterEach(() => Object.assign(likeSettings, defaults));

  it('on 403 with a token keeps the token and sends the same like once more, showing nothing of it', async () => {
    const key = uniqueKey('token-dance');
    const el = await likeButton(likesUrl(key, { tokens: 1, base: 2 }), 2);
    let errors = 0;
    el.addEventListener('error', () => errors++);
    const change = nextEvent<CustomEvent<LikeDetail>>(el, 'like-change');
    button(el).click();
    await el.updateComplete;
    const seen = await statusesUntil(el, change);
    expect((await change).detail).to.deep.equal({ liked: true, count: 3 });
    expect([...seen]).to.deep.equal(['You and 2 others like this.']);
    expect(errors).to.equal(0);
    const bodies = await sent(key);
    expect(bodies).to.have.length(2);
    expect(bodies[0]!.visitor).not.to.match(/^issued-/);
    expect(bodies[1]!.visitor).to.match(/^issued-/);
    expect(bodies.map((b) => b.liked)).to.deep.equal([true, true]);
    expect(stored.get(VISITOR_KEY)).to.equal(bodies[1]!.visitor);

    // From then on the token is the visitor: one request per click.
    button(el).click();
    await nextEvent(el, 'like-change');
    const after = await sent(key);
    expect(after).to.have.length(3);
    expect(after[2]).to.deep.equal({ visitor: bodies[1]!.visitor, liked: false });
  });

  it('keeps a token a 200 answer carries and sends it next time, on the next page too', async () => {
    const key = uniqueKey('token-given');
    const el = await likeButton(likesUrl(key, { give: 1 }));
    button(el).click();
    await nextEvent(el, 'like-change');
    const token = stored.get(VISITOR_KEY)!;
    expect(token).to.match(/^issued-/);
    forgetVisitor(); // a reload: the page reads the storage again
    const other = await likeButton(likesUrl(uniqueKey('token-next')));
    const otherKey = new URL(other.endpoint!, location.href).searchParams.get('key')!;
    button(other).click();
    await nextEvent(other, 'like-change');
    expect((await sent(otherKey))[0]!.visitor).to.equal(token);
  });

  it('keeps a long token with base64 characters (a JWT, `+/=`) and sends it back intact, in a like and in the live-state query', async () => {
    // Kept only when short and of ._:~- before: another server's tokens failed every like (403).
    const el = await likeButton(likesUrl(uniqueKey('token-long'), { give: 'long' }));
    button(el).click();
    await nextEvent(el, 'like-change');
    const token = stored.get(VISITOR_KEY)!;
    expect(token.length).to.be.above(300);
    expect(token).to.match(/\+/).and.match(/\//).and.match(/=/);
    const key = uniqueKey('token-long-next');
    const other = await likeButton(likesUrl(key));
    button(other).click();
    await nextEvent(other, 'like-change');
    expect((await sent(key))[0]!.visitor).to.equal(token);
    // A button with no count asks the live state as that visitor (its remembered "liked" gone,
    // so only the server's answer can press it): liked, if the query kept `+` and `/`.
    // (`other` leaves the page first: its session would give the new button its count.)
    other.remove();
    for (const name of [...stored.keys()]) if (name.startsWith('story-widgets:liked:')) stored.delete(name);
    const live = await fixture<LikeButton>(html`<like-button endpoint=${likesUrl(key)}></like-button>`);
    // Until the live state answers the status line is its placeholder (a bar and a hidden
    // "Loading…"), which is text too: wait for the bar to go, not for any text.
    await until(() => live.getAttribute('state') === 'ready' && !live.shadowRoot!.querySelector('[part=status] .bar'), 5000, 'the live state');
    const asked = (await hits(key)).find((hit) => hit.method === 'GET');
    expect(new URL(asked!.url, location.href).searchParams.get('visitor')).to.equal(token);
    expect(pressed(live)).to.equal('true');
  });

  // CONTRACT §4: any answer of the endpoint may carry a token (only 200 and 403 answers were read).
  it('keeps a token a failed like or a 429 answer carries, and sends it from then on', async () => {
    const failedKey = uniqueKey('token-in-500');
    const failed = await likeButton(likesUrl(failedKey, { status: 500, give: 1 }));
    const error = nextEvent(failed, 'error');
    button(failed).click();
    await error;
    const token = stored.get(VISITOR_KEY)!;
    expect(token, 'kept from the 500').to.match(/^issued-/);
    const busyKey = uniqueKey('token-in-429');
    const busy = await likeButton(likesUrl(busyKey, { status: 429, retryAfter: 1, fail: 1, give: 1 }));
    const change = nextEvent(busy, 'like-change');
    button(busy).click();
    await change;
    const [first, retried] = await sent(busyKey);
    expect(first!.visitor, 'the first like as the 500 named the visitor').to.equal(token);
    // The only other token is the one the 429 carried (the 200 after it carries a third).
    expect(retried!.visitor, 'the retry as the 429 named it').to.match(/^issued-/).and.not.equal(token);
  });

  it('ignores a token in a 200 answer that is no visitor id (markup): the like counts, nothing is stored', async () => {
    const key = uniqueKey('token-hostile-200');
    const el = await likeButton(likesUrl(key, { give: 'hostile' }));
    button(el).click();
    expect((await nextEvent<CustomEvent<LikeDetail>>(el, 'like-change')).detail).to.deep.equal({ liked: true, count: 1 });
    expect(stored.get(VISITOR_KEY)).to.match(/^[0-9a-f-]{36}$/);
  });

  for (const [name, tokens, posts] of [
    ['refuses the new token too', 'refuse', 2],
    ['gives no token', 'none', 1],
    ['gives markup as the token', 'hostile', 1],
  ] as const) {
    it(`fails like any failure when a 403 ${name} (${posts} request${posts > 1 ? 's' : ''}, no loop)`, async () => {
      const key = uniqueKey(`token-${tokens}`);
      const el = await likeButton(likesUrl(key, { tokens }), 1);
      const failed = nextEvent<CustomEvent<{ reason: string; status?: number }>>(el, 'error');
      button(el).click();
      expect((await failed).detail.reason).to.equal('http');
      await el.updateComplete;
      expect(pressed(el)).to.equal('false');
      expect(status(el)).to.equal('Couldn’t save your like. Try again.');
      expect(await sent(key)).to.have.length(posts);
      expect(stored.get(VISITOR_KEY) ?? '').not.to.include('<');
    });
  }

  it('on 429 with Retry-After: 1 keeps the click, says it will retry, and sends it after the wait', async () => {
    const key = uniqueKey('busy');
    const el = await likeButton(likesUrl(key, { status: 429, retryAfter: 1, fail: 1, base: 4 }), 4);
    let errors = 0;
    el.addEventListener('error', () => errors++);
    const change = nextEvent<CustomEvent<LikeDetail>>(el, 'like-change');
    const started = performance.now();
    button(el).click();
    await until(() => status(el) === 'Busy right now: your like will be sent in a moment.', 2000, 'the retry notice');
    expect(pressed(el)).to.equal('true');
    await expect(el).to.be.accessible();
    expect(await sent(key)).to.have.length(1);
    expect((await change).detail).to.deep.equal({ liked: true, count: 5 });
    expect(performance.now() - started).to.be.within(900, 4000);
    await el.updateComplete;
    expect(status(el)).to.equal('You and 4 others like this.');
    expect(await sent(key)).to.have.length(2);
    expect(errors).to.equal(0);
  });

  it('says so in the page language while it waits (fr)', async () => {
    const el = await likeButton(likesUrl(uniqueKey('busy-fr'), { status: 429, retryAfter: 1, fail: 1 }), 0, 'fr');
    button(el).click();
    await until(() => status(el) === 'Serveur occupé\u00a0: votre «\u00a0j’aime\u00a0» sera envoyé dans un instant.', 2000, 'the French retry notice');
    await nextEvent(el, 'like-change');
  });

  it('shows the whole retry notice in every locale at 320 px and 200 % text size', async () => {
    const notices: Record<string, string> = {
      en: 'Busy right now',
      fr: 'Serveur occupé',
      de: 'Gerade viel los',
      es: 'Servidor ocupado',
      pt: 'Servidor ocupado',
      ru: 'Сервер занят',
      ar: 'الخادم مشغول',
    };
    for (const [lang, start] of Object.entries(notices)) {
      const frame = await fixture<HTMLDivElement>(html`<div style="width: 320px; font-size: 200%">
        <like-button lang=${lang} endpoint=${likesUrl(uniqueKey(`busy-${lang}`), { status: 429, retryAfter: 2, fail: 1 })} count="3"></like-button>
      </div>`);
      const el = frame.querySelector('like-button')!;
      await el.updateComplete;
      button(el).click();
      await until(() => status(el).startsWith(start), 2000, `the ${lang} retry notice`);
      const line = el.shadowRoot!.querySelector<HTMLElement>('[part=status]')!;
      expect(line.scrollWidth, lang).to.be.at.most(line.clientWidth);
      expect(el.getBoundingClientRect().right, lang).to.be.at.most(frame.getBoundingClientRect().right + 0.5);
    }
  });

  it('sends nothing when the visitor took the click back during the wait, and says at once it is over', async () => {
    const key = uniqueKey('busy-undo');
    const el = await likeButton(likesUrl(key, { status: 429, retryAfter: 1, fail: 1 }), 4);
    button(el).click();
    await until(() => status(el).startsWith('Busy'), 2000, 'the retry notice');
    button(el).click();
    await el.updateComplete;
    expect(pressed(el)).to.equal('false');
    // Nothing is left to send: no "will retry" for the rest of the wait.
    expect(status(el)).to.equal('4 people like this.');
    await sleep(1300);
    expect(status(el)).to.equal('4 people like this.');
    expect(await sent(key)).to.have.length(1);
  });

  it('waits the rest of the wait for a like clicked again after it was taken back, then sends it once', async () => {
    const key = uniqueKey('busy-relike');
    const el = await likeButton(likesUrl(key, { status: 429, retryAfter: 1, fail: 1, base: 4 }), 4);
    button(el).click();
    await until(() => status(el).startsWith('Busy'), 2000, 'the retry notice');
    button(el).click();
    await el.updateComplete;
    button(el).click();
    await el.updateComplete;
    // Pressed again, and waiting again: nothing sent before the server's Retry-After is over.
    expect([pressed(el), status(el)]).to.deep.equal(['true', 'Busy right now: your like will be sent in a moment.']);
    await sleep(300);
    expect(await sent(key), 'nothing sent during the wait').to.have.length(1);
    await until(() => status(el) === 'You and 4 others like this.', 3000, 'the like sent after the wait');
    expect((await sent(key)).map((body) => body.liked)).to.deep.equal([true, true]);
  });

  for (const [name, params] of [
    ['a Retry-After over a minute', { status: 429, retryAfter: 120 }],
    ['no Retry-After', { status: 429 }],
    ['a second 429 after the wait', { status: 429, retryAfter: 1, fail: 2 }],
  ] as const) {
    it(`fails like any failure on 429 with ${name}`, async () => {
      const key = uniqueKey('busy-fail');
      const el = await likeButton(likesUrl(key, params), 2);
      const failed = nextEvent<CustomEvent<{ reason: string }>>(el, 'error');
      button(el).click();
      expect((await failed).detail.reason).to.equal('http');
      await el.updateComplete;
      expect(pressed(el)).to.equal('false');
      expect(status(el)).to.equal('Couldn’t save your like. Try again.');
    });
  }
});
