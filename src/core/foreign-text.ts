import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/**
 * A title or name that may be in another language than the widget around it (an English
 * title on a French page): it carries its own `lang`, so it is spoken with the right voice,
 * and `dir="auto"`, so an Arabic name in an English sentence (or the reverse) keeps its order.
 * @param lang the item's `language`, else the document's; none leaves the widget's
 */
export function foreignText(text: unknown, lang: string | undefined, part?: string): TemplateResult {
  return html`<span part=${ifDefined(part)} lang=${ifDefined(lang)} dir="auto">${text}</span>`;
}

/**
 * A localised sentence ("By {name}") with its `{key}` replaced by `content`, the rest as text.
 * A sentence without the placeholder gets the content after it, as in "By" + " " + name.
 */
export function sentenceWith(sentence: string, key: string, content: unknown): unknown[] {
  const [before, ...after] = sentence.split(`{${key}}`);
  return after.length ? [before, content, after.join(`{${key}}`)] : [`${before} `, content];
}
