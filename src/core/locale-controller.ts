import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { hasCatalogue, isRightToLeft, messagesFor, onMessagesChange } from '../i18n/catalogue.js';
import type { Messages } from '../i18n/messages.js';

type Host = ReactiveControllerHost & HTMLElement;

// One observer for the whole page: a `lang` change anywhere re-renders the widgets.
const hosts = new Set<Host>();
let langObserver: MutationObserver | undefined;

function watchLang(host: Host): void {
  hosts.add(host);
  if (!langObserver) {
    langObserver = new MutationObserver(() => hosts.forEach((h) => h.requestUpdate()));
    langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
}

function unwatchLang(host: Host): void {
  hosts.delete(host);
  if (hosts.size === 0) {
    langObserver?.disconnect();
    langObserver = undefined;
  }
}

/** For leak tests: widgets following `lang` changes, and whether the page-wide observer runs. */
export function localeStats(): { hosts: number; observing: boolean } {
  return { hosts: hosts.size, observing: langObserver !== undefined };
}

/** The `lang` of the element or its nearest ancestor, crossing shadow roots; '' if none. */
export function inheritedLang(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang')?.trim() ?? '';
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return '';
}

// Canonicalising is asked for on every render; `lang` values on a page are few.
const canonical = new Map<string, string | undefined>();

function validTag(tag: string | undefined): string | undefined {
  if (!tag) return undefined;
  if (canonical.has(tag)) return canonical.get(tag);
  let result: string | undefined;
  try {
    result = Intl.getCanonicalLocales(tag)[0];
  } catch {
    result = undefined;
  }
  if (canonical.size < 256) canonical.set(tag, result);
  return result;
}

/**
 * The locale of a widget (contract §8): its own or nearest `lang`, else the article's
 * `language`, else `en`; texts fall back by base language, then to English. Follows
 * `lang` changes and `setMessages` calls.
 */
export class LocaleController implements ReactiveController {
  /** The article's language, set by the widget once a document is known. */
  documentLanguage?: string;
  #unsubscribe?: () => void;
  readonly #host: Host;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    watchLang(this.#host);
    this.#unsubscribe = onMessagesChange(() => this.#host.requestUpdate());
    // `lang` or the texts may have changed while the element was out of the page.
    this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    unwatchLang(this.#host);
    this.#unsubscribe?.();
  }

  /**
   * A canonical BCP 47 tag, always usable with `Intl`. A locale without texts (no catalogue
   * for it or its base language, none added by `setMessages`) becomes `en`, so numbers and
   * dates never come in another language than the sentence around them.
   */
  get locale(): string {
    const tag = validTag(inheritedLang(this.#host)) ?? validTag(this.documentLanguage);
    return tag && hasCatalogue(tag) ? tag : 'en';
  }

  get messages(): Messages {
    return messagesFor(this.locale);
  }

  get rightToLeft(): boolean {
    return isRightToLeft(this.locale);
  }
}
