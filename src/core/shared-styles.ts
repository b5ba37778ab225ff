import { css } from 'lit';

/**
 * Text for screen readers only (e.g. "Loading…" beside a placeholder); shared by every widget.
 * For a `<span>`, which has no padding or border of its own to remove.
 */
export const visuallyHidden = css`
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
