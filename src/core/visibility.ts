// One shared IntersectionObserver for every lazy widget: "near" means within one viewport
// of the screen (rootMargin 100%), the same rule as <img loading=lazy> but more eager.
const waiting = new Map<Element, () => void>();
let observer: IntersectionObserver | undefined;

/**
 * Calls `callback` once, when `element` comes within a viewport of the screen. Returns a cancel
 * function, which must be called before the element is watched again.
 */
export function whenNearViewport(element: Element, callback: () => unknown): () => void {
  const stop = (): void => void (waiting.delete(element) && observer!.unobserve(element));
  waiting.set(element, () => {
    stop();
    callback();
  });
  (observer ??= new IntersectionObserver((entries) => entries.map(({ isIntersecting, target }) => isIntersecting && waiting.get(target)?.()), { rootMargin: '100% 0px' })).observe(element);
  return stop;
}

/** For leak tests: how many elements are still waiting to be seen. */
export function visibilityStats(): { watched: number } {
  return { watched: waiting.size };
}
