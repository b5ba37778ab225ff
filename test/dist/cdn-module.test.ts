import { expect } from '@open-wc/testing';
import { hits, uniqueKey } from '../support/fixtures.js';
import { until } from '../support/wait.js';
import { SEEN, TAGS, integrityOf, openPage, readyWidgets, seen, widgetsMarkup } from './pages.js';

const ES = '/dist/cdn/story-widgets.js';

describe('dist/cdn/story-widgets.js (<script type="module">)', () => {
  it('renders all five elements from the blogger snippet, with integrity and crossorigin, without a warning', async () => {
    const integrity = await integrityOf(ES);
    const page = await openPage(`<script type="module" src="${ES}" integrity="${integrity}" crossorigin="anonymous"></script>`);
    const elements = await readyWidgets(page);
    for (const [index, tag] of TAGS.entries()) expect(seen(elements[index]!), tag).to.include(SEEN[tag]);
    // Lit's dev build would warn "Lit is in dev mode": the bundle must be the production one.
    expect(page.window.warnings).to.deep.equal([]);
    page.frame.remove();
  });

  it('is refused by the browser when the integrity does not match (the snippet really pins the file)', async () => {
    // Its own URL: Chromium remembers a module that failed its integrity check, for the session.
    const page = await openPage(`<script type="module" src="${ES}?bad-integrity" integrity="sha384-${'A'.repeat(64)}" crossorigin="anonymous"></script>`);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(page.window.customElements.get('like-button')).to.equal(undefined);
    page.frame.remove();
  });

  it('saves a like through the built bundle: "You like this." and one POST', async () => {
    const key = uniqueKey('dist-like');
    const page = await openPage(`<script type="module" src="${ES}"></script>`, `<like-button count="0" endpoint="/test-api/likes?key=${key}"></like-button>`);
    const button = page.document.querySelector('like-button')!;
    await until(() => !!button.shadowRoot?.querySelector('button'), 5000, 'the button');
    let confirmed = false;
    button.addEventListener('like-change', () => (confirmed = true), { once: true });
    button.shadowRoot!.querySelector('button')!.click();
    await until(() => seen(button).includes('You like this.'), 5000, '"You like this."');
    // The text is optimistic; count the POSTs once the server has answered.
    await until(() => confirmed, 5000, 'like-change');
    const requests = await hits(key);
    expect(requests.filter((hit) => hit.method === 'POST')).to.have.length(1);
    page.frame.remove();
  });

  it('exports the classes, defineWidgets and setMessages; defineWidgets({ prefix: "sw-" }) works from it', async () => {
    const page = await openPage(
      `<script type="module">import { defineWidgets } from '${ES}'; defineWidgets({ prefix: 'sw-' });</script>`,
      widgetsMarkup('sw-'),
    );
    const elements = await readyWidgets(page, 'sw-');
    for (const [index, tag] of TAGS.entries()) expect(seen(elements[index]!), tag).to.include(SEEN[tag]);
    expect(page.window.customElements.get('like-button'), 'the plain tags too').to.be.a('function');
    const url = ES;
    const mod = (await import(/* @vite-ignore */ url)) as Record<string, unknown>;
    for (const name of ['ArticleContext', 'ArticleCard', 'LikeButton', 'LanguageSwitcher', 'RelatedStories', 'defineWidgets', 'setMessages']) {
      expect(mod[name], name).to.be.a('function');
    }
    page.frame.remove();
  });
});
