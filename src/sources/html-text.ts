import { text } from '../core/json-guards.js';

/**
 * The plain text of an HTML fragment (WordPress `rendered`, RSS `description`, JSON Feed
 * `content_html`): entities decoded, tags dropped, white space collapsed, or undefined when
 * nothing is left. The fragment is parsed by `DOMParser` into a document of its own that is
 * never attached to the page and has no scripting: nothing in it runs or loads (`<script>`,
 * `<img onerror>`), and only its text leaves this function.
 */
export function htmlText(value: unknown): string | undefined {
  if (typeof value !== 'string') return;
  // Most titles hold neither a tag nor an entity.
  if (!/[<&]/.test(value)) return text(value.replace(/\s+/g, ' '));
  // A space before the tags that break lines keeps "<p>a</p><p>b</p>" from reading "ab"; a card
  // shows a title and a few lines, so a long body is cut before parsing: at 20 000 characters,
  // and at its 500th tag, since the parser's time grows with the square of the nesting (Chromium
  // took 50 ms for 6 666 nested <q>; a hostile 4 MB feed of 200 such fields held the page 10 s).
  const { body } = new DOMParser().parseFromString(value.slice(0, 20_000).split('<', 500).join('<').replace(/<(?=\/?(p|div|br|li|h\d|t[dr])\b)/gi, ' <'), 'text/html');
  // Elements whose content a browser does not show (a <template>'s is not in textContent), and
  // WordPress themes' "Continue reading <span class=screen-reader-text>Title</span>" link, which
  // they add to REST excerpts too: in a summary it would be a dead link's text, the title again.
  body.querySelectorAll('script,style,noscript,.more-link,.screen-reader-text').forEach((node) => node.remove());
  return text(body.textContent!.replace(/\s+/g, ' '));
}

/**
 * A title or summary that is plain text by its format's spec (JSON Feed's; an RSS title), but
 * that feeds made from a CMS's HTML titles often fill with its entities ("Don&#8217;t panic"),
 * which a reader should not see: one that holds an entity is read as HTML, one without as it is
 * ("Vec<T> in Rust", "a < b" keep their words).
 */
export const plainText = (value: unknown): string | undefined => (typeof value === 'string' && /&#?\w+;/.test(value) ? htmlText(value) : text(value));

/**
 * A title made from running text (a JSON Feed item that has none): the first words, cut at a
 * word boundary near `max` characters, with "…", on one line.
 */
export function titleFrom(value: string | undefined, max = 100): string | undefined {
  // A note's line breaks part words too (a micro-blog's list has no spaces between them).
  value &&= value.replace(/\s+/g, ' ');
  if (!value || value.length <= max) return value;
  const space = value.lastIndexOf(' ', max);
  // No space in the last two fifths: a long word (a URL); cut it rather than lose most of the title.
  // A cut never leaves half a surrogate pair or a dangling comma.
  return value.slice(0, space > max * 0.6 ? space : max).replace(/[\s,;:.\uD800-\uDBFF]+$/, '') + '…';
}
