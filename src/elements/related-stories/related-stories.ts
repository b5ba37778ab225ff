import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { Article, Parsed, RelatedStory } from '../../core/article.js';
import { parseArticleOrFeed } from '../../core/parse-feed.js';
import { publishedDate } from '../../core/published-date.js';
import { StoryWidget } from '../../core/story-widget.js';
import { type HeadingLevel, DEFAULT_LIMIT, pickStories, validHeadingLevel, validLimit } from './related-items.js';
import { visuallyHidden } from '../../core/shared-styles.js';
import { styles } from './related-stories.styles.js';

/**
 * @summary A heading ("Related Stories") and a list of linked stories, from the `related`
 * list of an article document or the `items` of a JSON Feed 1.1.
 *
 * Each item is one link — its title — whose box covers the whole item, with a thumbnail
 * and a date where the source gives them. Items without a safe URL or a title, and the
 * item for the current page (ignoring `#hash` and a trailing slash), are left out before
 * `limit` is applied.
 *
 * Lazy by default: with `src`, nothing is fetched until the element comes within one
 * viewport of the screen. Until the list is ready the element shows the heading and
 * `limit` placeholder rows of the final height, so nothing moves when it arrives.
 * When nothing is left to show the element renders nothing and takes no space (`empty`
 * attribute, `state="ready"`). On error it is hidden too (`display: none` on
 * `[state=error]`): a related list is not worth an error message in the middle of an
 * article, and the `error` event and a console warning still report it.
 *
 * @fires load - When the list is ready (does not bubble).
 * @fires error - When the document cannot be used; `detail` is `{ reason, url?, message }`.
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
 * @cssprop --sw-accent - Colour of the titles and the focus ring (default: inherited).
 * @cssprop --sw-muted - Colour of the dates (default: inherited).
 * @cssprop --sw-gap - Space between items, and between thumbnail and text (default 1em).
 * @cssprop --sw-radius - Corners of thumbnails, placeholders and the focus ring (default 0.25em).
 * @cssprop --sw-thumbnail-size - Width of a thumbnail in the list layout; 16:9 (default 8em).
 * @cssprop --sw-placeholder - Fill of placeholders and missing thumbnails (default: 10% of the text colour).
 */
export class RelatedStories extends StoryWidget {
  static override styles = [visuallyHidden, styles];

  static override properties: PropertyDeclarations = {
    limit: { type: Number, converter: (value) => validLimit(value) },
    layout: { reflect: true },
    heading: {},
    headingLevel: { attribute: 'heading-level', type: Number, converter: (value) => validHeadingLevel(value) },
  };

  /** How many stories to show at most: a whole number ≥ 1 (default 4; anything else counts as 4). */
  limit = DEFAULT_LIMIT;

  /** `list` (default): rows with a small thumbnail; `grid`: cards in 1–4 columns by the element's width. */
  layout: 'list' | 'grid' = 'list';

  /** Replaces the default heading text ("Related Stories", localised). */
  declare heading?: string;

  /** The heading's level, 1–6 (default 2): `<h2>`. Out of range is clamped; not a number gives 2. */
  headingLevel: HeadingLevel = 2;

  private stories: RelatedStory[] = [];

  constructor() {
    super();
    // Related stories sit below the article: fetch them only when the reader gets near.
    this.loading = 'lazy';
  }

  /** Reads a JSON Feed (detected by its `version`) as well as an article document. */
  override parseDocument(json: unknown, base: string): Parsed<Article> {
    return parseArticleOrFeed(json, base);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('article') || changed.has('limit')) {
      this.stories = this.article ? pickStories(this.article.related, validLimit(this.limit), location.href) : [];
    }
    this.toggleAttribute('empty', this.state === 'ready' && this.stories.length === 0);
  }

  override render() {
    if (this.state === 'error') return nothing;
    if (this.state !== 'ready') return html`${this.renderHeading()}${this.renderPlaceholder()}`;
    if (this.stories.length === 0) return nothing;
    const withImages = this.stories.some((story) => story.image);
    return html`${this.renderHeading()}
      <ul part="list" class="list ${withImages ? '' : 'no-images'}">
        ${this.stories.map((story) => this.renderStory(story, withImages))}
      </ul>`;
  }

  /** A real `<hN>`: one template per level, since a tag name cannot be a binding. */
  private renderHeading(): TemplateResult {
    const text = html`<slot name="heading">${this.heading ?? this.i18n.messages.relatedHeading}</slot>`;
    switch (validHeadingLevel(this.headingLevel)) {
      case 1:
        return html`<h1 part="heading" class="heading">${text}</h1>`;
      case 3:
        return html`<h3 part="heading" class="heading">${text}</h3>`;
      case 4:
        return html`<h4 part="heading" class="heading">${text}</h4>`;
      case 5:
        return html`<h5 part="heading" class="heading">${text}</h5>`;
      case 6:
        return html`<h6 part="heading" class="heading">${text}</h6>`;
      default:
        return html`<h2 part="heading" class="heading">${text}</h2>`;
    }
  }

  /** `limit` rows of the final height; hidden from assistive technology, which hears "Loading…". */
  private renderPlaceholder(): TemplateResult {
    const rows = Array.from({ length: Math.min(validLimit(this.limit), 100) }, () => 0);
    return html`<span class="visually-hidden">${this.i18n.messages.loading}</span>
      <div class="list placeholder" aria-hidden="true">
        ${rows.map(
          () => html`<div class="item">
            <span class="thumb"></span>
            <span class="text">
              <span class="title-bars"><span class="bar"></span><span class="bar short"></span></span>
              <span class="date"><span class="bar short"></span></span>
            </span>
          </div>`,
        )}
      </div>`;
  }

  private renderStory(story: RelatedStory, withImages: boolean): TemplateResult {
    const { image } = story;
    const date = publishedDate(story.published, this.locale);
    // The thumbnail is outside the link (the title names it); its alt is "" unless the source gave one.
    const thumbnail = image
      ? html`<img
          part="image"
          class="thumb"
          src=${image.src}
          alt=${image.alt}
          width=${image.width ?? 400}
          height=${image.height ?? 225}
          loading="lazy"
          decoding="async"
        />`
      : withImages
        ? html`<span class="thumb"></span>`
        : nothing;
    return html`<li part="item" class="item">
      ${thumbnail}
      <span class="text">
        <a part="link" class="link" href=${story.url}><span part="title">${story.title}</span></a>
        ${date ? html`<time part="date" class="date" datetime=${date.datetime}>${date.text}</time>` : nothing}
      </span>
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'related-stories': RelatedStories;
  }
}
