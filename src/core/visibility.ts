// One shared IntersectionObserver for every lazy widget: "near" means within one viewport
// of the screen (rootMargin 100%), the same rule as <img loading=lazy> but more eager.
const waiting = new Map<Element, () => void>();
let observer: IntersectionObserver | undefined;

const stopWatching = (element: Element): void => void (waiting.delete(element) && observer!.unobserve(element));

/**
 * Calls `callback` once, when `element` comes within a viewport of the screen. Returns a cancel
 * function, which must be called before the element is watched again.
 */
export function whenNearViewport(element: Element, callback: () => void): () => void {
  waiting.set(element, callback);
  (observer ??= new IntersectionObserver(
    (entries) => {
      for (const { isIntersecting, target } of entries) {
        if (isIntersecting) {
          waiting.get(target)?.();
          stopWatching(target);
        }
      }
    },
    { rootMargin: '100% 0px' },
  )).observe(element);
  return () => stopWatching(element);
}

/** For leak tests: how many elements are still waiting to be seen. */
export function visibilityStats(): { watched: number } {
  return { watched: waiting.size };
}
