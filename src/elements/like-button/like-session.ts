import type { Failure } from '../../core/article.js';
import { likeSettings, sendLike } from './like-request.js';
import { type LikeState, type LikeValue, confirm, fail, initialState, recount, shown, toggle } from './like-state.js';
import { rememberLike, rememberedLike, visitorId } from './visitor-store.js';

/** What a session needs of a `<like-button>`. */
export interface LikeSubscriber {
  readonly credentials: 'omit' | 'include';
  requestUpdate(): void;
  /** The server confirmed a change this button asked for. */
  likeConfirmed(value: LikeValue): void;
  /** The request this button asked for failed; the state is already rolled back. */
  likeFailed(failure: Failure): void;
}

/**
 * The like state of one article on this page, shared by every `<like-button>` with the same
 * endpoint, so they stay in sync and coalesce their clicks into one request at a time.
 * It runs the state machine of like-state.ts, sends with like-request.ts and remembers the
 * confirmed state with visitor-store.ts.
 */
export class LikeSession {
  private state: LikeState;
  private readonly subscribers = new Set<LikeSubscriber>();
  /** The button that was clicked last: it fires `like-change` and `error`. */
  private actor?: LikeSubscriber;
  private noticeTimer?: ReturnType<typeof setTimeout>;
  /** Once the server has answered, its count wins over documents and attributes. */
  private answered = false;

  constructor(
    readonly endpoint: string,
    count: number,
    likedHint: boolean,
  ) {
    this.state = initialState({ liked: rememberedLike(endpoint) ?? likedHint, count });
  }

  /** What every button for this article shows (optimistic while a request is in flight). */
  get value(): LikeValue {
    return shown(this.state);
  }

  /** True while a request is in flight. */
  get pending(): boolean {
    return this.state.sending !== undefined;
  }

  /** True for a few seconds after a failure: the status line says the like was not saved. */
  get failed(): boolean {
    return this.noticeTimer !== undefined;
  }

  toggle(actor: LikeSubscriber): void {
    this.actor = actor;
    this.clearNotice();
    this.step(toggle(this.state));
  }

  /** A count from a (re)loaded document or a `count` attribute; ignored once the server answered. */
  recount(count: number): void {
    if (this.answered) return;
    const next = recount(this.state, count);
    if (next !== this.state) this.setState(next);
  }

  subscribe(subscriber: LikeSubscriber): void {
    this.subscribers.add(subscriber);
  }

  unsubscribe(subscriber: LikeSubscriber): void {
    this.subscribers.delete(subscriber);
    this.disposeIfUnused();
  }

  private step({ state, send }: { state: LikeState; send?: boolean }): void {
    this.setState(state);
    if (send !== undefined) void this.send(send);
  }

  private async send(liked: boolean): Promise<void> {
    const actor = this.actor;
    const result = await sendLike(this.endpoint, visitorId(), liked, actor?.credentials ?? 'omit');
    const before = this.state.confirmed;
    if (result.ok) {
      this.answered = true;
      rememberLike(this.endpoint, result.value.liked);
      this.step(confirm(this.state, result.value));
      if (result.value.liked !== before.liked) this.actor?.likeConfirmed(result.value);
    } else {
      this.showNotice();
      this.setState(fail(this.state));
      this.actor?.likeFailed(result.failure);
    }
    this.disposeIfUnused();
  }

  private setState(state: LikeState): void {
    this.state = state;
    for (const subscriber of this.subscribers) subscriber.requestUpdate();
  }

  private showNotice(): void {
    this.clearNotice();
    noticeTimers += 1;
    this.noticeTimer = setTimeout(() => {
      this.noticeTimer = undefined;
      noticeTimers -= 1;
      for (const subscriber of this.subscribers) subscriber.requestUpdate();
    }, likeSettings.noticeMs);
  }

  private clearNotice(): void {
    if (this.noticeTimer === undefined) return;
    clearTimeout(this.noticeTimer);
    this.noticeTimer = undefined;
    noticeTimers -= 1;
  }

  // A session outlives its buttons only while a request is in flight, so a button created
  // later (a "reload" of part of the page) starts from what the visitor's storage says.
  private disposeIfUnused(): void {
    if (this.subscribers.size > 0 || this.pending) return;
    this.clearNotice();
    if (sessions.get(this.endpoint) === this) sessions.delete(this.endpoint);
  }
}

const sessions = new Map<string, LikeSession>();
let noticeTimers = 0;

/** For leak tests: like sessions alive on the page, and failure notices still timing. @internal */
export function likeSessionStats(): { sessions: number; noticeTimers: number } {
  return { sessions: sessions.size, noticeTimers };
}

/** The page's session for `endpoint`, created from the first button's count and `liked` hint. */
export function joinSession(endpoint: string, subscriber: LikeSubscriber, count: number, likedHint: boolean): LikeSession {
  let session = sessions.get(endpoint);
  if (!session) {
    session = new LikeSession(endpoint, count, likedHint);
    sessions.set(endpoint, session);
  } else {
    session.recount(count);
  }
  session.subscribe(subscriber);
  return session;
}
