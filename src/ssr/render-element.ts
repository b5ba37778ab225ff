import './dom-shim.js';
import { LitElementRenderer } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import type { RenderInfo } from '@lit-labs/ssr/lib/render-value.js';
import type { StoryWidget } from '../core/story-widget.js';
import type { FoundWidget } from './html-tree.js';

/** One widget rendered: its start tag (attributes as the element reflects them) and shadow root. */
export interface RenderedElement {
  readonly startTag: string;
  readonly shadowRoot: string;
}

/**
 * Renders one widget with `@lit-labs/ssr`: the element is created in Lit's DOM shim, given
 * its attributes, then `prepare` hands it its document (as the browser's sources would) before
 * Lit runs `willUpdate`, reflects properties and renders the template and styles.
 * `extraStyles` (CSS text) goes into the shadow root as one more `<style>`.
 */
export function renderElement(
  { tag, attributes, inheritedLang }: Pick<FoundWidget, 'tag' | 'attributes' | 'inheritedLang'>,
  prepare: (element: StoryWidget) => void,
  extraStyles: (element: StoryWidget) => string = () => '',
): RenderedElement {
  const renderer = new LitElementRenderer(tag);
  const element = renderer.element as StoryWidget;
  for (const [name, value] of attributes) renderer.setAttribute(name, value);
  // A shim element stands alone, outside any tree: the one question the locale asks of the
  // page, `closest('[lang]')`, is answered from the parsed page.
  Object.defineProperty(element, 'closest', {
    value: (selector: string) => {
      const lang = element.getAttribute('lang') ?? inheritedLang;
      return selector === '[lang]' && lang != null ? { getAttribute: () => lang } : null;
    },
  });
  prepare(element);
  renderer.connectedCallback();
  const renderInfo: RenderInfo = {
    elementRenderers: [LitElementRenderer],
    customElementInstanceStack: [renderer],
    customElementHostStack: [renderer],
    eventTargetStack: [element],
    slotStack: [],
    deferHydration: false,
  };
  // Lit's hydration markers are of no use: the browser renders afresh (see README, Server-side
  // rendering). They are comments Lit writes itself; data never holds a raw `<`.
  const shadow = collectResultSync(renderer.renderShadow(renderInfo) ?? []).replace(/<!--\/?lit-(?:part|node)[^>]*-->|<\?>/g, '');
  const extra = extraStyles(element);
  return {
    startTag: `<${tag}${collectResultSync(renderer.renderAttributes())}>`,
    shadowRoot: extra ? `${shadow}<style>${extra}</style>` : shadow,
  };
}
