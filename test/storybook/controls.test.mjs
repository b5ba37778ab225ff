// The built Storybook as a designer uses it: its own UI in Chromium, the Controls panel made
// from custom-elements.json changing the element live, and the element's events in Actions.
// Needs storybook-static (`npm run build-storybook`, or the smoke test, builds it); builds it
// when it is missing.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, requireBrowser } from '../../scripts/find-browser.mjs';
import { serveStatic } from '../../scripts/serve-static.mjs';

const root = resolve(import.meta.dirname, '../..');
const outDir = join(root, 'storybook-static');
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const widgets = manifest.modules.flatMap((mod) => mod.declarations ?? []).filter((decl) => decl.customElement && decl.tagName);

describe('Storybook controls and actions', () => {
  /** @type {Awaited<ReturnType<typeof serveStatic>>} */
  let server;
  /** @type {import('playwright-core').Browser} */
  let browser;
  /** @type {import('playwright-core').Page} */
  let page;

  before(async () => {
    if (!existsSync(join(outDir, 'index.json'))) {
      const build = spawnSync(process.execPath, [join(root, 'node_modules/storybook/dist/bin/dispatcher.js'), 'build', '--quiet', '--output-dir', outDir], {
        cwd: root,
        stdio: 'inherit',
        env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
      });
      assert.equal(build.status, 0, 'the Storybook build failed');
    }
    server = await serveStatic(outDir);
    browser = await chromium.launch({ executablePath: requireBrowser(), args: CHROME_ARGS, headless: true });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Opens a story in Storybook's UI and waits for its controls. */
  async function openStory(id) {
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await page.goto(`${server.base}/?path=/story/${id}`);
    await page.locator('[id="control-src"]').waitFor({ timeout: 60000 });
    return page.frameLocator('#storybook-preview-iframe');
  }

  /** Waits until the story's play function (if any) is over. */
  async function played() {
    const frame = page.frame({ url: /iframe\.html/ });
    await frame.waitForFunction(() => ['played', 'finished'].includes(window.__STORYBOOK_PREVIEW__?.currentRender?.phase), undefined, { timeout: 30000, polling: 50 });
    return frame;
  }

  /** Types a colour into a `--sw-*` control and waits for the story's scoped style to carry it. */
  async function setColour(name, value) {
    const control = page.locator(`[id="control-${name}"]`);
    await control.fill(value);
    await control.press('Enter');
    await (await played()).waitForFunction((want) => [...document.querySelectorAll('#storybook-root style')].some((style) => style.textContent.includes(want)), value, { timeout: 10000 });
    // Time for a reset, if the change caused one, to show.
    await page.waitForTimeout(500);
  }

  /** What a like button says and whether it is pressed. */
  const likeState = (frame) =>
    frame.evaluate(() => {
      const root = document.querySelector('like-button').shadowRoot;
      return { status: root.querySelector('[part="status"]').textContent.trim().replace(/\s+/g, ' '), pressed: root.querySelector('button').getAttribute('aria-pressed') };
    });

  it('changes heading-level and --sw-accent of <related-stories> through their controls', async () => {
    const story = await openStory('widgets-related-stories--list');
    const heading = story.locator('related-stories [part="heading"]');
    const title = story.locator('related-stories [part="title"]').first();
    await heading.waitFor();
    assert.equal(await heading.evaluate((node) => node.localName), 'h2');
    const before = await title.evaluate((node) => getComputedStyle(node).color);

    await page.locator('[id="control-heading-level"]').selectOption({ label: '4' });
    await story.locator('related-stories h4[part="heading"]').waitFor({ timeout: 10000 });
    assert.equal(await story.locator('related-stories').getAttribute('heading-level'), '4');

    const accent = page.locator('[id="control---sw-accent"]');
    await accent.fill('#ff0000');
    await accent.press('Enter');
    await page.waitForFunction(
      (want) => {
        const frame = document.querySelector('#storybook-preview-iframe');
        const node = frame?.contentDocument?.querySelector('related-stories')?.shadowRoot?.querySelector('[part="title"]');
        return node && getComputedStyle(node).color === want;
      },
      'rgb(255, 0, 0)',
      { timeout: 10000 },
    );
    assert.notEqual(before, 'rgb(255, 0, 0)');
    await page.close();
  });

  it('shows the attribute count and the part count of <like-button> as two controls', async () => {
    await openStory('widgets-like-button--one');
    assert.equal(await page.locator('[id="control-count"]').getAttribute('type'), 'number');
    assert.equal(await page.locator('[id="control-count-part"]').evaluate((node) => node.localName), 'textarea');
    await page.close();
  });

  it('logs like-change in the Actions panel when the like button is clicked', async () => {
    const story = await openStory('widgets-like-button--one');
    const like = story.locator('like-button');
    await story.locator('like-button[state="ready"]').waitFor();
    // The Controls panel (hidden once Actions is open) also names the event: only a visible entry counts.
    const entry = page.getByText('like-change').filter({ visible: true });
    await page.getByRole('tab', { name: /^Actions/ }).click();
    await page.getByText('load').filter({ visible: true }).first().waitFor({ timeout: 10000 });
    assert.equal(await entry.count(), 0, 'like-change logged before any click');

    await story.locator('like-button button:not([disabled])').click();
    await story.locator('like-button button[aria-pressed="true"]').waitFor();
    await entry.first().waitFor({ timeout: 10000 });
    assert.equal(await like.getAttribute('state'), 'ready');
    await page.close();
  });
  it('keeps a click on <like-button> when a control changes: same session, same state', async () => {
    const story = await openStory('widgets-like-button--one');
    await story.locator('like-button[state="ready"] button:not([disabled])').click();
    await story.locator('like-button button[aria-pressed="true"]').waitFor();
    const frame = await played();
    await frame.waitForFunction(() => document.querySelector('like-button').shadowRoot.querySelector('[part="status"]').textContent.includes('You and 1 other'));
    const liked = await likeState(frame);
    await setColour('--sw-accent', '#aa0000');
    assert.deepEqual(await likeState(frame), liked);
    await page.close();
  });

  it('keeps the widget in place when a control adds its scoped <style> before it', async () => {
    await openStory('widgets-language-switcher--links');
    const frame = await played();
    const top = () => frame.evaluate(() => document.querySelector('language-switcher').getBoundingClientRect().top);
    const before = await top();
    await setColour('--sw-accent', '#aa0000');
    assert.equal(await top(), before);
    await page.close();
  });

  it('shows the Failure story’s notice long enough to tune --sw-danger on it', async () => {
    await openStory('widgets-like-button--failure');
    const frame = await played();
    const failed = await likeState(frame);
    assert.deepEqual(failed, { status: 'Couldn’t save your like. Try again.', pressed: 'false' });
    // The default notice lasts 4 s.
    await page.waitForTimeout(5000);
    await setColour('--sw-danger', '#aa0000');
    assert.deepEqual(await likeState(frame), failed);
    await page.close();
  });

  it('shows YouTube’s own poster with provider-poster, from a local stand-in: nothing leaves the machine', async () => {
    const outside = [];
    const context = await browser.newContext();
    context.on('request', (request) => new URL(request.url()).hostname !== '127.0.0.1' && outside.push(request.url()));
    page = await context.newPage();
    await page.goto(`${server.base}/iframe.html?id=widgets-video-embed--provider-poster&viewMode=story`);
    await played();
    const poster = page.locator('stand-in-video [part~="poster"]');
    await page.waitForFunction(() => document.querySelector('stand-in-video')?.shadowRoot.querySelector('[part~="poster"]')?.naturalWidth > 0, undefined, { timeout: 10000 });
    assert.equal(await poster.getAttribute('src'), 'img/provider-poster-stand-in.svg');
    assert.deepEqual(outside, []);
    await context.close();
  });

  it('shows <related-stories> in its default lazy loading: placeholders far from the screen, the list once scrolled near', async () => {
    const story = await openStory('widgets-related-stories--lazy');
    const widget = story.locator('related-stories');
    await story.locator('related-stories[state="idle"] .placeholder').waitFor({ timeout: 10000 });
    await page.waitForTimeout(1000);
    assert.equal(await widget.getAttribute('state'), 'idle');
    await story.locator('.sw-scroller').evaluate((box) => box.scrollTo(0, box.scrollHeight));
    await story.locator('related-stories[state="ready"] [part="title"]').first().waitFor({ timeout: 10000 });
    await page.close();
  });

  it('paints the whole canvas dark with the Dark theme, not only the story’s box', async () => {
    await openStory('widgets-like-button--dark-theme');
    const canvas = async () => (await played()).evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    assert.equal(await canvas(), 'rgb(21, 23, 28)');
    await page.close();
    await openStory('widgets-like-button--one');
    assert.equal(await canvas(), 'rgba(0, 0, 0, 0)');
    await page.close();
  });

  // Every widget as a designer finds it: a control for each attribute, `--sw-*` custom property
  // and part that custom-elements.json documents (the manifest is the list, nothing per element).
  for (const widget of widgets) {
    it(`offers a control for each documented attribute, --sw-* property and part of <${widget.tagName}>`, async () => {
      const { entries } = JSON.parse(readFileSync(join(outDir, 'index.json'), 'utf8'));
      const first = Object.values(entries).find((entry) => entry.type === 'story' && entry.title === `Widgets/${widget.tagName}`);
      assert.ok(first, `no story of <${widget.tagName}>`);
      await openStory(first.id);
      const controls = new Set(await page.locator('[id^="control-"]').evaluateAll((nodes) => nodes.map((node) => node.id.slice('control-'.length))));
      const wanted = [
        // `state` (and `empty`, an attribute without a field) are set by the element, never by the user.
        ...(widget.attributes ?? []).filter((a) => a.fieldName && a.name !== 'state').map((a) => a.name),
        ...(widget.cssProperties ?? []).map((p) => p.name),
        ...(widget.cssParts ?? []).map((p) => `${p.name}-part`),
      ];
      assert.deepEqual(wanted.filter((name) => !controls.has(name)), [], `controls missing from ${first.id}`);
      await page.close();
    });
  }

  it('changes the ratio of the <video-embed> box live through --sw-video-ratio', async () => {
    const story = await openStory('widgets-video-embed--poster');
    const frame = story.locator('video-embed [part="frame"]');
    await frame.waitFor();
    const ratio = page.locator('[id="control---sw-video-ratio"]');
    await ratio.fill('4 / 3');
    await ratio.press('Enter');
    await page.waitForFunction(
      () => {
        const frame = document.querySelector('#storybook-preview-iframe');
        const box = frame?.contentDocument?.querySelector('video-embed')?.shadowRoot?.querySelector('[part="frame"]')?.getBoundingClientRect();
        return box && Math.abs(box.width / box.height - 4 / 3) < 0.01;
      },
      undefined,
      { timeout: 10000 },
    );
    await page.close();
  });

  it('gives in "Show code" what a site would write: the tags, no story box, no scoped styles, a data document as inline JSON', async () => {
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await page.goto(`${server.base}/iframe.html?id=widgets-article-card--docs&viewMode=docs`);
    const shows = page.locator('text=Show code');
    await shows.first().waitFor({ timeout: 60000 });
    // Each button reads "Hide code" once clicked.
    let opened = 0;
    for (; (await shows.count()) > 0; opened++) await shows.first().click();
    // In the page: the text of each code block that shows a card.
    const shown = 'Array.from(document.querySelectorAll("pre"), (pre) => pre.innerText).filter((text) => text.includes("<article-card"))';
    // Every block opened shows a card: one left empty or without the tag would go unchecked below.
    await page.waitForFunction(`${shown}.length >= ${opened}`, undefined, { timeout: 10000 });
    const snippets = /** @type {string[]} */ (await page.evaluate(shown));
    assert.ok(snippets.length >= Math.max(opened, 10), `${snippets.length} snippets of ${opened} code blocks`);
    for (const snippet of snippets) assert.doesNotMatch(snippet, /sw-story|data-story|@scope|max-inline-size|--sw-title-lines: 3/, snippet);
    assert.ok(snippets.some((snippet) => /^<article-card src="[^"]+"><\/article-card>$/m.test(snippet)), 'a plain tag');
    // A story given its document as `data` (Without Image): the document travels in the tag.
    const inline = snippets.find((snippet) => snippet.includes('<script type="application/json">'));
    assert.ok(inline, 'a data story as inline JSON');
    const json = /<script type="application\/json">([\s\S]*?)<\/script>/.exec(/** @type {string} */ (inline))?.[1] ?? '';
    assert.equal(typeof JSON.parse(json).title, 'string');
    await page.close();
  });
});
