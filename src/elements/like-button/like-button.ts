import { html, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { Article, Failure } from '../../core/article.js';
import type { DocumentSnapshot } from '../../core/document-context.js';
import { StoryWidget, type WidgetErrorDetail } from '../../core/story-widget.js';
import { pageBaseUrl, safeUrl } from '../../core/url-safety.js';
import type { PluralForms } from '../../i18n/messages.js';
import { formatNumber, selectPlural } from '../../i18n/plural.js';
import { visuallyHidden } from '../../core/shared-styles.js';
import { styles } from './like-button.styles.js';
import { type LikeSession, type LikeSubscriber, joinSession } from './like-session.js';
import { type LikeValue, initialState, shown } from './like-state.js';

/**
 * @summary A like toggle and a status line ("Be first to like this." / "3 people like this.").
 * Likes are first-party and cookie-free: a click is shown at once and sent as
 * `POST <endpoint>` `{"visitor": "<uuid>", "liked": true|false}`; the server's
 * `{"count", "liked"}` becomes the shown state. The visitor's id and liked articles are kept in
 * `localStorage` (`story-widgets:visitor`, `story-widgets:liked:<endpoint URL>`). Every
 * `<like-button>` of the page with the same endpoint shows the same state.
 *
 * Data: `likes.count` and `likes.endpoint` of the document (from `data`, inline JSON, `src` or
 * the nearest `<article-context>`), else the `count` and `endpoint` attributes. Without an
 * endpoint the button is shown disabled, with the count.
 *
 * @fires like-change - Once the server confirmed a change asked for by this button; bubbles,
 * composed; `detail` is `{ liked: boolean, count: number }`.
 * @fires load - When the element reaches `state="ready"` (does not bubble).
 * @fires error - When the document cannot be used, or a like could not be saved (the button
 * rolls back); `detail` is `{ reason, url?, message }`. Does not bubble.
 *
 * @csspart button - The toggle `<button>` (`aria-pressed` tells its state).
 * @csspart icon - The heart inside the button (filled when liked).
 * @csspart label - The button's text ("Like").
 * @csspart status - The status line, an `aria-live="polite"` region.
 * @csspart count - The number inside the status sentence, where it has one.
 *
 * @cssprop --sw-accent - Heart and border colour when liked, and the focus ring (default #c2185b).
 * @cssprop --sw-radius - Corner radius of the button (default fully rounded).
 * @cssprop --sw-gap - Space between the button and the status line (default 0.5em).
 * @cssprop --sw-muted - Colour of the status line (default: inherited).
 * @cssprop --sw-danger - Colour of the status line after a failure (default: inherited).
 * @cssprop --sw-button-background - Button background (default transparent).
 * @cssprop --sw-button-border - Button border colour when not liked (default currentColor).
 * @cssprop --sw-button-hover - Button background on hover.
 * @cssprop --sw-focus-ring - Focus ring colour (default --sw-accent).
 * @cssprop --sw-placeholder - Colour of the loading placeholder bar.
 */
export class LikeButton extends StoryWidget implements LikeSubscriber {
  static override styles = [visuallyHidden, styles];

  static override properties: PropertyDeclarations = {
    count: { type: Number },
    endpoint: {},
    liked: { type: Boolean },
  };

  /** The like count, for pages without a document (the document's `likes.count` wins). */
  declare count?: number;

  /** URL of the like endpoint, resolved against the page (the document's `likes.endpoint` wins). */
  declare endpoint?: string;

  /** Whether the visitor already likes the article, if the page knows; the visitor's own memory wins. */
  liked = false;

  private session?: LikeSession;
  /** Stands for the document when the element runs on its attributes alone. */
  private attributeArticle?: Article;
  private offeredCount?: number;
  private warnedEndpoint?: string;

  override connectedCallback(): void {
    super.connectedCallback();
    // Rejoin the page's like session after a move in the DOM.
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.leaveSession();
  }

  /** With `count`/`endpoint` attributes and no document, the attributes are the data. */
  override applySnapshot(snapshot: DocumentSnapshot): void {
    const fallBack =
      this.hasLikeAttributes() &&
      ((snapshot.state === 'idle' && this.hasNoSourceOfItsOwn()) || (snapshot.state === 'error' && snapshot === this.contextDocument));
    if (fallBack) {
      this.attributeArticle ??= { sourceUrl: pageBaseUrl(), translations: [], related: [] };
      super.applySnapshot({ state: 'ready', article: this.attributeArticle });
    } else {
      super.applySnapshot(snapshot);
    }
  }

  protected override checkDocument(article: Article): string | undefined {
    return article.likes || this.hasLikeAttributes() ? undefined : 'the document has no "likes"';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const attributesOnly = this.state === 'idle' || (this.article !== undefined && this.article === this.attributeArticle);
    if (this.hasUpdated && (changed.has('count') || changed.has('endpoint')) && attributesOnly) {
      this.applySnapshot(this.contextDocument ?? { state: 'idle' });
    }
    this.syncSession();
  }

  override render() {
    const messages = this.i18n.messages;
    if (this.state === 'idle' || this.state === 'loading') {
      return html`${this.renderButton(false, true)}
        <p part="status"><span class="bar" aria-hidden="true"></span><span class="visually-hidden">${messages.loading}</span></p>`;
    }
    if (this.state === 'error') {
      return html`${this.renderButton(false, true)}
        <p part="status">${messages.unavailable}</p>`;
    }
    const value = this.session?.value ?? shown(initialState({ liked: this.liked, count: this.likeData().count }));
    const failed = this.session?.failed ?? false;
    return html`${this.renderButton(value.liked, !this.session, this.session?.pending)}
      <p part="status" class=${failed ? 'failed' : ''} aria-live="polite" aria-atomic="true">${failed ? messages.likeFailed : this.renderSentence(value)}</p>`;
  }

  private renderButton(pressed: boolean, disabled: boolean, pending = false): TemplateResult {
    return html`<button
      part="button"
      type="button"
      class=${pending ? 'pending' : ''}
      aria-pressed=${pressed ? 'true' : 'false'}
      ?disabled=${disabled}
      @click=${this.handleClick}
    >
      <svg part="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path
          d="M12 20.3l-1.3-1.2C6 14.9 3 12.2 3 8.9 3 6.2 5.1 4.1 7.8 4.1c1.5 0 3 .7 4.2 1.9 1.2-1.2 2.7-1.9 4.2-1.9 2.7 0 4.8 2.1 4.8 4.8 0 3.3-3 6-7.7 10.2L12 20.3z"
        />
      </svg>
      <span part="label">${this.i18n.messages.likeButton}</span>
    </button>`;
  }

  /** The status sentence of the contract's table, the number in it as part `count`. */
  private renderSentence({ liked, count }: LikeValue): TemplateResult | string {
    const messages = this.i18n.messages;
    if (liked) return count <= 1 ? messages.likeYou : this.renderCounted(messages.likeYouAndOthers, 'k', count - 1);
    return count === 0 ? messages.likeZero : this.renderCounted(messages.likeCount, 'n', count);
  }

  private renderCounted(forms: PluralForms, placeholder: 'n' | 'k', n: number): TemplateResult {
    const [before, ...rest] = selectPlural(this.locale, forms, n).split(`{${placeholder}}`);
    const number = html`<span part="count">${formatNumber(this.locale, n)}</span>`;
    return html`${before}${rest.map((after) => html`${number}${after}`)}`;
  }

  private handleClick(): void {
    this.session?.toggle(this);
  }

  /** Called by the session: the server confirmed a change this button asked for. @internal */
  likeConfirmed(value: LikeValue): void {
    this.emit('like-change', { liked: value.liked, count: value.count });
  }

  /** Called by the session: the like this button asked for was not saved. @internal */
  likeFailed(failure: Failure): void {
    console.warn(`<${this.localName}>: ${failure.reason} — ${failure.message}${failure.url ? ` (${failure.url})` : ''}`);
    const detail: WidgetErrorDetail = { reason: failure.reason, url: failure.url, message: failure.message };
    this.dispatchEvent(new CustomEvent('error', { detail }));
  }

  /** Count and endpoint: the document's `likes` first, then the attributes. */
  private likeData(): { count: number; endpoint?: string } {
    const likes = this.article?.likes;
    const own = typeof this.count === 'number' && Number.isFinite(this.count) && this.count >= 0 ? Math.floor(this.count) : 0;
    return { count: likes?.count ?? own, endpoint: likes?.endpoint ?? this.ownEndpoint() };
  }

  private ownEndpoint(): string | undefined {
    const url = safeUrl(this.endpoint);
    if (!url && this.endpoint && this.endpoint !== this.warnedEndpoint) {
      this.warnedEndpoint = this.endpoint;
      console.warn(`<${this.localName}>: invalid — endpoint "${this.endpoint}" is not an http(s) URL; the button is disabled`);
    }
    return url;
  }

  private syncSession(): void {
    const { count, endpoint } = this.likeData();
    const wanted = this.state === 'ready' && this.isConnected ? endpoint : undefined;
    if (this.session && this.session.endpoint !== wanted) this.leaveSession();
    if (!wanted) return;
    if (!this.session) {
      this.session = joinSession(wanted, this, count, this.liked);
    } else if (count !== this.offeredCount) {
      this.session.recount(count);
    }
    this.offeredCount = count;
  }

  private leaveSession(): void {
    this.session?.unsubscribe(this);
    this.session = undefined;
    this.offeredCount = undefined;
  }

  private hasLikeAttributes(): boolean {
    return this.count != null || this.endpoint != null;
  }

  private hasNoSourceOfItsOwn(): boolean {
    return (this.data === undefined || this.data === null) && !this.src && !this.querySelector(':scope > script[type="application/json"]');
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'like-button': LikeButton;
  }
}
