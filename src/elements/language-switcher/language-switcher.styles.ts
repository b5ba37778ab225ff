import { css } from 'lit';

// Font and colour are inherited properties: the host needs no `inherit` of its own.
export const styles = css`
  :host {
    display: block;
  }

  /* No usable translation, or a failed document: nothing at all, not even an empty line. */
  :host([hidden]),
  :host([empty]),
  :host([state=error]) {
    display: none;
  }

  p {
    margin: 0;
    overflow-wrap: anywhere;
    display: flow-root;
  }

  /* The placeholder cannot know the sentence, which takes two lines on a phone ("…available in:
     Français and العربية" at 320–390 px): narrower than 32em, placeholder and sentence both
     reserve two, so nothing below moves when the document arrives; three under 16em and four
     under 10em (a phone with the reader's text at 125 % and 200 %). Placed by the room, not the
     text: a zero-wide float whose padding (a percentage of the width) is one line, plus one more
     at each width it is under, steps clamp() makes. A site's rule for the frame before the
     script can be the same padding on the empty tag (README). Beside it, the line's first span
     lays out the label and "Français, Deutsch" unseen (data-room, core/shared-styles.ts), and
     the line is as tall as the taller: letters and words spaced wider (WCAG 1.4.12) wrap sooner
     than the width says, and that text wraps with them. */
  p::before {
    content: '';
    float: left;
    padding-block-start: calc(1lh + clamp(0px, (32em - 100%) * 999, 1lh) + clamp(0px, (16em - 100%) * 999, 1lh) + clamp(0px, (10em - 100%) * 999, 1lh));
  }

  /* Links are underlined by the browser already. The page's text colour, as the other widgets'
     links: the page's own link colour cannot reach a shadow root, and the browser's (LinkText,
     dark blue without a dark color-scheme) is unreadable on a dark page. */
  a {
    color: var(--sw-accent, inherit);
    text-underline-offset: .15em;
    border-radius: var(--sw-radius, .125em);
  }

  a:hover {
    text-decoration-thickness: .125em;
  }

  :focus-visible {
    outline: 2px solid var(--sw-accent, currentColor);
    outline-offset: 2px;
  }

  [part=current] {
    color: var(--sw-muted, inherit);
    font-weight: 600;
  }

  label {
    margin-inline-end: var(--sw-gap, .375em);
  }

  /* The select's ring is in its own text colour, the field's (dark on a dark page that does not
     say it is dark): on a band of the field's background, as the video's ring on its poster. */
  select:focus-visible {
    box-shadow: 0 0 0 4px var(--sw-select-background, Field);
  }

  select {
    font: inherit;
    /* Field colours, not the page's: the open list of options is drawn by the browser. */
    color: var(--sw-select-color, FieldText);
    background: var(--sw-select-background, Field);
    border: 1px solid var(--sw-muted, currentColor);
    border-radius: var(--sw-radius, .25em);
    /* Symmetric, so the same in both directions. */
    padding: .125em .375em;
    max-inline-size: 100%;
    /* As wide loading ("Chargement…") as ready ("English"), so it wraps under the label in both
       or in neither; never wider than its column (10em of a phone's large text is not). */
    min-inline-size: min(10em, 100%);
  }

  /* On paper a select shows only the language it is in: the select variant's line is left out
     (as WordPress themes leave out their dropdown blocks); the links variant's sentence names
     them, and so does a server-rendered select's line for pages without scripts. */
  @media print {
    p:has(select) {
      display: none;
    }
  }

  @media (prefers-reduced-motion: no-preference) {
    a {
      transition: text-decoration-thickness .1s;
    }
  }
`;
