// The demo article page server-rendered (/) vs client-rendered (/?csr=1), side by side: first
// contentful paint and the time until the related links are in the DOM, with every request
// (page, script, documents) delayed by the same round trip, as on a reader's network. Medians
// of alternating runs; the server's page cache is warm (as for every reader but the first).
import { launch } from './browser.mjs';
import { start } from '../test/server/harness.mjs';

const ROUND_TRIP_MS = 100;
const RUNS = 7;

/** @param {number[]} values */
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function measureSsrVsCsr() {
  const server = await start({ env: { LIKE_RATE_LIMIT: '0' } });
  const browser = await launch();
  try {
    /** @param {string} path */
    const visit = async (path) => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.addInitScript(() => {
        // Checked on every frame, before it is painted: a server-rendered list is there at the first.
        const check = () => {
          if (document.querySelector('related-stories')?.shadowRoot?.querySelector('a[href]')) window.__linksAt = performance.now();
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      });
      await page.route('**/*', async (route) => {
        await new Promise((resolve) => setTimeout(resolve, ROUND_TRIP_MS));
        await route.continue();
      });
      await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
      // A client-rendered list is lazy: it loads once it comes near the screen.
      await page.evaluate(() => document.querySelector('related-stories')?.scrollIntoView());
      await page.waitForFunction(() => window.__linksAt !== undefined, undefined, { timeout: 15_000 });
      const result = await page.evaluate(() => ({
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
        links: /** @type {number} */ (window.__linksAt),
      }));
      await context.close();
      return result;
    };
    await visit('/'); // warms the server's page cache and Chromium
    /** @type {Record<'ssr' | 'csr', { fcp: number, links: number }[]>} */
    const runs = { ssr: [], csr: [] };
    for (let i = 0; i < RUNS; i++) {
      runs.ssr.push(await visit('/'));
      runs.csr.push(await visit('/?csr=1'));
    }
    const summary = (/** @type {{ fcp: number, links: number }[]} */ list) => ({
      fcpMs: Math.round(median(list.map((r) => r.fcp))),
      relatedLinksMs: Math.round(median(list.map((r) => r.links))),
    });
    return { roundTripMs: ROUND_TRIP_MS, runs: RUNS, ssr: summary(runs.ssr), csr: summary(runs.csr) };
  } finally {
    await browser.close();
    await server.stop();
  }
}
