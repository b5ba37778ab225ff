import type { Failure } from './article.js';

/** `detail` of the `error` event every widget fires. */
export interface WidgetErrorDetail {
  readonly reason: Failure['reason'];
  readonly url?: string;
}

// `addEventListener('error', (e) => e.detail.reason)` typed on a widget: its `error` is a
// `CustomEvent`, where `HTMLElementEventMap` says a script's `ErrorEvent`. Overloads only
// (types): HTMLElement implements them. story-widget.ts imports this file, so the augmentation
// comes wherever the class does, in the published .d.ts too.
declare module './story-widget.js' {
  interface StoryWidget {
    addEventListener(type: 'error', listener: (this: this, event: CustomEvent<WidgetErrorDetail>) => unknown, options?: boolean | AddEventListenerOptions): void;
    addEventListener<K extends keyof HTMLElementEventMap>(type: K, listener: (this: HTMLElement, event: HTMLElementEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
    addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
    removeEventListener(type: 'error', listener: (this: this, event: CustomEvent<WidgetErrorDetail>) => unknown, options?: boolean | EventListenerOptions): void;
    removeEventListener<K extends keyof HTMLElementEventMap>(type: K, listener: (this: HTMLElement, event: HTMLElementEventMap[K]) => unknown, options?: boolean | EventListenerOptions): void;
    removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
  }
}
