// The built Storybook as a designer uses it: its own UI in Chromium, the Controls panel made
// from custom-elements.json changing the element live, and the element's events in Actions.
// Needs storybook-static (`npm run build-storybook`, or the smoke test, builds it); builds it
// when it is missing.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, requireBrowser } from '../../scripts/find-browser.mjs';
import { serveStatic } from '../../scripts/serve-static.mjs';

const root = resolve(import.meta.dirname, '../..');
const outDir = join(root, 'storybook-static');

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
});
