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

// A string key (not a Symbol) so that two copies of the library on one page still connect.
export const articleContext = createContext<DocumentSnapshot>('story-widgets:article');
