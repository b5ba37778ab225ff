import { css } from 'lit';

/**
 * Text nobody sees, shared by every widget. `.visually-hidden`: for screen readers only (e.g.
 * "Loading…" beside a placeholder); for a `<span>`, which has no padding or border of its own
 * to remove. `data-room` on a span: our own text (never a document's), laid out unseen for its
 * room and read by nobody: a float as wide as the line whose margin takes that width back, so
 * the text shown runs over it, and the block around it (which contains floats) is at least as
 * tall as its lines. It wraps as text does, in the reader's font, size and text spacing (WCAG
 * 1.4.12), which a room chosen by the width cannot see. Its width is contained: on one line it
 * would widen a shrink-to-fit host.
 */
export const unseenText = css`
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  span[data-room]::before {
    content: attr(data-room);
    float: left;
    width: 100%;
    margin-right: -100%;
    visibility: hidden;
    contain: inline-size;
  }
`;
