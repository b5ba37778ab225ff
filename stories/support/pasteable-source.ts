// The "Show code" snippet of a story as a site would write it: the widget's tags, without the
// story's box (the locale and theme root, the width wrapper), without the helpers' scoped styles
// and their marks, and with a document given as `data` written as the element's inline JSON
// (CONTRACT §1: a child `<script type="application/json">`), so that pasted, it renders the same.
import type { StoryContext } from '@storybook/web-components-vite';

/** The story's box: the decorator's root, a story's width wrapper or scrolling box, whose children stay. */
const BOX = 'div.sw-story, div[style^="max-inline-size"], div.sw-scroller';
/** What a story shows only around its widget (the text above a lazy one). */
const STAGING = '.sw-spacer';

/** A custom property's default in the story's Controls table (stories/support/widget-story.ts). */
function defaultOf(context: StoryContext, name: string): string | undefined {
  const summary = context.argTypes[name]?.table?.defaultValue?.summary;
  return summary === undefined ? undefined : String(summary);
}

/**
 * `@scope (tag[data-story="…"]) { :scope {…} :scope::part(x) {…} }` as plain rules for the tag,
 * leaving out the custom properties the story leaves at their defaults, and rules left empty.
 */
function plainRules(css: string, context: StoryContext): string {
  const scoped = /@scope \(([\w-]+)\[data-story="[^"]*"\]\) \{([\s\S]*)\}\s*$/.exec(css.trim());
  if (!scoped) return css;
  const [, tag, body] = scoped;
  return body!
    .replace(/:scope/g, tag!)
    .replace(/^\s*(--[\w-]+):\s*(.*?);\s*$/gm, (line, name: string, value: string) => (defaultOf(context, name) === value ? '' : line))
    .replace(/[^{}]*\{\s*\}/g, '')
    .replace(/\n\s*\n/g, '\n')
    .replace(/^\n|\s+$/g, '');
}

/** The snippet to show for a story: see the file's comment. */
export function pasteableSource(code: string, context: StoryContext): string {
  const template = document.createElement('template');
  template.innerHTML = code;
  const root = template.content;
  for (const box of [...root.querySelectorAll(BOX)]) box.replaceWith(...box.childNodes);
  for (const staging of [...root.querySelectorAll(STAGING)]) staging.remove();
  for (const style of [...root.querySelectorAll('style')]) {
    const rules = plainRules(style.textContent ?? '', context);
    if (rules) style.textContent = `\n${rules}\n`;
    else style.remove();
  }
  for (const marked of [...root.querySelectorAll('[data-story]')]) marked.removeAttribute('data-story');
  const data = context.args.data;
  // A story of a page or of the formats names no component.
  const widget = context.component ? root.querySelector(context.component) : null;
  if (widget && data && typeof data === 'object' && !widget.hasAttribute('src') && !widget.querySelector('script')) {
    const script = document.createElement('script');
    script.type = 'application/json';
    // `<` escaped, so no string in the document can end the script.
    script.textContent = `\n${JSON.stringify(data, null, 2).replace(/</g, '\\u003c')}\n`;
    widget.prepend(script);
  }
  return template.innerHTML.replace(/\n\s*\n+/g, '\n').trim();
}
