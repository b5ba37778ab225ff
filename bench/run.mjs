// `npm run bench`: builds, then measures size, render cost, the demo page's requests and
// layout shift, and the like endpoint's throughput. Prints a table, writes bench/results.json.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { measure as measureSizes } from '../scripts/size.mjs';
import { DEMO_PAGES, measureDemoPage } from './demo-page.mjs';
import { measureLikes } from './likes-throughput.mjs';
import { measureRenderCost } from './render.mjs';
import { measureSsrVsCsr } from './ssr-vs-csr.mjs';

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n) => `${n.toFixed(1)} ms`;

if (!process.argv.includes('--no-build')) {
  const build = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status || 1);
}

console.log('\n## Size (minified, with Lit)');
const sizes = await measureSizes();
console.table(sizes.map((r) => ({ file: r.name, min: kb(r.min), gzip: kb(r.gzip), brotli: kb(r.brotli) })));

console.log('## Render cost: ours vs hand-written baseline (median of rounds; the ratio counts)');
const render = await measureRenderCost();
console.table(render.map((r) => ({ widget: r.widget, n: r.n, ours: ms(r.oursMs), baseline: ms(r.baselineMs), ratio: r.ratio.toFixed(2) })));

console.log('## Demo pages, client-rendered (?csr=1), API answers delayed 500 ms');
const pages = [];
for (const path of DEMO_PAGES) pages.push(await measureDemoPage(path));
const [demo] = pages;
console.table(pages.map((p) => ({ page: p.path, requests: p.totalRequests, 'API requests': p.apiRequests, documents: p.distinctDocuments, duplicates: p.duplicateDocumentRequests, CLS: p.cumulativeLayoutShift })));

console.log('## Demo page server-rendered (/) vs client-rendered (/?csr=1), every request delayed');
const ssr = await measureSsrVsCsr();
console.table(
  Object.entries({ 'server-rendered': ssr.ssr, 'client-rendered': ssr.csr }).map(([page, r]) => ({
    page,
    'first contentful paint': `${r.fcpMs} ms`,
    'related links in DOM': `${r.relatedLinksMs} ms`,
  })),
);
console.log(`(medians of ${ssr.runs} runs each, ${ssr.roundTripMs} ms per request)`);

console.log('## Like endpoint on loopback');
const likes = await measureLikes();
console.table([{ requests: likes.requests, '2xx': likes.ok, 'likes/s': likes.likesPerSecond, 'p99 ms': likes.p99Ms, 'count exact': likes.exact }]);

const results = { date: new Date().toISOString(), node: process.version, sizes, render, demo, pages, ssr, likes };
writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
console.log('Wrote bench/results.json');

const card300 = render.find((r) => r.widget === 'article-card' && r.n === 300);
const problems = [];
if (card300 && card300.ratio > 2) problems.push(`article-card ×300 render ratio ${card300.ratio.toFixed(2)} is over 2.0`);
if (!likes.exact) problems.push(`like count not exact: ${likes.countAfter - likes.countBefore} added for ${likes.visitors} visitors`);
for (const p of pages) {
  if (p.duplicateDocumentRequests > 0) problems.push(`${p.duplicateDocumentRequests} duplicate document request(s) on ${p.path}`);
  // Placeholders reserve every widget's final size: loading documents moves nothing.
  if (p.cumulativeLayoutShift > 0) problems.push(`layout shift ${p.cumulativeLayoutShift} on ${p.path}`);
}
if (problems.length) {
  console.error(`\nbench: ${problems.join('; ')}`);
  process.exit(1);
}
