// The demo article page as written (client-rendered, `?csr=1`; the server renders `/` itself,
// see ssr-vs-csr.mjs), with every API answer delayed by 500 ms:
// how many requests the widgets make (one per document expected) and the page's
// cumulative layout shift while the documents arrive (0 expected: placeholders reserve space).
import { launch } from './browser.mjs';
// The server tests' harness: the real server on a free loopback port with a throw-away database.
import { start } from '../test/server/harness.mjs';

const DELAY_MS = 500;
/** The widgets of the demo pages, waited for and reported. */
const WIDGETS = 'article-card, like-button, language-switcher, related-stories, video-embed';

/** The pages measured: the source article, and a story page rendered by the server in Arabic (right to left). */
export const DEMO_PAGES = ['/', '/stories/chechnya-purge-restarted-ar'];

/** Phone widths of the layout-shift audit (CSS px): a line that wraps there may move what is below. */
export const PHONE_VIEWPORTS = [
  { width: 320, height: 640 },
  { width: 390, height: 844 },
];

/**
 * @param {string} [path] a page of the demo site
 * @param {{ width: number, height: number }} [viewport] the window (default: desktop, 1280 × 900)
 * @param {{ videoChunkDelayMs?: number }} [options] `<video-embed>`'s chunk held back this long,
 *   as on a slow network or phone: it arrives after the page's first paint
 */
export async function measureDemoPage(path = '/', viewport = { width: 1280, height: 900 }, { videoChunkDelayMs = 0 } = {}) {
  const server = await start({ env: { LIKE_RATE_LIMIT: '0' } });
  const browser = await launch();
  try {
    const page = await browser.newPage({ viewport });
    await page.addInitScript(() => {
      window.__cls = 0;
      window.__shifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          if (entry.hadRecentInput) continue;
          window.__cls += entry.value;
          // Each moved node named with the start of its text and where it went, so a failure says what moved.
          window.__shifts.push({
            value: entry.value,
            nodes: entry.sources?.map((s) => s.node?.nodeName ?? '?') ?? [],
            moved: (entry.sources ?? []).map((s) => ({
              text: (s.node?.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40),
              from: [Math.round(s.previousRect.y), Math.round(s.previousRect.height)],
              to: [Math.round(s.currentRect.y), Math.round(s.currentRect.height)],
            })),
            atMs: Math.round(entry.startTime),
            scrollY: Math.round(scrollY),
          });
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    if (videoChunkDelayMs) {
      await page.route('**/video-embed.js', async (route) => {
        await new Promise((resolve) => setTimeout(resolve, videoChunkDelayMs));
        await route.continue();
      });
    }
    await page.route('**/api/**', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, DELAY_MS));
      await route.continue();
    });
    const requests = [];
    page.on('request', (request) => requests.push({ url: request.url(), type: request.resourceType(), method: request.method() }));
    // As written (client-rendered): the server renders `/` and the story pages itself, see ssr-vs-csr.mjs.
    await page.goto(`${server.url}${path}?csr=1`, { waitUntil: 'load' });
    // The widgets near the screen settle first; a lazy one far below stays `loading` until the
    // reader comes near it (README, Performance: below the fold, a shared document waits).
    const settled = (/** @type {boolean} */ lazyToo) =>
      page.waitForFunction(
        ({ all, selector }) =>
          [...document.querySelectorAll(selector)].every(
            (el) => el.getAttribute('state') === 'ready' || el.getAttribute('state') === 'error' || (!all && /** @type {any} */ (el).loading === 'lazy'),
          ),
        { all: lazyToo, selector: WIDGETS },
        { timeout: 15_000 },
      );
    await settled(false);
    // Scroll through the page so lazy widgets load too, then let layout settle.
    await page.evaluate(async () => {
      for (let y = 0; y < document.body.scrollHeight; y += 400) {
        window.scrollTo(0, y);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    });
    await settled(true);
    await page.waitForTimeout(DELAY_MS + 500);
    const { cls, shifts, widgets } = await page.evaluate((selector) => ({
      cls: window.__cls,
      shifts: window.__shifts,
      // What the page showed in the end (`video-embed:ready`…): a widget missing or failed moves nothing either.
      widgets: [...document.querySelectorAll(selector)].map((el) => `${el.localName}:${el.getAttribute('state')}`),
    }), WIDGETS);
    const documents = requests.filter((r) => new URL(r.url).pathname.startsWith('/api/'));
    const perDocument = new Map();
    for (const r of documents) perDocument.set(r.url, (perDocument.get(r.url) ?? 0) + 1);
    return {
      path,
      viewport,
      delayMs: DELAY_MS,
      totalRequests: requests.length,
      apiRequests: documents.length,
      distinctDocuments: perDocument.size,
      duplicateDocumentRequests: [...perDocument.values()].reduce((sum, n) => sum + n - 1, 0),
      cumulativeLayoutShift: Number(cls.toFixed(4)),
      shifts,
      widgets,
    };
  } finally {
    await browser.close();
    await server.stop();
  }
}
