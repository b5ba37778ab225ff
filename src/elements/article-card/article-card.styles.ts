import { css } from 'lit';

/*
 * Size without layout shift: every line of the card — title (`.title`), summary (`.s`), meta
 * (`.m`), credit (`.c`) — is always in the DOM with a minimum height in `lh`, the line height
 * of its own text style (`--_l` lines, 1 by default), so the placeholder (`.p`) and the ready
 * card are as tall whatever the document holds. Only the summary is clamped to its lines: a
 * longer title, name or credit makes the card taller rather than lose words (WCAG 1.4.10,
 * 1.4.12), and every text breaks inside a word too long for its line (`overflow-wrap:
 * anywhere`, inherited), so a 64-letter name never widens the card. Card and body (`.b`) are
 * flex columns (cheaper to lay out than a grid); the image box comes first by `order`, after
 * the text in reading order.
 * A `--sw-*` without fallback relies on an unset property computing to its initial or
 * inherited value (no padding, transparent, no border, inherited colour).
 */
export const styles = css`
  :host(:not([hidden])) {
    display: block;
    overflow-wrap: anywhere;
    /* --sw-placeholder, as in the other widgets; --sw-placeholder-color was this card's first name.
       Written minified (#0000 is transparent): the minifier leaves a value holding var() as it is. */
    --_p: var(--sw-placeholder, var(--sw-placeholder-color, color-mix(in srgb,currentColor 12%,#0000)));
  }

  /* In error the card has no box: only the site's fallback content shows, where there is one. */
  :host([state=error]) {
    display: contents;
  }

  /* Only a horizontal card asks its width (a size container costs every card a layout pass). */
  :host([layout=horizontal i]) {
    container-type: inline-size;
  }

  .card {
    position: relative;
    display: flex;
    flex-flow: column;
    gap: var(--sw-gap, 0.75em);
    padding: var(--sw-card-padding);
    background: var(--sw-card-background);
    border: var(--sw-card-border);
    border-radius: var(--sw-radius, 0.5em);
  }

  /* Image beside the text once the card is wide enough; stacked in narrow containers. */
  @container (min-width: 32em) {
    :host([layout=horizontal]) .card {
      flex-flow: row;
      align-items: start;
    }

    :host([layout=horizontal]) .media {
      flex: 0 0 var(--sw-media-size, 40%);
    }
  }

  :host([layout=minimal]) :is(.s, .c) {
    display: none;
  }

  /* A document's width and height are its word: 1 × 99 999 would make a box a hundred screens tall. */
  .media {
    order: -1;
    aspect-ratio: var(--sw-image-ratio, var(--_ratio, 16/9));
    max-block-size: 100svh;
    overflow: hidden;
    border-radius: var(--sw-radius, 0.5em);
    background: var(--_p);
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

  .b {
    flex: 1;
    display: flex;
    flex-flow: column;
    gap: calc(var(--sw-gap, 0.75em)/2);
    min-inline-size: 0;
  }

  .b>* {
    margin: 0;
    min-block-size: calc(var(--_l, 1)*1lh);
  }

  .title {
    --_l: var(--sw-title-lines, 3);
    font-size: var(--sw-title-size, 1.25em);
    font-weight: var(--sw-title-weight, 700);
    line-height: var(--sw-title-line-height, 1.25);
  }

  .s {
    --_l: var(--sw-summary-lines, 3);
  }

  /* A clamp may cut a summary, never a title or a name. */
  .s {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--_l, 1);
    overflow: hidden;
  }

  .m,
  .c {
    font-size: 0.875em;
    color: var(--sw-muted);
  }

  .m {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.4em;
  }

  /* Minified by hand, as --_p. */
  .p :is(.title, .s, .m) {
    background: repeating-linear-gradient(var(--_p) 0 .75lh,#0000 0 1lh);
    border-radius: 0.25em;
  }

  .p .m {
    inline-size: 40%;
  }


  /* Stretched link: its ::after covers the whole card, so a click anywhere follows it. */
  .l {
    color: inherit;
    text-decoration: none;
    outline: none;
  }

  .l::after {
    content: '';
    position: absolute;
    inset: 0;
    z-index: 1;
    border-radius: var(--sw-radius, 0.5em);
  }

  .card:hover .l {
    color: var(--sw-accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  .l:focus-visible {
    text-decoration: underline;
  }

  .l:focus-visible::after {
    outline: var(--sw-focus-width, 2px) solid var(--sw-accent, currentColor);
    outline-offset: 2px;
  }

  @media (prefers-reduced-motion: no-preference) {
    .p>* {
      animation: _p 1.5s ease-in-out infinite alternate;
    }

    a {
      transition: color 0.15s;
    }
  }

  @keyframes _p {
    to {
      opacity: 0.55;
    }
  }
`;
