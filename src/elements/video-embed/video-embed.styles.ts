import { css } from 'lit';

/*
 * The frame keeps the video's aspect ratio in every state (placeholder, poster, player), and
 * the title and notice lines below it reserve their room in every state, so nothing moves when
 * the document arrives or the reader clicks. The title's by the width (the placeholder cannot
 * know the text): one line, two narrower than 40em, three narrower than 20em, and at least the
 * lines of a 49-character sample title laid out unseen in the title's first span (data-room,
 * core/shared-styles.ts), which wraps sooner with the reader's text spacing (WCAG 1.4.12) as
 * the title does; a title longer than that still moves what is below. The notice's by its text, known before the document
 * but for the provider's name. A `--sw-*` without fallback relies on an unset property
 * computing to its inherited value.
 *
 * The play button's focus ring lies over the poster (the frame clips what is outside it), so a
 * white and a black band inside it: one of the two stands out from any picture (4.6:1 at least),
 * whatever the ring's colour. Forced colours take the bands away and leave the poster's colours
 * as they are: there a veil, forced to Canvas with its alpha kept, sets the ring apart.
 */
export const styles = css`
  :host(:not([hidden])) {
    display: block;
  }

  :host([state=error]) {
    display: none;
  }

  .frame {
    position: relative;
    aspect-ratio: var(--sw-video-ratio, 16/9);
    overflow: hidden;
    border-radius: var(--sw-radius, 0.5em);
    background: var(--sw-video-background, #1f1f1f);
    color: #fff;
  }

  [aria-busy] {
    background: var(--sw-placeholder, rgb(127 127 127/0.2));
  }

  img,
  iframe,
  video,
  .play {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    border: 0;
  }

  img {
    object-fit: cover;
  }

  /* The whole box is the button; the icon sits in its middle. */
  .play {
    display: grid;
    place-items: center;
    padding: 0;
    font: inherit;
    color: inherit;
    background: none;
    cursor: pointer;
  }

  .play:focus-visible {
    outline: 3px solid var(--sw-accent, #c00);
    outline-offset: -3px;
    box-shadow: inset 0 0 0 6px #fff, inset 0 0 0 9px #000;
    border-radius: inherit;
  }

  svg {
    inline-size: 4.25em;
    max-inline-size: 30%;
    fill: #fff;
  }

  rect {
    fill: var(--sw-accent, #c00);
    fill-opacity: 0.9;
  }

  .play:is(:hover, :focus-visible) rect {
    fill-opacity: 1;
  }

  /* The accent is a text colour, light on a dark page, where it swallowed the white triangle
     (1.8:1): a dark edge runs round it, under its fill, at 3:1 or more on any accent on which
     white is not. */
  path {
    stroke: rgb(0 0 0/0.75);
    stroke-width: 3;
    stroke-linejoin: round;
    paint-order: stroke;
  }

  .duration {
    position: absolute;
    inset-block-end: 0.5em;
    inset-inline-end: 0.5em;
    padding: 0.1em 0.4em;
    font-size: 0.875em;
    font-variant-numeric: tabular-nums;
    border-radius: 0.25em;
    background: rgb(0 0 0/0.8);
    pointer-events: none;
  }

  p {
    margin: 0;
    overflow-wrap: anywhere;
  }

  /* The title's room: a zero-wide float whose padding (a percentage of the width) is a line, and
     a line more under each width a step clamp() makes (under 10em: a phone with the reader's
     text at 200 %, where a 43-character title takes four lines). */
  .title {
    display: flow-root;
    margin-block-start: var(--sw-gap, 0.5em);
    font-weight: 700;
  }

  .title::before {
    content: '';
    float: left;
    padding-block-start: calc(1lh + clamp(0px, (40em - 100%) * 999, 1lh) + clamp(0px, (20em - 100%) * 999, 1lh) + clamp(0px, (10em - 100%) * 999, 1lh));
  }

  /* The notice's room: the longer provider's notice in the element's language, laid out unseen
     in the same cell as the one shown, so it takes the lines the notice will take. */
  .notice {
    display: grid;
    font-size: 0.875em;
    color: var(--sw-muted);
  }

  .notice::before,
  .notice > span {
    grid-area: 1/1;
  }

  .notice::before {
    content: attr(data-room);
    visibility: hidden;
  }

  @media (forced-colors: active) {
    rect {
      fill: ButtonText;
    }

    svg {
      fill: ButtonFace;
    }

    path {
      stroke: none;
    }

    .play:focus-visible {
      background: #0009;
    }

    /* The box's colour is forced to the page's: its edge shows where the video is. */
    .frame {
      outline: 1px solid CanvasText;
      outline-offset: -1px;
    }
  }

  /* On paper the poster and the title stay; a play button and a cookie notice mean nothing
     there, and the duration keeps its dark badge (browsers print no backgrounds by default). */
  @media print {
    svg,
    .notice {
      display: none;
    }

    .duration {
      print-color-adjust: exact;
    }
  }
`;
