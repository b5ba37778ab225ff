import { css } from 'lit';

// Row sizes are fixed by the type, not by the content, so the placeholder rows shown while
// loading take exactly the room of the real ones: a list row is as tall as its thumbnail
// (16:9 of --sw-thumbnail-size) and its text — two title lines and a date — fits inside.
export const styles = css`
  :host {
    display: block;
    font: inherit;
    color: inherit;
    line-height: 1.35;
    /* Grid columns follow the element's own width, not the viewport's. */
    container-type: inline-size;
    --_thumb: var(--sw-thumbnail-size, 8em);
    --_gap: var(--sw-gap, 1em);
    --_fill: var(--sw-placeholder, color-mix(in srgb, currentColor 10%, transparent));
  }

  /* Nothing to show (empty list, or a document that failed): no box at all. */
  :host([hidden]),
  :host([empty]),
  :host([state='error']) {
    display: none;
  }

  .heading {
    font: inherit;
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.25;
    margin-block: 0 0.75em;
    margin-inline: 0;
  }

  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_gap);
  }

  .item {
    position: relative;
    display: grid;
    grid-template-columns: var(--_thumb) minmax(0, 1fr);
    column-gap: var(--_gap);
    align-items: start;
    min-block-size: calc(var(--_thumb) * 9 / 16);
  }

  .no-images .item {
    grid-template-columns: minmax(0, 1fr);
  }

  .thumb {
    display: block;
    inline-size: 100%;
    block-size: auto;
    aspect-ratio: 16 / 9;
    object-fit: cover;
    border-radius: var(--sw-radius, 0.25em);
    background: var(--_fill);
  }

  .text {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    min-inline-size: 0;
  }

  .link {
    color: var(--sw-accent, inherit);
    font-weight: 600;
    text-decoration: none;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    line-clamp: 2;
    overflow: hidden;
    overflow-wrap: anywhere;
  }

  /* The title is the one link; its box covers the whole item, thumbnail included. */
  .link::after {
    content: '';
    position: absolute;
    inset: 0;
    border-radius: var(--sw-radius, 0.25em);
  }

  .item:hover .link {
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  .link:focus-visible {
    outline: none;
  }

  .link:focus-visible::after {
    outline: 2px solid var(--sw-accent, currentColor);
    outline-offset: 2px;
  }

  .date {
    color: var(--sw-muted, inherit);
    font-size: 0.875em;
  }

  /* Placeholder bars: the height of one line of their text. */
  .bar {
    display: block;
    block-size: 1em;
    margin-block: 0.175em;
    border-radius: var(--sw-radius, 0.25em);
    background: var(--_fill);
  }

  .bar.short {
    inline-size: 40%;
  }

  .placeholder .title-bars {
    display: flex;
    flex-direction: column;
    gap: 0.35em;
  }

  .placeholder .date {
    block-size: 1.35em;
  }

  /* Grid: cards, thumbnail on top; 1 to 4 columns by the element's width. */
  :host([layout='grid']) .list {
    grid-template-columns: minmax(0, 1fr);
  }

  :host([layout='grid']) .item {
    grid-template-columns: minmax(0, 1fr);
    row-gap: 0.5em;
    min-block-size: 0;
  }

  :host([layout='grid']) .link {
    -webkit-line-clamp: 3;
    line-clamp: 3;
  }

  :host([layout='grid']) .text {
    min-block-size: 5.5em;
  }

  @container (min-width: 28em) {
    :host([layout='grid']) .list {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }

  @container (min-width: 44em) {
    :host([layout='grid']) .list {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
  }

  @container (min-width: 60em) {
    :host([layout='grid']) .list {
      grid-template-columns: repeat(4, minmax(0, 1fr));
    }
  }


  @media (prefers-reduced-motion: no-preference) {
    .placeholder .thumb,
    .placeholder .bar {
      animation: pulse 1.5s ease-in-out infinite;
    }
  }

  @keyframes pulse {
    50% {
      opacity: 0.5;
    }
  }
`;
