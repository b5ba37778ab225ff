// CONTRACT §9: every widget is themed by four shared custom properties set by the page:
// --sw-accent (a colour), --sw-radius, --sw-gap, --sw-muted, plus the ones documented per element
// (the select switcher's field colours). Each value must reach at least one node of every widget
// that draws something, whatever node the widget gives it to; the accent may be its focus ring's
// only (the card's title takes it on hover, the like button once pressed, the select's ring).
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/index.js';
import { clearLoaderCache } from '../../src/core/loader.js';
import { article } from '../support/fixtures.js';
import { until } from '../support/wait.js';

/** Values no widget uses by default, so finding one means the property reached the node. */
const THEME = {
  accent: 'rgb(1, 2, 3)', radius: '7px', gap: '13px', muted: 'rgb(4, 5, 6)',
  'select-color': 'rgb(7, 8, 9)', 'select-background': 'rgb(10, 11, 12)',
};
type ThemeKey = keyof typeof THEME;
const THEMED = Object.entries(THEME).map(([key, value]) => `--sw-${key}: ${value}`).join('; ');

type Kind = 'colour' | 'radius' | 'gap';
/** The computed values a property can end up in: every one but the radius and the gap is a colour. */
const kindOf = (key: ThemeKey): Kind => (key === 'radius' || key === 'gap' ? key : 'colour');

/** Every computed value of `el` and every node in its shadow root (their pseudo-elements too) for the properties a theme can reach. */
function shadowValues(el: Element): Record<Kind, Set<string>> {
  const found = { colour: new Set<string>(), radius: new Set<string>(), gap: new Set<string>() };
  for (const node of [el, ...el.shadowRoot!.querySelectorAll('*')]) {
    for (const pseudo of [null, '::before', '::after']) {
      const style = getComputedStyle(node, pseudo);
      for (const colour of [style.color, style.backgroundColor, style.borderTopColor, style.outlineColor, style.fill]) found.colour.add(colour);
      for (const radius of [style.borderTopLeftRadius, style.borderTopRightRadius]) found.radius.add(radius);
      for (const gap of [style.rowGap, style.columnGap, style.marginBlockStart, style.marginInlineEnd, style.marginInlineStart]) found.gap.add(gap);
    }
  }
  return found;
}

const documentWith = article({ video: { ...(article().video as object), thumbnail: { src: '/img/poster.jpg', alt: '' } } });

const WIDGETS: [name: string, template: (style: string) => TemplateResult, themed: ThemeKey[]][] = [
  ['article-card', (style) => html`<article-card style=${style} .data=${documentWith}></article-card>`, ['accent', 'radius', 'gap', 'muted']],
  ['like-button', (style) => html`<like-button style=${style} .data=${documentWith}></like-button>`, ['accent', 'radius', 'gap', 'muted']],
  ['language-switcher', (style) => html`<language-switcher style=${style} show-current .data=${documentWith}></language-switcher>`, ['accent', 'radius', 'muted']],
  ['language-switcher variant="select"', (style) => html`<language-switcher style=${style} variant="select" .data=${documentWith}></language-switcher>`, ['accent', 'radius', 'gap', 'muted', 'select-color', 'select-background']],
  ['related-stories', (style) => html`<related-stories style=${style} loading="eager" .data=${documentWith}></related-stories>`, ['accent', 'radius', 'gap', 'muted']],
  ['video-embed', (style) => html`<video-embed style=${style} .data=${documentWith}></video-embed>`, ['accent', 'radius', 'gap', 'muted']],
];

describe('theming: the custom properties reach every widget', () => {
  afterEach(() => clearLoaderCache());

  for (const [name, template, themed] of WIDGETS) {
    it(`<${name}> takes ${themed.map((key) => `--sw-${key}`).join(', ')} from the page`, async () => {
      const read = async (style: string) => {
        const wrapper = await fixture<HTMLElement>(html`<div><button>before</button>${template(style)}</div>`);
        const el = wrapper.lastElementChild as HTMLElement & { updateComplete: Promise<unknown> };
        await until(() => el.getAttribute('state') === 'ready', 5000, `<${name}> ready`);
        await el.updateComplete;
        // The widget's first control focused from the keyboard, so its focus ring shows.
        wrapper.querySelector('button')!.focus();
        await sendKeys({ press: 'Tab' });
        return shadowValues(el);
      };
      const plain = await read('');
      const styled = await read(THEMED);
      for (const key of themed) {
        // Not there without the theme (the test could not fail otherwise), there with it.
        expect(plain[kindOf(key)].has(THEME[key]), `--sw-${key} without a theme`).to.equal(false);
        expect(styled[kindOf(key)].has(THEME[key]), `--sw-${key} reaches a node`).to.equal(true);
      }
    });
  }
});
