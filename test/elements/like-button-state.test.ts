import { expect } from '@open-wc/testing';
import { type LikeSession, type LikeSubscriber, joinSession, shown } from '../../src/elements/like-button/like-session.js';
import { randomId } from '../../src/elements/like-button/visitor-store.js';
import { uniqueKey } from '../support/fixtures.js';
import { until } from '../support/wait.js';

// The like state machine of one session, with `fetch` held by the test: every POST waits
// until the test answers it, so each step between clicks and answers is seen on its own.
type Request = { liked: boolean; answer: (body: unknown, status: number) => void };
const requests: Request[] = [];
let sessions: LikeSession[] = [];
let updates = 0;
const realFetch = window.fetch;

const subscriber: LikeSubscriber = {
  credentials: 'omit',
  requestUpdate: () => void (updates += 1),
  dispatchEvent: () => true,
  refreshFailed: () => undefined,
};

/** A session for a new endpoint (nothing remembered), confirmed as `liked` and `count`. */
function idle(liked: boolean, count: number): LikeSession {
  const session = joinSession(`https://likes.example/${uniqueKey('state')}`, subscriber, count, liked);
  sessions.push(session);
  return session;
}

/** The `liked` values sent and not answered yet, oldest first. */
const sent = (): boolean[] => requests.map((request) => request.liked);

/** Answers the oldest request in flight and waits until its session has taken the answer. */
async function answer(body: unknown, status = 200): Promise<void> {
  const seen = updates;
  requests.shift()!.answer(body, status);
  await until(() => updates > seen, 2000, 'the session to take the answer');
}

describe('like state machine', () => {
  beforeEach(() => {
    window.fetch = (_input, init) =>
      new Promise((resolve) => {
        const { liked } = JSON.parse(init!.body as string) as { liked: boolean };
        requests.push({ liked, answer: (body, status) => resolve(new Response(JSON.stringify(body), { status })) });
      });
  });

  afterEach(async () => {
    while (requests.length > 0) await answer({}, 500);
    window.fetch = realFetch;
    for (const session of sessions) session.unsubscribe(subscriber);
    sessions = [];
  });

  it('a click shows the new state at once and sends it', () => {
    const session = idle(false, 3);
    session.toggle(subscriber);
    expect(sent()).to.deep.equal([true]);
    expect(session.value).to.deep.equal({ liked: true, count: 4 });
  });

  it('clicks while a request is in flight send nothing and move the count by one at most', () => {
    const session = idle(false, 3);
    session.toggle(subscriber);
    for (let i = 0; i < 5; i += 1) {
      session.toggle(subscriber);
      expect(sent()).to.have.length(1);
      expect(session.value.count).to.be.within(3, 4);
    }
    expect(session.value).to.deep.equal({ liked: false, count: 3 });
  });

  it('after the answer, sends the last wanted state only if it differs from the confirmed one', async () => {
    const session = idle(false, 3);
    session.toggle(subscriber); // like sent…
    session.toggle(subscriber); // …then unliked
    await answer({ liked: true, count: 4 });
    expect(sent()).to.deep.equal([false]);
    expect(session.value).to.deep.equal({ liked: false, count: 3 });
    await answer({ liked: false, count: 3 });

    const backToLiked = idle(false, 3);
    for (let i = 0; i < 3; i += 1) backToLiked.toggle(subscriber); // like, unlike, like: nothing more to send
    await answer({ liked: true, count: 4 });
    expect(sent()).to.deep.equal([]);
    expect(backToLiked.value).to.deep.equal({ liked: true, count: 4 });
  });

  it('takes the server’s answer when it differs from what was sent, without resending', async () => {
    const session = idle(false, 3);
    session.toggle(subscriber);
    await answer({ liked: false, count: 9 });
    expect(sent()).to.deep.equal([]);
    expect(session.value).to.deep.equal({ liked: false, count: 9 });
  });

  it('a failure rolls back to the confirmed state and leaves nothing in flight', async () => {
    const session = idle(true, 5);
    session.toggle(subscriber);
    await answer({}, 500);
    expect(session.value).to.deep.equal({ liked: true, count: 5 });
    expect(session.pending).to.equal(false);
    session.toggle(subscriber);
    expect(sent()).to.deep.equal([false]);
  });

  it('counts a liking visitor even when a stale count says 0', () => {
    expect(idle(true, 0).value).to.deep.equal({ liked: true, count: 1 });
    expect(shown({ liked: true, count: 0 })).to.deep.equal({ liked: true, count: 1 });
  });

  it('takes a fresher count only while nothing is in flight', () => {
    const session = idle(false, 1);
    session.recount(7);
    expect(session.value.count).to.equal(7);
    session.toggle(subscriber);
    session.recount(9);
    expect(session.value).to.deep.equal({ liked: true, count: 8 });
  });
});

describe('visitor id', () => {
  it('is a version 4 UUID, also where crypto.randomUUID is missing (http: pages)', () => {
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    expect(randomId()).to.match(uuid);
    const original = Object.getOwnPropertyDescriptor(Crypto.prototype, 'randomUUID')!;
    Object.defineProperty(Crypto.prototype, 'randomUUID', { value: undefined, configurable: true });
    try {
      const ids = new Set(Array.from({ length: 20 }, () => randomId()));
      expect(ids.size).to.equal(20);
      for (const id of ids) expect(id).to.match(uuid);
    } finally {
      Object.defineProperty(Crypto.prototype, 'randomUUID', original);
    }
  });
});
