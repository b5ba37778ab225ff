import type { ReactiveController, ReactiveControllerHost } from 'lit';
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
// which @lit/context speaks too, in the little this library needs of it. The key is a string,
// not a Symbol, so that two copies of the library (or one built on @lit/context) still connect.
export const articleContext = 'story-widgets:article';

type ContextCallback = (value: DocumentSnapshot, unsubscribe?: () => void) => void;

/** A `context-request` or `context-provider` event, from any implementation of the protocol. */
interface ContextEvent extends Event {
  readonly context: unknown;
  readonly contextTarget?: Element;
  readonly callback: ContextCallback;
  readonly subscribe?: boolean;
}

type Host = ReactiveControllerHost & HTMLElement;

function dispatch(target: Element, type: string, fields: object): void {
  target.dispatchEvent(Object.assign(new Event(type, { bubbles: true, composed: true }), { context: articleContext, contextTarget: target }, fields));
}

/**
 * Asks the nearest provider of `articleContext` for its snapshot when the host connects, and
 * gets every later one until the host disconnects (`subscribe`). A nearer provider that
 * appears later takes over: the previous subscription is dropped.
 */
export class DocumentConsumer implements ReactiveController {
  #unsubscribe?: () => void;
  readonly #host: Host;
  readonly #onValue: (value: DocumentSnapshot) => void;

  constructor(host: Host, onValue: (value: DocumentSnapshot) => void) {
    this.#host = host;
    this.#onValue = onValue;
    host.addController(this);
  }

  hostConnected(): void {
    dispatch(this.#host, 'context-request', { callback: this.#callback, subscribe: true });
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  readonly #callback: ContextCallback = (value, unsubscribe) => {
    if (this.#unsubscribe && this.#unsubscribe !== unsubscribe) this.#unsubscribe();
    this.#host.requestUpdate();
    this.#onValue(value);
    this.#unsubscribe = unsubscribe;
  };
}

/**
 * Answers the `context-request` events of descendants for `articleContext` with `value`, and
 * calls every subscriber again when it changes. When it connects inside another provider,
 * that one hands its subscribers over (`context-provider`), so the nearest provider wins.
 */
export class DocumentProvider implements ReactiveController {
  readonly #subscriptions = new Map<ContextCallback, { dispose: () => void; consumer: Element }>();
  readonly #host: Host;

  constructor(
    host: Host,
    public value: DocumentSnapshot,
  ) {
    this.#host = host;
    host.addEventListener('context-request', (event) => this.#handleRequest(event as ContextEvent));
    host.addEventListener('context-provider', (event) => this.#handleProvider(event as ContextEvent));
    host.addController(this);
  }

  hostConnected(): void {
    dispatch(this.#host, 'context-provider', {});
  }

  /** Hands `value` to every subscriber, unless it is the one they have. */
  setValue(value: DocumentSnapshot): void {
    if (Object.is(value, this.value)) return;
    this.value = value;
    for (const [callback, { dispose }] of this.#subscriptions) callback(value, dispose);
  }

  /** The event's own element: its `contextTarget`, or where it was dispatched. */
  #origin(event: ContextEvent): EventTarget | undefined {
    return event.contextTarget ?? event.composedPath()[0];
  }

  #handleRequest(event: ContextEvent): void {
    const consumer = this.#origin(event);
    if (event.context !== articleContext || consumer === this.#host) return;
    event.stopPropagation();
    const { callback } = event;
    if (!event.subscribe) return callback(this.value);
    if (!this.#subscriptions.has(callback)) {
      this.#subscriptions.set(callback, { dispose: () => this.#subscriptions.delete(callback), consumer: consumer as Element });
    }
    callback(this.value, this.#subscriptions.get(callback)?.dispose);
  }

  #handleProvider(event: ContextEvent): void {
    if (event.context !== articleContext || this.#origin(event) === this.#host) return;
    for (const [callback, { consumer }] of this.#subscriptions) dispatch(consumer, 'context-request', { callback, subscribe: true });
    event.stopPropagation();
  }
}
