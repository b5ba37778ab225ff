// What a reader sees, as colours: computed colours read, composed as they are painted (over
// what is behind them, faded by opacity) and compared by WCAG's contrast ratio; a picture's
// pixels read where it is drawn. For the colour tests of test/elements/ (forced colours, focus
// indicators), in the browser.
import { expect } from '@open-wc/testing';

export type Rgba = [number, number, number, number];

/** A computed colour: `rgb()`/`rgba()`, or `color(srgb …)` (what color-mix() computes to). */
export function parseColor(value: string): Rgba {
  const rgb = /^rgba?\((.+)\)$/.exec(value);
  if (rgb) {
    const [r = 0, g = 0, b = 0, a = 1] = rgb[1]!.split(/[\s,/]+/).filter(Boolean).map(Number);
    return [r, g, b, a];
  }
  const srgb = /^color\(srgb (.+)\)$/.exec(value);
  if (srgb) {
    const [r = 0, g = 0, b = 0, a = 1] = srgb[1]!.split(/[\s/]+/).filter(Boolean).map(Number);
    return [r * 255, g * 255, b * 255, a];
  }
  if (value === 'transparent' || value === 'none') return [0, 0, 0, 0];
  throw new Error(`a colour this test cannot read: ${value}`);
}

/** `top` painted over the opaque `bottom`. */
export const over = ([r, g, b, a]: Rgba, [R, G, B]: Rgba): Rgba => [r * a + R * (1 - a), g * a + G * (1 - a), b * a + B * (1 - a), 1];

/** WCAG's contrast ratio of two opaque colours. */
export function contrast(x: Rgba, y: Rgba): number {
  const luminance = (c: Rgba) =>
    c.slice(0, 3).reduce((sum, channel, i) => {
      const s = channel / 255;
      return sum + [0.2126, 0.7152, 0.0722][i]! * (s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4);
    }, 0);
  const [light, dark] = [luminance(x), luminance(y)].sort((a, b) => b - a) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

export const show = (c: Rgba) => `rgb(${c.slice(0, 3).map(Math.round).join(' ')})`;

/** The page's own background: `Canvas` (forced or not, the root here paints none). */
export function canvasColor(): Rgba {
  const probe = document.body.appendChild(Object.assign(document.createElement('div'), { style: 'background-color: Canvas' }));
  const color = parseColor(getComputedStyle(probe).backgroundColor);
  probe.remove();
  return color;
}

/** The parent in the flat tree, as it is painted (slot, then shadow host). */
export const paintedParent = (el: Element): Element | null =>
  el.assignedSlot ?? el.parentElement ?? (el.getRootNode() instanceof ShadowRoot ? (el.getRootNode() as ShadowRoot).host : null);

/**
 * What is painted behind `el`: its and its ancestors' background colours, composed up to the
 * first opaque one, over the canvas; and the opacity of the ancestors below that one, which
 * fades `el`'s foreground into it. Pictures (a poster, a thumbnail) are not colours: see
 * paintedAt for what is drawn over one.
 */
export function behind(el: Element): { background: Rgba; opacity: number } {
  const layers: Rgba[] = [];
  let opacity = 1;
  for (let node: Element | null = el; node; node = paintedParent(node)) {
    const style = getComputedStyle(node);
    const background = parseColor(style.backgroundColor);
    if (background[3] > 0) layers.unshift(background);
    if (background[3] === 1) break;
    opacity *= Number(style.opacity);
  }
  return { background: layers.reduce((below, layer) => over(layer, below), canvasColor()), opacity };
}

/** A foreground colour of `el` as painted over what is behind it, and the ratio between them. */
export function painted(el: Element, foreground: string): { ratio: number; text: string } {
  const { background, opacity } = behind(el);
  const [r, g, b, a] = parseColor(foreground);
  const color = over([r, g, b, a * opacity], background);
  const ratio = contrast(color, background);
  return { ratio, text: `${show(color)} on ${show(background)} (${ratio.toFixed(2)}:1)` };
}

/**
 * The colours `img` paints at `points` (CSS px from the top left of its box), drawn as it is
 * laid out: object-fit cover, centred; transparent where the picture is. A same-origin picture,
 * so the canvas can be read.
 */
function pixelsAt(img: HTMLImageElement, points: [number, number][]): Rgba[] {
  const style = getComputedStyle(img);
  expect([style.objectFit, style.objectPosition], 'the picture as this test draws it').to.deep.equal(['cover', '50% 50%']);
  const { width, height } = img.getBoundingClientRect();
  const canvas = Object.assign(document.createElement('canvas'), { width: Math.ceil(width), height: Math.ceil(height) });
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  const scale = Math.max(width / img.naturalWidth, height / img.naturalHeight);
  const [w, h] = [img.naturalWidth * scale, img.naturalHeight * scale];
  context.drawImage(img, (width - w) / 2, (height - h) / 2, w, h);
  return points.map(([x, y]) => {
    const [r = 0, g = 0, b = 0, a = 0] = context.getImageData(Math.floor(x), Math.floor(y), 1, 1).data;
    return [r, g, b, a / 255];
  });
}


// --- What is painted at a point of the page -------------------------------------------------

/** The padding box of `el` (its border box less its borders). */
export function paddingBox(el: Element): DOMRect {
  const box = el.getBoundingClientRect();
  const style = getComputedStyle(el);
  const [top = 0, right = 0, bottom = 0, left = 0] = ['top', 'right', 'bottom', 'left'].map((side) => parseFloat(style.getPropertyValue(`border-${side}-width`)));
  return new DOMRect(box.left + left, box.top + top, box.width - left - right, box.height - top - bottom);
}

/** Everything hit at (x, y), topmost first, into shadow trees (a host after its shadow tree). */
function stackAt(x: number, y: number, root: Document | ShadowRoot = document): Element[] {
  return root
    .elementsFromPoint(x, y)
    .filter((el) => el.getRootNode() === root)
    .flatMap((el) => (el.shadowRoot ? [...stackAt(x, y, el.shadowRoot), el] : [el]));
}

/** The opacity `el` (or its pseudo-element of style `pseudo`) is painted with: its own and its ancestors'. */
export function opacityOf(el: Element, pseudo: CSSStyleDeclaration | null = null): number {
  let opacity = pseudo ? Number(pseudo.opacity) : 1;
  for (let node: Element | null = el; node; node = paintedParent(node)) opacity *= Number(getComputedStyle(node).opacity);
  return opacity;
}

/** What `el` paints at (x, y), topmost first: a picture's pixel, a border, its background. */
function layersOf(el: Element, x: number, y: number): Rgba[] {
  const style = getComputedStyle(el);
  const what = `<${el.localName}${el.getAttribute('part') ? ` part=${el.getAttribute('part')}` : ''}>`;
  if (el instanceof SVGElement || el instanceof HTMLVideoElement || el instanceof HTMLIFrameElement || el instanceof HTMLCanvasElement)
    throw new Error(`${what} at (${Math.round(x)}, ${Math.round(y)}): a picture this test cannot read`);
  if (style.backgroundImage !== 'none') throw new Error(`${what} at (${Math.round(x)}, ${Math.round(y)}): a background image this test cannot read`);
  const layers: Rgba[] = [];
  const box = el.getBoundingClientRect();
  if (el instanceof HTMLImageElement && el.naturalWidth > 0) layers.push(pixelsAt(el, [[x - box.left, y - box.top]])[0]!);
  const inner = paddingBox(el);
  const side = y < inner.top ? 'top' : y >= inner.bottom ? 'bottom' : x < inner.left ? 'left' : x >= inner.right ? 'right' : undefined;
  if (side && !['none', 'hidden'].includes(style.getPropertyValue(`border-${side}-style`))) layers.push(parseColor(style.getPropertyValue(`border-${side}-color`)));
  layers.push(parseColor(style.backgroundColor));
  const opacity = opacityOf(el);
  return layers.map(([r, g, b, a]) => [r, g, b, a * opacity]);
}

/**
 * The colour the page paints at (x, y) (viewport px): the pixels of pictures, borders and
 * backgrounds of what is there, composed from the first opaque one up. What an outline or a
 * box-shadow draws there is not counted: this is what such a ring is painted over. An element
 * that takes no pointer events is not seen.
 */
export function paintedAt(x: number, y: number): Rgba {
  expect(x >= 0 && y >= 0 && x < innerWidth && y < innerHeight, `(${Math.round(x)}, ${Math.round(y)}) on screen`).to.equal(true);
  const layers: Rgba[] = [];
  for (const el of stackAt(x, y)) {
    const own = layersOf(el, x, y);
    layers.push(...own);
    if (own.some((layer) => layer[3] === 1)) break;
  }
  // The root's background (else the body's) paints the whole canvas.
  const root = [document.documentElement, document.body].map((el) => parseColor(getComputedStyle(el).backgroundColor)).find((color) => color[3] === 1);
  return layers.reduceRight((below, layer) => over(layer, below), root ?? canvasColor());
}
