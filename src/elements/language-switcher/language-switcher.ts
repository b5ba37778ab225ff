import { html, isServer, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { DocumentSnapshot } from '../../core/document-context.js';
import { readPageLinks } from '../../sources/hreflang-links.js';
import { StoryWidget } from '../../core/story-widget.js';
import { booleanAttribute } from '../../core/boolean-attribute.js';
import { unseenText } from '../../core/shared-styles.js';
import { styles } from './language-switcher.styles.js';

// Lit's `html` under a name the template compiler (vite.config.ts) does not take for it, for the
// template only a server renders: compiled, it moved to the top of the module and stayed in the
// browser's file, unused, after the build dropped its `isServer` branch. (Not in a chunk: the
// main file would then export `html` to it, which costs more than the template.)
const serverHtml = html;

// Keys are canonical BCP 47 tags (lower-case language subtag), never an `Object.prototype` name.
const names: Record<string, string | undefined> = {};

/**
 * The language's own name ("Français", "Português (Brasil)"), first letter upper-cased by that
 * language's rules (`Intl.DisplayNames` in the language itself); undefined when Intl cannot
 * name it (`false`, `qaa`, `de-u-co-phonebk`): such a "language" gets no link. Cached: a page
 * may hold many switchers.
 */
function autonym(tag: string): string | undefined {
  if (!(tag in names)) {
    try {
      // By code point (`u`), not UTF-16 unit, so a name starting outside the BMP is left whole.
      // A tag with extensions (`de-u-co-phonebk`, a page's `lang` may be one) is named by its
      // language, script and region: `of` throws on the extensions.
      names[tag] = new Intl.DisplayNames(tag, { type: 'language', fallback: 'none' }).of(new Intl.Locale(tag).baseName)?.replace(/^./u, (first) => first.toLocaleUpperCase(tag));
    } catch {
      // Not a language tag.
      names[tag] = undefined;
    }
  }
  return names[tag];
}

// One per locale: a page may hold many switchers, and each renders again on `lang` changes.
const lists: Record<string, Intl.ListFormat> = {};
const listFormat = (locale: string): Intl.ListFormat => (lists[locale] ??= new Intl.ListFormat(locale));

/**
 * "This post is also available in: Français" — links to the translations of an
 * article, or a native `<select>` that goes to the one chosen.
 *
 * Each translation is named in its own language (`Intl.DisplayNames`), so a reader finds
 * theirs whatever the page's language. The links variant is one sentence (a `<p>`, not a
 * `<nav>` landmark: it is a line of text, not a navigation block), its items joined the way
 * the element's locale joins a list (`Intl.ListFormat`, conjunction: "Français, Deutsch and
 * Español"). With no usable translation the element renders nothing and takes no space
 * (the `empty` attribute is set, `state` is `ready`); so does a document that fails (`state` is
 * `error`, the reason goes to the `error` event and the console). A translation whose language
 * `Intl.DisplayNames` cannot name (`"false"`, `"NaN"`) is left out. With no source of its own and
 * no `<article-context>`, the page is its source: its `<link rel="alternate" hreflang>` elements
 * (none: ready and empty).
 *
 * In the select variant a pointer or touch choice navigates at once; with the keyboard,
 * arrow keys and type-ahead only move through the closed list and Enter goes (so browsing
 * the options never leaves the page by accident, WCAG 3.2.2). Leaving the select without
 * going puts the current language back.
 *
 * @summary Links to the translations of an article, each named in its own language.
 *
 * @fires load - When the document is ready (does not bubble).
 * @fires error - When the document cannot be used; `detail` is `{ reason, url? }` (`url` when there is one).
 *
 * @attr {boolean} empty - Set by the element (never set it), for site CSS: no usable translation, so it renders nothing and takes no space (`state` is `ready`).
 *
 * @csspart label - The label text before the links, or the `<label>` of the select.
 * @csspart list - The run of links (links variant).
 * @csspart link - Each link to a translation.
 * @csspart current - The current language, not a link (links variant with `show-current`).
 * @csspart select - The native `<select>` (select variant).
 *
 * @cssprop {<color>} --sw-accent - Link colour and focus ring (default: the inherited text colour; the links are underlined).
 * @cssprop {<color>} --sw-muted - Current language and select border (default: inherited).
 * @cssprop {<length>} [--sw-radius=0.25em] - Corners of the select (default 0.25em) and of link focus rings (default 0.125em).
 * @cssprop {<length>} [--sw-gap=0.375em] - Space between the label and the select (default 0.375em).
 * @cssprop {<color>} --sw-select-color - Text of the select (default: the system `FieldText`).
 * @cssprop {<color>} --sw-select-background - Background of the select (default: the system `Field`).
 */
export class LanguageSwitcher extends StoryWidget {
  static override styles = [unseenText, styles];

  static override properties: PropertyDeclarations = {
    variant: {},
    showCurrent: { attribute: 'show-current', converter: booleanAttribute },
  };

  /** `links` (default): the label and inline links; `select`: a labelled native `<select>`. */
  variant: 'links' | 'select' = 'links';

  /** Also shows the current language, as text with `aria-current="page"` (links variant). The attribute present turns it on, unless its value is `false`. */
  showCurrent = false;

  /**
   * The current language, then the translations worth a link: the parser has already dropped
   * unsafe URLs and invalid tags (and kept 100 at most); here each language is kept once (the
   * first wins, in the document's order), and a "translation" into the document's own
   * language is left out. The current language is the document's; without one, the page's
   * (its `lang`, whether or not the widgets have texts in it), else the element's locale.
   */
  #items!: readonly { language: string; url: string }[];
  /** True while a key press is being handled: its `change` only browses, Enter goes. */
  #keyPressed?: boolean;

  constructor() {
    super();
    // A server-rendered select is on screen, enabled, from the HTML; its takeover waits for its
    // turn (up to a second at 4× CPU). Upgraded with the server's shadow root, the select works
    // meanwhile as it does after. (Before the script has run, nothing can hear it.)
    const select = this.shadowRoot?.querySelector('select');
    for (const type of ['change', 'keydown', 'blur']) select?.addEventListener(type, this.#handleSelect);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const named = this.article?.language;
    // A document language Intl cannot name is no language (nor is none): the page's stands for
    // it (not the texts' locale, English on a Dutch page), else the locale, and a translation
    // into it is left out, as one into the article's own language is. Named only with a
    // document: a placeholder's Intl.DisplayNames would load ICU's data on the main thread, before
    // the warm-up's worker has (a task of 200 ms at 4× CPU on the article page).
    const language = [named, this.article && this.i18n.language].find((tag) => tag && autonym(tag)) ?? this.locale;
    const seen = new Set([language]);
    this.#items = [
      { language, url: '' },
      ...(this.article?.translations.filter(({ language }) => autonym(language) && !seen.has(language) && seen.add(language)) ?? []),
    ];
    this.toggleAttribute('empty', this.state === 'ready' && !this.#items[1]);
  }

  /**
   * With no source and no context: the page's own `<link rel="alternate" hreflang>` elements.
   * @internal
   */
  pageDocument(): DocumentSnapshot {
    return { state: 'ready', article: readPageLinks() };
  }

  /** Goes to a translation. Tests replace it; a subclass may, e.g. to open a new tab. */
  protected navigate(url: string): void {
    location.assign(url);
  }

  // Until the document is ready, a line of the final height (a disabled select, or a no-break
  // space, which assistive technology skips) in the room the styles reserve, so nothing moves
  // when it arrives. In both, the label and two names laid out unseen (data-room) keep the lines
  // the sentence takes when the reader's text spacing makes it wrap sooner than the width says.
  override render() {
    const { state } = this;
    const { loading, translationsLabel } = this.i18n.messages;
    const ready = state === 'ready';
    const items = this.#items;
    const shown = this.showCurrent ? items : items.slice(1);
    // Nothing to offer, or a document that failed (its reason went to the event and the console).
    if ((ready && !items[1]) || state === 'error') return nothing;
    // The label, then the translations linked, joined as a sentence. Indices go through the list
    // format, so each comes back as an `element` part; dir="auto": an Arabic name inside an
    // English sentence (or the reverse) keeps its own order.
    const links = () =>
      html`<span part="label">${translationsLabel}</span> <span part="list">${listFormat(this.locale)
        .formatToParts(Object.keys(shown))
        .map(({ type, value }) => {
          if (type != 'element') return value;
          const { language, url } = shown[+value]!;
          return url
            ? html`<a part="link" href=${url} hreflang=${language} lang=${language} rel="alternate" dir="auto">${autonym(language)}</a>`
            : html`<span part="current" aria-current="page" lang=${language} dir="auto">${autonym(language)}</span>`;
        })}</span>`;
    // In the select, the current language comes first (selected, as the first option is);
    // its empty url goes nowhere. The line is the widget's texts (each language name has its
    // own `lang`): English on a page without texts is marked so (textLang).
    const line = html`<p class="line ${state}" lang=${ifDefined(this.i18n.textLang)} dir="auto"><span data-room=${translationsLabel + ' Français, Deutsch'}></span>${this.variant === 'select'
        ? html`<label part="label" for="languages">${translationsLabel}</label><select
              part="select"
              id="languages"
              ?disabled=${!ready}
              @change=${this.#handleSelect}
              @keydown=${this.#handleSelect}
              @blur=${this.#handleSelect}>${ready
              ? items.map(
                  ({ language, url }) => html`<option value=${url} aria-current=${ifDefined(url ? undefined : 'page')} lang=${language} dir="auto">${autonym(language)}</option>`,
                )
              : html`<option>${loading}</option>`}</select>`
        : ready
          ? links()
          : html`\u00a0<span class="visually-hidden">${loading}</span>`}</p>`;
    // Server-rendered, a select goes nowhere without JavaScript (CONTRACT §10: every translation
    // link with JavaScript off): the page carries the links too, shown instead of the select
    // only where scripting is off (the server's styles, widget-hooks.ts). The browser build has
    // none of it.
    return isServer && ready && this.variant === 'select' ? serverHtml`${line}<p class="line ready no-script" lang=${ifDefined(this.i18n.textLang)}>${links()}</p>` : line;
  }

  /**
   * A pointer or touch `change` goes at once; a key only browses the closed list (the
   * browser changes its value during the key's default action) and Enter goes. Going, or
   * leaving the select, shows the current language again (also back on this page from bfcache).
   */
  readonly #handleSelect = (event: Event): void => {
    const select = event.currentTarget as HTMLSelectElement;
    const url = select.value;
    const { type } = event;
    if (type == 'keydown' && (event as KeyboardEvent).key != 'Enter') {
      this.#keyPressed = true;
      setTimeout(() => (this.#keyPressed = false));
    } else if (type != 'change' || !this.#keyPressed) {
      select.selectedIndex = 0;
      if (url && type != 'blur') {
        event.preventDefault();
        this.navigate(url);
      }
    }
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'language-switcher': LanguageSwitcher;
  }
}
