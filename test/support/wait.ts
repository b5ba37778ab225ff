/** Resolves when `element` fires `name` (or rejects after `ms`). */
export function nextEvent<T extends Event = Event>(element: EventTarget, name: string, ms = 5000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no "${name}" event within ${ms} ms`)), ms);
    element.addEventListener(
      name,
      (event) => {
        clearTimeout(timer);
        resolve(event as T);
      },
      { once: true },
    );
  });
}

/**
 * Waits until `predicate` holds, polling every 10 ms (rejects after `ms`). Not
 * requestAnimationFrame: pages in background tabs (parallel test files) get no frames.
 */
export async function until(predicate: () => boolean, ms = 5000, what = 'condition'): Promise<void> {
  const end = performance.now() + ms;
  while (!predicate()) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 16));
  }
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
