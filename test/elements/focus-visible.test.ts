// Focus indicators in the page's own colours (WCAG 2.4.7, 2.4.11 and 1.4.11): every widget in
// each ready state, in every theme we ship as a site would apply it (the Storybook toolbar's
// Light, Dark and Brand host pages of stories/support/themes.css; the demo site of
// demo/site.css, light and with `prefers-color-scheme: dark`, and the gallery's themed
// specimen; and a dark page that themes nothing), is walked with Tab, and at each focusable element the ring is measured where it
// is painted: at places all round it, its colour against what is painted there under it (the
// theme's page, a card, a poster's pixels), at least 3:1. A ring of two colours (an outline
// with a band of box-shadow beside it) counts where one of them reaches 3:1. A focus that shows
// no outline and changes nothing else is hidden.
import { expect, html } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import type { StoryWidget } from '../../src/core/story-widget.js';
import { docUrl, uniqueKey } from '../support/fixtures.js';
import { look, weakIndicator } from '../support/focus-ring.js';
import { contrast, paintedAt, show } from '../support/painted-colours.js';
import { elementsOf, FOCUSABLE, tabThrough } from '../support/shadow-trees.js';
import { until } from '../support/wait.js';
import { place, READY, withPoster, type Frame, type State } from './widget-states.js';

// --- The themes, as a site applies them -----------------------------------------------------

interface Theme {
  name: string;
  /** The host page's stylesheet. */
  stylesheet: string;
  /** The reader's `prefers-color-scheme`. */
  scheme: 'light' | 'dark';
  /** Whether the page behind the widgets is dark. */
  dark: boolean;
  frame: Frame;
}

/** The Storybook toolbar's theme: its story root, `data-theme` on it. */
const storyRoot =
  (theme: string): Frame =>
  (main) =>
    html`<div class="sw-story" data-theme=${theme} lang="en" dir="ltr">${main}</div>`;
const STORYBOOK = '/stories/support/themes.css';
const SITE = '/demo/site.css';
/** The demo site themes its pages from `:root`. */
const sitePage: Frame = (main) => main;
/** The gallery's specimen themed with `--sw-*` alone (demo/gallery.html). */
const themedSpecimen: Frame = (main) => html`<div class="gallery"><div class="themed">${main}</div></div>`;

const THEMES: Theme[] = [
  { name: 'Storybook light (the default)', stylesheet: STORYBOOK, scheme: 'light', dark: false, frame: storyRoot('light') },
  { name: 'Storybook dark', stylesheet: STORYBOOK, scheme: 'dark', dark: true, frame: storyRoot('dark') },
  { name: 'Storybook brand', stylesheet: STORYBOOK, scheme: 'light', dark: false, frame: storyRoot('brand') },
  { name: 'demo site, light', stylesheet: SITE, scheme: 'light', dark: false, frame: sitePage },
  { name: 'demo site, prefers-color-scheme: dark', stylesheet: SITE, scheme: 'dark', dark: true, frame: sitePage },
  { name: 'demo gallery’s themed specimen, light', stylesheet: SITE, scheme: 'light', dark: false, frame: themedSpecimen },
  { name: 'demo gallery’s themed specimen, prefers-color-scheme: dark', stylesheet: SITE, scheme: 'dark', dark: true, frame: themedSpecimen },
  // A site's dark page that says nothing to the widgets: no `--sw-*`, no `color-scheme` (the
  // browser's field colours stay light).
  { name: 'a dark page that sets nothing for the widgets', stylesheet: 'data:text/css,:root{background:%23222;color:%23eee}', scheme: 'light', dark: true, frame: sitePage },
];

async function useStylesheet(href: string): Promise<HTMLLinkElement> {
  const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
  const loaded = new Promise((resolve, reject) => {
    link.onload = resolve;
    link.onerror = () => reject(new Error(`${href} did not load`));
  });
  document.head.append(link);
  await loaded;
  return link;
}

/** The transitions of `elements` run their course (the pulse of a like being sent never ends). */
async function transitionsDone(elements: Element[]): Promise<void> {
  const finite = elements.flatMap((el) => el.getAnimations()).filter((animation) => animation.effect?.getComputedTiming().iterations !== Infinity);
  await Promise.all(finite.map((animation) => animation.finished));
}

// --- Pictures under a ring ------------------------------------------------------------------

/**
 * The video's ring lies over its poster. Beside the demo's (dark at its edges): a poster of one
 * middle grey (2.6:1 to white, 2.0:1 to the default ring #c00), and a white one, which a light
 * ring (a dark theme's) and a white band both merge into.
 */
const plainPoster = (fill: string) =>
  docUrl(uniqueKey('focus-poster'), {
    type: 'image/svg+xml',
    body: `<svg xmlns="http://www.w3.org/2000/svg" width="1280" height="720"><rect width="1280" height="720" fill="${fill}"/></svg>`,
  });
const POSTERS: State[] = [
  ['middle grey', '#a0a0a0'],
  ['white', '#ffffff'],
].map(([name, fill]) => ({
  name: `video-embed poster with a ${name} picture`,
  render: (frame?: Frame) => place<StoryWidget>(html`<video-embed .data=${withPoster(plainPoster(fill!))}></video-embed>`, (el) => el.getAttribute('state') === 'ready', 'ready', frame),
}));

describe('focus indicators stand out (3:1) in every theme we ship', () => {
  // Room for the tallest widget: every place round a ring is on screen.
  before(() => setViewport({ width: 900, height: 1400 }));

  for (const theme of THEMES) {
    describe(theme.name, () => {
      let stylesheet: HTMLLinkElement | undefined;
      before(async () => {
        await emulateMedia({ colorScheme: theme.scheme });
        stylesheet = await useStylesheet(theme.stylesheet);
      });
      after(async () => {
        stylesheet?.remove();
        await emulateMedia({ colorScheme: 'light' });
      });

      for (const { name, render } of [...READY, ...POSTERS]) {
        it(name, async () => {
          const el = await render(theme.frame);
          for (const poster of el.shadowRoot!.querySelectorAll<HTMLImageElement>('[part=poster]')) await until(() => poster.complete && poster.naturalWidth > 0, 3000, 'the poster');
          const host = el.getBoundingClientRect();
          const page = paintedAt(host.left - 4, host.top + 2);
          expect(contrast(page, [0, 0, 0, 1]) < contrast(page, [255, 255, 255, 1]), `the page behind the widget (${show(page)}) is ${theme.dark ? 'dark' : 'light'}`).to.equal(theme.dark);

          const focusable = elementsOf(el.shadowRoot!).filter((node) => node.matches(FOCUSABLE));
          expect(focusable, 'something to focus').not.to.have.length(0);
          await transitionsDone(elementsOf(el.shadowRoot!));
          const unfocused = new Map(focusable.map((node) => [node, look(node)]));
          const problems: string[] = [];
          const reached = await tabThrough(el, async (active) => {
            await transitionsDone(elementsOf(el.shadowRoot!));
            problems.push(...weakIndicator(active, unfocused.get(active) ?? []));
          });
          expect(reached, 'Tab reaches every focusable element').to.have.members(focusable);
          expect(problems).to.deep.equal([]);
        });
      }
    });
  }
});
