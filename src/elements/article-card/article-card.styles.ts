import { css } from 'lit';

/*
 * Size without layout shift: every line slot of the card (title, summary, meta, credit) is
 * always in the DOM with a minimum height in `lh`, the line height of its own text style, so
 * the placeholder, the error box and the ready card are as tall whatever the document holds.
 * Longer title and summary are clamped to those lines. The slots and the image box are flex
 * items (cheaper to lay out than a grid); the image is placed first by `order`.
 * Fallback-less `var()`s of `--sw-*` rely on an unset property computing to its initial or
 * inherited value (transparent, no border, no padding, inherited colour).
 */
export const styles = css`
  :host {
    display: block;
    --_gap: var(--sw-gap, 0.75em);
    --_radius: var(--sw-radius, 0.5em);
    --_placeholder: var(--sw-placeholder-color, color-mix(in srgb, currentColor 12%, transparent));
  }

  /* Only a horizontal card asks its width (a size container costs every card a layout pass). */
  :host([layout='horizontal' i]) {
    container: article-card / inline-size;
  }

  :host([hidden]) {
    display: none;
  }

  .card {
    position: relative;
    box-sizing: border-box;
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
    padding: var(--sw-card-padding);
    background: var(--sw-card-background);
    border: var(--sw-card-border);
    border-radius: var(--_radius);
  }

  /* Image beside the text once the card is wide enough; stacked in narrow containers. */
  @container article-card (min-width: 32em) {
    :host([layout='horizontal']) .card {
      flex-direction: row;
      align-items: start;
    }

    :host([layout='horizontal']) .media {
      flex: 0 0 var(--sw-media-size, 40%);
    }
  }

  :host([layout='minimal']) :is(.summary, .credit) {
    display: none;
  }

  .media {
    order: -1;
    aspect-ratio: var(--sw-image-ratio, var(--_ratio, 16 / 9));
    overflow: hidden;
    border-radius: var(--_radius);
    background: var(--_placeholder);
  }

  img {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }

  /* A broken image leaves the quiet frame, never the browser's broken-image icon. */
  .broken {
    visibility: hidden;
  }

  .body {
    flex: 1;
    display: flex;
    flex-direction: column;
    gap: calc(var(--_gap) / 2);
    min-inline-size: 0;
  }

  .body > * {
    margin: 0;
  }

  .title {
    font-size: var(--sw-title-size, 1.25em);
    font-weight: var(--sw-title-weight, 700);
    line-height: var(--sw-title-line-height, 1.25);
    min-block-size: calc(var(--sw-title-lines, 3) * 1lh);
    -webkit-line-clamp: var(--sw-title-lines, 3);
  }

  .summary {
    min-block-size: calc(var(--sw-summary-lines, 3) * 1lh);
    -webkit-line-clamp: var(--sw-summary-lines, 3);
  }

  .title,
  .summary {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    overflow: hidden;
    overflow-wrap: anywhere;
  }

  .meta,
  .credit {
    font-size: 0.875em;
    color: var(--sw-muted);
    min-block-size: 1lh;
  }

  .meta {
    display: flex;
    flex-wrap: wrap;
    column-gap: 0.4em;
  }

  .credit {
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }

  .placeholder :is(.title, .summary, .meta) {
    background: repeating-linear-gradient(var(--_placeholder) 0 0.75lh, transparent 0 1lh);
    border-radius: 0.25em;
  }

  .placeholder .meta {
    inline-size: 40%;
  }

  .failed .media {
    background: none;
  }

  /* The fallback covers the card's content box. */
  slot {
    display: block;
    position: absolute;
    inset: var(--sw-card-padding, 0);
  }

  /* Stretched link: its ::after covers the whole card, so a click anywhere follows it. */
  .link {
    color: inherit;
    text-decoration: none;
  }

  .link::after {
    content: '';
    position: absolute;
    inset: 0;
    z-index: 1;
    border-radius: var(--_radius);
  }

  .card:hover .link,
  .author-link {
    color: var(--sw-accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  .link:focus-visible {
    outline: none;
    text-decoration: underline;
  }

  /* The author link sits above the card's overlay, so it stays its own target. */
  .author-link {
    position: relative;
    z-index: 2;
    border-radius: 0.125em;
  }

  .link:focus-visible::after,
  .author-link:focus-visible {
    outline: var(--sw-focus-width, 2px) solid var(--sw-accent, currentColor);
    outline-offset: 2px;
  }

  @media (prefers-reduced-motion: no-preference) {
    .placeholder > * {
      animation: sw-pulse 1.5s ease-in-out infinite alternate;
    }

    a {
      transition: color 0.15s;
    }
  }

  @keyframes sw-pulse {
    to {
      opacity: 0.55;
    }
  }
`;
