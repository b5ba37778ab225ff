// The likes pool's connections handed out in turn, in arrival order, with a limit on the wait.
// node-postgres's own queue ends a long wait with the same kind of Error as a database that is
// away, so a burst that kept every connection busy for 3 s was a 500, like a fault. Here a wait
// that runs out is a PoolBusyError: the server answers it 503 with Retry-After (api.mjs), and
// the pool's own time limit is left to what it then means alone, a connection that cannot be made.

/** Every connection stayed busy for the whole wait: overload, not a fault of the database. */
export class PoolBusyError extends Error {
  /** @param {number} waitMs */
  constructor(waitMs) {
    super(`every PostgreSQL connection stayed busy for ${waitMs} ms`);
    this.name = 'PoolBusyError';
    /**
     * Whole seconds after which everything that waited with this request is answered (each wait
     * ends within waitMs): the `Retry-After` of its 503.
     */
    this.retryAfter = Math.max(1, Math.ceil(waitMs / 1000));
  }
}

/**
 * @param {number} size  the pool's connections: at most this many tasks run at once
 * @param {number} waitMs  a task that has not started after this long rejects with PoolBusyError
 * @returns {{ run: <T>(task: () => Promise<T>) => Promise<T> }}
 */
export function createPoolGate(size, waitMs) {
  let running = 0;
  /** @type {{ start: () => void, timer: ReturnType<typeof setTimeout> }[]} */
  const waiting = [];
  return {
    async run(task) {
      if (running < size) running++;
      else {
        await new Promise((resolve, reject) => {
          const waiter = {
            start: () => resolve(undefined),
            timer: setTimeout(() => {
              waiting.splice(waiting.indexOf(waiter), 1);
              reject(new PoolBusyError(waitMs));
            }, waitMs),
          };
          waiting.push(waiter);
        });
      }
      try {
        return await task();
      } finally {
        // The slot passes to the next waiter as it is, or is given back.
        const next = waiting.shift();
        if (next) {
          clearTimeout(next.timer);
          next.start();
        } else running--;
      }
    },
  };
}

/**
 * Group commit on a gate, as the likes (postgres.mjs) and the rate limits' windows
 * (limits/postgres-windows.mjs) write: each request waits in line and asks the gate for a
 * connection; whichever gets one first runs `write(take)`, whose `take(chosen)` takes the
 * requests `chosen` accepts out of the line, in arrival order, marked `taken`. A request still in
 * line when its own wait runs out is refused with the gate's error (PoolBusyError); one taken
 * meanwhile is answered by the batch that took it.
 * @template {{ taken?: true, reject: (error: unknown) => void }} T
 * @param {{ run: <R>(task: () => Promise<R>) => Promise<R> }} gate
 * @param {(take: (chosen: (request: T) => boolean) => void) => Promise<void>} write
 * @returns {(request: T) => void} puts a request in line
 */
export function groupCommit(gate, write) {
  /** Requests not yet in a statement, in arrival order. @type {T[]} */
  let line = [];
  /** @param {(request: T) => boolean} chosen */
  const take = (chosen) => {
    line = line.filter((request) => !(chosen(request) && (request.taken = true)));
  };
  return (request) => {
    line.push(request);
    gate.run(() => write(take)).catch((error) => {
      if (request.taken) return;
      line = line.filter((other) => other !== request);
      request.reject(error);
    });
  };
}
