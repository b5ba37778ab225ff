// The liked heart as a reader sees it on a page that sets no `--sw-accent`: its pink, and the
// button's border of the same pink, are graphics that must stand out (WCAG 1.4.11, 3:1) from the
// page behind them, white or dark (a dark theme's #121212 to #222).
import { expect, fixture, html } from '@open-wc/testing';
import type { LikeButton } from '../../src/elements/like-button/define.js';
import '../../src/elements/like-button/define.js';
import { painted } from '../support/painted-colours.js';
import { uniqueKey } from '../support/fixtures.js';
import { button, likesUrl, pressed } from './like-button-helpers.js';

describe('<like-button> liked, on a page that sets no accent', () => {
  for (const background of ['#ffffff', '#121212', '#1e1e1e', '#222222']) {
    it(`shows its heart and border at 3:1 or more on ${background}`, async () => {
      const page = await fixture<HTMLElement>(html`<div style="background: ${background}; color: ${background === '#ffffff' ? '#111' : '#eee'}; padding: 1em">
        <like-button endpoint=${likesUrl(uniqueKey('liked-colour'))} count="3" liked></like-button>
      </div>`);
      const el = page.querySelector<LikeButton>('like-button')!;
      await el.updateComplete;
      // Enabled (a disabled one is faded), liked, its colour transitions over.
      expect(button(el).disabled, 'enabled').to.equal(false);
      expect(pressed(el), 'liked').to.equal('true');
      await Promise.all(el.shadowRoot!.getAnimations().map((animation) => animation.finished));
      const heart = el.shadowRoot!.querySelector('svg')!;
      const fill = painted(heart, getComputedStyle(heart).fill);
      const border = painted(button(el), getComputedStyle(button(el)).borderTopColor);
      expect(fill.ratio, `the heart: ${fill.text}`).to.be.at.least(3);
      expect(border.ratio, `the border: ${border.text}`).to.be.at.least(3);
    });
  }
});
