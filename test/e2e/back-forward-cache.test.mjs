// End to end in Chromium with its back/forward cache on (Playwright turns it off by default): a
// reader who leaves a demo page and comes back gets the page as it was, from the cache, with no
// main-thread work at all; the widgets keep nothing that would stop it (an `unload` listener, a
// connection left open). Liking the story first changes nothing. The demo server's pages are
// `no-cache`, not `no-store`, as a site's should be for this.
// Needs the built CDN file: run after `npm run build` (`npm run test:e2e`).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { e2eSkip, likeAndWait, siteInChromium, takenOver } from '../support/e2e-site.mjs';

const skip = e2eSkip('back/forward cache', ['cdn/story-widgets.js']);

/** The tags a demo page may have (the WordPress page has no like button). */
const WIDGETS = 'like-button, article-card, related-stories, language-switcher, video-embed';

/**
 * Loads `path`, waits for the script to take its first widget over, runs `act`, goes to `away`
 * and back; says whether the page came from the back/forward cache, why not if not, and what its
 * first like button (if it has one) shows then.
 * @param {import('playwright-core').Browser} browser
 * @param {string} origin
 * @param {{ path: string, away: string, act?: (page: import('playwright-core').Page) => Promise<void> }} visit
 */
async function leaveAndComeBack(browser, origin, { path, away, act }) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    /** @type {string[]} */
    const problems = [];
    page.on('pageerror', (error) => problems.push(error.message));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Page.enable');
    /** @type {string[]} */
    const notRestored = [];
    cdp.on('Page.backForwardCacheNotUsed', (event) => notRestored.push(...event.notRestoredExplanations.map((e) => `${e.type}: ${e.reason}`)));
    await page.goto(`${origin}${path}`);
    // Not `state="ready"`: a server-rendered page has it in its HTML, before the script has run.
    await takenOver(page.locator(WIDGETS).first());
    await act?.(page);
    // A page the cache restores fires `pageshow` with `persisted`; a page loaded again starts anew, without this flag.
    await page.evaluate(() => addEventListener('pageshow', (event) => Object.assign(window, { restoredFromCache: event.persisted })));
    await page.goto(`${origin}${away}`);
    // A restored page fires no `load`: wait for the navigation's commit, then for its `pageshow`
    // (a page loaded again never sets the flag: the wait ends without it).
    await page.goBack({ waitUntil: 'commit' });
    await page.waitForFunction(() => 'restoredFromCache' in window, undefined, { timeout: 5000 }).catch(() => {});
    const restored = await page.evaluate(() => /** @type {{ restoredFromCache?: boolean }} */ (window).restoredFromCache === true);
    const likeButton = page.locator('like-button').first();
    const status = (await likeButton.count()) ? await likeButton.locator('[aria-live="polite"]').textContent() : undefined;
    return { restored, notRestored, problems, status: status?.trim() };
  } finally {
    await context.close();
  }
}

describe('a reader who goes back', { skip }, () => {
  const site = siteInChromium({ ignoreDefaultArgs: ['--disable-back-forward-cache'] });

  for (const [path, away] of [
    ['/', '/fr/'],
    ['/fr/', '/'],
    ['/stories/nirvana-1992-benefit', '/'],
    ['/blogger.html', '/'],
    ['/wordpress.html', '/'],
    ['/gallery.html', '/'],
  ]) {
    it(`gets ${path} from the back/forward cache`, async () => {
      const { restored, notRestored, problems } = await leaveAndComeBack(site.browser, site.server.url, { path, away });
      assert.deepEqual(notRestored, [], 'why Chromium did not restore the page');
      assert.equal(restored, true, 'the page came back from the cache');
      assert.deepEqual(problems, []);
    });
  }

  it('gets the article back from the cache after a like, the like still shown', async () => {
    const { restored, notRestored, problems, status } = await leaveAndComeBack(site.browser, site.server.url, {
      path: '/',
      away: '/stories/nirvana-1992-benefit',
      act: (page) => likeAndWait(page, page.locator('like-button').first()),
    });
    assert.deepEqual(notRestored, [], 'why Chromium did not restore the page');
    assert.equal(restored, true, 'the page came back from the cache');
    assert.equal(status, 'You like this.');
    assert.deepEqual(problems, []);
  });
});
