// `node bench/profile.mjs [tag] [n] [rate]` (after `npm run build`): a Chromium CPU profile of
// rendering n widgets from `data` (default 300 article-cards) at `rate`× CPU throttling
// (default 1), self time per function and per source file, in ms per round (10 rounds). The
// built files' functions are named through their source maps (`render src/elements/…:125`).
// The forced style recalculation and layout after the widgets are attached shows as self time of
// window.measureRender (render-page.js). Each element gets its own copy of the render bench's document.
import { launch } from './browser.mjs';
import { sourceMapNamer } from './main-thread.mjs';
import { benchDocument } from './render.mjs';
import { serveRoot } from './static-server.mjs';

const ROUNDS = 10;
const [tag = 'article-card', n = '300', rate = '1'] = process.argv.slice(2);
const server = await serveRoot('.');
const browser = await launch();
try {
  const page = await browser.newPage();
  await page.goto(`${server.origin}/bench/render.html`);
  // The render bench's document (bench/render.mjs), so the profile is of what it measures.
  await page.evaluate((d) => window.prepareBench(d), benchDocument(process.cwd()));
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(rate) });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  for (let i = 0; i < 2; i++) await page.evaluate(([t, k]) => window.measureRender(t, k), [tag, Number(n)]);
  await cdp.send('Profiler.start');
  for (let i = 0; i < ROUNDS; i++) await page.evaluate(([t, k]) => window.measureRender(t, k), [tag, Number(n)]);
  const { profile } = await cdp.send('Profiler.stop');

  const name = sourceMapNamer(process.cwd());
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  /** @type {Map<string, number>} */
  const byFunction = new Map();
  /** @type {Map<string, number>} */
  const byFile = new Map();
  const add = (map, key, us) => map.set(key, (map.get(key) ?? 0) + us);
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id).callFrame;
    const named = name(frame);
    const us = profile.timeDeltas[i] ?? 0;
    add(byFunction, named, us);
    // The file is the part after the function's name, without the line (native code has none).
    add(byFile, frame.url ? named.slice(named.lastIndexOf(' ') + 1).replace(/:\d+$/, '') : '(native)', us);
  });
  const total = [...byFunction.values()].reduce((a, b) => a + b, 0);
  const print = (title, map, count) => {
    console.log(title);
    for (const [key, us] of [...map].sort((a, b) => b[1] - a[1]).slice(0, count)) {
      console.log(`${(us / 1000 / ROUNDS).toFixed(2).padStart(8)} ms ${((100 * us) / total).toFixed(1).padStart(5)} %  ${key}`);
    }
  };
  console.log(`${n} <${tag}> at ${rate}× CPU: self time per round (${ROUNDS} rounds)`);
  print('by function', byFunction, 25);
  print('by file', byFile, 20);
} finally {
  await browser.close();
  await server.close();
}
