// A focus indicator as it is painted (WCAG 2.4.11, 1.4.11): the colours focus draws round an
// element (its outline, and the bands of box-shadow focus adds beside it, on the element or on
// the pseudo-element a stretched link draws its ring with), where each shows, and, at places all
// round, whether one of them stands out at 3:1 from what the page paints under it there.
import { contrast, opacityOf, over, paddingBox, paintedAt, paintedParent, parseColor, show, type Rgba } from './painted-colours.js';
import { nameOf } from './shadow-trees.js';

/** One colour of a focus indicator, and where it shows: distances out from the box's edge (negative inside). */
interface Band {
  what: string;
  color: Rgba;
  from: number;
  to: number;
}

const SIDES = ['top', 'right', 'bottom', 'left'] as const;
type Side = (typeof SIDES)[number];
const LOOKS = ['outline-style', 'outline-width', 'outline-color', 'box-shadow', 'background-color', 'color', 'text-decoration-line', ...SIDES.flatMap((side) => [`border-${side}-style`, `border-${side}-width`, `border-${side}-color`])];
const PSEUDOS = [null, '::after', '::before'] as const;

export type Look = Record<string, string>[];

/** How `el` and its ::after and ::before look, for telling what focus changes. */
export const look = (el: Element): Look => PSEUDOS.map((pseudo) => Object.fromEntries(LOOKS.map((name) => [name, getComputedStyle(el, pseudo).getPropertyValue(name)])));

/** What differs between two looks of an element, as `::after outline-color`. */
const changes = (before: Look, after: Look): string[] =>
  PSEUDOS.flatMap((pseudo, i) => LOOKS.filter((name) => before[i]![name] !== after[i]![name]).map((name) => `${pseudo ?? ''} ${name}`.trim()));

/** Box-shadows as bands (a spread alone: `<color> 0 0 0 <spread> [inset]`), or why not. */
function shadowBands(boxShadow: string, borderWidth: number): Band[] | string {
  const bands: Band[] = [];
  for (const shadow of boxShadow.split(/,(?![^(]*\))/)) {
    const match = /^\s*((?:rgba?|color)\([^)]*\)) 0px 0px 0px (-?[\d.]+)px( inset)?\s*$/.exec(shadow);
    if (!match) return `a box-shadow this test cannot place: ${shadow.trim()}`;
    const [, color, spread, inset] = match as unknown as [string, string, string, string | undefined];
    bands.push(
      inset
        ? { what: 'inset box-shadow', color: parseColor(color), from: -borderWidth - parseFloat(spread), to: -borderWidth }
        : { what: 'box-shadow', color: parseColor(color), from: 0, to: parseFloat(spread) },
    );
  }
  return bands;
}

/** The part of `band` not under `top`: the wider piece left, or none. */
function uncovered(band: Band, top: Band): Band | undefined {
  if (top.to <= band.from || top.from >= band.to) return band;
  const pieces = [
    { ...band, to: top.from },
    { ...band, from: top.to },
  ].filter((piece) => piece.to > piece.from);
  return pieces.sort((a, b) => b.to - b.from - (a.to - a.from))[0];
}

/** The nearest ancestor of `el` (or itself) that positions what is absolutely positioned inside it. */
function containingBlock(el: Element): Element {
  let node: Element | null = el;
  while (node && getComputedStyle(node).position === 'static') node = paintedParent(node);
  return node ?? document.documentElement;
}

/** The border boxes the ring is drawn round: the element's (a box a line), or its absolutely positioned pseudo-element's. */
function ringBoxes(el: Element, pseudo: string | null, style: CSSStyleDeclaration): DOMRect[] {
  if (!pseudo) return [...el.getClientRects()];
  if (style.position !== 'absolute') throw new Error(`${nameOf(el)}${pseudo}: a ring on a pseudo-element this test cannot place (position: ${style.position})`);
  const block = paddingBox(containingBlock(el));
  const [top = '', left = '', width = '', height = ''] = ['top', 'left', 'width', 'height'].map((name) => style.getPropertyValue(name));
  if (![top, left, width, height].every((value) => value.endsWith('px'))) throw new Error(`${nameOf(el)}${pseudo}: a box this test cannot read (${[top, left, width, height].join(' ')})`);
  return [new DOMRect(block.left + parseFloat(left), block.top + parseFloat(top), parseFloat(width), parseFloat(height))];
}

/** Is (x, y) cut away by an ancestor of `el` that clips its overflow? */
function clipped(el: Element, pseudo: string | null, x: number, y: number): boolean {
  // An element's own overflow does not clip its outline; an absolutely positioned box is clipped
  // only by its containing block and what contains that.
  for (let node = pseudo ? containingBlock(el) : paintedParent(el); node; node = paintedParent(node)) {
    const style = getComputedStyle(node);
    if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
    const box = paddingBox(node);
    if (x < box.left || x >= box.right || y < box.top || y >= box.bottom) return true;
  }
  return false;
}

/** The point `d` px out from side `side` of `box` (in if negative), at fraction `f` along it. */
function pointAt(box: DOMRect, side: Side, f: number, d: number): [number, number] {
  const across = [box.left + f * box.width, box.top + f * box.height] as const;
  return { top: [across[0], box.top - d], bottom: [across[0], box.bottom + d], left: [box.left - d, across[1]], right: [box.right + d, across[1]] }[side] as [number, number];
}

/**
 * What is wrong with the focus indicator of `el`, focused (nothing when it is fine), given how
 * it looked unfocused (`look`): hidden (no outline, nothing else changed), drawn in a way this
 * cannot measure, or at places where none of its colours stands out 3:1 from what is painted
 * under it: nine places along each side of each box it is drawn round, each colour taken in
 * the middle of the band where it shows.
 */
export function weakIndicator(el: Element, unfocused: Look): string[] {
  for (const [i, pseudo] of PSEUDOS.entries()) {
    const style = getComputedStyle(el, pseudo);
    if (pseudo && style.content === 'none') continue;
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    // A box-shadow counts when focus brings it (a shadow the element always has is no indicator).
    const shadows = style.boxShadow !== 'none' && style.boxShadow !== unfocused[i]!['box-shadow'];
    if (!outline && !shadows) continue;
    // The browser's own ring is two-tone (dark and white): it stands out from any colour.
    if (style.outlineStyle === 'auto') return [];
    const owner = `${nameOf(el)}${pseudo ?? ''}`;
    const offset = parseFloat(style.outlineOffset);
    const ring: Band[] = outline ? [{ what: 'outline', color: parseColor(style.outlineColor), from: offset, to: offset + parseFloat(style.outlineWidth) }] : [];
    const bands = shadows ? shadowBands(style.boxShadow, parseFloat(style.borderTopWidth)) : [];
    if (typeof bands === 'string') return [`${owner}: ${bands}`];
    // The outline is painted over the shadows, the first shadow over the next: what shows of each.
    const shown: Band[] = [];
    for (const band of [...ring, ...bands]) {
      const visible = shown.reduce<Band | undefined>((rest, top) => rest && uncovered(rest, top), band);
      if (visible) shown.push(visible);
    }
    const opacity = opacityOf(el, pseudo ? style : null);
    const weak: string[] = [];
    for (const box of ringBoxes(el, pseudo, style))
      for (const side of SIDES)
        for (let f = 0.1; f < 0.95; f += 0.1) {
          const seen = shown.map((band) => {
            const [x, y] = pointAt(box, side, f, (band.from + band.to) / 2);
            if (clipped(el, pseudo, x, y)) return { ratio: 0, text: `${band.what} cut away by an ancestor's overflow` };
            const under = paintedAt(x, y);
            const [r, g, b, a] = band.color;
            const color = over([r, g, b, a * opacity], under);
            const ratio = contrast(color, under);
            return { ratio, text: `${band.what} ${show(color)} on ${show(under)} (${ratio.toFixed(2)}:1)` };
          });
          if (!seen.some(({ ratio }) => ratio >= 3)) weak.push(`${side} ${Math.round(f * 100)}%: ${seen.map(({ text }) => text).join('; ')}`);
        }
    return weak.length ? [`${owner}, ${weak.length} places under 3:1, e.g. ${weak.slice(0, 3).join(' | ')}`] : [];
  }
  const changed = changes(unfocused, look(el));
  return changed.length
    ? [`${nameOf(el)}: no ring; focus changes only ${changed.join(', ')}, which this test cannot measure`]
    : [`${nameOf(el)}: hidden (no outline, and nothing else changes with focus)`];
}
