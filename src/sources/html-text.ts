import { text } from '../core/json-guards.js';

/** Markup longer than this is cut before parsing: a card shows a title and a few summary lines. */
const MAX_MARKUP = 20_000;

// Elements whose content is no visible text (a browser shows none of it).
const HIDDEN = 'script,style,noscript,template';
// Elements that end a line: a space keeps "<p>a</p><p>b</p>" from reading "ab".
const BLOCKS = 'p,br,div,li,dt,dd,h1,h2,h3,h4,h5,h6,blockquote,figcaption,tr,td,th,pre,hr';

/**
 * The plain text of an HTML fragment (WordPress `rendered`, RSS `description`, JSON Feed
 * `content_html`): entities decoded, tags dropped, white space collapsed, or undefined when
 * nothing is left. The fragment is parsed by `DOMParser` into a document of its own that is
 * never attached to the page: nothing in it runs or loads (`<script>`, `<img onerror>`), and
 * only its text leaves this function.
 */
export function htmlText(value: unknown): string | undefined {
  if (typeof value !== 'string') return;
  // Most titles hold neither a tag nor an entity.
  if (!/[<&]/.test(value)) return text(value.replace(/\s+/g, ' '));
  const { body } = new DOMParser().parseFromString(value.slice(0, MAX_MARKUP), 'text/html');
  body.querySelectorAll(HIDDEN).forEach((node) => node.remove());
  body.querySelectorAll(BLOCKS).forEach((node) => node.append(' '));
  return text(body.textContent!.replace(/\s+/g, ' '));
}

/**
 * A title made from running text (a JSON Feed item that has none): the first words, cut at a
 * word boundary near `max` characters, with "…".
 */
export function titleFrom(value: string | undefined, max = 100): string | undefined {
  if (!value || value.length <= max) return value;
  const cut = value.slice(0, max + 1);
  const space = cut.lastIndexOf(' ');
  // No space in the last two fifths: a long word (a URL); cut it rather than lose most of the title.
  return (space > max * 0.6 ? cut.slice(0, space) : cut.slice(0, max)).replace(/[\s,;:.–—\uD800-\uDBFF-]+$/, '') + '…';
}
