import { expect } from '@open-wc/testing';
import { sleep, until } from '../support/wait.js';
import { ES, SEEN, TAGS, openPage, readyWidgets, seen } from './pages.js';

const IIFE = '/dist/cdn/story-widgets.iife.js';

describe('dist/cdn/story-widgets.iife.js (classic script, global StoryWidgets)', () => {
  it('renders all six elements and exposes StoryWidgets with the classes, defineWidgets and setMessages', async () => {
    const page = await openPage(`<script src="${IIFE}"></script>`);
    const elements = await readyWidgets(page);
    for (const [index, tag] of TAGS.entries()) expect(seen(elements[index]!), tag).to.include(SEEN[tag]);
    const api = page.window.StoryWidgets!;
    for (const name of ['ArticleContext', 'ArticleCard', 'LikeButton', 'LanguageSwitcher', 'RelatedStories', 'defineWidgets', 'setMessages']) {
      expect(api[name], name).to.be.a('function');
    }
    expect(page.window.customElements.get('like-button')).to.equal(api.LikeButton);
    expect(page.window.warnings).to.deep.equal([]);
    page.frame.remove();
  });

  it('StoryWidgets.setMessages changes the texts on the page', async () => {
    const page = await openPage(`<script src="${IIFE}"></script>`);
    const elements = await readyWidgets(page);
    const related = elements[TAGS.indexOf('related-stories')]!;
    (page.window.StoryWidgets!.setMessages as (locale: string, messages: object) => void)('en', { relatedHeading: 'Read next' });
    await until(() => seen(related).includes('Read next'), 5000, 'the new heading');
    page.frame.remove();
  });

  it('works side by side with the ES module on one page (two copies), silently', async () => {
    const page = await openPage(`<script src="${IIFE}"></script><script type="module" src="${ES}"></script>`);
    const elements = await readyWidgets(page);
    for (const [index, tag] of TAGS.entries()) expect(seen(elements[index]!), tag).to.include(SEEN[tag]);
    // Give the module copy time to run and (not) complain.
    await sleep(200);
    expect(page.window.warnings).to.deep.equal([]);
    page.frame.remove();
  });

  it('next to a foreign <like-button>: exactly one console.warn naming it, the other four work', async () => {
    const page = await openPage(
      `<script>customElements.define('like-button', class extends HTMLElement {});</script><script src="${IIFE}"></script>`,
    );
    expect(page.window.warnings).to.have.length(1);
    expect(page.window.warnings[0]).to.include('<like-button>');
    const others = TAGS.filter((tag) => tag !== 'like-button');
    const elements = others.map((tag) => page.document.querySelector(tag)!);
    await until(() => elements.every((el) => el.getAttribute('state') === 'ready'), 5000, 'the other widgets ready');
    page.frame.remove();
  });
});
