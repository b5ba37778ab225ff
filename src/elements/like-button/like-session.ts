import { isServer } from 'lit';
import type { Failure } from '../../core/article.js';
import { httpFailure } from '../../core/request-document.js';
import { type LikeValue, askLikes, likeSettings } from './like-request.js';
import { rememberLike, rememberedLike } from './visitor-store.js';

/**
 * What a button shows for a `confirmed` state and the visitor's `wanted` flag: that flag, and
 * the count moved by one towards it. A visitor who likes it is always counted, even if a
 * stale document says 0.
 */
export function shown({ liked, count }: LikeValue, wanted = liked): LikeValue {
  return { liked: wanted, count: Math.max(+wanted, count + +wanted - +liked) };
}

/** How many others like it: the visitor who likes it is not one of them (NaN while the count is unknown). */
export const others = ({ liked, count }: LikeValue): number => count - +liked;

/** What a session needs of a `<like-button>`. */
export interface LikeSubscriber {
  readonly credentials: RequestCredentials;
  requestUpdate(): void;
  /** Fires `like-change` when the server confirmed a change this button asked for. */
  dispatchEvent(event: Event): boolean;
  /** The request this button asked for failed; the state is already rolled back. @internal */
  refreshFailed(failure: Failure): void;
}

/**
 * The like state of one article on this page, shared by every `<like-button>` with the same
 * endpoint, so they stay in sync and coalesce their clicks into one request at a time:
 *
 * - `confirmed` is what the server (or the document and the visitor's memory) last said;
 * - `wanted` is what the visitor asked for last — it is what the buttons show (optimistic);
 * - `sending` is the `liked` value of the last request made: the one in flight while `pending`
 *   (or the one sent at once as the page was hidden or left, `leave`).
 *
 * Clicks while a request is in flight only move `wanted`; when it settles, the last wanted
 * state is sent only if it still differs from the answer. The shown count is the confirmed
 * count moved by at most one, so it never runs away. A failure rolls back to `confirmed`.
 *
 * Without a count (no document count, no `count` attribute) the session asks the endpoint for
 * the live state first (contract §4), as a request in flight; until it answers the count is
 * NaN and the buttons show their placeholder. If that fails, the count stays NaN: the buttons
 * work without a number until a like answers.
 *
 * A server-rendered button (story-widgets/ssr) shows the count of the page, which a cache may
 * have kept: once taken over, it asks for the live state too (`refresh`), but quietly.
 */
export class LikeSession {
  #confirmed: LikeValue;
  #wanted: boolean;
  /** Once the server has answered, its count wins over documents and attributes. */
  #answered?: boolean;
  /** The button that was clicked last: it fires `like-change` and `error`, and its status line alone is live (one announcement). */
  actor?: LikeSubscriber;
  readonly #subscribers = new Set<LikeSubscriber>();
  /** True while a request is in flight. */
  pending = false;
  /** The `liked` of the last request made (see the class's comment). */
  #sending?: boolean;
  /** Set for a few seconds after a failure (the timer that ends it): the status line says the like was not saved. */
  failed?: ReturnType<typeof setTimeout>;
  /** Set while waiting out a `429` (the timer that sends again, if the visitor still wants it). */
  retrying?: ReturnType<typeof setTimeout>;
  /** True while `refresh` asks: the buttons look as before (not pending, not disabled). */
  quiet?: boolean;
  /** True once the visitor has clicked: the buttons' status lines keep room for a notice from then on. */
  clicked?: boolean;

  constructor(
    readonly endpoint: string,
    count: number | undefined,
    likedHint: boolean,
    first: LikeSubscriber,
  ) {
    const remembered = rememberedLike(endpoint);
    this.#wanted = remembered ?? likedHint;
    // No count given: NaN (no number to show) until the live state answers.
    this.#confirmed = { liked: this.#wanted, count: count ?? NaN };
    this.actor = first;
    if (count == null) void this.#send(true);
    // A like remembered: the count given may be from a document read (or cached, 30 s by the
    // reference server) before it, and would show the liker one person fewer. The live state is
    // asked too, quietly, as after a server render. (Not for an unlike, kept as "not liked":
    // a reader's every unliked article would ask.)
    else if (remembered) this.refresh(first);
  }

  /**
   * True while a 429's wait runs for a change the visitor still wants: the status line says it
   * will be sent. Taken back meanwhile, the line says the count again at once (a like clicked
   * again still waits the rest of the wait).
   */
  get waiting(): boolean {
    return !!this.retrying && this.#wanted !== this.#confirmed.liked;
  }

  /** What every button for this article shows (optimistic while a request is in flight); the count is NaN while unknown. */
  get value(): LikeValue {
    return shown(this.#confirmed, this.#wanted);
  }

  /** The visitor clicked: flip the wanted state; send it now unless a request is in flight. */
  toggle(actor: LikeSubscriber): void {
    this.actor = actor;
    this.clicked = true;
    this.#notice();
    this.#wanted = !this.#wanted;
    if (!this.pending && this.#wanted !== this.#confirmed.liked) void this.#send();
    this.#update();
  }

  /** A count from a (re)loaded document or a `count` attribute; ignored while a request is in flight or once the server answered. */
  recount(count: number | undefined): void {
    if (count == null || this.#answered || this.pending || count === this.#confirmed.count) return;
    this.#confirmed = { ...this.#confirmed, count };
    this.#update();
  }

  /**
   * A server-rendered button was taken over: asks for the live state once, unless the server
   * answered already or a request is in flight. An unchanged answer changes nothing on screen; a
   * new count or `liked` shows; a click meanwhile is sent after the answer, as for any request.
   * A failure fires `error` and keeps the count shown (a cache's count is late, not wrong).
   */
  refresh(actor: LikeSubscriber, again?: boolean): void {
    // `again`: asked after a while (back from the back/forward cache).
    if ((this.#answered && !again) || this.pending) return;
    this.actor = actor;
    this.quiet = true;
    void this.#send(true);
  }

  // The actor's status line is the live one: a button that comes to a session without buttons
  // (one re-added while its like was in flight) takes over, and so does another when it leaves.
  subscribe(subscriber: LikeSubscriber): void {
    if (!this.#subscribers.size) this.actor = subscriber;
    this.#subscribers.add(subscriber);
  }

  unsubscribe(subscriber: LikeSubscriber): void {
    this.#subscribers.delete(subscriber);
    if (this.actor == subscriber) this.actor = [...this.#subscribers][0] ?? subscriber;
    this.#update();
  }

  /** Sends the wanted state; with `live`, asks for the live state instead (without a count, the buttons are disabled meanwhile). */
  async #send(live?: boolean, retry?: boolean): Promise<void> {
    const sent = (this.#sending = this.#wanted);
    const actor = this.actor!;
    this.pending = true;
    // Remembered as it is sent: a reader who leaves before the answer finds the button as they
    // left it, and the live state it then asks (remembered) says what the server kept.
    if (!live) rememberLike(this.endpoint, sent);
    let answer = await askLikes(this.endpoint, actor.credentials, live ? undefined : sent);
    // The button that asked may have left meanwhile, or show another article now (a single-page
    // app's navigation): `like-change` and `error` go to a button that still shows this one.
    const target = this.#subscribers.has(actor) ? actor : [...this.#subscribers][0];
    this.pending = this.quiet = false;
    if ('retryAfterMs' in answer && !live && !retry) {
      // A 429 with a short Retry-After: the click is kept (still shown, still pending) and
      // sent once the wait is over; clicks meanwhile only move `wanted`.
      this.pending = true;
      this.retrying = setTimeout(() => {
        this.retrying = undefined;
        this.pending = false;
        if (this.#wanted !== this.#confirmed.liked) void this.#send(false, true);
        // Taken back during the wait: nothing to send, and storage says so again.
        else rememberLike(this.endpoint, this.#wanted);
        this.#update();
      }, answer.retryAfterMs);
      this.#update();
      return;
    }
    // A 429 for the live state, or a second one after the wait, fails like any failure.
    if ('retryAfterMs' in answer) answer = { ...httpFailure(429), url: this.endpoint };
    if ('reason' in answer) {
      // A failed like rolls back and says so; a failed live state leaves the count as it was (none, or the page's).
      if (!live) {
        rememberLike(this.endpoint, (this.#wanted = this.#confirmed.liked));
        this.#notice(true);
      } else if (this.#wanted !== sent) void this.#send(); // a click made while it asked is sent now
      target?.refreshFailed(answer);
    } else {
      const changed = !live && answer.liked !== this.#confirmed.liked;
      this.#answered = true;
      rememberLike(this.endpoint, answer.liked);
      this.#confirmed = answer;
      // The visitor changed their mind while it was in flight: send what they want now (again,
      // if `leave` sent it: the server may have got the two in either order).
      // Otherwise the server's answer is what is shown, even if it is not what was sent.
      if (this.#wanted !== sent && this.#wanted !== answer.liked) void this.#send();
      else this.#wanted = answer.liked;
      if (changed) target?.dispatchEvent(new CustomEvent('like-change', { detail: { ...answer }, bubbles: true, composed: true }));
    }
    this.#update();
  }

  /**
   * The page is hidden or left, and may never run again: a change of mind behind the request in
   * flight is sent now (keepalive), not after its answer. Sent after it, it reaches the server
   * after it in the common case, so the server keeps the reader's last wish (the server cannot
   * order them: README, like-button). A page that lives on sends it once more after the answer,
   * which settles the order.
   */
  leave(): void {
    if (this.pending && this.#wanted !== this.#sending) {
      void askLikes(this.endpoint, this.actor!.credentials, (this.#sending = this.#wanted));
      rememberLike(this.endpoint, this.#wanted);
    }
  }

  /**
   * Re-renders every button for this article. A session outlives its buttons only while a
   * request is in flight, so a button created later (a "reload" of part of the page) starts
   * from what the visitor's storage says (and, with a like remembered, asks the live state).
   */
  #update(): void {
    this.#subscribers.forEach((subscriber) => subscriber.requestUpdate());
    if (this.#subscribers.size || this.pending) return;
    this.#notice();
    sessions.delete(this.endpoint);
  }

  /** Ends the failure notice, and with `true` starts a new one. */
  #notice(on?: boolean): void {
    clearTimeout(this.failed);
    noticeTimers += +!!on - +!!this.failed;
    this.failed = on
      ? setTimeout(() => {
          this.#notice();
          this.#update();
        }, likeSettings.noticeMs)
      : undefined;
  }
}

const sessions = new Map<string, LikeSession>();
let noticeTimers = 0;

// Back from the back/forward cache the page is as it was left, but the visitor may have liked or
// unliked its articles on the pages in between (a home page's buttons, then the article's): each
// session asks the live state again, quietly.
if (!isServer) addEventListener('pageshow', (event) => event.persisted && sessions.forEach((session) => session.refresh(session.actor!, true)));
// Hidden (a phone's tab switch, after which the page may be killed unseen), or left or closed (a
// page is hidden then too, after its `pagehide`): a change of mind still to send goes now. Never
// `unload`, which keeps a page out of the back/forward cache. Shown again, nothing is left to send.
if (!isServer) addEventListener('visibilitychange', () => sessions.forEach((session) => session.leave()));

/** For leak tests: like sessions alive on the page, and failure notices still timing. @internal */
export function likeSessionStats(): { sessions: number; noticeTimers: number } {
  return { sessions: sessions.size, noticeTimers };
}

/** The count the page's session for `endpoint` shows now, if it has one (NaN while it asks the endpoint). */
export function sessionCount(endpoint: string | undefined): number | undefined {
  // No endpoint (undefined) is no session's key: `get` finds none.
  return sessions.get(endpoint!)?.value.count;
}

/**
 * The page's session for `endpoint`, created from the first button's count and `liked` hint
 * (without a count, it asks the endpoint).
 */
export function joinSession(endpoint: string, subscriber: LikeSubscriber, count: number | undefined, likedHint: boolean): LikeSession {
  let session = sessions.get(endpoint);
  if (session) session.recount(count);
  else sessions.set(endpoint, (session = new LikeSession(endpoint, count, likedHint, subscriber)));
  session.subscribe(subscriber);
  return session;
}
