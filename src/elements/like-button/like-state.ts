/**
 * The like state machine, pure and synchronous (no I/O, no timers), so every transition is
 * easy to read and to test:
 *
 * - `confirmed` is what the server (or the document and the visitor's memory) last said;
 * - `wanted` is what the visitor asked for last — it is what the button shows (optimistic);
 * - `sending` is the `liked` value of the one request in flight, `undefined` when idle.
 *
 * At most one request is in flight. Clicks while it is in flight only move `wanted`; when it
 * settles, the last wanted state is sent only if it still differs from the confirmed one. The
 * shown count is the confirmed count moved by at most one, so it never runs away.
 */

/** A liked flag and a count, as shown or as confirmed. */
export interface LikeValue {
  readonly liked: boolean;
  readonly count: number;
}

export interface LikeState {
  readonly confirmed: LikeValue;
  readonly wanted: boolean;
  readonly sending?: boolean;
}

/** A transition's new state and, if a request must start now, the `liked` value to send. */
export interface Step {
  readonly state: LikeState;
  readonly send?: boolean;
}

export function initialState(confirmed: LikeValue): LikeState {
  return { confirmed, wanted: confirmed.liked };
}

/** What the button shows: the wanted flag, and the confirmed count moved by one at most. */
export function shown(state: LikeState): LikeValue {
  const { confirmed, wanted } = state;
  const delta = wanted === confirmed.liked ? 0 : wanted ? 1 : -1;
  const count = Math.max(0, confirmed.count + delta);
  // A visitor who likes it is always counted, even if a stale document says 0.
  return { liked: wanted, count: wanted ? Math.max(1, count) : count };
}

/** The visitor clicked: flip the wanted state; send it now unless a request is in flight. */
export function toggle(state: LikeState): Step {
  const wanted = !state.wanted;
  if (state.sending !== undefined || wanted === state.confirmed.liked) return { state: { ...state, wanted } };
  return { state: { ...state, wanted, sending: wanted }, send: wanted };
}

/**
 * The server answered. Its answer becomes the confirmed state. If the visitor changed their
 * mind while the request was in flight (wanted ≠ sent) and the answer is not already what they
 * want, send the wanted state once more; otherwise the server's answer is what is shown.
 */
export function confirm(state: LikeState, answer: LikeValue): Step {
  const changedMind = state.sending !== undefined && state.wanted !== state.sending;
  if (changedMind && state.wanted !== answer.liked) {
    return { state: { confirmed: answer, wanted: state.wanted, sending: state.wanted }, send: state.wanted };
  }
  return { state: { confirmed: answer, wanted: answer.liked } };
}

/** The request failed: back to the confirmed state; nothing is retried automatically. */
export function fail(state: LikeState): LikeState {
  return { confirmed: state.confirmed, wanted: state.confirmed.liked };
}

/** A fresher count arrived (a reloaded document); taken only while nothing is in flight. */
export function recount(state: LikeState, count: number): LikeState {
  if (state.sending !== undefined || count === state.confirmed.count) return state;
  return { ...state, confirmed: { ...state.confirmed, count } };
}
