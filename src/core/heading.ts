import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

type Dir = 'ltr' | 'rtl' | 'auto';
type Heading = (part: string, content: unknown, lang?: string, dir?: Dir) => TemplateResult;

// A tag name cannot be a binding (Lit's static-html module could, at a cost in bytes), so one
// template per level, shared by every widget with a heading; `part` doubles as its class.
const LEVELS: Heading[] = [
  (part, content, lang, dir) => html`<h1 part=${part} class=${part} lang=${ifDefined(lang)} dir=${ifDefined(dir)}>${content}</h1>`,
  (part, content, lang, dir) => html`<h2 part=${part} class=${part} lang=${ifDefined(lang)} dir=${ifDefined(dir)}>${content}</h2>`,
  (part, content, lang, dir) => html`<h3 part=${part} class=${part} lang=${ifDefined(lang)} dir=${ifDefined(dir)}>${content}</h3>`,
  (part, content, lang, dir) => html`<h4 part=${part} class=${part} lang=${ifDefined(lang)} dir=${ifDefined(dir)}>${content}</h4>`,
  (part, content, lang, dir) => html`<h5 part=${part} class=${part} lang=${ifDefined(lang)} dir=${ifDefined(dir)}>${content}</h5>`,
  (part, content, lang, dir) => html`<h6 part=${part} class=${part} lang=${ifDefined(lang)} dir=${ifDefined(dir)}>${content}</h6>`,
];

/** `<h{level}>` with `part` and `class` both set to `part`; a level other than 1–6 gives `<h3>`. */
export function heading(level: number, part: string, content: unknown, lang?: string, dir?: Dir): TemplateResult {
  return (LEVELS[level - 1] ?? LEVELS[2]!)(part, content, lang, dir);
}
