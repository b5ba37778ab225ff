// The observers of elements still waiting to be seen (for leak tests).
const waiting = new Set<IntersectionObserver>();

/**
 * Calls `callback` once, when `element` comes within a viewport of the screen: "near" means
 * within one viewport of it (rootMargin 100%), the rule of <img loading=lazy> but more eager.
 * `far` is called each time the browser finds it farther (its first answer, in the frame after
 * this call, included). Returns a cancel function.
 */
export function whenNearViewport(element: Element, callback: () => unknown, far?: () => unknown): () => void {
  const observer = new IntersectionObserver((entries) => (entries.some((entry) => entry.isIntersecting) ? (stop(), callback()) : far?.()), { rootMargin: '100% 0px' });
  const stop = (): void => {
    waiting.delete(observer);
    observer.disconnect();
  };
  waiting.add(observer);
  observer.observe(element);
  return stop;
}

/** For leak tests: how many elements are still waiting to be seen. */
export function visibilityStats(): { watched: number } {
  return { watched: waiting.size };
}
