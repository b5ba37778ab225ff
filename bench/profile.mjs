// `node bench/profile.mjs [tag] [n]` (after `npm run build`): a Chromium CPU profile of
// rendering n widgets from `data` (default 300 article-cards), self time per function.
// The forced style recalculation and layout after the widgets are attached shows as self time of
// window.measureRender (render-page.js). Each element gets its own document object.
import { readFileSync } from 'node:fs';
import { launch } from './browser.mjs';
import { serveRoot } from './static-server.mjs';
const server = await serveRoot('.');
const browser = await launch();
const page = await browser.newPage();
await page.goto(`${server.origin}/bench/render.html`);
const [tag = 'article-card', n = '300'] = process.argv.slice(2);
const doc = JSON.parse(readFileSync('test/fixtures/seed-article.json', 'utf8'));
await page.evaluate((d) => window.prepareBench(d), doc);
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
for (let i = 0; i < 2; i++) await page.evaluate(([t, k]) => window.measureRender(t, k), [tag, Number(n)]);
await cdp.send('Profiler.start');
for (let i = 0; i < 10; i++) await page.evaluate(([t, k]) => window.measureRender(t, k), [tag, Number(n)]);
const { profile } = await cdp.send('Profiler.stop');
const self = new Map();
const dt = profile.timeDeltas; const samples = profile.samples;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
for (let i = 0; i < samples.length; i++) {
  const n = byId.get(samples[i]); const f = n.callFrame;
  const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
  self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0));
}
const total = [...self.values()].reduce((a, b) => a + b, 0);
for (const [k, v] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 22)) console.log((v / 1000).toFixed(1).padStart(8), 'ms', (100 * v / total).toFixed(1).padStart(5), '%', k);
await browser.close(); await server.close();
