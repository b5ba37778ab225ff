// Storybook 10 runs `beforeEach` again on every re-render, an arg change included, and keeps the
// canvas's elements. A story starts afresh (no cached documents, no remembered likes, a new like
// session) only when it is shown anew: first in its canvas, after a teardown (another story,
// Remount) or in another locale or theme. A control change keeps what the reader just did.
import type { StoryContext } from '@storybook/web-components-vite';

const shown = new WeakMap<Element, { key: string; visit: number }>();
let visits = 0;

/** Records the render in its canvas; true when the story starts afresh (see above). */
export function enterStory({ id, globals, canvasElement }: StoryContext): boolean {
  const key = JSON.stringify([id, globals.locale, globals.theme]);
  if (shown.get(canvasElement)?.key === key) return false;
  shown.set(canvasElement, { key, visit: (visits += 1) });
  return true;
}

/** The story's teardown: the next render in this canvas starts afresh. */
export function leaveStory(canvasElement: Element): void {
  shown.delete(canvasElement);
}

/** Which showing of the story this canvas has (the same while only args change). */
export function visitOf(canvasElement: Element): number {
  return shown.get(canvasElement)?.visit ?? 0;
}
