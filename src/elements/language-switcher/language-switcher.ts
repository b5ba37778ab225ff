import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { Article } from '../../core/article.js';
import { StoryWidget } from '../../core/story-widget.js';
import { autonym, listPattern } from './autonym.js';
import { visuallyHidden } from '../../core/shared-styles.js';
import { styles } from './language-switcher.styles.js';

/** A language on offer: a translation (with its URL) or the document's own (without). */
interface LanguageEntry {
  readonly language: string;
  readonly name: string;
  readonly url?: string;
}

/**
 * The translations worth a link: the parser has already dropped unsafe URLs and invalid
 * tags; here each language is kept once (the first wins, in the document's order), and a
 * "translation" into the document's own language is left out.
 */
function translationEntries(article: Article | undefined): LanguageEntry[] {
  if (!article) return [];
  const seen = new Set<string>(article.language ? [article.language] : []);
  const entries: LanguageEntry[] = [];
  for (const { language, url } of article.translations) {
    if (seen.has(language)) continue;
    seen.add(language);
    entries.push({ language, url, name: autonym(language) });
  }
  return entries;
}

/**
 * @summary "This post is also available in: Français" — links to the translations of an
 * article, or a native `<select>` that goes to the one chosen.
 *
 * Each translation is named in its own language (`Intl.DisplayNames`), so a reader finds
 * theirs whatever the page's language. The links variant is one sentence (a `<p>`, not a
 * `<nav>` landmark: it is a line of text, not a navigation block), its items joined the way
 * the element's locale joins a list (`Intl.ListFormat`, conjunction: "Français, Deutsch and
 * Español"). With no usable translation the element renders nothing and takes no space
 * (the `empty` attribute is set, `state` is `ready`).
 *
 * In the select variant a pointer or touch choice navigates at once; with the keyboard,
 * arrow keys and type-ahead only move through the closed list and Enter goes (so browsing
 * the options never leaves the page by accident, WCAG 3.2.2). Leaving the select without
 * going puts the current language back.
 *
 * @fires load - When the document is ready (does not bubble).
 * @fires error - When the document cannot be used; `detail` is `{ reason, url?, message }`.
 *
 * @csspart label - The label text before the links, or the `<label>` of the select.
 * @csspart list - The run of links (links variant).
 * @csspart link - Each link to a translation.
 * @csspart current - The current language, not a link (links variant with `show-current`).
 * @csspart select - The native `<select>` (select variant).
 *
 * @cssprop --sw-accent - Link colour and focus ring (default: the browser's link colour).
 * @cssprop --sw-muted - Current language, select border and the "unavailable" note (default: inherited).
 * @cssprop --sw-radius - Corners of the select and of link focus rings (default 0.25em).
 * @cssprop --sw-gap - Space between the label and the select (default 0.375em).
 * @cssprop --sw-select-color - Text of the select (default: the system `FieldText`).
 * @cssprop --sw-select-background - Background of the select (default: the system `Field`).
 */
export class LanguageSwitcher extends StoryWidget {
  static override styles = [visuallyHidden, styles];

  static override properties: PropertyDeclarations = {
    variant: {},
    showCurrent: { type: Boolean, attribute: 'show-current' },
  };

  /** `links` (default): the label and inline links; `select`: a labelled native `<select>`. */
  variant: 'links' | 'select' = 'links';

  /** Also shows the current language, as text with `aria-current="page"` (links variant). */
  showCurrent = false;

  private entries: LanguageEntry[] = [];
  /** True while a key press is being handled: its `change` only browses, Enter goes. */
  private keyPressed = false;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('article')) this.entries = translationEntries(this.article);
    this.toggleAttribute('empty', this.state === 'ready' && this.entries.length === 0);
  }

  /** Goes to a translation. Tests replace it; a subclass may, e.g. to open a new tab. */
  protected navigate(url: string): void {
    location.assign(url);
  }

  override render() {
    if (this.state === 'error') return html`<p class="line note">${this.i18n.messages.unavailable}</p>`;
    if (this.state !== 'ready') return this.renderPlaceholder();
    if (this.entries.length === 0) return nothing;
    return this.variant === 'select' ? this.renderSelect() : this.renderLinks();
  }

  /** One line of the final height, so nothing moves when the document arrives. */
  private renderPlaceholder(): TemplateResult {
    const { loading, translationsLabel } = this.i18n.messages;
    if (this.variant === 'select') {
      return html`<p class="line">
        <label part="label" for="languages">${translationsLabel}</label><select part="select" id="languages" disabled>
          <option>${loading}</option>
        </select>
      </p>`;
    }
    return html`<p class="line"><span aria-hidden="true">\u00a0</span><span class="visually-hidden">${loading}</span></p>`;
  }

  private renderLinks(): TemplateResult {
    const items = this.showCurrent ? [this.currentEntry(), ...this.entries] : this.entries;
    const parts = listPattern(this.locale, items.length);
    return html`<p class="line">
      <span part="label">${this.i18n.messages.translationsLabel}</span>
      <span part="list">${parts.map(({ index, text }) => {
        const item = index === undefined ? undefined : items[index];
        return item ? this.renderItem(item) : text;
      })}</span>
    </p>`;
  }

  private renderItem({ language, name, url }: LanguageEntry): TemplateResult {
    // dir="auto": an Arabic name inside an English sentence (or the reverse) keeps its own order.
    if (!url) return html`<span part="current" aria-current="page" lang=${language} dir="auto">${name}</span>`;
    return html`<a part="link" href=${url} hreflang=${language} lang=${language} rel="alternate" dir="auto">${name}</a>`;
  }

  private renderSelect(): TemplateResult {
    const current = this.currentEntry();
    return html`<p class="line">
      <label part="label" for="languages">${this.i18n.messages.translationsLabel}</label><select
        part="select"
        id="languages"
        @change=${this.handleChange}
        @keydown=${this.handleKeydown}
        @blur=${this.handleBlur}
      >
        <option value="" selected aria-current="page" lang=${current.language}>${current.name}</option>
        ${this.entries.map(({ language, name, url }) => html`<option value=${url ?? ''} lang=${language}>${name}</option>`)}
      </select>
    </p>`;
  }

  /** The document's language; without one, the element's locale stands for it. */
  private currentEntry(): LanguageEntry {
    const language = this.article?.language ?? this.locale;
    return { language, name: autonym(language) };
  }

  private handleKeydown(event: KeyboardEvent): void {
    const select = event.currentTarget as HTMLSelectElement;
    if (event.key === 'Enter') {
      if (select.value) {
        event.preventDefault();
        this.go(select);
      }
      return;
    }
    // The browser changes a closed select's value during this key's default action.
    this.keyPressed = true;
    setTimeout(() => (this.keyPressed = false));
  }

  private handleChange(event: Event): void {
    if (!this.keyPressed) this.go(event.currentTarget as HTMLSelectElement);
  }

  private handleBlur(event: FocusEvent): void {
    (event.currentTarget as HTMLSelectElement).selectedIndex = 0;
  }

  private go(select: HTMLSelectElement): void {
    const url = select.value;
    // Back on this page (back button, bfcache), the select shows the current language again.
    select.selectedIndex = 0;
    if (url) this.navigate(url);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'language-switcher': LanguageSwitcher;
  }
}
