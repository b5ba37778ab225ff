// On paper (Chromium's print media emulation): the like button prints nothing, as Jetpack's likes
// do (a button does nothing there, and the page's article is what a reader prints); the select
// variant of the switcher prints nothing either (a select on paper shows only the language it is
// in), while the links variant prints its sentence. `<video-embed>`'s print rules are in its own
// test. A site's rule for a tag brings it back on paper.
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/elements/language-switcher/define.js';
import '../../src/elements/like-button/define.js';
import { clearLoaderCache } from '../../src/core/loader.js';
import type { StoryWidget } from '../../src/core/story-widget.js';
import { article } from '../support/fixtures.js';
import { until } from '../support/wait.js';

/** An English article with a French translation and three likes. */
const doc = () => article({ language: 'en', likes: { count: 3 }, translations: [{ language: 'fr', url: 'https://news.example/fr/story/' }] });

/** The widget's box and what of its text is rendered (what a printer would put on paper). */
function printed(el: Element): { height: number; text: string } {
  const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement!;
    if (parent.checkVisibility({ visibilityProperty: true }) && parent.getClientRects().length) text += node.textContent;
  }
  return { height: Math.round(el.getBoundingClientRect().height), text: text.replace(/\s+/g, ' ').trim() };
}

async function page(): Promise<{ like: StoryWidget; links: StoryWidget; select: StoryWidget }> {
  const root = await fixture<HTMLElement>(html`<div lang="en">
    <like-button .data=${doc()}></like-button>
    <language-switcher .data=${doc()}></language-switcher>
    <language-switcher variant="select" .data=${doc()}></language-switcher>
  </div>`);
  const [like, links, select] = [...root.querySelectorAll<StoryWidget>('like-button, language-switcher')] as [StoryWidget, StoryWidget, StoryWidget];
  await until(() => [like, links, select].every((el) => el.getAttribute('state') === 'ready'), 5000, 'the widgets ready');
  await Promise.all([like, links, select].map((el) => el.updateComplete));
  return { like, links, select };
}

describe('the widgets on paper', () => {
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
    clearLoaderCache();
  });

  it('print no like button and no language select; the links variant prints its sentence', async () => {
    const { like, links, select } = await page();
    // On screen, all three show.
    expect(printed(like).text).to.match(/^Like ?3 people like this\.$/);
    expect(printed(select).text).to.include('This post is also available in:');
    expect(printed(links).text).to.equal('This post is also available in: Français');
    await emulateMedia({ media: 'print' });
    expect(printed(like), 'the like button').to.deep.equal({ height: 0, text: '' });
    expect(printed(select), 'the select variant').to.deep.equal({ height: 0, text: '' });
    expect(printed(links).text, 'the links variant').to.equal('This post is also available in: Français');
    expect(printed(links).height).to.be.above(0);
  });

  it('prints the like button where the site’s print styles ask for it', async () => {
    const style = document.head.appendChild(document.createElement('style'));
    style.textContent = '@media print { like-button { display: inline-flex } }';
    try {
      const { like } = await page();
      await emulateMedia({ media: 'print' });
      expect(printed(like).text).to.match(/^Like ?3 people like this\.$/);
    } finally {
      style.remove();
    }
  });
});
