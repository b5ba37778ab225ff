import { css } from 'lit';

// The heart takes its colour from `color` (fill and stroke are currentColor), so the liked
// and forced-colors states set one property. Padding and sizes are symmetric: physical
// shorthands equal their logical forms here.
export const styles = css`
  :host {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--sw-gap, 0.5em);
    vertical-align: middle;
  }

  :host([hidden]) {
    display: none;
  }

  button {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-block-size: 2.5em;
    padding: 0.3em 0.8em;
    font: inherit;
    line-height: 1.2;
    color: inherit;
    background: var(--sw-button-background, transparent);
    border: 1px solid var(--sw-button-border, currentColor);
    border-radius: var(--sw-radius, 999px);
    cursor: pointer;
    transition: background-color 0.15s, border-color 0.15s;
  }

  button:hover:not(:disabled) {
    background: var(--sw-button-hover, rgb(127 127 127/0.12));
  }

  button:focus-visible {
    outline: 2px solid var(--sw-focus-ring, var(--sw-accent, #c2185b));
    outline-offset: 2px;
  }

  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }

  [aria-pressed=true] {
    border-color: var(--sw-accent, #c2185b);
  }

  svg {
    flex: none;
    width: 1.25em;
    height: 1.25em;
    fill: transparent;
    stroke: currentColor;
    stroke-width: 20;
    transition: fill 0.15s, scale 0.2s;
  }

  [aria-pressed=true] svg {
    color: var(--sw-accent, #c2185b);
    fill: currentColor;
  }

  [aria-pressed=true]:active svg {
    scale: 1.15;
  }

  .pending svg {
    animation: p 0.9s ease-in-out infinite alternate;
  }

  @keyframes p {
    to {
      opacity: 0.45;
    }
  }

  p {
    margin: 0;
    min-block-size: 1lh;
    color: var(--sw-muted, inherit);
  }

  .failed {
    color: var(--sw-danger, inherit);
  }

  [part=count] {
    font-variant-numeric: tabular-nums;
  }

  /* The loading placeholder: the same button and a bar where the sentence will be. */
  .bar {
    display: inline-block;
    inline-size: 12em;
    max-inline-size: 100%;
    block-size: 0.9em;
    vertical-align: middle;
    border-radius: var(--sw-radius, 0.25em);
    background: var(--sw-placeholder, rgb(127 127 127/0.2));
  }

  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }

  @media (forced-colors: active) {
    [aria-pressed=true] {
      border-width: 3px;
    }

    [aria-pressed=true] svg {
      color: ButtonText;
    }
  }
`;
