import { type DefaultTreeAdapterMap, parse } from 'parse5';
import { capDepth, movedOutOf } from './parser-depth.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** A widget tag found in a page, with what its rendering needs to know of the page around it. */
export interface FoundWidget {
  /** The tag name (lower case). */
  readonly tag: string;
  /** Its attributes, in source order, names lower-cased by the HTML parser. */
  readonly attributes: ReadonlyMap<string, string>;
  /** The nearest `lang` of an ancestor (the element's own is among its attributes). */
  readonly inheritedLang?: string;
  /** The nearest enclosing widget of the context tag, whose document it may share. */
  readonly context?: FoundWidget;
  /** The text of a child `<script type="…json">` (JSON, JSON-LD), the element's own inline document. */
  readonly inlineJson?: string;
  /** Where its declarative shadow root is in the source, when it holds one (it was rendered before). */
  readonly shadowRoot?: { readonly start: number; readonly end: number };
  /** Where its start tag is in the source, to be replaced. */
  readonly startTag: { readonly start: number; readonly end: number };
}

const isElement = (node: Node): node is Element => 'tagName' in node;
const attribute = (element: Element, name: string): string | undefined => element.attrs.find((attr) => attr.name === name)?.value;

/**
 * Finds the widget tags of an HTML page or fragment with parse5 (the WHATWG parser, as a
 * browser reads the page; nested no deeper than Chromium nests it, see capDepth), outermost
 * first, and the page's `<base href>`. Template contents are inert and not searched; nor are
 * widgets inside a widget's declarative shadow root.
 */
export function findWidgets(html: string, isWidget: (tag: string) => boolean, contextTag: string): { widgets: FoundWidget[]; baseHref?: string } {
  const widgets: FoundWidget[] = [];
  let baseHref: string | undefined;
  const visit = (node: Node, lang: string | undefined, context: FoundWidget | undefined): void => {
    if (!('childNodes' in node)) return;
    for (const child of node.childNodes) {
      // Inside SVG or MathML no tag is a custom element (and what the server would write there
      // would end the foreign content): only HTML elements, and below them.
      if (!isElement(child) || child.namespaceURI !== 'http://www.w3.org/1999/xhtml') continue;
      const { tagName } = child;
      if (tagName === 'base') baseHref ??= attribute(child, 'href');
      const location = child.sourceCodeLocation?.startTag;
      let found: FoundWidget | undefined;
      // Elements the parser implied (no start tag in the source) cannot be widgets.
      if (isWidget(tagName) && location) {
        const children = child.childNodes.filter(isElement);
        // As the browser's elements look for it (`script[type$="json"]`): JSON-LD too.
        const script = children.find((node) => node.tagName === 'script' && /json$/i.test(attribute(node, 'type') ?? ''));
        // Its declarative shadow root, also where the depth cap moved it beside the element: the
        // browser attaches it there too, so a page rendered before at that depth is not given a second.
        const shadow = [...children, ...movedOutOf(child)].find(
          (node) => node.tagName === 'template' && (attribute(node, 'shadowrootmode') ?? attribute(node, 'shadowroot')) !== undefined,
        )?.sourceCodeLocation;
        found = {
          tag: tagName,
          attributes: new Map(child.attrs.map(({ name, value }) => [name, value])),
          inheritedLang: lang,
          context,
          inlineJson: script && script.childNodes.map((text) => ('value' in text ? text.value : '')).join(''),
          shadowRoot: shadow ? { start: shadow.startOffset, end: shadow.endOffset } : undefined,
          startTag: { start: location.startOffset, end: location.endOffset },
        };
        widgets.push(found);
      }
      visit(child, attribute(child, 'lang') ?? lang, found?.tag === contextTag ? found : context);
    }
  };
  visit(capDepth(parse(html, { sourceCodeLocationInfo: true })), undefined, undefined);
  return { widgets, baseHref };
}
