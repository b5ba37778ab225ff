// Every widget together, as a reader meets them on one page, checked with axe (WCAG 2.x A/AA
// and best practice) in each built-in locale and each state; and with reduced motion asked for,
// nothing moves. Each widget's own file checks its states one by one; this one the gaps between.
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/index.js';
import { clearLoaderCache } from '../../src/core/loader.js';
import { loaderSettings } from '../../src/core/loader-settings.js';
import type { StoryWidget } from '../../src/core/story-widget.js';
import { article, docUrl, uniqueKey } from '../support/fixtures.js';
import { BUILT_IN_LOCALES } from '../support/small-screens.js';
import { until } from '../support/wait.js';
import { likesUrl } from './like-button-helpers.js';

const widgets = (root: Element): StoryWidget[] => [...root.querySelectorAll<StoryWidget>('[state]')];

/** Every widget, layout and variant, each from `source` (a `src`, or nothing for the context's). */
const everyWidget = (src?: string) => html`
  <article-card src=${src ?? ''}></article-card><article-card layout="horizontal" src=${src ?? ''}></article-card
  ><article-card layout="minimal" src=${src ?? ''}></article-card><like-button src=${src ?? ''}></like-button
  ><language-switcher src=${src ?? ''}></language-switcher><language-switcher show-current src=${src ?? ''}></language-switcher
  ><language-switcher variant="select" src=${src ?? ''}></language-switcher><related-stories loading="eager" src=${src ?? ''}></related-stories
  ><related-stories loading="eager" layout="grid" src=${src ?? ''}></related-stories><video-embed src=${src ?? ''}></video-embed>`;

describe('every widget on one page: accessible (axe) in each locale and state', () => {
  const saved = { ...loaderSettings };
  afterEach(() => {
    Object.assign(loaderSettings, saved);
    clearLoaderCache();
  });

  for (const lang of BUILT_IN_LOCALES) {
    const dir = lang === 'ar' ? 'rtl' : 'ltr';

    it(`ready, in ${lang} (${dir}), a document in English`, async () => {
      const page = await fixture(html`<div lang=${lang} dir=${dir}><article-context .data=${article()}>${everyWidget()}</article-context></div>`);
      await until(() => widgets(page).every((el) => el.getAttribute('state') === 'ready'));
      await Promise.all(widgets(page).map((el) => el.updateComplete));
      await expect(page).to.be.accessible();
    });
  }

  it('loading (placeholders), in each locale', async () => {
    // One slow document and one slow live count for every page (shared, so two requests in all):
    // requests that never end would hold the browser's few connections to the test server.
    const src = docUrl(uniqueKey('a11y-loading'), { delay: 6000 });
    const endpoint = likesUrl(uniqueKey('a11y-live'), { delay: 6000 });
    for (const lang of BUILT_IN_LOCALES) {
      const page = await fixture(html`<div lang=${lang} dir=${lang === 'ar' ? 'rtl' : 'ltr'}>${everyWidget(src)}<like-button endpoint=${endpoint}></like-button></div>`);
      expect(widgets(page).map((el) => el.getAttribute('state'))).to.include('loading');
      await expect(page).to.be.accessible();
    }
  });

  it('idle, error and empty', async () => {
    loaderSettings.retries = 0;
    const failing = docUrl(uniqueKey('a11y-error'), { status: 500 });
    const page = await fixture(html`<div>${everyWidget()}${everyWidget(failing)}<language-switcher .data=${article({ translations: [] })}></language-switcher
      ><related-stories .data=${article({ related: [] })}></related-stories><video-embed url="https://example.com/not-a-video"></video-embed></div>`);
    await until(() => widgets(page).filter((el) => el.getAttribute('state') === 'error').length === 11);
    await expect(page).to.be.accessible();
  });
});

describe('every widget with reduced motion asked for', () => {
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('nothing is animated or transitions: placeholders, a like being sent, links and buttons', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const page = await fixture(html`<div>${everyWidget(docUrl(uniqueKey('a11y-motion'), { delay: 2000 }))}<article-context .data=${article()}
        >${everyWidget()}</article-context
      ><like-button id="sending" count="3" endpoint=${likesUrl(uniqueKey('a11y-motion'), { delay: 2000 })}></like-button></div>`);
    const like = page.querySelector<StoryWidget>('#sending')!;
    await until(() => like.getAttribute('state') === 'ready');
    like.shadowRoot!.querySelector('button')!.click();
    await like.updateComplete;
    expect(like.shadowRoot!.querySelector('.pending'), 'a like being sent').not.to.equal(null);
    const moving = widgets(page).flatMap((el) =>
      [...el.shadowRoot!.querySelectorAll('*')]
        .filter((node) => {
          const style = getComputedStyle(node);
          return style.animationName !== 'none' || style.transitionDuration.split(',').some((time) => parseFloat(time) > 0);
        })
        .map((node) => `${el.localName} ${node.localName}.${node.className}`),
    );
    expect(moving).to.deep.equal([]);
  });
});
