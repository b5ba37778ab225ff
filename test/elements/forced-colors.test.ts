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
import { clearLoaderCache } from '../../src/core/loader.js';
import { loaderSettings } from '../../src/core/loader-settings.js';
import type { StoryWidget } from '../../src/core/story-widget.js';
import type { LikeButton } from '../../src/elements/like-button/like-button.js';
import { article, docUrl, uniqueKey } from '../support/fixtures.js';
import { behind, contrast, over, painted, parseColor, show } from '../support/painted-colours.js';
import { look, weakIndicator } from '../support/focus-ring.js';
import { deepActive, elementsOf, FOCUSABLE, nameOf, tabThrough } from '../support/shadow-trees.js';
import { until } from '../support/wait.js';
import { button, pressed, status } from './like-button-helpers.js';
import { INERT, LOADING, READY } from './widget-states.js';

const forcedColors = (value: 'active' | 'none'): Promise<unknown> => executeServerCommand('emulate-forced-colors', value);

// --- What a reader sees under forced colours --------------------------------------------

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
        const problems: string[] = [];
        const reached = await tabThrough(el, (active) => {
          const problem = missingRing(active, borders.get(active) ?? '');
          if (problem) problems.push(problem);
        });
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
        // Its box, forced to the page's colour, shows its edge: else a video without a poster is
        // a lone button in an empty gap, far from its title.
        const frame = root.querySelector('[part=frame]')!;
        const edge = getComputedStyle(frame);
        expect([edge.outlineStyle, parseFloat(edge.outlineWidth) > 0], 'the frame’s edge').to.deep.equal(['solid', true]);
        expect(contrast(over(parseColor(edge.outlineColor), background), background), 'the edge against the page').to.be.at.least(3);
      });
    }

    // The frame clips what is outside it, so the ring is drawn inside, over the poster, whose
    // colours forced colours leave as they are (a dark poster under the light palette's dark ring);
    // the page's own colours put a dark red ring over it too. At each place round the edge, the
    // ring or a band inside it (box-shadows, which forced colours take away) must stand out from
    // the poster's pixels and the veil over them: measured as focus-visible.test.ts measures rings.
    for (const mode of ['active', 'none'] as const) {
      it(`its focus ring stands out from the poster under it, all round (forced colours ${mode === 'active' ? 'on' : 'off'})`, async () => {
        await forcedColors(mode);
        const el = await READY.find(({ name }) => name === 'video-embed poster with a picture')!.render();
        const poster = el.shadowRoot!.querySelector<HTMLImageElement>('[part=poster]')!;
        const play = el.shadowRoot!.querySelector<HTMLButtonElement>('[part=play]')!;
        await until(() => poster.complete && poster.naturalWidth > 0, 3000, 'the poster');
        const unfocused = look(play);
        el.parentElement!.querySelector<HTMLElement>('#before')!.focus();
        await sendKeys({ press: 'Tab' });
        expect(deepActive(), 'Tab reaches the play button').to.equal(play);
        const style = getComputedStyle(play);
        const ringWidth = parseFloat(style.outlineWidth);
        // How far inside the button's edge the middle of the ring lies.
        const inset = -parseFloat(style.outlineOffset) - ringWidth / 2;
        expect(style.outlineStyle, 'a ring').not.to.equal('none');
        expect(inset, 'the ring inside the frame, which clips').to.be.at.least(ringWidth / 2);
        expect(weakIndicator(play, unfocused)).to.deep.equal([]);
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
