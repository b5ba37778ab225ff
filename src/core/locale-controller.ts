import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Article } from './article.js';
import { hasCatalogue, messagesFor, onMessagesChange } from '../i18n/catalogue.js';
import type { Messages } from '../i18n/messages.js';
import { language } from './json-guards.js';

type Host = ReactiveControllerHost & HTMLElement;
/** A widget as the controller reads it: `article` (protected there) is the document it shows. */
type WithArticle = { readonly article?: Article };

// One observer for the whole page and the shadow roots widgets sit in: a `lang` change anywhere
// re-renders the widgets; so does `setMessages`. Only connected widgets are in `hosts`.
const hosts = new Set<Host>();
const updateAll = (): void => hosts.forEach((host) => host.requestUpdate());
let langObserver: MutationObserver | undefined;
onMessagesChange(updateAll);

/** For leak tests: widgets following `lang` changes, and whether the page-wide observer runs. */
export function localeStats(): { hosts: number; observing: boolean } {
  return { hosts: hosts.size, observing: langObserver !== undefined };
}

/** The `lang` of the element or its nearest ancestor, crossing shadow roots; '' if none. */
export function inheritedLang(element: Element): string {
  for (let node: Element | undefined = element; node; node = (node.getRootNode() as ShadowRoot).host) {
    const owner = node.closest('[lang]');
    if (owner) return owner.getAttribute('lang')!.trim();
  }
  return '';
}

// Canonicalising is asked for on every render; `lang` values on a page are few.
const canonical = new Map<unknown, string | undefined>();

function validTag(tag: unknown): string | undefined {
  if (!canonical.has(tag)) {
    if (canonical.size > 255) canonical.clear();
    canonical.set(tag, language(tag));
  }
  return canonical.get(tag);
}

/**
 * The locale of a widget (contract §8): its own or nearest `lang`, else the article's
 * `language`, else `en`; texts fall back by base language, then to English. Follows
 * `lang` changes and `setMessages` calls.
 */
export class LocaleController implements ReactiveController {
  readonly #host: Host;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this.#host);
    langObserver ??= new MutationObserver(updateAll);
    // The page, and each shadow root the element sits in (a component's own `lang` changes);
    // observing a node again only renews it (an attribute filter implies `attributes: true`).
    for (let node: Node | undefined = this.#host; node; node = (node.getRootNode() as ShadowRoot).host)
      langObserver.observe(node.getRootNode(), { attributeFilter: ['lang'], subtree: true });
    // `lang` or the texts may have changed while the element was out of the page.
    this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    hosts.delete(this.#host);
    if (!hosts.size) {
      langObserver?.disconnect();
      langObserver = undefined;
    }
  }

  /**
   * A canonical BCP 47 tag, always usable with `Intl`. A locale without texts (no catalogue
   * for it or its base language, none added by `setMessages`) becomes `en`, so numbers and
   * dates never come in another language than the sentence around them.
   */
  get locale(): string {
    return this.textLang ?? this.language;
  }

  /**
   * `en` where the page's language has no texts (a Swedish page: the widget speaks English),
   * else undefined: the `lang` of the elements holding the widget's own texts, so they are read
   * with an English voice (WCAG 3.1.2). Never set on the host: the page owns it.
   */
  get textLang(): string | undefined {
    return hasCatalogue(this.language) ? undefined : 'en';
  }

  /**
   * The `lang` of the article's own text: its `language`, else the page's where the widget's
   * texts around it are marked English (else undefined: it inherits the page's).
   */
  get articleLang(): string | undefined {
    return this.#documentLanguage ?? (this.textLang && this.language);
  }

  /**
   * The page's language, texts or not: its own or nearest `lang`, else the article's
   * `language`, else `en` (a Dutch page whose widgets speak English is still in Dutch).
   */
  get language(): string {
    return validTag(inheritedLang(this.#host)) ?? validTag(this.#documentLanguage) ?? 'en';
  }

  /** The language of the document the widget shows, if it says. */
  get #documentLanguage(): string | undefined {
    return (this.#host as WithArticle).article?.language;
  }

  get messages(): Messages {
    return messagesFor(this.locale);
  }
}
