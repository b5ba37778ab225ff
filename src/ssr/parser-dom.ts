/**
 * What the document parsers need of a browser and Node lacks, for server rendering: a
 * `DOMParser` (HTML fields of WordPress and feeds become text through it; RSS and Atom are read
 * as XML), `XMLDocument` and `Node` (to tell a parsed feed from JSON). HTML is parsed by parse5,
 * the WHATWG parser browsers follow, then held in linkedom's DOM (parse5 builds no DOM of its
 * own); XML by linkedom. Installed on the global object only where missing, like Lit's shim.
 */
import { DOMParser as LinkedomParser, Node } from 'linkedom';
import { parse, serialize } from 'parse5';
import { capDepth } from './parser-depth.js';

const linkedom = new LinkedomParser();

/** `DOMParser` as the parsers call it: `text/html` the browser's way, XML types as XML. */
class ServerDOMParser {
  parseFromString(text: string, type: DOMParserSupportedType): Document {
    // The serialized parse5 tree is a whole, well-formed document: linkedom keeps its shape
    // (nested no deeper than in the browser, see capDepth).
    return (type === 'text/html' ? linkedom.parseFromString(serialize(capDepth(parse(text))), type) : linkedom.parseFromString(text, 'text/xml')) as unknown as Document;
  }
}

/** Parses the page itself (for a widget that reads the page's own `<link>` elements). */
export const parsePage = (html: string): Document => new ServerDOMParser().parseFromString(html, 'text/html');

const scope = globalThis as Record<string, unknown>;
scope.DOMParser ??= ServerDOMParser;
scope.XMLDocument ??= linkedom.parseFromString('<x/>', 'text/xml').constructor;
scope.Node ??= Node;
