import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Article } from '../../core/article.js';
import { StoryWidget } from '../../core/story-widget.js';
import { unseenText } from '../../core/shared-styles.js';
import { styles } from './article-card.styles.js';
import { publishedDate } from '../../core/published-date.js';
import { heading } from '../../core/heading.js';
import { foreignText, sentenceWith } from '../../core/foreign-text.js';

/** How the card arranges its parts. */
export type ArticleCardLayout = 'vertical' | 'horizontal' | 'minimal';


/**
 * The headline card of an article: image with its credit line, the title linked to
 * the article, a summary clamped to a few lines, the author and the date.
 *
 * The title is the card's one link, and the whole card is clickable through it (a
 * "stretched link": the link's `::after` covers the card), so there is a single tab stop
 * and screen readers announce the link by the title alone — no nested interactive elements.
 * The author's name is text, even when the document gives an `author.url` (contract §7: the
 * title is the one link). Without a safe `url` the title is plain text and the card is not
 * clickable.
 *
 * The title comes first in the reading order (heading navigation lands on it); the image is
 * placed before it visually. Title, summary and image (its alt text) carry the article's
 * `language` as `lang`, title and summary `dir="auto"`, so an article in another language than
 * the page is read and laid out in its own. The card's own texts ("By", the date, the credit
 * line) carry `lang="en"` where they are English on a page in a language without texts; the
 * article's text then carries its language, or the page's.
 *
 * Nothing moves when the document arrives: while `idle` or `loading` the card draws a
 * placeholder of its final size (an image box of the ratio `--sw-image-ratio`, 16:9 by
 * default, and bars for `--sw-title-lines` title lines, `--sw-summary-lines` summary lines and
 * the meta line) with `aria-busy="true"` and a visually hidden "Loading…". The ready card
 * reserves the same lines; only the summary is clamped to them (a title, name or credit that
 * needs more lines gets them: no text is lost at narrow widths, large zoom or increased text
 * spacing), and a word too long for its line breaks instead of widening the card. Set
 * `--sw-image-ratio` to your images' ratio (e.g. `1200 / 630`) when it is not 16:9, or the
 * image box will change height on arrival. A document without an image gives a card without
 * an image box; an image that fails to load leaves its frame empty.
 *
 * On `error` the card shows readers nothing and takes no space (`display: contents`, no box
 * of its own), or only the content of the `fallback` slot where the page gives one; the reason
 * goes to the `error` event and the console.
 *
 * A horizontal card is a size container (`container-type: inline-size`): it puts the image
 * beside the text when the card is at least 32em wide, and stacks them otherwise. Like any
 * size container it takes no width from its content, so in a flex row give it one. Vertical
 * and minimal cards are not containers (a container costs each card its own layout pass).
 * It inherits the page's font and colour; every other colour is a custom property.
 *
 * @summary The headline card of an article: image, linked title, summary, author and date.
 *
 * @fires load - When the document is ready (does not bubble).
 * @fires error - When the document cannot be used (no `title` gives reason `invalid`); `detail` is `{ reason, url? }` (`url` when there is one).
 *
 * @slot fallback - Shown instead of the card when the document cannot be used (state `error`), e.g. a plain link to the article.
 *
 * @csspart card - The card's box (the `<article>` when ready; the placeholder while loading).
 * @csspart media - The box that holds the image and keeps its aspect ratio.
 * @csspart image - The `<img>`.
 * @csspart title - The heading that holds the title.
 * @csspart link - The title's link (absent when the document has no safe `url`).
 * @csspart summary - The summary paragraph.
 * @csspart meta - The line with the author and the date.
 * @csspart author - "By {name}".
 * @csspart date - The `<time>` element.
 * @csspart credit - The image credit line, "Featured image by {credit}".
 *
 * @cssprop {<color>} --sw-accent - Colour of the title link on hover and of the focus ring (default: inherited text colour).
 * @cssprop {<color>} --sw-muted - Colour of the meta and credit lines (default: inherited text colour).
 * @cssprop {<length>} [--sw-radius=0.5em] - Corners of the card, the image and the focus ring (default 0.5em).
 * @cssprop {<length>} [--sw-gap=0.75em] - Space between the image and the text; half of it between text lines (default 0.75em).
 * @cssprop {<color>} --sw-card-background - Background of the card (default transparent).
 * @cssprop --sw-card-border - Border of the card, a `border` shorthand (default none).
 * @cssprop {<length>} [--sw-card-padding=0] - Padding inside the card (default 0).
 * @cssprop {<integer>} [--sw-summary-lines=3] - Lines of summary shown, and reserved while loading (default 3).
 * @cssprop {<integer>} [--sw-title-lines=3] - Lines of title reserved while loading, and at least taken when ready; a longer title takes more (default 3).
 * @cssprop {<length>} [--sw-title-size=1.25em] - Font size of the title (default 1.25em).
 * @cssprop {<number>} [--sw-title-weight=700] - Font weight of the title (default 700).
 * @cssprop {<number>} [--sw-title-line-height=1.25] - Line height of the title (default 1.25).
 * @cssprop --sw-image-ratio - Aspect ratio of the image box, e.g. `1200 / 630`; overrides the image's own `width`/`height` (default: those, else 16 / 9).
 * @cssprop {<length>} [--sw-media-size=40%] - Width of the image column in the horizontal layout (default 40%).
 * @cssprop {<color>} --sw-placeholder - Colour of the placeholder bars and image box (default: 12% of the text colour).
 * @cssprop {<color>} --sw-placeholder-color - Older name of `--sw-placeholder`, still read when that is not set.
 * @cssprop {<length>} [--sw-focus-width=2px] - Width of the focus ring (default 2px).
 */
export class ArticleCard extends StoryWidget {
  static override styles = [unseenText, styles];

  static override properties: PropertyDeclarations = {
    layout: { reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** `vertical` (default): image above the text; `horizontal`: image beside the text, stacked when narrow; `minimal`: title and meta only. */
  layout: 'vertical' | 'horizontal' | 'minimal' = 'vertical';

  /**
   * Level of the title's heading, 1–6 (default 3: a card usually sits under a section's `<h2>`).
   * @type {1 | 2 | 3 | 4 | 5 | 6}
   */
  headingLevel = 3;

  protected override checkDocument(article: Article): string | undefined {
    return article.list ? 'a feed or collection is a list, not one article' : article.title ? undefined : `the document has no "${article.titleField ?? 'title'}"`;
  }

  // The image's ratio goes through CSSOM, not a `style` attribute (styleMap writes one on first
  // render): a page with a strict CSP (`style-src 'self'`) blocks inline style attributes. Set
  // after each render, before paint and before `super.updated()` fires `load` (no `ref`
  // directive: it brings Lit's AsyncDirective, 0.5 KB gzip). A null value removes it.
  // Only a card showing an image has a frame to size: a placeholder's keeps the default ratio,
  // so its updates skip the lookup.
  protected override updated(): void {
    const image = this.article?.image;
    if (image) this.renderRoot.querySelector<HTMLElement>('.media')?.style.setProperty('--_ratio', image.width && image.height ? `${image.width}/${image.height}` : null);
    super.updated();
  }

  // Every line of the card (title, summary `.s`, meta `.m`, credit `.c`, in the body `.b`) is
  // always there, empty and without its part when the document lacks it, so the placeholder
  // (`.p`) and the ready card are equally tall; a minimal card hides summary and credit by CSS.
  // In error only the fallback slot is left (the host is `display: contents`). Line breaks
  // only inside `${}`: white space between tags would be one more text node per card.
  override render() {
    const full = this.layout !== 'minimal';
    // `article` is set exactly when the state is `ready`.
    if (this.article) return this.#renderCard(this.article, full);
    if (this.state === 'error') return html`<slot name="fallback"></slot>`;
    return html`<div part="card" class="card p" lang=${ifDefined(this.i18n.textLang)} aria-busy="true"><div class="b"><div class="title"></div><div class="s"></div><div class="m"></div><div class="c"></div></div>${
      full ? html`<div part="media" class="media"></div>` : nothing
    }<span class="visually-hidden">${this.i18n.messages.loading}</span></div>`;
  }

  // The card is marked where its texts are English on a page without texts (textLang); the
  // article's text inside then needs its own language, or the page's (articleLang).
  #renderCard({ title, url, summary, author, published, image }: Article, full: boolean): TemplateResult {
    const language = this.i18n.articleLang;
    const date = publishedDate(published, this.locale);
    const { byAuthor, imageCredit } = this.i18n.messages;
    if (!full) image = undefined;
    const credit = image?.credit;
    return html`<article part="card" class="card" lang=${ifDefined(this.i18n.textLang)}><div class="b">${heading(
      this.headingLevel,
      'title',
      url ? html`<a part="link" class="l" href=${url}>${title}</a>` : title,
      language,
      'auto',
    )}<p part=${ifDefined(full && summary ? 'summary' : undefined)} class="s" lang=${ifDefined(language)} dir="auto">${full ? summary : ''}</p><p part=${ifDefined(
      author || date ? 'meta' : undefined,
    )} class="m">${
      author
        ? // "By {name}" in the locale, the name in the document's language.
          html`<span part="author">${sentenceWith(byAuthor, 'name', foreignText(author.name, language))}</span>`
        : nothing
    } ${author && date ? html`<span aria-hidden="true">·</span>` : nothing} ${
      date ? html`<time part="date" datetime=${date.datetime}>${date.text}</time>` : nothing
    }</p><p part=${ifDefined(credit ? 'credit' : undefined)} class="c">${
      credit ? sentenceWith(imageCredit, 'credit', foreignText(credit, language)) : ''
    }</p></div>${
      image
        ? html`<div part="media" class="media"><img part="image" src=${image.src} alt=${image.alt} lang=${ifDefined(language)} width=${ifDefined(
            image.width,
          )} height=${ifDefined(image.height)} loading="lazy" decoding="async" @error=${this.#handleImage} @load=${this.#handleImage}></div>`
        : nothing
    }</article>`;
  }

  /** A broken image leaves its frame, empty (no broken-image icon); a later good one shows again. */
  #handleImage(event: Event): void {
    (event.target as Element).classList.toggle('broken', event.type == 'error');
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'article-card': ArticleCard;
  }
}
