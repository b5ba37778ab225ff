// The widgets' shadow trees as a keyboard reader goes through them: every element (nested
// shadow trees included), a short name for messages, the focused element inside shadow roots,
// and a walk with Tab through one widget.
import { sendKeys } from '@web/test-runner-commands';

/** Every element of `root`, nested shadow trees included. */
export const elementsOf = (root: ShadowRoot): Element[] =>
  [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? elementsOf(el.shadowRoot) : [])]);

export const nameOf = (el: Element): string =>
  `<${el.localName}${el.getAttribute('part') ? ` part=${el.getAttribute('part')}` : ''}${el.getAttribute('class') ? ` class=${el.getAttribute('class')}` : ''}>`;

/** The page's keyboard focus, inside shadow trees. */
export function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

export const FOCUSABLE = 'a[href], button:enabled, select:enabled, input:enabled, [tabindex]:not([tabindex="-1"])';

/**
 * Tab from the `#before` button beside `widget` through it, calling `visit` with each element
 * focused inside it, until the focus leaves it or comes back; the elements reached, in order.
 */
export async function tabThrough(widget: Element, visit: (active: Element) => void | Promise<void>): Promise<Element[]> {
  widget.parentElement!.querySelector<HTMLElement>('#before')!.focus();
  const reached: Element[] = [];
  for (;;) {
    await sendKeys({ press: 'Tab' });
    const active = deepActive();
    if (!active || !widget.contains(document.activeElement) || reached.includes(active)) break;
    reached.push(active);
    await visit(active);
  }
  return reached;
}
