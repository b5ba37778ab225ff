import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    font: inherit;
    color: inherit;
  }

  /* No usable translation: nothing at all, not even an empty line. */
  :host([hidden]),
  :host([empty]) {
    display: none;
  }

  .line {
    margin: 0;
  }

  a {
    color: var(--sw-accent, LinkText);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    border-radius: var(--sw-radius, 0.125em);
  }

  a:hover {
    text-decoration-thickness: 0.125em;
  }

  a:focus-visible,
  select:focus-visible {
    outline: 2px solid var(--sw-accent, currentColor);
    outline-offset: 2px;
  }

  [part='current'] {
    color: var(--sw-muted, inherit);
    font-weight: 600;
  }

  label {
    margin-inline-end: var(--sw-gap, 0.375em);
  }

  select {
    font: inherit;
    /* Field colours, not the page's: the open list of options is drawn by the browser. */
    color: var(--sw-select-color, FieldText);
    background-color: var(--sw-select-background, Field);
    border: 1px solid var(--sw-muted, currentColor);
    border-radius: var(--sw-radius, 0.25em);
    padding-block: 0.125em;
    padding-inline: 0.375em;
    max-inline-size: 100%;
  }

  .note {
    color: var(--sw-muted, inherit);
  }


  @media (prefers-reduced-motion: no-preference) {
    a {
      transition: text-decoration-thickness 0.1s;
    }
  }
`;
