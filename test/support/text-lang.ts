// The language a screen reader takes a widget's text to be in (WCAG 3.1.2): the nearest `lang`,
// up the tree and across shadow roots. Works on nodes of another window (a test page's iframe).
import { expect } from '@open-wc/testing';

/** The nearest `lang` of a node, as a screen reader takes it: up the tree, across shadow roots. */
export function langOf(node: Node): string | undefined {
  for (let el: Element | null = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement; el; ) {
    const owner = el.closest('[lang]');
    if (owner) return owner.getAttribute('lang')!;
    el = (el.getRootNode() as ShadowRoot).host ?? null;
  }
  return undefined;
}

/** The text nodes of a widget's shadow root (and its slots' fallback) that hold `text`. */
export function textNodes(widget: Element, text: string): Text[] {
  const walker = widget.ownerDocument.createTreeWalker(widget.shadowRoot!, NodeFilter.SHOW_TEXT);
  const found: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node.textContent!.includes(text)) found.push(node as Text);
  return found;
}

/** The nearest `lang` of each text node of `widget` holding `text` (at least one must). */
export function langsOf(widget: Element, text: string): (string | undefined)[] {
  const nodes = textNodes(widget, text);
  expect(nodes, `"${text}" in <${widget.localName}>`).not.to.have.length(0);
  return [...new Set(nodes.map(langOf))];
}
