// Forced colours (Windows high contrast, `@media (forced-colors: active)`): Chromium replaces
// every author colour with the reader's few system colours, so whatever was told apart by colour
// alone merges, and a colour an element draws outside those properties (an SVG fill, an outline
// over a picture) may end up on a background of the same colour. Every widget in each state a
// reader can meet is checked for what the reader sees: each text and the play icon stand out
// from what is behind them, the liked button differs from the other by more than colour, each
// focusable element shows a ring after Tab, and a placeholder keeps its box when its bars vanish.
// The emulation is test/support/forced-colors.mjs (the test runner's emulateMedia has no
// forcedColors); it forces the colours, not only the media query (first test).
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/index.js';
import { clearLoaderCache } from '../../src/core/loader.js';
import { loaderSettings } from '../../src/core/loader-settings.js';
import type { StoryWidget } from '../../src/core/story-widget.js';
import type { LikeButton } from '../../src/elements/like-button/like-button.js';
import { article, docUrl, uniqueKey } from '../support/fixtures.js';
import { nextEvent, until } from '../support/wait.js';
import { button, likesUrl, pressed, status } from './like-button-helpers.js';

const forcedColors = (value: 'active' | 'none'): Promise<unknown> => executeServerCommand('emulate-forced-colors', value);

const POSTER = '/demo/img/chechnya-video.svg';
const withPoster = () => article({ video: { ...(article().video as object), thumbnail: { src: POSTER, width: 1280, height: 720 } } });
const withoutPoster = () => article({ video: { ...(article().video as object), thumbnail: undefined } });
/** A document that takes long enough to see each widget's placeholder. */
const slowDocument = () => docUrl(uniqueKey('forced-loading'), { delay: 3000 });

// --- What a reader sees: colours as painted -------------------------------------------------

type Rgba = [number, number, number, number];

/** A computed colour: `rgb()`/`rgba()`, or `color(srgb …)` (what color-mix() computes to). */
function parseColor(value: string): Rgba {
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
const over = ([r, g, b, a]: Rgba, [R, G, B]: Rgba): Rgba => [r * a + R * (1 - a), g * a + G * (1 - a), b * a + B * (1 - a), 1];

/** WCAG's contrast ratio of two opaque colours. */
function contrast(x: Rgba, y: Rgba): number {
  const luminance = (c: Rgba) =>
    c.slice(0, 3).reduce((sum, channel, i) => {
      const s = channel / 255;
      return sum + [0.2126, 0.7152, 0.0722][i]! * (s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4);
    }, 0);
  const [light, dark] = [luminance(x), luminance(y)].sort((a, b) => b - a) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

const show = (c: Rgba) => `rgb(${c.slice(0, 3).map(Math.round).join(' ')})`;

/** The page's own background: `Canvas` (forced or not, the root here paints none). */
function canvasColor(): Rgba {
  const probe = document.body.appendChild(Object.assign(document.createElement('div'), { style: 'background-color: Canvas' }));
  const color = parseColor(getComputedStyle(probe).backgroundColor);
  probe.remove();
  return color;
}

/** The parent in the flat tree, as it is painted (slot, then shadow host). */
const paintedParent = (el: Element): Element | null =>
  el.assignedSlot ?? el.parentElement ?? (el.getRootNode() instanceof ShadowRoot ? (el.getRootNode() as ShadowRoot).host : null);

/**
 * What is painted behind `el`: its and its ancestors' background colours, composed up to the
 * first opaque one, over the canvas; and the opacity of the ancestors below that one, which
 * fades `el`'s foreground into it. Pictures (a poster, a thumbnail) are not colours: see the
 * play button's tests for what is drawn over one.
 */
function behind(el: Element): { background: Rgba; opacity: number } {
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
function painted(el: Element, foreground: string): { ratio: number; text: string } {
  const { background, opacity } = behind(el);
  const [r, g, b, a] = parseColor(foreground);
  const color = over([r, g, b, a * opacity], background);
  const ratio = contrast(color, background);
  return { ratio, text: `${show(color)} on ${show(background)} (${ratio.toFixed(2)}:1)` };
}

/**
 * The colours `img` paints at `points` (CSS px from the top left of its box), drawn as it is
 * laid out: object-fit cover, centred. A same-origin picture, so the canvas can be read.
 */
function pictureAt(img: HTMLImageElement, points: [number, number][]): Rgba[] {
  const style = getComputedStyle(img);
  expect([style.objectFit, style.objectPosition], 'the poster as this test draws it').to.deep.equal(['cover', '50% 50%']);
  const { width, height } = img.getBoundingClientRect();
  const canvas = Object.assign(document.createElement('canvas'), { width: Math.ceil(width), height: Math.ceil(height) });
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  const scale = Math.max(width / img.naturalWidth, height / img.naturalHeight);
  const [w, h] = [img.naturalWidth * scale, img.naturalHeight * scale];
  context.drawImage(img, (width - w) / 2, (height - h) / 2, w, h);
  return points.map(([x, y]) => {
    const [r = 0, g = 0, b = 0, a = 0] = context.getImageData(Math.floor(x), Math.floor(y), 1, 1).data;
    return over([r, g, b, a / 255], canvasColor());
  });
}

// --- The widgets' shadow trees --------------------------------------------------------------

/** Every element of `root`, nested shadow trees included. */
const elementsOf = (root: ShadowRoot): Element[] =>
  [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? elementsOf(el.shadowRoot) : [])]);

const nameOf = (el: Element): string => `<${el.localName}${el.getAttribute('part') ? ` part=${el.getAttribute('part')}` : ''}${el.getAttribute('class') ? ` class=${el.getAttribute('class')}` : ''}>`;

/** Is this text on screen? (Not screen-reader only, not hidden, and it has a box.) */
function shown(text: Text): boolean {
  const parent = text.parentElement!;
  if (parent.closest('.visually-hidden, option') || getComputedStyle(parent).visibility !== 'visible') return false;
  const range = document.createRange();
  range.selectNodeContents(text);
  return [...range.getClientRects()].some((box) => box.width > 0 && box.height > 0);
}

/**
 * The texts of `widget` a reader could not read: below 4.5:1 against what is behind them (forced
 * colours are a high-contrast palette, so only a colour that escaped it falls short). A select
 * paints its chosen option itself, in its own colour.
 */
function unreadable(widget: Element): string[] {
  const problems: string[] = [];
  for (const el of elementsOf(widget.shadowRoot!)) {
    const texts = el instanceof HTMLSelectElement ? [el.selectedOptions[0]?.textContent ?? ''] : [...el.childNodes].filter((node): node is Text => node instanceof Text && node.data.trim() !== '' && shown(node)).map((node) => node.data);
    if (!texts.some((text) => text.trim())) continue;
    const { ratio, text } = painted(el, getComputedStyle(el).color);
    if (ratio < 4.5) problems.push(`${nameOf(el)} "${texts.join('').trim().slice(0, 30)}": ${text}`);
  }
  return problems;
}

// --- Each state a reader can meet -----------------------------------------------------------

interface State {
  name: string;
  /** The widget, fixtured and brought into the state. */
  render: () => Promise<StoryWidget>;
}

/** `template` on the page (after a button to Tab from), once `reached` holds for its widget. */
async function place<T extends StoryWidget>(template: TemplateResult, reached: (el: T) => boolean, what: string): Promise<T> {
  const page = await fixture<HTMLElement>(html`<main style="inline-size: 40rem"><button id="before">Before</button>${template}</main>`);
  const el = page.querySelector<T>('[state]')!;
  await until(() => reached(el), 5000, what);
  await el.updateComplete;
  return el;
}

const isReady = (el: StoryWidget) => el.getAttribute('state') === 'ready';
const isLoading = (el: StoryWidget) => el.getAttribute('state') === 'loading';

/** A like button with an endpoint, clicked; resolves once `settled` holds. */
async function clickedLike(endpoint: string, settled: (el: LikeButton) => Promise<unknown>): Promise<LikeButton> {
  const el = await place<LikeButton>(html`<like-button count="3" endpoint=${endpoint}></like-button>`, isReady, 'ready');
  const done = settled(el);
  button(el).click();
  await done;
  await el.updateComplete;
  return el;
}

const READY: State[] = [
  { name: 'article-card vertical', render: () => place(html`<article-card .data=${article()}></article-card>`, isReady, 'ready') },
  { name: 'article-card horizontal', render: () => place(html`<article-card layout="horizontal" .data=${article()}></article-card>`, isReady, 'ready') },
  { name: 'article-card minimal', render: () => place(html`<article-card layout="minimal" .data=${article()}></article-card>`, isReady, 'ready') },
  { name: 'like-button not liked', render: () => place(html`<like-button count="3" endpoint=${likesUrl(uniqueKey('forced-not-liked'))}></like-button>`, isReady, 'ready') },
  { name: 'like-button liked', render: () => clickedLike(likesUrl(uniqueKey('forced-liked')), (el) => nextEvent(el, 'like-change')) },
  {
    name: 'like-button pending (a like being sent)',
    render: () => clickedLike(likesUrl(uniqueKey('forced-pending'), { delay: 3000 }), (el) => until(() => !!el.shadowRoot!.querySelector('.pending'), 2000, 'pending')),
  },
  { name: 'like-button failed (status line says so)', render: () => clickedLike(likesUrl(uniqueKey('forced-failed'), { status: 500 }), (el) => nextEvent(el, 'error')) },
  { name: 'language-switcher links', render: () => place(html`<language-switcher show-current .data=${article()}></language-switcher>`, isReady, 'ready') },
  { name: 'language-switcher select', render: () => place(html`<language-switcher variant="select" .data=${article()}></language-switcher>`, isReady, 'ready') },
  { name: 'related-stories list', render: () => place(html`<related-stories .data=${article()}></related-stories>`, isReady, 'ready') },
  { name: 'related-stories grid', render: () => place(html`<related-stories layout="grid" .data=${article()}></related-stories>`, isReady, 'ready') },
  { name: 'video-embed poster with a picture', render: () => place(html`<video-embed .data=${withPoster()}></video-embed>`, isReady, 'ready') },
  { name: 'video-embed poster without a picture', render: () => place(html`<video-embed .data=${withoutPoster()}></video-embed>`, isReady, 'ready') },
];

/** Nothing to Tab to in these: a button without an endpoint is disabled. */
const INERT: State[] = [{ name: 'like-button disabled (no endpoint)', render: () => place(html`<like-button count="3"></like-button>`, isReady, 'ready') }];

const LOADING: State[] = [
  { name: 'article-card vertical', render: () => place(html`<article-card src=${slowDocument()}></article-card>`, isLoading, 'loading') },
  { name: 'article-card horizontal', render: () => place(html`<article-card layout="horizontal" src=${slowDocument()}></article-card>`, isLoading, 'loading') },
  // Only an endpoint: the count is asked for, and the placeholder shows until it comes.
  {
    name: 'like-button',
    render: () => place<LikeButton>(html`<like-button endpoint=${likesUrl(uniqueKey('forced-live'), { delay: 3000 })}></like-button>`, (el) => !!el.shadowRoot?.querySelector('.bar'), 'placeholder'),
  },
  { name: 'language-switcher links', render: () => place(html`<language-switcher src=${slowDocument()}></language-switcher>`, isLoading, 'loading') },
  { name: 'language-switcher select', render: () => place(html`<language-switcher variant="select" src=${slowDocument()}></language-switcher>`, isLoading, 'loading') },
  { name: 'related-stories list', render: () => place(html`<related-stories loading="eager" src=${slowDocument()}></related-stories>`, isLoading, 'loading') },
  { name: 'related-stories grid', render: () => place(html`<related-stories loading="eager" layout="grid" src=${slowDocument()}></related-stories>`, isLoading, 'loading') },
  { name: 'video-embed', render: () => place(html`<video-embed src=${slowDocument()}></video-embed>`, isLoading, 'loading') },
];

/** The page's keyboard focus, inside shadow trees. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

const borderOf = (el: Element): string => {
  const style = getComputedStyle(el);
  return ['top', 'right', 'bottom', 'left'].map((side) => `${style.getPropertyValue(`border-${side}-style`)} ${style.getPropertyValue(`border-${side}-width`)}`).join(', ');
};

/**
 * Why `el`, focused, shows no ring (undefined when it does): an outline of its own or of a
 * pseudo-element (a stretched link draws its ring on ::after), at least 3:1 against what is
 * behind it unless it is the browser's own two-tone ring (`auto`); or else a border that
 * changed with focus.
 */
function missingRing(el: Element, unfocusedBorder: string): string | undefined {
  for (const pseudo of [null, '::after', '::before']) {
    const style = getComputedStyle(el, pseudo);
    if (pseudo && style.content === 'none') continue;
    if (style.outlineStyle === 'none' || !(parseFloat(style.outlineWidth) > 0)) continue;
    if (style.outlineStyle === 'auto') return undefined;
    const { ratio, text } = painted(el, style.outlineColor);
    return ratio >= 3 ? undefined : `${nameOf(el)}${pseudo ?? ''}: its outline is ${text}`;
  }
  return borderOf(el) !== unfocusedBorder ? undefined : `${nameOf(el)}: no outline, and the border did not change`;
}

const FOCUSABLE = 'a[href], button:enabled, select:enabled, input:enabled, [tabindex]:not([tabindex="-1"])';

describe('forced colours (Windows high contrast)', () => {
  const savedLoader = { ...loaderSettings };
  beforeEach(() => forcedColors('active'));
  afterEach(async () => {
    await forcedColors('none');
    Object.assign(loaderSettings, savedLoader);
    clearLoaderCache();
  });

  it('is emulated: the media query matches and author colours are forced, until reset', async () => {
    const el = await fixture<HTMLElement>(html`<p style="color: rgb(1, 2, 3); background-color: rgb(4, 5, 6)">text</p>`);
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    expect(getComputedStyle(el).color).not.to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(el).backgroundColor).not.to.equal('rgb(4, 5, 6)');
    await forcedColors('none');
    expect(matchMedia('(forced-colors: active)').matches).to.equal(false);
    expect(getComputedStyle(el).color).to.equal('rgb(1, 2, 3)');
  });

  describe('every text stands out from what is behind it', () => {
    for (const { name, render } of [...READY, ...INERT]) {
      it(name, async () => {
        const el = await render();
        expect(unreadable(el)).to.deep.equal([]);
      });
    }
  });

  describe('each focusable element shows a focus ring after Tab', () => {
    for (const { name, render } of READY) {
      it(name, async () => {
        const el = await render();
        const focusable = elementsOf(el.shadowRoot!).filter((node) => node.matches(FOCUSABLE));
        const borders = new Map(focusable.map((node) => [node, borderOf(node)]));
        expect(focusable, 'something to focus').not.to.have.length(0);
        el.parentElement!.querySelector<HTMLElement>('#before')!.focus();
        const reached: Element[] = [];
        const problems: string[] = [];
        for (;;) {
          await sendKeys({ press: 'Tab' });
          const active = deepActive();
          if (!active || !el.contains(document.activeElement) || reached.includes(active)) break;
          reached.push(active);
          const problem = missingRing(active, borders.get(active) ?? '');
          if (problem) problems.push(problem);
        }
        expect(reached, 'Tab reaches every focusable element').to.have.members(focusable);
        expect(problems).to.deep.equal([]);
      });
    }
  });

  describe('like button', () => {
    it('liked and not liked differ by more than colour: the pressed one has a thicker border', async () => {
      const notLiked = await READY.find(({ name }) => name === 'like-button not liked')!.render();
      const liked = await READY.find(({ name }) => name === 'like-button liked')!.render();
      expect([pressed(notLiked as LikeButton), pressed(liked as LikeButton)]).to.deep.equal(['false', 'true']);
      const width = (el: StoryWidget) => parseFloat(getComputedStyle(button(el as LikeButton)).borderTopWidth);
      expect(width(liked), 'border of the liked button').to.be.at.least(width(notLiked) + 1.5);
    });

    it('the failure is said in words, not only in a colour', async () => {
      const failed = await READY.find(({ name }) => name.startsWith('like-button failed'))!.render();
      expect(status(failed as LikeButton)).to.equal('Couldn’t save your like. Try again.');
    });
  });

  describe('the video’s play button', () => {
    for (const { name, render } of READY.filter(({ name }) => name.startsWith('video-embed'))) {
      it(`${name}: its icon stands out`, async () => {
        const el = await render();
        const root = el.shadowRoot!;
        const poster = root.querySelector<HTMLImageElement>('[part=poster]');
        if (poster) await until(() => poster.complete && poster.naturalWidth > 0, 3000, 'the poster');
        const [svg, square, triangle] = ['svg', 'rect', 'path'].map((selector) => root.querySelector(selector)!) as [SVGSVGElement, SVGRectElement, SVGPathElement];
        const { width, height } = square.getBoundingClientRect();
        expect(width * height, 'the icon has a size').to.be.greaterThan(100);
        expect(getComputedStyle(svg).visibility).to.equal('visible');
        const squareStyle = getComputedStyle(square);
        const [r, g, b, a] = parseColor(squareStyle.fill);
        // Over a picture the square's edge may be lost in it, so the triangle must stand out
        // from the square; with no picture, the square from the frame too.
        const { background } = behind(square);
        const squareColor = over([r, g, b, a * Number(squareStyle.fillOpacity)], background);
        const triangleColor = over(parseColor(getComputedStyle(triangle).fill), squareColor);
        expect(contrast(triangleColor, squareColor), `triangle ${show(triangleColor)} on square ${show(squareColor)}`).to.be.at.least(3);
        if (!poster) expect(contrast(squareColor, background), `square ${show(squareColor)} on the frame ${show(background)}`).to.be.at.least(3);
      });
    }

    // The frame clips what is outside it, so the ring is drawn inside, over the poster, whose
    // colours forced colours leave as they are (a dark poster under the light palette's dark ring);
    // the page's own colours put a dark red ring over it too. At each place round the edge, the
    // ring or the band inside it (a box-shadow, which forced colours take away) must stand out.
    for (const mode of ['active', 'none'] as const) {
      it(`its focus ring stands out from the poster under it, all round (forced colours ${mode === 'active' ? 'on' : 'off'})`, async () => {
        await forcedColors(mode);
        const el = await READY.find(({ name }) => name === 'video-embed poster with a picture')!.render();
        const poster = el.shadowRoot!.querySelector<HTMLImageElement>('[part=poster]')!;
        const play = el.shadowRoot!.querySelector<HTMLButtonElement>('[part=play]')!;
        await until(() => poster.complete && poster.naturalWidth > 0, 3000, 'the poster');
        el.parentElement!.querySelector<HTMLElement>('#before')!.focus();
        await sendKeys({ press: 'Tab' });
        expect(deepActive(), 'Tab reaches the play button').to.equal(play);
        const style = getComputedStyle(play);
        const ringWidth = parseFloat(style.outlineWidth);
        // How far inside the button's edge the middle of the ring lies.
        const inset = -parseFloat(style.outlineOffset) - ringWidth / 2;
        expect(style.outlineStyle, 'a ring').not.to.equal('none');
        expect(inset, 'the ring inside the frame, which clips').to.be.at.least(ringWidth / 2);
        // An inset box-shadow `<color> 0 0 0 <spread> inset`: the band between the ring and the spread.
        const shadow = /^(rgba?\([^)]*\)) 0px 0px 0px ([\d.]+)px inset$/.exec(style.boxShadow);
        const bandInset = shadow ? (inset + ringWidth / 2 + parseFloat(shadow[2]!)) / 2 : 0;
        const band = shadow ? parseColor(shadow[1]!) : undefined;
        const box = play.getBoundingClientRect();
        const image = poster.getBoundingClientRect();
        /** The point `depth` px inside the edge, at fraction `f` along side `side`. */
        const at = (side: number, f: number, depth: number): [number, number] => {
          const [x, y] = [box.left - image.left + f * box.width, box.top - image.top + f * box.height];
          const sides: [number, number][] = [
            [x, box.top - image.top + depth],
            [x, box.bottom - image.top - depth],
            [box.left - image.left + depth, y],
            [box.right - image.left - depth, y],
          ];
          return sides[side]!;
        };
        const places: [number, number][] = [];
        for (let f = 0.1; f < 0.95; f += 0.1) for (let side = 0; side < 4; side++) places.push([side, f]);
        const veil = parseColor(style.backgroundColor);
        const ring = parseColor(style.outlineColor);
        const underRing = pictureAt(poster, places.map(([side, f]) => at(side, f, inset)));
        const underBand = pictureAt(poster, places.map(([side, f]) => at(side, f, bandInset)));
        const weak = places.flatMap((place, i) => {
          const under = over(veil, underRing[i]!);
          const ratio = contrast(over(ring, under), under);
          const bandUnder = over(veil, underBand[i]!);
          const bandRatio = band ? contrast(over(band, bandUnder), bandUnder) : 0;
          return Math.max(ratio, bandRatio) < 3
            ? [`at ${at(...place, inset).map(Math.round).join(',')}: ${show(over(ring, under))} on ${show(under)} (${ratio.toFixed(2)}:1), band ${bandRatio.toFixed(2)}:1`]
            : [];
        });
        expect(weak).to.deep.equal([]);
      });
    }
  });

  describe('a loading placeholder keeps its box when forced colours take its bars away', () => {
    for (const { name, render } of LOADING) {
      it(name, async () => {
        await forcedColors('none');
        const el = await render();
        const boxes = () =>
          [el, ...elementsOf(el.shadowRoot!)].map((node) => {
            const { x, y, width, height } = node.getBoundingClientRect();
            return `${nameOf(node)} ${[x, y, width, height].map(Math.round).join(' ')}`;
          });
        const before = boxes();
        await forcedColors('active');
        expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
        expect(el.getBoundingClientRect().height, 'a box at all').to.be.greaterThan(0);
        expect(boxes()).to.deep.equal(before);
        expect(unreadable(el)).to.deep.equal([]);
      });
    }
  });

  it('a widget in error or with nothing to show stays without a box', async () => {
    loaderSettings.retries = 0;
    const failing = docUrl(uniqueKey('forced-error'), { status: 500 });
    const page = await fixture<HTMLElement>(html`<main>
      <article-card src=${failing}></article-card><like-button src=${failing}></like-button><language-switcher src=${failing}></language-switcher
      ><related-stories loading="eager" src=${failing}></related-stories><video-embed src=${failing}></video-embed
      ><language-switcher .data=${article({ translations: [] })}></language-switcher><related-stories .data=${article({ related: [] })}></related-stories
      ><video-embed url="https://example.com/not-a-video"></video-embed>
    </main>`);
    const widgets = [...page.querySelectorAll<StoryWidget>('[state]')];
    await until(() => widgets.every((el) => el.getAttribute('state') === 'error' || el.hasAttribute('empty')), 5000, 'errors');
    expect(widgets.map((el) => `${el.localName} ${el.getBoundingClientRect().height}`)).to.deep.equal(widgets.map((el) => `${el.localName} 0`));
  });
});
