// No text is lost (contract §9; WCAG 1.4.4, 1.4.10, 1.4.12): every widget in every layout, on
// a page 320 CSS px wide, at 200 % zoom of a 1280 px window, with the WCAG text-spacing
// overrides, and at 320 px with the root's text doubled (a phone's large-text setting). A title, name or count never has hidden overflow, nothing overflows its widget
// and the page never scrolls sideways.
//
// 200 % zoom is a 640 × 450 CSS px viewport at device pixel ratio 2: what browser zoom does to
// a 1280 × 900 window (the CSS viewport halves, media and container queries see 640 px, each
// CSS px is two device px). CSS `zoom: 2` on the root would be less faithful: the viewport
// stays 1280 px wide for media queries and `vw`, and scroll sizes mix zoomed and unzoomed units.
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/index.js';
import { clearLoaderCache } from '../../src/core/loader.js';
import type { StoryWidget } from '../../src/core/story-widget.js';
import { type Json, article } from '../support/fixtures.js';
import { DEFAULT_VIEWPORT, PHONE, ZOOM_200, spaceText } from '../support/small-screens.js';
import { until } from '../support/wait.js';

/** A 64-letter German compound: no break opportunity anywhere. */
export const LONG_WORD = 'Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichenträger';

interface Condition {
  name: string;
  viewport: { width: number; height: number; deviceScaleFactor?: number };
  spacing?: boolean;
  /** The root's font size, as a phone's large-text setting makes it. */
  rootFontSize?: string;
}

const CONDITIONS: Condition[] = [
  { name: 'at 320 CSS px', viewport: PHONE },
  { name: 'at 200 % zoom of a 1280 px window', viewport: ZOOM_200 },
  { name: 'with the WCAG text-spacing overrides at 320 px', viewport: PHONE, spacing: true },
  { name: 'at 320 CSS px with the root’s text at 200 % (a phone’s large text)', viewport: PHONE, rootFontSize: '200%' },
];

const long = article({
  title: `${LONG_WORD} und die Chechnya’s Anti-LGBTQ Purge Has Restarted, Says Russian LGBTQ Network Once Again`,
  author: { name: LONG_WORD, url: 'https://news.example/author/x/' },
  image: { src: '/nothing/here.png', alt: '', width: 1200, height: 630, credit: `${LONG_WORD} via iStock` },
  likes: { count: 123_456, endpoint: '/test-api/likes?key=reflow' },
  translations: ['fr', 'de', 'es', 'pt-BR', 'ru', 'ar', 'zh-Hant'].map((language) => ({ language, url: `https://news.example/${language}/` })),
});
long.related = (long.related as Json[]).map((story, i) => ({ ...story, title: i ? story.title : `${LONG_WORD} ${String(story.title)}` }));
long.video = { ...(long.video as Json), title: `${LONG_WORD} ${LONG_WORD}`, duration: 'PT99H59M59S' };

/** Every widget in every layout, each on the seed article and on the long-word one. */
const WIDGETS: [string, (data: Json) => TemplateResult][] = [
  ['article-card vertical', (data) => html`<article-card .data=${data}></article-card>`],
  ['article-card horizontal', (data) => html`<article-card layout="horizontal" .data=${data}></article-card>`],
  ['article-card minimal', (data) => html`<article-card layout="minimal" .data=${data}></article-card>`],
  ['article-card horizontal, Arabic page', (data) => html`<article-card layout="horizontal" lang="ar" dir="rtl" .data=${data}></article-card>`],
  ['like-button', (data) => html`<like-button .data=${data}></like-button>`],
  ['like-button, French', (data) => html`<like-button lang="fr" .data=${data}></like-button>`],
  ['language-switcher links', (data) => html`<language-switcher show-current .data=${data}></language-switcher>`],
  ['language-switcher select', (data) => html`<language-switcher variant="select" .data=${data}></language-switcher>`],
  ['related-stories list', (data) => html`<related-stories .data=${data}></related-stories>`],
  ['related-stories grid', (data) => html`<related-stories layout="grid" .data=${data}></related-stories>`],
  ['video-embed', (data) => html`<video-embed .data=${data}></video-embed>`],
  ['video-embed, Arabic page', (data) => html`<video-embed lang="ar" dir="rtl" .data=${data}></video-embed>`],
];

/** The boxes whose text must be readable whole: titles, names, counts (and the lines around them). */
const TEXT_BOXES = '[part=title], [part=link], [part=author], [part=credit], [part=meta], [part=status], [part=count], [part=label], [part=list], [part=select], [part=heading], [part=current], [part=play], [part=duration], [part=notice]';

/** Everything in a shadow tree, nested shadow trees included. */
function elementsOf(root: ShadowRoot): Element[] {
  return [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? elementsOf(el.shadowRoot) : [])]);
}

const describeBox = (el: Element): string => `<${el.localName}${el.getAttribute('part') ? ` part=${el.getAttribute('part')}` : ''}${el.className ? ` class=${String(el.className)}` : ''}> "${el.textContent!.trim().slice(0, 40)}"`;

/** What a reader would miss in `widget`: hidden overflow, and boxes outside the widget. */
function lostText(widget: Element): string[] {
  const problems: string[] = [];
  const host = widget.getBoundingClientRect();
  for (const el of elementsOf(widget.shadowRoot!)) {
    if (el.closest('.visually-hidden') || el instanceof HTMLSlotElement) continue;
    const style = getComputedStyle(el);
    if (style.display === 'none') continue;
    const box = el.getBoundingClientRect();
    // A box of its own (not inline): its content must fit it, unless it is the summary, the one
    // text a clamp may cut (the clamp cuts at a line: nothing shows half).
    const clipping = style.overflowX !== 'visible' || style.overflowY !== 'visible';
    if (style.display !== 'inline' && (clipping || el.matches(TEXT_BOXES))) {
      if (el.scrollWidth > el.clientWidth) problems.push(`${describeBox(el)} is ${el.scrollWidth - el.clientWidth}px too wide for its box`);
      if (el.scrollHeight > el.clientHeight && !el.matches('[part=summary]')) problems.push(`${describeBox(el)} is ${el.scrollHeight - el.clientHeight}px too tall for its box`);
    }
    if (box.width && box.height && (box.left < host.left - 1 || box.right > host.right + 1 || box.top < host.top - 1 || box.bottom > host.bottom + 1)) {
      problems.push(`${describeBox(el)} overflows the widget (${Math.round(box.left)}–${Math.round(box.right)} × ${Math.round(box.top)}–${Math.round(box.bottom)} in ${Math.round(host.left)}–${Math.round(host.right)} × ${Math.round(host.top)}–${Math.round(host.bottom)})`);
    }
  }
  return problems;
}

describe('reflow: no text lost in any widget', () => {
  after(() => setViewport(DEFAULT_VIEWPORT));
  afterEach(() => clearLoaderCache());

  for (const condition of CONDITIONS) {
    describe(condition.name, () => {
      let unspace: (() => void) | undefined;
      before(async () => {
        await setViewport(condition.viewport);
        if (condition.spacing) unspace = spaceText(document);
        document.documentElement.style.fontSize = condition.rootFontSize ?? '';
      });
      after(() => {
        unspace?.();
        document.documentElement.style.fontSize = '';
      });

      for (const [name, widget] of WIDGETS) {
        for (const [docName, data] of [['the seed article', article()], ['a 64-letter word and 123 456 likes', long]] as const) {
          it(`${name}, ${docName}`, async () => {
            // As on a page: a column with the usual 1em margins.
            const page = await fixture<HTMLElement>(html`<main style="padding-inline: 1em">${widget(data)}</main>`);
            const el = page.firstElementChild as StoryWidget;
            await until(() => el.getAttribute('state') === 'ready', 5000, `${name} ready`);
            // The text-spacing overrides reach into the shadow tree, as a user stylesheet would.
            if (unspace) spaceText(el.shadowRoot!);
            await el.updateComplete;
            await new Promise((resolve) => requestAnimationFrame(resolve));
            expect(lostText(el), name).to.deep.equal([]);
            expect(document.documentElement.scrollWidth, 'sideways page scroll').to.be.at.most(window.innerWidth);
            const host = el.getBoundingClientRect();
            expect(host.right, 'the widget fits the column').to.be.at.most(page.getBoundingClientRect().right + 1);
          });
        }
      }
    });
  }
});
