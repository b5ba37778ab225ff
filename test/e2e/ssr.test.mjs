// The server-rendered demo page in Chromium: readable and usable with JavaScript off, and
// taken over by the CDN file with JavaScript on without a request, a flash or a shift.
// Needs the built files (`npm run build`, then `npm run test:e2e`).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CHECKED_PAGE_MS } from '../../server/ssr-pages.mjs';
import { ARTICLE, visitor } from '../server/harness.mjs';
import { e2eSkip, likeAndWait, siteInChromium, takenOver } from '../support/e2e-site.mjs';
import { loadSsr } from '../support/ssr-module.mjs';

const skip = e2eSkip('ssr e2e', ['cdn/story-widgets.js', 'ssr/index.js']);

/** What a widget's shadow root shows while its document is missing. */
const PLACEHOLDERS = '.p, .placeholder, .bar, [aria-busy="true"]';
const RELATED = ['favorite-posts-week', 'girls-will-be-girls-remastered', 'nirvana-1992-benefit', 'fit-without-body-shaming'];

describe('the server-rendered demo page in Chromium', { skip }, () => {
  const site = siteInChromium();

  /**
   * A page of a returning reader, with the visitor id the server issued before (a new reader's
   * first like goes 403 → 200, which Chromium logs as a failed resource: demo.test.mjs covers
   * it), and every console message and page error it logs.
   * @param {import('playwright-core').BrowserContextOptions} [options]
   */
  async function returningReader(options) {
    const context = await site.browser.newContext(options);
    await context.addInitScript((token) => localStorage.setItem('story-widgets:visitor', token), visitor());
    const page = await context.newPage();
    /** @type {string[]} */
    const messages = [];
    page.on('console', (message) => messages.push(`${message.type()}: ${message.text()}`));
    page.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`));
    return { context, page, messages };
  }

  /**
   * Holds the CDN file back until the returned function is called.
   * @param {import('playwright-core').Page} page
   */
  async function holdScript(page) {
    /** @type {() => void} */
    let release = () => undefined;
    const held = new Promise((resolve) => (release = () => resolve(undefined)));
    await page.route('**/dist/cdn/story-widgets.js', async (route) => {
      await held;
      await route.continue();
    });
    return release;
  }

  it('shows the card title, every related link, the translation link and the like count with JavaScript off, and they work', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.url}/`);
    assert.equal(await page.locator('related-stories').getAttribute('state'), 'ready');

    const title = page.locator('article-card').getByRole('link', { name: 'Nirvana Pushed Back Against Homophobia' });
    assert.ok(await title.isVisible(), 'card title');
    const links = page.locator('related-stories').getByRole('link');
    assert.equal(await links.count(), RELATED.length);
    for (const [i, id] of RELATED.entries()) {
      assert.ok(await links.nth(i).isVisible(), id);
      assert.equal(await links.nth(i).getAttribute('href'), `${site.server.url}/stories/${id}`);
    }
    assert.ok(await page.locator('like-button').getByText('Be first to like this.').isVisible(), 'like status');
    const french = page.locator('language-switcher').getByRole('link', { name: 'Français' });
    assert.ok(await french.isVisible(), 'translation link');
    // The video's box is its shadow root's: the site's room for a video not yet defined
    // (site.css, README's snippet) adds no empty box above a rendered one.
    const videoGap = await page.locator('video-embed').evaluate((el) => {
      const frame = /** @type {ShadowRoot} */ (el.shadowRoot).querySelector('[part=frame]');
      return [frame ? frame.getBoundingClientRect().top - el.getBoundingClientRect().top : NaN, el.getBoundingClientRect().bottom - /** @type {ShadowRoot} */ (el.shadowRoot).querySelector('[part=notice]')?.getBoundingClientRect().bottom];
    });
    assert.deepEqual(videoGap.map(Math.round), [0, 0], 'the video box: above its frame, below its notice');

    await Promise.all([page.waitForURL(`${site.server.url}/fr/`), french.click()]);
    // The French page the link leads to is server-rendered too: its way back, its related links.
    assert.equal(await page.locator('related-stories').getAttribute('state'), 'ready', 'the French page rendered');
    assert.ok((await page.locator('related-stories').getByRole('link').count()) > 0, 'related links');
    assert.ok(await page.locator('language-switcher').getByRole('link', { name: 'English' }).isVisible(), 'the way back');
    await page.goBack();
    await Promise.all([page.waitForURL(`${site.server.url}/stories/nirvana-1992-benefit`), title.click()]);
    // The article pages are server-rendered too: their widgets, from the document the URL names.
    assert.ok(await page.locator('like-button').getByText('Be first to like this.').isVisible(), 'like status on the article page');
    const next = page.locator('related-stories').getByRole('link').first();
    const href = /** @type {string} */ (await next.getAttribute('href'));
    await Promise.all([page.waitForURL(href), next.click()]);
    await context.close();
  });

  // A select goes nowhere without JavaScript (CONTRACT §10: every translation link with it off):
  // the server writes the links beside it, shown instead only where scripting is off.
  it('shows a server-rendered select switcher as its links with JavaScript off, as its select with it on', async () => {
    const { renderWidgets } = await loadSsr();
    const translations = [{ language: 'fr', url: '/fr/' }, { language: 'de', url: '/de/' }];
    const body = await renderWidgets(
      `<language-switcher variant="select"><script type="application/json">${JSON.stringify({ title: 'T', url: '/a', language: 'en', translations })}</script></language-switcher>`,
      { baseUrl: 'https://news.example/a' },
    );
    for (const javaScriptEnabled of [false, true]) {
      const context = await site.browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      await page.route('https://news.example/a', (route) => route.fulfill({ body: `<!doctype html><html lang="en"><body>${body}</body></html>`, contentType: 'text/html; charset=utf-8' }));
      await page.goto('https://news.example/a');
      const switcher = page.locator('language-switcher');
      const links = switcher.getByRole('link');
      const select = switcher.getByRole('combobox', { name: 'This post is also available in:' });
      assert.equal(await select.isVisible(), javaScriptEnabled, `the select, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`);
      if (javaScriptEnabled) assert.equal(await links.count(), 0, 'no link in the accessibility tree');
      else {
        assert.deepEqual(await links.evaluateAll((found) => found.map((link) => [link.textContent, link.getAttribute('href')])), [
          ['Français', 'https://news.example/fr/'],
          ['Deutsch', 'https://news.example/de/'],
        ]);
        assert.ok(await links.first().isVisible(), 'the links shown');
        const labels = switcher.getByText('This post is also available in:');
        assert.equal(await labels.evaluateAll((found) => found.filter((label) => label.checkVisibility()).length), 1, 'one label shown');
      }
      await context.close();
    }
  });

  it('takes the widgets over with JavaScript on: no document fetched again, no placeholder, no shift, no console message; the like button works', async () => {
    const { context, page, messages } = await returningReader({ timezoneId: 'UTC' });
    /** @type {string[]} */
    const requests = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    // The script waits until the server-rendered widgets are observed.
    const release = await holdScript(page);
    await page.addInitScript(() => {
      /** A widget's tag and the text its shadow root shows (style sheets left out). */
      window.shownText = (/** @type {Element} */ widget) => {
        const copy = document.createElement('div');
        copy.append(...[.../** @type {ShadowRoot} */ (widget.shadowRoot).childNodes].map((node) => node.cloneNode(true)));
        copy.querySelectorAll('style').forEach((style) => style.remove());
        return [widget.localName, copy.textContent?.replace(/\s+/g, ' ').trim()];
      };
      /** @type {number} */
      window.shift = 0;
      new PerformanceObserver((list) => list.getEntries().forEach((entry) => (window.shift += entry.value))).observe({ type: 'layout-shift', buffered: true });
    });

    await page.goto(`${site.server.url}/`, { waitUntil: 'commit' });
    await page.locator('related-stories a').first().waitFor();
    const before = await page.evaluate((placeholders) => {
      const widgets = [...document.querySelectorAll('article-card, like-button, language-switcher, related-stories')];
      /** @type {string[]} */
      window.seen = [];
      for (const widget of widgets) {
        new MutationObserver((records) => {
          for (const record of records)
            for (const node of record.addedNodes) {
              if (node instanceof Element && (node.matches(placeholders) || node.querySelector(placeholders))) window.seen.push(`${widget.localName}: ${node.outerHTML.slice(0, 80)}`);
            }
        }).observe(/** @type {ShadowRoot} */ (widget.shadowRoot), { childList: true, subtree: true });
      }
      return widgets.map(window.shownText);
    }, PLACEHOLDERS);
    assert.equal(before.length, 4);
    const documentsBefore = requests.filter((path) => path.startsWith('/api/')).length;

    // The like button asks for the live state once taken over; the count is the server's, so nothing changes.
    const liveState = page.waitForResponse((response) => response.url().startsWith(`${site.server.url}/api/articles/${ARTICLE}/likes?visitor=`));
    release();
    await page.waitForFunction(() => customElements.get('related-stories') && document.querySelector('article-card')?.shadowRoot?.adoptedStyleSheets.length);
    await liveState;
    // Two frames after the takeover and the live state: anything they changed would have been painted.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

    const after = await page.evaluate(() => [...document.querySelectorAll('article-card, like-button, language-switcher, related-stories')].map(window.shownText));
    assert.deepEqual(after, before, 'every widget shows the text the server sent');
    assert.deepEqual(await page.evaluate(() => window.seen), [], 'no placeholder was added');
    assert.equal(await page.evaluate(() => window.shift), 0, 'cumulative layout shift');
    const documents = requests.filter((path) => /^\/api\/(articles\/[^/]+|feed\.json)$/.test(path));
    assert.deepEqual(documents.slice(documentsBefore), [], 'no document requested by the browser');

    await likeAndWait(page, page.locator('like-button'));
    assert.deepEqual(messages, []);
    await context.close();
  });

  it('keeps the keyboard focus on the server’s control the reader reached before the takeover', async () => {
    const { context, page, messages } = await returningReader();
    const release = await holdScript(page);
    await page.goto(`${site.server.url}/`, { waitUntil: 'commit' });
    const related = page.locator('related-stories');
    const third = related.getByRole('link').nth(2);
    await third.focus();
    // Marks the server's node, to tell it from the script's own.
    await third.evaluate((link) => link.setAttribute('data-server', ''));
    release();
    await takenOver(related);
    const focused = await related.evaluate((list) => {
      const active = /** @type {ShadowRoot} */ (list.shadowRoot).activeElement;
      return active && { href: active.getAttribute('href'), server: active.hasAttribute('data-server'), part: active.getAttribute('part') };
    });
    assert.deepEqual(focused, { href: `${site.server.url}/stories/${RELATED[2]}`, server: false, part: 'link' });
    // Tab goes on from there, to the next story's link.
    await page.keyboard.press('Tab');
    assert.equal(await related.evaluate((list) => /** @type {ShadowRoot} */ (list.shadowRoot).activeElement?.getAttribute('href')), `${site.server.url}/stories/${RELATED[3]}`);
    assert.deepEqual(messages, []);
    await context.close();
  });

  it('keeps a rendered page until a document it used changes: a like is in the page once its documents are checked again', async () => {
    const page = async () => (await fetch(`${site.server.url}/stories/${RELATED[0]}`)).text();
    const first = await page();
    assert.match(first, /Be first to like this\./);
    assert.equal(await page(), first);
    const liked = await fetch(`${site.server.url}/api/articles/${RELATED[0]}/likes`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ visitor: visitor(), liked: true }),
    });
    assert.equal(liked.status, 200);
    // A page is served as it is for CHECKED_PAGE_MS between checks of its documents.
    await new Promise((resolve) => setTimeout(resolve, CHECKED_PAGE_MS + 100));
    // The status line as read: its number is a part of its own (`<span part="count">1</span>`).
    assert.match((await page()).replace(/<[^>]*>/g, ''), /1 person likes this\./);
  });

  it('shows a like made after the page was cached once the button is taken over, asking the live state once', async () => {
    const story = RELATED[1];
    // The page as a cache (a CDN, a proxy) keeps it: rendered before the like below.
    const cached = await (await fetch(`${site.server.url}/stories/${story}`)).text();
    assert.match(cached, /Be first to like this\./);
    const liked = await fetch(`${site.server.url}/api/articles/${story}/likes`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ visitor: visitor(), liked: true }),
    });
    assert.equal(liked.status, 200);

    const { context, page, messages } = await returningReader();
    /** @type {string[]} */
    const likeRequests = [];
    page.on('request', (request) => request.url().includes(`/api/articles/${story}`) && likeRequests.push(`${request.method()} ${new URL(request.url()).pathname}`));
    await page.route(`**/stories/${story}`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: cached }));

    await page.goto(`${site.server.url}/stories/${story}`);
    await page.locator('like-button').getByText('1 person likes this.').waitFor({ timeout: 5000 });
    assert.equal(await page.locator('like-button').getByRole('button', { name: 'Like' }).isEnabled(), true);
    assert.deepEqual(likeRequests, [`GET /api/articles/${story}/likes`], 'the live state, and no document');
    assert.deepEqual(messages, []);
    await context.close();
  });

  it('serves the client-rendered page with ?csr=1', async () => {
    const response = await fetch(`${site.server.url}/?csr=1`);
    const html = await response.text();
    assert.doesNotMatch(html, /shadowrootmode/);
    assert.match(await (await fetch(`${site.server.url}/`)).text(), /<related-stories[^>]*><template shadowrootmode="open">/);
  });
});
