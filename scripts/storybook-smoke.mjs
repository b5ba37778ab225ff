// Storybook smoke test: builds Storybook (unless --no-build), serves storybook-static on
// 127.0.0.1, opens every story of storybook-static/index.json in headless Chromium and fails
// on a console error, a page error, a failed request, a play function that failed, a widget
// not in the state the story expects (`parameters.expectState`, default `ready`) or an axe
// violation. Docs pages are opened too (errors only). Usage:
//   node scripts/storybook-smoke.mjs [--no-build] [--filter <text>] [--variants]
// --variants opens every story in every locale and theme of the toolbar instead (play
// functions included: they read the locale's catalogue). Several tabs run at once
// (SMOKE_WORKERS, default 4); a tab switches stories without reloading.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { BUILT_IN_LOCALES } from './built-in-locales.mjs';
import { CHROME_ARGS, requireBrowser } from './find-browser.mjs';
import { serveStatic } from './serve-static.mjs';

const require = createRequire(import.meta.url);
const root = resolve(import.meta.dirname, '..');
const outDir = join(root, 'storybook-static');
const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const option = (name) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);

const LOCALES = BUILT_IN_LOCALES;
const THEMES = ['light', 'dark', 'brand'];
const WORKERS = Number(process.env.SMOKE_WORKERS ?? 4);
const STATE_TIMEOUT = Number(process.env.SMOKE_STATE_TIMEOUT ?? 10000);
// Page-level rules make no sense for a component rendered alone in an iframe.
const AXE_OFF = ['region', 'landmark-one-main', 'page-has-heading-one', 'landmark-complementary-is-top-level'];

const started = performance.now();
const seconds = () => ((performance.now() - started) / 1000).toFixed(1);

if (!flag('--no-build')) {
  console.log('storybook-smoke: building Storybook…');
  const build = spawnSync(process.execPath, [join(root, 'node_modules/storybook/dist/bin/dispatcher.js'), 'build', '--quiet', '--output-dir', outDir], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
  });
  if (build.status !== 0) {
    console.error('storybook-smoke: the Storybook build failed.');
    process.exit(1);
  }
}
if (!existsSync(join(outDir, 'index.json'))) {
  console.error(`storybook-smoke: ${outDir}/index.json is missing; run \`npm run build-storybook\` first.`);
  process.exit(1);
}

const index = JSON.parse(readFileSync(join(outDir, 'index.json'), 'utf8'));
// Every tag of the manifest is a widget whose `state` is checked (a new element included).
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const WIDGETS = manifest.modules.flatMap((mod) => mod.declarations ?? []).flatMap((decl) => (decl.customElement && decl.tagName ? [decl.tagName] : []));
// The <video-embed> of the "after the click" story, whose player is a local page (stories/video-embed.stories.ts).
WIDGETS.push('stand-in-video');
const filter = option('--filter');
const entries = Object.values(index.entries).filter((e) => !filter || e.id.includes(filter));
const stories = entries.filter((e) => e.type === 'story');
const docs = entries.filter((e) => e.type === 'docs');

// Grouped by globals, so a tab reloads only when the locale or theme changes.
const variants = flag('--variants') ? LOCALES.flatMap((locale) => THEMES.map((theme) => `locale:${locale};theme:${theme}`)) : [undefined];
const visits = [
  ...variants.flatMap((globals) => stories.map((e) => ({ id: e.id, kind: 'story', globals }))),
  ...docs.map((e) => ({ id: e.id, kind: 'docs' })),
];

// --- a static server for storybook-static ---------------------------------------------
const server = await serveStatic(outDir);
const { base } = server;

// --- the browser ------------------------------------------------------------------------
const browser = await chromium.launch({ executablePath: requireBrowser(), args: CHROME_ARGS, headless: true });
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * A tab per worker, reused: switching stories through Storybook's channel (as its UI does)
 * saves loading the preview bundle for every story. Listeners report into `session.problems`.
 */
async function openSession() {
  const context = await browser.newContext({ viewport: { width: 1024, height: 800 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const session = { context, page, problems: [], at: undefined };
  page.on('console', (message) => {
    if (message.type() === 'error') session.problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => session.problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => {
    // Requests a story cancels on purpose (aborted fetches) are not failures of the page.
    if (request.failure()?.errorText !== 'net::ERR_ABORTED') session.problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) session.problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return session;
}

/** `locale:fr;theme:dark` → { locale: 'fr', theme: 'dark' }; the defaults when absent. */
function globalsObject(globals = 'locale:en;theme:light') {
  return Object.fromEntries(globals.split(';').map((pair) => pair.split(':')));
}

/** Opens one story or docs page; returns a list of problems (empty when all is well). */
async function visit(session, { id, kind, globals }) {
  const { page } = session;
  const problems = (session.problems = []);
  try {
    // The a11y addon's own axe run (panel) is switched off: this script runs axe itself.
    // A loaded preview switches story and globals in place, as Storybook's own UI does: a
    // reload of the preview costs seconds, a switch a few milliseconds.
    if (kind === 'story' && session.at && session.at.id !== id) {
      if (session.at.globals !== globals) {
        await page.evaluate((values) => window.__STORYBOOK_PREVIEW__.onUpdateGlobals({ globals: values }), globalsObject(globals));
      }
      await page.evaluate((storyId) => window.__STORYBOOK_ADDONS_CHANNEL__.emit('setCurrentStory', { storyId, viewMode: 'story' }), id);
    } else {
      const url = `${base}/iframe.html?id=${encodeURIComponent(id)}&viewMode=${kind}&globals=a11y.manual:!true${globals ? `;${globals}` : ''}`;
      await page.goto(url, { waitUntil: 'load', timeout: 60000 });
    }
    session.at = kind === 'story' ? { id, globals } : undefined;
    if (kind === 'docs') {
      await page.waitForFunction(() => document.querySelector('#storybook-docs .sbdocs-content') !== null, null, { timeout: 30000 });
      await page.waitForTimeout(300);
      return problems;
    }
    const phase = await page
      .waitForFunction(
        (storyId) => {
          const render = window.__STORYBOOK_PREVIEW__?.currentRender;
          return render?.id === storyId && ['errored', 'aborted', 'finished'].includes(render.phase) && render.phase;
        },
        id,
        { timeout: 30000, polling: 50 },
      )
      .then((handle) => handle.jsonValue());
    if (phase !== 'finished') problems.push(`render phase "${phase}" (a play function or the render failed)`);
    const expected = await page.evaluate(() => window.__STORYBOOK_PREVIEW__.currentRender.story.parameters.expectState ?? 'ready');
    // The story really is in the locale and theme asked for (unless it sets its own).
    const shown = await page.evaluate(() => {
      const rootNode = document.querySelector('#storybook-root .sw-story');
      return { story: window.__STORYBOOK_PREVIEW__.currentRender.story.storyGlobals ?? {}, locale: rootNode?.getAttribute('lang'), theme: rootNode?.dataset.theme };
    });
    const wanted = { ...globalsObject(globals), ...shown.story };
    if (shown.locale !== wanted.locale || shown.theme !== wanted.theme) problems.push(`shown in ${shown.locale}/${shown.theme}, not ${wanted.locale}/${wanted.theme}`);
    const states = await page
      .waitForFunction(
        ({ tags, expected }) => {
          const rootNode = document.querySelector('#storybook-root');
          const found = [...rootNode.querySelectorAll(tags.join(','))];
          const want = (el) => (typeof expected === 'string' ? expected : (expected[el.localName] ?? expected.default ?? 'ready'));
          const undefinedTags = found.filter((el) => !window.customElements.get(el.localName) || !el.shadowRoot).map((el) => el.localName);
          if (undefinedTags.length) return { bad: `not upgraded to Lit elements: ${undefinedTags.join(', ')}` };
          if (found.length === 0) return { bad: 'no widget rendered' };
          const wrong = found.filter((el) => want(el) !== 'any' && el.getAttribute('state') !== want(el));
          return wrong.length === 0 ? { ok: true } : false;
        },
        { tags: WIDGETS, expected },
        { timeout: STATE_TIMEOUT, polling: 50 },
      )
      .then((handle) => handle.jsonValue())
      .catch(async () => ({
        bad: `widgets not in the expected state ${JSON.stringify(expected)}: ${await page.evaluate(
          (tags) => [...document.querySelectorAll(tags.join(','))].map((el) => `${el.localName}[state=${el.getAttribute('state')}]`).join(', '),
          WIDGETS,
        )}`,
      }));
    if (states.bad) problems.push(states.bad);

    if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
    const violations = await page.evaluate(async (off) => {
      const result = await window.axe.run('#storybook-root', {
        resultTypes: ['violations'],
        rules: Object.fromEntries(off.map((rule) => [rule, { enabled: false }])),
      });
      return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
    }, AXE_OFF);
    for (const violation of violations) problems.push(`axe: ${violation}`);
  } catch (error) {
    problems.push(`failed to open: ${error.message.split('\n')[0]}`);
    session.at = undefined;
  }
  // After a failure, start the next story from a fresh page load.
  if (problems.length > 0) session.at = undefined;
  return [...problems];
}

let failures = 0;
// Each failed page's lines, printed again after the run: among ~2 000 lines, a log kept only in
// its last part still names them.
const failed = [];
const queue = [...visits];
async function worker() {
  const session = await openSession();
  for (let item = queue.shift(); item; item = queue.shift()) {
    const begun = performance.now();
    const problems = await visit(session, item);
    const name = `${item.kind === 'docs' ? 'docs ' : ''}${item.id}${item.globals ? ` [${item.globals}]` : ''} (${Math.round(performance.now() - begun)} ms)`;
    if (problems.length === 0) {
      console.log(`  ok   ${name}`);
    } else {
      failures += 1;
      const lines = [`  FAIL ${name}`, ...[...new Set(problems)].map((problem) => `       - ${problem}`)];
      console.log(lines.join('\n'));
      failed.push(...lines);
    }
  }
  await session.context.close();
}
await Promise.all(Array.from({ length: Math.min(WORKERS, visits.length) }, worker));
await browser.close();
await server.close();

if (failed.length) console.log(`\nstorybook-smoke: the pages that failed, again:\n${failed.join('\n')}`);
console.log(`\nstorybook-smoke: ${visits.length - failures} of ${visits.length} pages passed (${stories.length} stories, ${docs.length} docs) in ${seconds()} s.`);
process.exit(failures === 0 && visits.length > 0 ? 0 : 1);
