import { createContext } from '@lit/context';
import type { Article, Failure } from './article.js';

/** `idle` (no source yet), `loading`, `ready`, `error` — reflected as the `state` attribute. */
export type WidgetState = 'idle' | 'loading' | 'ready' | 'error';

/** What an `<article-context>` hands to its descendants. */
export interface DocumentSnapshot {
  readonly state: WidgetState;
  readonly article?: Article;
  readonly failure?: Failure;
}

// The @lit/context key between `<article-context>` (a ContextProvider) and every widget (a
// subscribing ContextConsumer). @lit/context compares keys with `===`: a string, not a Symbol,
// so that a second copy of this library, or of @lit/context, still connects to ours.
export const articleContext = createContext<DocumentSnapshot, 'story-widgets:article'>('story-widgets:article');
