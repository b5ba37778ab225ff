import { css } from 'lit';

// The heart takes its colour from `color` (fill and stroke are currentColor), so the liked
// and forced-colors states set one property. Padding and sizes are symmetric: physical
// shorthands equal their logical forms here. A `--sw-*` without fallback relies on an unset
// property computing to its initial or inherited value (transparent, inherited colour).
export const styles = css`
  :host(:not([hidden])) {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--sw-gap, 0.5em);
    vertical-align: middle;
    max-inline-size: 100%;
    overflow-wrap: anywhere;
  }

  /* A failed document: no box at all (the reason went to the error event and the console). */
  :host([state=error]) {
    display: none;
  }

  /* Nor on paper, where the button does nothing (as Jetpack's likes); a site's own rule for the
     tag brings it back (the page's styles come before a :host rule). */
  @media print {
    :host(:not([hidden])) {
      display: none;
    }
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
    background: var(--sw-button-background);
    border: 1px solid var(--sw-button-border, currentColor);
    border-radius: var(--sw-radius, 999px);
    cursor: pointer;
  }

  button:enabled:hover {
    background: var(--sw-button-hover, rgb(127 127 127/0.12));
  }

  /* The page's text colour by default, as the other widgets' rings. */
  button:focus-visible {
    outline: 2px solid var(--sw-focus-ring, var(--sw-accent, currentColor));
    outline-offset: 2px;
  }

  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }

  /* The liked pink, a graphic (WCAG 1.4.11): 4.8:1 on white, 3.3:1 on #222, 3.9:1 on #121212,
     so a dark page that sets no accent still shows it, up to #282828 (#333: 2.6:1; a colour 3:1
     there is under 4.5:1 on white, which the default as text needs); the former #c2185b was
     2.7:1 on #222. */
  [aria-pressed=true] {
    border-color: var(--sw-accent, #d16);
  }

  svg {
    flex: none;
    width: 1.25em;
    height: 1.25em;
    fill: transparent;
    stroke: currentColor;
    stroke-width: 20;
  }

  [aria-pressed=true] svg {
    color: var(--sw-accent, #d16);
    fill: currentColor;
  }

  [aria-pressed=true]:active svg {
    scale: 1.15;
  }

  /* Where the status line goes must not hang on its text, or loading moves it (the bar beside
     the button, the sentence under it, or the reverse): it takes at least 10em, beside the button
     if they fit, else under it, and grows to the row's end, so the sentence wraps in it; the
     after pseudo-element, a block, makes the shrink-to-fit host that wide for a short sentence
     too (a float beside the text would add its width to the text's).
     Two lines of 1.2 fit the button's 2.5em: beside it, a second line moves nothing; under it,
     two lines are kept from the start (loading, one sentence or the other), three where the
     line is narrower than 10em (a phone with the reader's text at 175–200 %: "Sé el primero en
     indicar que te gusta." takes three), by the width as the switcher's room: a zero-wide float
     whose padding (a percentage of the width) is a step clamp() makes, 0 at 10em and over.
     A notice (not saved, will be sent) may take 3 lines or more on a phone in fr, de or ru, or
     with large text, and it comes a round trip after the click: once the reader has clicked,
     two spans around its text carry one notice each as data-room, laid out unseen in their
     before pseudo-elements (core/shared-styles.ts: floats the text runs over, which the line, a
     flex item, contains). It has the taller notice's height before one comes, and keeps it once
     it has gone. (Both, one over the other: the one with more characters is not always taller.)
     Their width is contained: on one line they would widen the shrink-to-fit host (800 px at
     1280). */
  p {
    flex: 1 1 10em;
    min-inline-size: 0;
    margin: 0;
    line-height: 1.2;
    min-block-size: 2lh;
    align-content: center;
    color: var(--sw-muted);
  }

  p::before {
    content: '';
    float: left;
    padding-block-start: clamp(0px, (10em - 100%) * 999, 3lh);
  }

  p::after {
    content: '';
    display: block;
    inline-size: 10em;
    max-inline-size: 100%;
  }

  .failed {
    color: var(--sw-danger);
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

  /* Motion only for those who have not asked for less: the fades, the press and the pulse while a like is sent. */
  @media (prefers-reduced-motion: no-preference) {
    button {
      transition: background-color 0.15s, border-color 0.15s;
    }

    svg {
      transition: 0.15s;
    }

    .pending svg {
      animation: p 0.9s ease-in-out infinite alternate;
    }

    @keyframes p {
      to {
        opacity: 0.45;
      }
    }
  }

  @media (forced-colors) {
    [aria-pressed=true] {
      border-width: 3px;
    }

    [aria-pressed=true] svg {
      color: ButtonText;
    }
  }
`;
