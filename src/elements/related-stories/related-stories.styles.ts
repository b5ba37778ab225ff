import { css } from 'lit';

// Row sizes are set by the type, not by the content, so the placeholder rows shown while
// loading take the room of the real ones: a list row is at least as tall as a thumbnail
// (16:9 of --sw-thumbnail-size), where two title lines and a date fit. Titles are never
// clamped: a longer one (a narrow column, large zoom, wider text spacing) makes its row taller
// rather than lose words, and a word too long for the line breaks (`overflow-wrap: anywhere`).
// Grid and flex items are blocks already; a `<ul>` of grid items shows no markers.
export const styles = css`
  :host {
    display: block;
    line-height: 1.35;
    overflow-wrap: anywhere;
  }

  /* Grid columns follow the element's own width, not the viewport's. A size container is a
     layout pass of its own, so only the grid is one. */
  :host([layout=grid]) {
    container-type: inline-size;
  }

  /* Nothing to show (empty list, or a document that failed): no box at all. */
  :host([hidden]),
  :host([empty]),
  :host([state=error]) {
    display: none;
  }

  /* Bold by the browser already. */
  [part=heading] {
    font-size: 1.25em;
    line-height: 1.25;
    margin-block: 0 .75em;
  }

  /* One column as wide as the element, never as wide as its longest title. */
  .list {
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--sw-gap, 1em);
  }

  /* List: thumbnail, then text; a row gap only in the grid's cards. In a narrow column the
     thumbnail shrinks to 30 % of the row, so the title keeps most of the width. */
  .item {
    position: relative;
    display: grid;
    grid-template-columns: min(var(--sw-thumbnail-size, 8em), 30%) minmax(0, 1fr);
    gap: .5em var(--sw-gap, 1em);
    min-block-size: calc(var(--sw-thumbnail-size, 8em) * .5625); /* 9/16 */
  }

  /* No story has a thumbnail: the text takes the whole row. */
  .text:only-child {
    grid-column: 1/-1;
  }

  .thumb {
    inline-size: 100%;
    block-size: auto;
    aspect-ratio: 16/9;
    object-fit: cover;
  }

  .thumb,
  .bar {
    background: var(--sw-placeholder, color-mix(in srgb, currentColor 10%, transparent));
  }

  .thumb,
  .bar,
  a::after {
    border-radius: var(--sw-radius, .25em);
  }

  .text {
    display: flex;
    flex-direction: column;
    gap: .25em;
  }

  /* The title is the one link; its box covers the whole item, thumbnail included. */
  a {
    color: var(--sw-accent, inherit);
    font-weight: 600;
    text-decoration: none;
    outline: none;
  }

  a::after {
    content: '';
    position: absolute;
    inset: 0;
  }

  /* A block of its own, so the lines of an Arabic title in an English list (or the reverse)
     are aligned by its own direction (dir="auto"), not by the list's; as wide as its text, so a
     title of one line stays beside the thumbnail, where the list's titles start. */
  [part=title] {
    display: block;
    inline-size: fit-content;
  }

  .item:hover a {
    text-decoration: underline;
    text-underline-offset: .15em;
  }

  a:focus-visible::after {
    outline: 2px solid var(--sw-accent, currentColor);
    outline-offset: 2px;
  }

  time {
    color: var(--sw-muted, inherit);
    font-size: .875em;
  }

  /* Placeholder bars: two title lines and a date. */
  .bar {
    block-size: 1em;
    margin-block: .15em;
  }

  .bar+.bar {
    inline-size: 40%;
  }

  /* Grid: cards, thumbnail on top; 1 to 4 columns by the element's width. */
  :host([layout=grid]) .list {
    grid-template-columns: repeat(var(--_n, 1), minmax(0, 1fr));
  }

  /* A card stretched to its row's tallest keeps the extra room below its text: titles side by
     side start at one height, just under their thumbnails. */
  :host([layout=grid]) .item {
    grid-template-columns: minmax(0, 1fr);
    min-block-size: 0;
    align-content: start;
  }

  :host([layout=grid]) .text {
    min-block-size: 5.5em;
  }

  @container (width >= 28em) {
    .list {
      --_n: 2;
    }
  }

  @container (width >= 44em) {
    .list {
      --_n: 3;
    }
  }

  @container (width >= 60em) {
    .list {
      --_n: 4;
    }
  }

  @media (prefers-reduced-motion: no-preference) {
    .placeholder {
      animation: p 1.5s ease-in-out infinite;
    }
  }

  @keyframes p {
    50% {
      opacity: .5;
    }
  }
`;
