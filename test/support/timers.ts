/** A timer set while watched: its delay, and whether it has fired or been cleared. */
export interface WatchedTimer {
  readonly ms: number | undefined;
  fired: boolean;
  cleared: boolean;
}

/**
 * Wraps `setTimeout` and `clearTimeout` until `restore()`, recording every timer set meanwhile
 * by its id (a string handler is not run, as no code of ours sets one).
 */
export function watchTimers(): { timers: Map<number, WatchedTimer>; pending: () => number; restore: () => void } {
  const { setTimeout: realSet, clearTimeout: realClear } = window;
  const timers = new Map<number, WatchedTimer>();
  window.setTimeout = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
    const timer: WatchedTimer = { ms, fired: false, cleared: false };
    const id: number = realSet(
      (...inner: unknown[]) => {
        timer.fired = true;
        if (typeof handler === 'function') (handler as (...a: unknown[]) => void)(...inner);
      },
      ms,
      ...args,
    );
    timers.set(id, timer);
    return id;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => {
    const timer = id === undefined ? undefined : timers.get(id);
    if (timer) timer.cleared = true;
    realClear(id);
  }) as typeof window.clearTimeout;
  return {
    timers,
    pending: () => [...timers.values()].filter((timer) => !timer.fired && !timer.cleared).length,
    restore: () => Object.assign(window, { setTimeout: realSet, clearTimeout: realClear }),
  };
}
