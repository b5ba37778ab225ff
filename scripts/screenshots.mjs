// `npm run screenshots`: PNGs of the demo site for the README, made with headless Chromium
// (playwright-core, the system browser) against the real server with a throw-away database.
// Needs the built CDN file (`npm run build`). Writes docs/screenshots/*.png.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { readConfig, ROOT } from '../server/config.mjs';
import { startServer } from '../server/server.mjs';
import { CHROME_ARGS, requireBrowser } from './find-browser.mjs';

const SHOTS = [
  { name: 'article', path: '/', width: 1280 },
  { name: 'article-mobile', path: '/', width: 390, scale: 2 },
  { name: 'article-fr', path: '/fr/', width: 1280 },
  { name: 'article-ar', path: '/stories/chechnya-purge-restarted-ar', width: 1280 },
  { name: 'article-ar-mobile', path: '/stories/chechnya-purge-restarted-ar', width: 320, scale: 2 },
  { name: 'blogger', path: '/blogger.html', width: 900 },
  { name: 'gallery', path: '/gallery.html', width: 1280 },
];

const config = readConfig({ ...process.env, HOST: '127.0.0.1', PORT: '0', QUIET: '1', LIKE_RATE_LIMIT: '0' });
const bundle = join(config.distDir, 'cdn', 'story-widgets.js');
if (!existsSync(bundle)) {
  console.error(`story-widgets: ${bundle} is missing; run \`npm run build\` first.`);
  process.exit(1);
}
const executablePath = requireBrowser();
const outDir = join(ROOT, 'docs', 'screenshots');
mkdirSync(outDir, { recursive: true });

const temp = mkdtempSync(join(tmpdir(), 'story-widgets-shots-'));
const server = await startServer({ ...config, databasePath: join(temp, 'likes.sqlite') });
const browser = await chromium.launch({ executablePath, args: CHROME_ARGS, headless: true });
try {
  // A few readers liked the stories already, so the status lines show real sentences.
  for (const [id, count] of [['chechnya-purge-restarted', 3], ['purge-anti-lgbtq-tchetchenie-reprise', 2], ['weekend-on-the-ridge', 1]]) {
    for (let i = 0; i < count; i++) await server.store.setLike(id, `seed-${i}`, true);
  }
  for (const shot of SHOTS) {
    const page = await browser.newPage({ viewport: { width: shot.width, height: 900 }, deviceScaleFactor: shot.scale ?? 1, colorScheme: 'light', reducedMotion: 'reduce' });
    await page.goto(`${server.url}${shot.path}`, { waitUntil: 'load' });
    // Scroll through the page so lazy widgets and images load, then wait until all settled.
    await page.evaluate(async () => {
      for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight / 2) {
        window.scrollTo(0, y);
        await new Promise((resolve) => setTimeout(resolve, 60));
      }
      window.scrollTo(0, 0);
    });
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('article-card, like-button, language-switcher, related-stories')].every((el) => {
          const state = el.getAttribute('state');
          return state === 'ready' || state === 'error';
        }),
      undefined,
      { timeout: 15_000 },
    );
    await page.waitForFunction(() => {
      const roots = [document, ...[...document.querySelectorAll('*')].map((el) => el.shadowRoot).filter(Boolean)];
      return roots.every((root) => [...root.querySelectorAll('img')].every((img) => img.complete));
    });
    const file = join(outDir, `${shot.name}.png`);
    await page.screenshot({ path: file, fullPage: true });
    console.log(`wrote ${file.slice(ROOT.length)}`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(temp, { recursive: true, force: true });
}
