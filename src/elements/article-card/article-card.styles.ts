import { css } from 'lit';

/*
 * Size without layout shift: the body is one grid cell holding two layers, an invisible
 * "reserve" of the final number of lines (title, summary, meta, credit) and the content,
 * clamped to those lines. The placeholder and the error box draw the same reserve, so the
 * card is as tall before, during and after loading. Heights use `lh`, the line height of
 * each text style, so they follow the page's font.
 */
export const styles = css`
  :host {
    display: block;
    font: inherit;
    color: inherit;
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
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    grid-template-areas: 'media' 'body';
    gap: var(--_gap);
    align-items: start;
    padding: var(--sw-card-padding, 0);
    background: var(--sw-card-background, transparent);
    border: var(--sw-card-border, none);
    border-radius: var(--_radius);
  }

  /* Image beside the text once the card is wide enough; stacked in narrow containers. */
  @container article-card (min-width: 32em) {
    .card.horizontal {
      grid-template-columns: var(--sw-media-size, 40%) minmax(0, 1fr);
      grid-template-areas: 'media body';
    }
  }

  /* After the container query: a card without an image box is text only in every layout. */
  .card.minimal,
  .card.no-media {
    grid-template-columns: minmax(0, 1fr);
    grid-template-areas: 'body';
  }

  .media {
    grid-area: media;
    aspect-ratio: var(--sw-image-ratio, var(--_ratio, 16 / 9));
    overflow: hidden;
    border-radius: var(--_radius);
    background: var(--_placeholder);
  }

  .failed .media {
    background: none;
  }

  img {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }

  /* A broken image leaves the quiet frame, never the browser's broken-image icon. */
  img.broken {
    visibility: hidden;
  }

  .body {
    grid-area: body;
    display: grid;
    min-inline-size: 0;
  }

  .reserve,
  .content {
    grid-area: 1 / 1;
    display: flex;
    flex-direction: column;
    gap: calc(var(--_gap) / 2);
    min-inline-size: 0;
  }

  .reserve {
    visibility: hidden;
  }

  .placeholder .reserve {
    visibility: visible;
  }

  .title-text {
    margin: 0;
    font-size: var(--sw-title-size, 1.25em);
    font-weight: var(--sw-title-weight, 700);
    line-height: var(--sw-title-line-height, 1.25);
  }

  .summary-text {
    margin: 0;
  }

  .meta-text {
    margin: 0;
    font-size: 0.875em;
    color: var(--sw-muted, inherit);
  }

  .r-title {
    block-size: calc(var(--sw-title-lines, 3) * 1lh);
  }

  .r-summary {
    block-size: calc(var(--sw-summary-lines, 3) * 1lh);
  }

  .r-meta,
  .r-credit {
    block-size: 1lh;
  }

  .placeholder .r-title,
  .placeholder .r-summary,
  .placeholder .r-meta {
    background: repeating-linear-gradient(to bottom, var(--_placeholder) 0 0.75lh, transparent 0.75lh 1lh);
    border-radius: 0.25em;
  }

  .placeholder .r-meta {
    inline-size: 40%;
  }

  .title,
  .summary {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    overflow: hidden;
    overflow-wrap: anywhere;
  }

  .title {
    -webkit-line-clamp: var(--sw-title-lines, 3);
  }

  .summary {
    -webkit-line-clamp: var(--sw-summary-lines, 3);
  }

  .meta {
    display: flex;
    flex-wrap: wrap;
    column-gap: 0.4em;
    margin-block-start: auto;
  }

  .credit {
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
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

  .card:hover .link {
    color: var(--sw-accent, inherit);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  .link:focus-visible {
    outline: none;
    text-decoration: underline;
  }

  .link:focus-visible::after {
    outline: var(--sw-focus-width, 2px) solid var(--sw-accent, currentColor);
    outline-offset: 2px;
  }

  /* The author link sits above the card's overlay, so it stays its own target. */
  .author-link {
    position: relative;
    z-index: 2;
    color: var(--sw-accent, inherit);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    border-radius: 0.125em;
  }

  .author-link:focus-visible {
    outline: var(--sw-focus-width, 2px) solid var(--sw-accent, currentColor);
    outline-offset: 2px;
  }

  .fallback {
    grid-area: 1 / 1 / -1 / -1;
    align-self: stretch;
    min-inline-size: 0;
  }


  @media (prefers-reduced-motion: no-preference) {
    .placeholder .reserve,
    .placeholder .media {
      animation: sw-pulse 1.5s ease-in-out infinite alternate;
    }

    .link,
    .author-link {
      transition: color 0.15s;
    }
  }

  @keyframes sw-pulse {
    to {
      opacity: 0.55;
    }
  }
`;
