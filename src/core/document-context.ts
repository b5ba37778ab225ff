import type { Article, Failure } from './article.js';

/** `idle` (no source yet), `loading`, `ready`, `error` — reflected as the `state` attribute. */
export type WidgetState = 'idle' | 'loading' | 'ready' | 'error';

/** What an `<article-context>` hands to its descendants. */
export interface DocumentSnapshot {
  readonly state: WidgetState;
  readonly article?: Article;
  readonly failure?: Failure;
}

// The community context protocol (https://github.com/webcomponents-cg/community-protocols),
// which @lit/context speaks too, in the little this library needs of it: every widget is a
// subscribing consumer (story-widget.ts), `<article-context>` a provider. The key is a string,
// not a Symbol, so that two copies of the library (or one built on @lit/context) still connect.
export const articleContext = 'story-widgets:article';

export type ContextCallback = (value: DocumentSnapshot, unsubscribe?: () => void) => void;

/** A `context-request` or `context-provider` event, from any implementation of the protocol. */
export interface ContextEvent extends Event {
  readonly context: unknown;
  readonly contextTarget?: Element;
  readonly callback: ContextCallback;
  readonly subscribe?: boolean;
}

/**
 * From `target`, asks the nearest provider of `articleContext` for its snapshot and every later
 * one (`context-request`, subscribing `callback`), or without a callback tells the providers
 * above that `target` now provides (`context-provider`): they hand it their subscribers below it.
 */
export function announce(target: Element, callback?: ContextCallback): void {
  target.dispatchEvent(
    Object.assign(new Event(callback ? 'context-request' : 'context-provider', { bubbles: true, composed: true }), {
      context: articleContext,
      contextTarget: target,
      callback,
      subscribe: true,
    }),
  );
}
