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

/** Waits until `predicate` holds, polling each animation frame (rejects after `ms`). */
export async function until(predicate: () => boolean, ms = 5000, what = 'condition'): Promise<void> {
  const end = performance.now() + ms;
  while (!predicate()) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
