// `npm run bench`: builds, then measures size, render cost, the main-thread time the widgets
// add to an article page, the demo page's requests and layout shift, and the like endpoint's
// throughput. Prints tables, merges its figures into bench/results.json.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { measure as measureSizes } from '../scripts/size.mjs';
import { measureAbuse, printAbuse } from './abuse.mjs';
import { DEMO_PAGES, measureDemoPage } from './demo-page.mjs';
import { measurePostgres } from './likes-throughput.mjs';
import { measureWithFloors } from './main-thread.mjs';
import { printFloors, printMainThread } from './main-thread-report.mjs';
import { measureServerPaths } from './server-paths.mjs';
import { measureRenderCost, printRenderCost } from './render.mjs';
import { measureSsrVsCsr } from './ssr-vs-csr.mjs';

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

if (!process.argv.includes('--no-build')) {
  const build = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status || 1);
}

console.log('\n## Size (minified, with Lit)');
const sizes = await measureSizes();
console.table(sizes.map((r) => ({ file: r.name, min: kb(r.min), gzip: kb(r.gzip), brotli: kb(r.brotli) })));

const render = await measureRenderCost();
printRenderCost(render);

// The widgets' page and the floors in the same rounds (side by side, one run).
const { mainThread, floors: mainThreadFloors } = await measureWithFloors({ runs: Number(process.env.BENCH_RUNS ?? 15), log: (line) => console.error(line) });
printMainThread(mainThread);
printFloors(mainThreadFloors, mainThread);

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

console.log('## Server on SQLite, one process: the like and document paths against a bare node:http floor');
console.log('   (alternating rounds, medians; "ratio" by requests/s, "CPU ratio" by requests per CPU-second of the server)');
// Five rounds, not three: on a busy machine three once put the like path at 0.42× its floor with
// FULL sync (strictly more work) at 0.51 in the same rounds, and at 0.62 a minute later.
const paths = await measureServerPaths({ rounds: 5 });
/** @param {{ perSecond: number, perCpuSecond: number, p99Ms: number }} run */
const row = (run) => ({ 'req/s': run.perSecond, 'req/CPU-s': run.perCpuSecond, 'p99 ms': run.p99Ms });
console.table({
  'floor POST (node:http)': row(paths.floorPost),
  'like (SQLite NORMAL)': { ...row(paths.like), ratio: paths.like.ratio.toFixed(2), 'CPU ratio': paths.like.cpuRatio.toFixed(2), exact: paths.like.exact },
  'like (SQLITE_SYNCHRONOUS=FULL)': { ...row(paths.likeFull), ratio: paths.likeFull.ratio.toFixed(2), 'CPU ratio': paths.likeFull.cpuRatio.toFixed(2), exact: paths.likeFull.exact },
  'floor GET (node:http)': row(paths.floorGet),
  'document GET': { ...row(paths.document), ratio: paths.document.ratio.toFixed(2), 'CPU ratio': paths.document.cpuRatio.toFixed(2) },
});

const databaseUrl = process.env.DATABASE_URL;
/** @type {Awaited<ReturnType<typeof measurePostgres>> | undefined} */
let postgres;
if (databaseUrl) {
  console.log(`## PostgreSQL, three processes, rate limits in ${process.env.REDIS_URL ? 'Redis' : 'PostgreSQL'}; every like a new visitor from a new address`);
  postgres = await measurePostgres({ databaseUrl, redisUrl: process.env.REDIS_URL });
  console.table({
    'one hot article': { 'likes/s': postgres.hot.likesPerSecond, 'likes/CPU-s': postgres.hot.likesPerCpuSecond, 'p99 ms': postgres.hot.p99Ms, visitors: postgres.hot.visitors, exact: postgres.hot.exact },
    [`${postgres.spread.articles} articles`]: { 'likes/s': postgres.spread.likesPerSecond, 'likes/CPU-s': postgres.spread.likesPerCpuSecond, 'p99 ms': postgres.spread.p99Ms, visitors: postgres.spread.visitors, exact: postgres.spread.exact },
  });
} else {
  console.log('## PostgreSQL: not measured (DATABASE_URL is not set; REDIS_URL too for Redis limits)');
}

const abuse = await measureAbuse();
printAbuse(abuse);
// Merged into what is there, so figures measured on their own (main-thread.mjs --write) stay.
const previous = existsSync('bench/results.json') ? JSON.parse(readFileSync('bench/results.json', 'utf8')) : {};
const date = new Date().toISOString();
const results = { ...previous, date, node: process.version, sizes, sizesDate: date, render, mainThread, mainThreadFloors, demo, pages, ssr, server: paths, postgres, abuse };
writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
console.log('Wrote bench/results.json');

const card300 = render.find((r) => r.widget === 'article-card' && r.n === 300 && r.rate === 1);
const problems = [];
if (!abuse.ok) problems.push('more fake likes than the goal (see the table above)');
if (card300 && card300.ratio > 2) problems.push(`article-card ×300 render ratio ${card300.ratio.toFixed(2)} is over 2.0`);
for (const [name, run] of /** @type {const} */ ([['SQLite', paths.like], ['SQLite FULL', paths.likeFull], ['PostgreSQL hot', postgres?.hot], ['PostgreSQL 1 000 articles', postgres?.spread]])) {
  if (run && !run.exact) problems.push(`like count not exact on ${name}`);
}
// The goal of issue 21: each hot path at least half the floor. On a shared machine requests/s
// swing with other load; requests per CPU-second do not, so that ratio decides.
for (const [name, run] of /** @type {const} */ ([['like', paths.like], ['document', paths.document]])) {
  if (run.cpuRatio < 0.5) problems.push(`${name} path at ${run.cpuRatio.toFixed(2)}× the floor (per CPU-second), under 0.5`);
}
for (const p of pages) {
  if (p.duplicateDocumentRequests > 0) problems.push(`${p.duplicateDocumentRequests} duplicate document request(s) on ${p.path}`);
  // Placeholders reserve every widget's final size: loading documents moves nothing.
  if (p.cumulativeLayoutShift > 0) problems.push(`layout shift ${p.cumulativeLayoutShift} on ${p.path}`);
}
if (problems.length) {
  console.error(`\nbench: ${problems.join('; ')}`);
  process.exit(1);
}
