import { ifDefined } from 'lit/directives/if-defined.js';
import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { RelatedStory } from '../../core/article.js';
import { publishedDate } from '../../core/published-date.js';
import { heading } from '../../core/heading.js';
import { foreignText } from '../../core/foreign-text.js';
import { StoryWidget } from '../../core/story-widget.js';
import { samePage } from '../../core/url-safety.js';
import { unseenText } from '../../core/shared-styles.js';
import { styles } from './related-stories.styles.js';

type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/** The number an attribute or property holds; a missing, empty or blank one is none (NaN). */
const toNumber = (value: unknown): number => (typeof value === 'number' ? value : typeof value === 'string' && value.trim() ? +value : NaN);

/** A whole number ≥ 1, else 4: `limit="0"`, `"-3"`, `"2.5"`, `"many"` all give 4. */
function validLimit(value: unknown): number {
  const n = toNumber(value);
  return Number.isInteger(n) && n > 0 ? n : 4;
}

/** 1–6: a number outside is clamped (`0` → 1, `9` and `Infinity` → 6); anything else gives 2. */
function validHeadingLevel(value: unknown): HeadingLevel {
  const n = toNumber(value);
  return (Number.isNaN(n) ? 2 : Math.min(6, Math.max(1, Math.round(n)))) as HeadingLevel;
}


/**
 * A heading ("Related Stories") and a list of linked stories, from the `related`
 * list of an article document or the `items` of a JSON Feed 1.1.
 *
 * Each item is one link — its title — whose box covers the whole item, with a thumbnail
 * and a date where the source gives them. Titles are never clamped, and each carries its
 * story's `language` (else the document's) as `lang`, with `dir="auto"`. A thumbnail that
 * fails to load leaves an empty frame, never a broken-image icon. Items without a safe URL or a title, and the
 * item for the current page (ignoring `#hash` and a trailing slash), are left out before
 * `limit` is applied.
 *
 * Lazy by default: with `src`, nothing is fetched until the element comes within one
 * viewport of the screen; in an `<article-context>` that fetches, a list found farther away
 * when the document comes is rendered when it gets near. Until the list is ready the element
 * shows the heading and `limit` placeholder rows of the final height, so nothing moves when
 * it arrives.
 * When nothing is left to show the element renders nothing and takes no space (`empty`
 * attribute, `state="ready"`). On error it is hidden too (`display: none` on
 * `[state=error]`): a related list is not worth an error message in the middle of an
 * article, and the `error` event and a console warning still report it.
 *
 * @summary A heading and a list of linked stories from an article document or a feed.
 *
 * @fires load - When the list is ready (does not bubble).
 * @fires error - When the document cannot be used; `detail` is `{ reason, url? }` (`url` when there is one).
 *
 * @attr {boolean} empty - Set by the element (never set it), for site CSS: no story left to show, so it renders nothing and takes no space (`state` is `ready`).
 *
 * @slot heading - Replaces the heading's text (it stays inside the `<hN>` element).
 *
 * @csspart heading - The `<h1>`–`<h6>` heading.
 * @csspart list - The `<ul>` of stories.
 * @csspart item - Each `<li>`.
 * @csspart link - The link of a story (its title); its box covers the whole item.
 * @csspart image - The thumbnail `<img>`.
 * @csspart title - The title text inside the link.
 * @csspart date - The `<time>` of publication.
 *
 * @cssprop {<color>} --sw-accent - Colour of the titles and the focus ring (default: inherited).
 * @cssprop {<color>} --sw-muted - Colour of the dates (default: inherited).
 * @cssprop {<length>} [--sw-gap=1em] - Space between items, and between thumbnail and text (default 1em).
 * @cssprop {<length>} [--sw-radius=0.25em] - Corners of thumbnails, placeholders and the focus ring (default 0.25em).
 * @cssprop {<length>} [--sw-thumbnail-size=8em] - Width of a thumbnail in the list layout, at most 30 % of the row; 16:9 (default 8em).
 * @cssprop {<color>} --sw-placeholder - Fill of placeholders and missing thumbnails (default: 10% of the text colour).
 */
export class RelatedStories extends StoryWidget {
  static override styles = [unseenText, styles];

  static override properties: PropertyDeclarations = {
    limit: { converter: validLimit },
    layout: { reflect: true },
    heading: {},
    // Lazy unless `eager`: a value it does not know, or none, is the default (contract §1).
    loading: { converter: (value) => (/^\s*eager\s*$/i.test(value ?? '') ? 'eager' : 'lazy') },
    headingLevel: { attribute: 'heading-level', converter: validHeadingLevel },
  };

  /** How many stories to show at most: a whole number ≥ 1 (default 4; anything else counts as 4). */
  limit = 4;

  /** `list` (default): rows with a small thumbnail; `grid`: cards in 1–4 columns by the element's width. */
  layout: 'list' | 'grid' = 'list';

  /** Replaces the default heading text ("Related Stories", localised); empty, the default stays. */
  declare heading?: string;

  /**
   * The heading's level, 1–6 (default 2): `<h2>`. Out of range is clamped; not a number gives 2.
   * @type {1 | 2 | 3 | 4 | 5 | 6}
   */
  headingLevel: HeadingLevel = 2;

  /** Related stories sit below the article: fetched only when the reader gets near (default `lazy`). */
  override loading: 'lazy' | 'eager' = 'lazy';

  #stories!: RelatedStory[];
  /** Thumbnails that failed to load: each shows as an empty frame, never a broken-image icon. */
  readonly #broken = new Set<string>();

  // The parser has already dropped items without a safe URL or a title, and kept 100 at most;
  // the current page is left out here, for article documents and feeds alike, however the
  // reader arrived (a newsletter's `?utm_source=…`).
  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.#stories = (this.article?.related ?? []).filter((story) => !samePage(story.url, location.href)).slice(0, validLimit(this.limit));
    this.toggleAttribute('empty', this.state === 'ready' && !this.#stories[0]);
  }

  // Until the list is ready: `limit` rows of the final height (100 at most, like the list),
  // hidden from assistive technology, which hears "Loading…".
  override render() {
    const { state } = this;
    const stories = this.#stories;
    if (state === 'error' || this.hasAttribute('empty')) return nothing;
    const { relatedHeading, loading } = this.i18n.messages;
    const withImages = stories.some((story) => story.image);
    // The widget's own texts carry `lang` where they are English on a page without texts (the
    // default heading, the dates, "Loading…"); the stories' titles and images their own (the
    // page's where they give none and the list is marked English). A page's heading text, given
    // or slotted, stays the page's.
    const lang = this.i18n.textLang;
    const given = this.heading?.trim();
    return html`${heading(validHeadingLevel(this.headingLevel), 'heading', html`<slot name="heading">${given || html`<span lang=${ifDefined(lang)}>${relatedHeading}</span>`}</slot>`)}${state === 'ready'
      ? html`<ul part="list" class="list" lang=${ifDefined(lang)}>${stories.map(({ image, published, url, title, language = this.i18n.articleLang }) => {
          const date = publishedDate(published, this.locale);
          // The thumbnail is outside the link (the title names it); its alt is "" unless the source
          // gave one. Beside stories with one, a story without keeps an empty thumbnail.
          return html`<li part="item" class="item">${image && !this.#broken.has(image.src)
            ? html`<img part="image" class="thumb" src=${image.src} alt=${image.alt} lang=${ifDefined(language)} width=${image.width ?? 400} height=${image.height ?? 225} loading="lazy" decoding="async" @error=${this.#handleBroken} />`
            : withImages
              ? html`<span class="thumb"></span>`
              : nothing}<span class="text"><a part="link" href=${url}>${foreignText(title, language, 'title')}</a>${date
            ? html`<time part="date" datetime=${date.datetime}>${date.text}</time>`
            : nothing}</span></li>`;
        })}</ul>`
      : html`<span class="visually-hidden" lang=${ifDefined(lang)}>${loading}</span><div class="list placeholder" aria-hidden="true">${Array(Math.min(validLimit(this.limit), 100)).fill(
            html`<div class="item"><span class="thumb"></span><span class="text"><span class="bar"></span><span class="bar"></span><span class="bar"></span></span></div>`,
          )}</div>`}`;
  }

  /** A thumbnail that fails leaves an empty frame of its size, like the card's broken image. */
  #handleBroken(event: Event): void {
    this.#broken.add((event.target as Element).getAttribute('src')!);
    this.requestUpdate();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'related-stories': RelatedStories;
  }
}
