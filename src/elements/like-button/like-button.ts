import { html, isServer, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Article } from '../../core/article.js';
import type { DocumentSnapshot } from '../../core/document-context.js';
import { count as countOf } from '../../core/json-guards.js';
import { StoryWidget } from '../../core/story-widget.js';
import { beforeDocumentRender } from '../../core/render-turns.js';
import { safeUrl } from '../../core/url-safety.js';
import { formatNumber, selectPlural } from '../../i18n/plural.js';
import { unseenText } from '../../core/shared-styles.js';
import { styles } from './like-button.styles.js';
import { type LikeSession, type LikeSubscriber, joinSession, others, sessionCount, shown } from './like-session.js';
import { warmStorage } from './visitor-store.js';

/**
 * A like toggle and a status line ("Be first to like this." / "3 people like this.").
 * Likes are first-party and cookie-free: a click is shown at once and sent as
 * `POST <endpoint>` `{"visitor": "<id>", "liked": true|false}`; the server's
 * `{"count", "liked"}` becomes the shown state. The visitor's id (the token the endpoint
 * issues; a 403 with a new one is answered by sending the like again) and liked articles are
 * kept in `localStorage` (`story-widgets:visitor`, `story-widgets:liked:<endpoint URL>`). A
 * `429` with `Retry-After` up to a minute keeps the click and sends it after the wait. Every
 * `<like-button>` of the page with the same endpoint shows the same state; only the one the reader
 * pressed last has a live status line, so a screen reader announces a change once.
 *
 * Data: `likes.count` and `likes.endpoint` of the document (from `data`, inline JSON, `src` or
 * the nearest `<article-context>`), else the `count` and `endpoint` attributes. Without an
 * endpoint the button is shown disabled, with the count. With an endpoint but no count, the
 * button asks for the live state (`GET <endpoint>?visitor=<id>` → `{"count", "liked"}`) and
 * shows its placeholder until the answer. A server-rendered button (`story-widgets/ssr`), whose
 * count may come from a cache, asks for it once taken over, showing the server's count and
 * staying usable meanwhile: an unchanged answer changes nothing on screen, a failed one keeps
 * the server's count (and fires `error`). A click on the server's button once the script has
 * loaded but before the takeover (which waits its turn) is made at the takeover.
 *
 * @summary A first-party like toggle and a status line ("3 people like this.").
 *
 * @fires {CustomEvent} like-change - Once the server confirmed a change asked for by this button; bubbles,
 * composed; `detail` is `{ liked: boolean, count: number }`.
 * @fires load - When the element reaches `state="ready"` (does not bubble).
 * @fires error - When the document cannot be used, a like could not be saved (the button
 * rolls back), or the live state could not be read (the button works, without a number or with
 * the server-rendered one);
 * `detail` is `{ reason, url? }` (`url` when there is one). Does not bubble.
 *
 * @csspart button - The toggle `<button>` (`aria-pressed` tells its state).
 * @csspart icon - The heart inside the button (filled when liked).
 * @csspart label - The button's text ("Like").
 * @csspart status - The status line, an `aria-live="polite"` region.
 * @csspart count - The number inside the status sentence, where it has one.
 *
 * @cssprop {<color>} [--sw-accent=#d16] - Heart and border colour when liked (default #d16: 3:1 or more on white and on dark pages up to #282828, 2.6:1 on #333, where a page sets its own), and the focus ring (default: the inherited text colour).
 * @cssprop {<length>} [--sw-radius=999px] - Corner radius of the button (default fully rounded) and of the loading bar (default 0.25em).
 * @cssprop {<length>} [--sw-gap=0.5em] - Space between the button and the status line (default 0.5em).
 * @cssprop {<color>} --sw-muted - Colour of the status line (default: inherited).
 * @cssprop {<color>} --sw-danger - Colour of the status line after a failure (default: inherited).
 * @cssprop {<color>} --sw-button-background - Button background (default transparent).
 * @cssprop {<color>} --sw-button-border - Button border colour when not liked (default currentColor).
 * @cssprop {<color>} --sw-button-hover - Button background on hover.
 * @cssprop {<color>} --sw-focus-ring - Focus ring colour (default --sw-accent).
 * @cssprop {<color>} --sw-placeholder - Colour of the loading placeholder bar.
 */
export class LikeButton extends StoryWidget implements LikeSubscriber {
  static override styles = [unseenText, styles];

  static override properties: PropertyDeclarations = {
    // An empty `count=""` (a template's empty value) is no count, not 0: the button asks the endpoint.
    count: { converter: (value) => (value?.trim() ? +value : undefined) },
    endpoint: {},
    liked: { type: Boolean },
  };

  /** The like count, for pages without a document (the document's `likes.count` wins). */
  declare count?: number;

  /** URL of the like endpoint, resolved against the page (the document's `likes.endpoint` wins). */
  declare endpoint?: string;

  /** Whether the visitor already likes the article, if the page knows; the visitor's own memory wins. */
  liked = false;

  #session?: LikeSession;
  /** The count of the document or the attribute, as last offered to the session (undefined: none). */
  #count?: number;
  /** Taken over from a server render, not yet refreshed: its count may be a cache's (LikeSession.refresh). */
  #takenOver?: boolean;
  /** The server's button was clicked (an odd number of times) before the takeover: a like to make then. */
  #clickedEarly?: boolean;

  constructor() {
    super();
    // A server-rendered button is on screen, enabled, from the HTML; its takeover waits for its
    // turn (up to a second at 4× CPU). Upgraded with the server's shadow root, it keeps the
    // clicks on that button meanwhile and makes them once taken over. (Before the script has
    // run, nothing can hear them.)
    this.shadowRoot?.addEventListener('click', (event) => {
      if (!this.hasUpdated && (event.target as Element).closest('button')) this.#clickedEarly = !this.#clickedEarly;
    });
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    this.#takenOver = !!this.shadowRoot;
    warmStorage();
    return super.createRenderRoot();
  }

  // A button moved in the DOM rejoins its session in the update the locale controller asks
  // for on every connect.
  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#syncSession();
  }

  /**
   * With `count`/`endpoint` attributes and no document, the attributes are the data. An idle
   * snapshot means no `data` and no inline JSON (those are never idle), so only `src` counts.
   */
  override applySnapshot(snapshot: DocumentSnapshot): void {
    const fallBack =
      this.#hasLikeAttributes() && ((snapshot.state == 'idle' && !this.src) || (snapshot.state == 'error' && snapshot === this.contextDocument));
    super.applySnapshot(fallBack ? { state: 'ready', article: attributeArticle } : snapshot);
  }

  /**
   * Without a count above 0 its first render formats no number ("Be first to like this.", or
   * its placeholder while it asks the endpoint): it waits for its language's texts only, not
   * for the ICU warm-up, and the live count's request leaves at once. The count it would show
   * may be the page's already: another button of the endpoint asked for the live one. @internal
   */
  override firstRenderWait(article?: Article): Promise<unknown> | undefined {
    // A count is a whole number from 0: above 0 is truthy; 0, none (undefined) and unknown yet (NaN) are not.
    return beforeDocumentRender(this.locale, !!(countFor(this, article) || sessionCount(endpointFor(this, article))));
  }

  /**
   * An update formats a number only when its status sentence has one: a click during the ICU
   * warm-up ("You like this.") shows at once instead of when the warm-up is over. @internal
   */
  override documentWait(): Promise<unknown> | undefined {
    const value = this.#session?.value;
    // No session (no endpoint, or not joined yet): a count may show, so it waits as every widget does.
    return beforeDocumentRender(this.locale, !value || others(value) > 0);
  }

  protected override checkDocument(article: Article): string | undefined {
    return article.likes || this.#hasLikeAttributes() ? undefined : 'the document has no "likes": give the button an endpoint';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const { endpoint } = this;
    if (changed.has('endpoint') && endpoint && !safeUrl(endpoint)) {
      console.warn(`<${this.localName}>: endpoint "${endpoint}" is not an http(s) URL`);
    }
    // In error too: a document without `likes` is usable once the attributes come.
    const attributesOnly = this.state === 'idle' || this.state === 'error' || this.article === attributeArticle;
    // Before the first render too when still idle: attributes set just after the element was
    // added (a framework's props, a script) came after its sources were looked at.
    if ((this.hasUpdated || this.state == 'idle') && (changed.has('count') || changed.has('endpoint')) && attributesOnly) {
      // The sources decide again, so an element with its own `src` (say, still waiting to
      // come near the screen) never takes the context's document.
      this.resolveSource();
    }
    this.#syncSession();
  }

  override render() {
    const { messages } = this.i18n;
    const { locale, state } = this;
    // A widget in error shows readers nothing (the reason went to the event and the console).
    if (state === 'error') return nothing;
    const session = this.#session;
    // A server render (story-widgets/ssr) has no session. With an endpoint and no count, the
    // browser will ask the endpoint before it shows a number: the server shows the placeholder
    // too, not a false "Be first to like this." (The browser build drops `isServer` branches.)
    const serverEndpoint = isServer && (this.article?.likes?.endpoint ?? safeUrl(this.endpoint));
    const value = session?.value ?? shown({ liked: this.liked, count: this.#count ?? (serverEndpoint ? NaN : 0) });
    const { liked, count } = value;
    const clicked = session?.clicked;
    // Ready, unless the live count (NaN until known) is still being asked for: before any click,
    // as a like sent once that failed keeps the count unknown (it must not disable the button
    // it was pressed on, and take its focus away).
    const ready = state === 'ready' && !((serverEndpoint || (session?.pending && !clicked)) && isNaN(count));
    const failed = session?.failed;
    const retrying = session?.waiting;
    const n = others(value);
    // Once the reader has clicked, two spans around the status text keep room for a notice each
    // (the styles say how); before, nothing.
    const { likeFailed, likeRetrying } = messages;
    // On the server the button shows as the browser will once it takes the page over: enabled
    // when there is an endpoint and a count.
    // The heart: two arcs of radius 50 for its lobes, then the curves down to its tip.
    // Button and status are the widget's texts: English on a page without texts is marked so.
    const lang = this.i18n.textLang;
    return html`<button
        part="button"
        lang=${ifDefined(lang)}
        class=${session?.pending && !session.quiet ? 'pending' : ''}
        aria-pressed=${ready && liked}
        aria-describedby="status"
        ?disabled=${isServer ? !(ready && serverEndpoint) : !session || !ready}
        @click=${() => this.#session?.toggle(this)}
      ><svg part="icon" viewBox="0 0 240 240" aria-hidden="true"><path
            d="M120 60a50 50 0 0 0-90 29c0 33 30 60 77 102l13 12 13-12c47-42 77-69 77-102a50 50 0 0 0-90-29z"
          /></svg><span part="label">${messages.likeButton}</span></button
      ><p part="status" id="status" lang=${ifDefined(lang)} dir="auto" class=${failed ? 'failed' : ''} aria-live=${ready && (session?.actor ?? this) == this ? 'polite' : 'off'} aria-atomic="true"><span data-room=${clicked ? likeFailed : nothing}><span data-room=${clicked ? likeRetrying : nothing}>${ready
        ? failed
          ? likeFailed
          : retrying
            ? likeRetrying
            : isNaN(n)
            ? // The live count could not be read: no number is better than a wrong one (the line keeps its height).
              ''
            : n
            ? // The status sentence of the contract's table, the number in it as part `count`.
              selectPlural(locale, liked ? messages.likeYouAndOthers : messages.likeCount, n)
                .split(/\{[nk]\}/)
                .map((text, i) => (i ? html`<span part="count">${formatNumber(locale, n)}</span>${text}` : text))
            : liked
              ? messages.likeYou
              : messages.likeZero
        : html`<span class="bar"></span><span class="visually-hidden">${messages.loading}</span>`}</span></span></p>`;
  }

  /** Joins, follows or leaves the page's session for the endpoint of the document or attribute. */
  #syncSession(): void {
    // No valid count (none given, or one that is no whole number from 0 to 2^53 − 1): the session asks the endpoint.
    const { article } = this;
    const count = countFor(this, article);
    const endpoint = endpointFor(this, article);
    const wanted = this.state === 'ready' && this.isConnected ? endpoint : undefined;
    const session = this.#session;
    if (session?.endpoint !== wanted) {
      session?.unsubscribe(this);
      this.#session = wanted ? joinSession(wanted, this, count, this.liked) : undefined;
      if (this.#session && this.#takenOver) {
        this.#takenOver = false;
        this.#session.refresh(this);
        if (this.#clickedEarly) this.#session.toggle(this);
      }
    } else if (count !== this.#count) {
      session?.recount(count);
    }
    this.#count = count;
  }

  #hasLikeAttributes(): boolean {
    return this.count != null || this.endpoint != null;
  }
}

/**
 * Stands for the document when an element runs on its attributes alone. There is no document,
 * so no URL of one; and importing the module must not touch `document` (server-side imports).
 */
const attributeArticle: Article = { sourceUrl: '', translations: [], related: [] };

/** The like endpoint of `article` (or else the button's `endpoint` attribute), if a safe one. @internal */
export const endpointFor = (button: LikeButton, article?: Article): string | undefined => article?.likes?.endpoint ?? safeUrl(button.endpoint);

/** The count `article` (or else the button's `count` attribute) gives, if a valid one. @internal */
export const countFor = (button: LikeButton, article?: Article): number | undefined => article?.likes?.count ?? countOf(button.count);

declare global {
  interface HTMLElementTagNameMap {
    'like-button': LikeButton;
  }
}
