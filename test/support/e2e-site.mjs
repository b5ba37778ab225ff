// The e2e tests' setting: the demo server on the built files and a headless Chromium, started
// before the tests of a describe block and stopped after them. Not a test file itself.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findBrowser } from '../../scripts/find-browser.mjs';
import { readConfig } from '../../server/config.mjs';
import { start } from '../server/harness.mjs';

const distDir = readConfig().distDir;
const browserPath = findBrowser();

/**
 * Why a file's e2e tests cannot run here (a built file missing, no Chromium), printed as a TAP
 * comment; false when they can. In CI (CI set) it throws instead: CI runs them after its build,
 * with Chromium, and a skip there would pass without checking anything.
 * @param {string} name what the comment calls the tests
 * @param {string[]} files the built files they need, relative to the dist folder
 * @returns {string | false}
 */
export function e2eSkip(name, files) {
  const missing = files.map((file) => join(distDir, file)).find((file) => !existsSync(file));
  const skip = missing ? `${missing} is missing: run \`npm run build\` first (then \`npm run test:e2e\`).` : !browserPath ? 'No Chromium found: install it or set CHROME_PATH.' : false;
  if (skip && process.env.CI) throw new Error(`${name} cannot run in CI: ${skip}`);
  if (skip) console.log(`# ${name} skipped: ${skip}`);
  return skip;
}

/**
 * Starts the server and Chromium before the tests of the describe block it is called in, and
 * stops them after. The object's `server` and `browser` are there once the tests run.
 * @param {Pick<import('playwright-core').LaunchOptions, 'ignoreDefaultArgs'>} [launchOptions]
 *   e.g. one of Playwright's default arguments left out (one turns the back/forward cache off)
 */
export function siteInChromium(launchOptions = {}) {
  /** @type {{ server: Awaited<ReturnType<typeof start>>, browser: import('playwright-core').Browser }} */
  const site = /** @type {never} */ ({});
  before(async () => {
    site.server = await start({ env: { DIST_DIR: distDir } });
    site.browser = await chromium.launch({ executablePath: browserPath, args: CHROME_ARGS, headless: true, ...launchOptions });
  });
  after(async () => {
    await site.browser?.close();
    await site.server?.stop();
  });
  return site;
}

/**
 * Waits until the page's script has taken `widget` (a locator of one element) over. A
 * server-rendered widget shows the server's nodes, `state="ready"` with them, until the CDN
 * file's takeover. Before the file has run, a click on the like button does nothing and the
 * video's play link leaves for the video's page; after it, a click on either is carried out at the
 * takeover, and the switcher's select goes at once (README, Server-side rendering). A test clicks
 * once the takeover is done, as a reader who waits for the page would.
 * @param {import('playwright-core').Locator} widget
 */
export async function takenOver(widget) {
  await widget.evaluate(async (element) => {
    await customElements.whenDefined(element.localName);
    await /** @type {{ updateComplete?: Promise<unknown> }} */ (element).updateComplete;
  });
}

/**
 * Likes the article as a reader does: clicks the "Like" button of `likeButton` (a locator of
 * one `<like-button>`) once the page's script has taken it over, then waits for the like
 * endpoint to answer 200 (a new reader's first answer is 403 with a visitor token, and the
 * button sends the like again with it) and for the button's live status to say "You like
 * this.". Returns the endpoint's answers to the like, in order; a like that never gets its 200
 * fails with them all (the live state's requests too).
 * @param {import('playwright-core').Page} page
 * @param {import('playwright-core').Locator} likeButton
 * @returns {Promise<number[]>}
 */
export async function likeAndWait(page, likeButton) {
  // Every request to the endpoint, the live state's GETs too, with its status once answered.
  /** @type {Map<import('playwright-core').Request, number | undefined>} */
  const seen = new Map();
  const isEndpoint = (/** @type {import('playwright-core').Request} */ request) => new URL(request.url()).pathname.endsWith('/likes');
  const sent = (/** @type {import('playwright-core').Request} */ request) => isEndpoint(request) && seen.set(request, undefined);
  const answered = (/** @type {import('playwright-core').Response} */ response) => isEndpoint(response.request()) && seen.set(response.request(), response.status());
  page.on('request', sent);
  page.on('response', answered);
  try {
    await takenOver(likeButton);
    const saved = page.waitForResponse((response) => isEndpoint(response.request()) && response.request().method() === 'POST' && response.status() === 200, { timeout: 15_000 });
    await likeButton.getByRole('button', { name: 'Like' }).click();
    await saved.catch((error) => {
      const requests = [...seen].map(([request, status]) => `${request.method()} ${status ?? '(no answer)'}`);
      throw new Error(`the like got no 200 (the endpoint's requests: ${requests.join(', ') || 'none'}): ${error.message}`);
    });
    await likeButton.locator('[aria-live="polite"]', { hasText: 'You like this.' }).waitFor({ timeout: 5000 });
    return [...seen].flatMap(([request, status]) => (request.method() === 'POST' && status !== undefined ? [status] : []));
  } finally {
    page.off('request', sent);
    page.off('response', answered);
  }
}
