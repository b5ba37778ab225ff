// One shared IntersectionObserver for every lazy widget: "near" means within one viewport
// of the screen (rootMargin 100%), the same rule as <img loading=lazy> but more eager.
const callbacks = new WeakMap<Element, () => void>();
let observer: IntersectionObserver | undefined;
let watched = 0;

function sharedObserver(): IntersectionObserver {
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        const callback = callbacks.get(entry.target);
        stopWatching(entry.target);
        callback?.();
      }
    },
    { rootMargin: '100% 0px 100% 0px' },
  );
  return observer;
}

function stopWatching(element: Element): void {
  if (!callbacks.has(element)) return;
  callbacks.delete(element);
  observer?.unobserve(element);
  watched -= 1;
  if (watched === 0) {
    observer?.disconnect();
    observer = undefined;
  }
}

/** Calls `callback` once, when `element` comes within a viewport of the screen. Returns a cancel function. */
export function whenNearViewport(element: Element, callback: () => void): () => void {
  stopWatching(element);
  callbacks.set(element, callback);
  watched += 1;
  sharedObserver().observe(element);
  return () => stopWatching(element);
}

/** For leak tests: how many elements are still waiting to be seen. */
export function visibilityStats(): { watched: number } {
  return { watched };
}
