import type { DefaultTreeAdapterMap } from 'parse5';

type ParentNode = DefaultTreeAdapterMap['parentNode'];
type ChildNode = DefaultTreeAdapterMap['childNode'];
type Element = DefaultTreeAdapterMap['element'];

/**
 * The deepest an element gets in Chromium's parse of a page (`<html>` is 1): its parser puts an
 * element that would go below an element of depth 513 beside it instead (kMaximumHTMLParserDOMTreeDepth,
 * 512). parse5 has no such limit.
 */
const MAX_DEPTH = 513;

const isElement = (node: ChildNode): node is Element => 'tagName' in node;
/** What holds a node's children: a template's are in its content. */
const holder = (node: ParentNode): ParentNode => ('content' in node ? node.content : node);

/**
 * Gives a parse5 tree the shape Chromium's parser gives the same HTML: every element under an
 * element of depth 513 moves up beside it, in source order, and text stays in the element it was
 * written in. A page nested thousands deep (a comment of balanced `<b>`s is enough) is then read
 * as the browser reads it, and the walks over the tree (ours, parse5's serializer) cannot run out
 * of stack. Returns the tree.
 */
export function capDepth<T extends ParentNode>(tree: T): T {
  const stack: [ParentNode, number][] = [[tree, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    for (const child of holder(node).childNodes.filter(isElement)) {
      if (depth + 1 < MAX_DEPTH) stack.push([child, depth + 1]);
      else flatten(child, holder(node));
    }
  }
  return tree;
}

/** The element children each element had in the source before capDepth moved them beside it. */
const movedOut = new WeakMap<ParentNode, readonly Element[]>();

/**
 * The element children the source gave `element` that capDepth moved beside it. Chromium still
 * attaches a declarative shadow root written there to `element` (checked at depth 513).
 */
export const movedOutOf = (element: ParentNode): readonly Element[] => movedOut.get(element) ?? [];

/** Moves every element under `element` into `parent`, right after it, in source order (pre-order). */
function flatten(element: Element, parent: ParentNode): void {
  const moved: Element[] = [];
  const walk = [element];
  while (walk.length) {
    const node = walk.pop()!;
    if (node !== element) moved.push(node);
    const own = holder(node);
    const elements = own.childNodes.filter(isElement);
    if (own === node && elements.length) movedOut.set(node, elements);
    own.childNodes = own.childNodes.filter((child) => !isElement(child));
    // Reversed onto the stack, so they come off in source order (no spread: a list may be huge).
    for (let i = elements.length - 1; i >= 0; i--) walk.push(elements[i]!);
  }
  if (!moved.length) return;
  for (const node of moved) node.parentNode = parent;
  const at = parent.childNodes.indexOf(element) + 1;
  parent.childNodes = [...parent.childNodes.slice(0, at), ...moved, ...parent.childNodes.slice(at)];
}
