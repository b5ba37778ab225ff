// `node bench/profile.mjs [tag] [n] [rate]` (after `npm run build`): a Chromium CPU profile of
// rendering n widgets from `data` (default 300 article-cards) at `rate`× CPU throttling
// (default 1), self time per function and per source file, in ms per round (10 rounds). The
// built files' functions are named through their source maps (`render src/elements/…:125`).
// The forced style recalculation and layout after the widgets are attached shows as self time of
// window.measureRender (render-page.js). Each element gets its own copy of the render bench's document.
//
// `node bench/profile.mjs page [loads] [rate] [inline]`: the main-thread bench's article page
// instead (bench/article-page.mjs, its document fetched, or inline), each of `loads` (default 7)
// in a fresh context at `rate`× (default 4) from navigation until a second after every widget
// is ready: ms per load, self time per function and per file, and time per function with what
// it calls (where the page's JavaScript goes, which the main-thread bench's trace does not say).
import { articlePageRoutes, waitForWidgets } from './article-page.mjs';
import { launch } from './browser.mjs';
import { sourceMapNamer } from './main-thread.mjs';
import { benchDocument, seedArticleText } from './render.mjs';
import { serveRoot } from './static-server.mjs';

const ROUNDS = 10;
const name = sourceMapNamer(process.cwd());

/** Self time per function and per file, and time with callees per function, of CPU profiles. */
function tally() {
  const byFunction = new Map();
  const byFile = new Map();
  const withCallees = new Map();
  const add = (map, key, us) => map.set(key, (map.get(key) ?? 0) + us);
  return {
    byFunction,
    byFile,
    withCallees,
    /** Adds a profile (Profiler.stop's), leaving out idle time and the profiler's own. */
    add(profile) {
      const byId = new Map(profile.nodes.map((node) => [node.id, node]));
      const parent = new Map(profile.nodes.flatMap((node) => (node.children ?? []).map((child) => [child, node])));
      // Each node named once (a source map lookup), not once per sample and stack frame.
      const nameOf = new Map(profile.nodes.map((node) => [node.id, name(node.callFrame)]));
      profile.samples.forEach((id, i) => {
        const us = profile.timeDeltas[i] ?? 0;
        const frame = byId.get(id).callFrame;
        if (/^\((idle|program|root)\)$/.test(frame.functionName)) return;
        const named = nameOf.get(id);
        add(byFunction, named, us);
        // The file is the part after the function's name, without the line (native code has none).
        add(byFile, frame.url ? named.slice(named.lastIndexOf(' ') + 1).replace(/:\d+$/, '') : '(native)', us);
        // Each function on the sample's stack once (a recursive one is not counted twice).
        const stack = new Set();
        for (let node = byId.get(id); node && node.callFrame.functionName !== '(root)'; node = parent.get(node.id)) stack.add(nameOf.get(node.id));
        for (const f of stack) add(withCallees, f, us);
      });
    },
  };
}

const sum = (map) => [...map.values()].reduce((a, b) => a + b, 0);

/** Prints the `count` largest entries of `map` in ms per `per` (rounds or loads), in % of `total`. */
function print(title, map, count, per, total = sum(map)) {
  console.log(title);
  for (const [key, us] of [...map].sort((a, b) => b[1] - a[1]).slice(0, count)) {
    console.log(`${(us / 1000 / per).toFixed(2).padStart(8)} ms ${((100 * us) / total).toFixed(1).padStart(5)} %  ${key}`);
  }
}

/** Throttles `page` to `rate`× CPU and readies its sampler: `start`, then `stop`, which resolves to the profile. */
async function sampler(page, rate) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  return { cdp, start: () => cdp.send('Profiler.start'), stop: async () => (await cdp.send('Profiler.stop')).profile };
}

async function profileRenders(tag = 'article-card', n = '300', rate = '1') {
  const server = await serveRoot('.');
  const browser = await launch();
  try {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/bench/render.html`);
    // The render bench's document (bench/render.mjs), so the profile is of what it measures.
    await page.evaluate((d) => window.prepareBench(d), benchDocument(process.cwd()));
    const { start, stop } = await sampler(page, Number(rate));
    for (let i = 0; i < 2; i++) await page.evaluate(([t, k]) => window.measureRender(t, k), [tag, Number(n)]);
    await start();
    for (let i = 0; i < ROUNDS; i++) await page.evaluate(([t, k]) => window.measureRender(t, k), [tag, Number(n)]);
    const profiles = tally();
    profiles.add(await stop());
    console.log(`${n} <${tag}> at ${rate}× CPU: self time per round (${ROUNDS} rounds)`);
    print('by function', profiles.byFunction, 25, ROUNDS);
    print('by file', profiles.byFile, 20, ROUNDS);
  } finally {
    await browser.close();
    await server.close();
  }
}

async function profilePage(loads = '7', rate = '4', inline = '') {
  const server = await serveRoot('.', { ...articlePageRoutes(seedArticleText(process.cwd()), inline === 'inline'), '/blank.html': { type: 'text/html', body: '<!doctype html><title>blank</title>' } });
  const browser = await launch();
  const profiles = tally();
  try {
    for (let i = 0; i < Number(loads); i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      // A blank page of the same origin first: the profiler, started there, follows the navigation.
      await page.goto(`${server.origin}/blank.html`);
      const { cdp, start, stop } = await sampler(page, Number(rate));
      await start();
      await page.goto(`${server.origin}/article.html`, { waitUntil: 'load' });
      await waitForWidgets(cdp);
      await new Promise((r) => setTimeout(r, 1000));
      profiles.add(await stop());
      await context.close();
    }
    const total = sum(profiles.byFunction);
    console.log(`the article page (document ${inline === 'inline' ? 'inline' : 'fetched'}) at ${rate}× CPU: ${(total / 1000 / Number(loads)).toFixed(1)} ms of JavaScript per load (${loads} loads)`);
    print('self time by function', profiles.byFunction, 25, Number(loads));
    print('self time by file', profiles.byFile, 20, Number(loads));
    print('time with what it calls, by function (in % of all of it)', profiles.withCallees, 40, Number(loads), total);
  } finally {
    await browser.close();
    await server.close();
  }
}

const [first, ...rest] = process.argv.slice(2);
await (first === 'page' ? profilePage(...rest) : profileRenders(first, ...rest));
