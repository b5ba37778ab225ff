// Render cost: N widgets from the `data` property (each its own document object) against
// hand-written elements that build the same DOM with the same CSS (bench/BASELINE.md), in
// the same page, alternated, median of ROUNDS rounds, at 1× and 4× CPU. The ratio counts.
// Measures the built files of `root` (default: the current directory); the bench page and
// the hand-written elements come from this directory.
import { existsSync, readFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PICTURE_ROUTE } from './article-page.mjs';
import { launch } from './browser.mjs';
import { serveRoot } from './static-server.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
const SIZES = (process.env.BENCH_SIZES ?? '300').split(',').map(Number);
export const PAIRS = [
  ['article-card', 'baseline-card'],
  ['related-stories', 'baseline-related'],
  ['like-button', 'baseline-like'],
];
/** Issue 27's target for 300 cards against the floor. */
export const RENDER_RATIO_TARGET = 1.5;
const BENCH_DIR = fileURLToPath(new URL('.', import.meta.url));
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript' };

// Only the scheduler's task events and the marks: the timeline categories would record every
// DOM and style invalidation, which slows the side that does more DOM work.
const TRACE_CATEGORIES = ['toplevel', 'blink.user_timing'];
const TASK = 'ThreadControllerImpl::RunTask';

/**
 * The main thread's CPU time of each measured stretch (between the page's render-start and
 * render-end marks): the thread time of every task that overlaps it, so the stretch's own
 * task counts whole (with the little before and after the clock in it: the same on both
 * sides) and a stretch split over several tasks counts them all. In round order.
 */
function threadTimes(trace) {
  const events = trace.traceEvents;
  const starts = events.filter((e) => e.name === 'render-start').sort((a, b) => a.ts - b.ts);
  const ends = events.filter((e) => e.name === 'render-end').sort((a, b) => a.ts - b.ts);
  if (!starts.length || starts.length !== ends.length) return [];
  const { pid, tid } = starts[0];
  const tasks = events.filter((e) => e.name === TASK && e.ph === 'X' && e.pid === pid && e.tid === tid);
  return starts.map((start, i) => {
    const end = ends[i].ts;
    const overlapping = tasks.filter((t) => t.ts <= end && t.ts + t.dur >= start.ts);
    return overlapping.reduce((sum, t) => sum + (t.tdur ?? t.dur), 0) / 1000;
  });
}

/** The middle value (the mean of the middle two for an even count; NaN for none). */
export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length === 0 ? NaN : sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
export const round1 = (n) => Math.round(n * 10) / 10;

/** The article document's text: the measured directory's fixture, else this bench's own. */
export function seedArticleText(root) {
  const theirs = resolve(root, 'test/fixtures/seed-article.json');
  return readFileSync(existsSync(theirs) ? theirs : fileURLToPath(new URL('../test/fixtures/seed-article.json', import.meta.url)), 'utf8');
}

/** A document with ten related stories, so related-stories renders `limit="10"` items. */
export function benchDocument(root) {
  const doc = JSON.parse(seedArticleText(root));
  const related = [];
  for (let i = 0; i < 10; i++) related.push({ ...doc.related[i % doc.related.length], id: `r${i}`, url: `${doc.related[i % doc.related.length].url}?v=${i}` });
  return { ...doc, related, likes: { count: 21 } };
}

/**
 * @param {{ root?: string, rates?: number[], sizes?: number[], rounds?: number, only?: string, shared?: boolean, log?: (line: string) => void }} [options]
 *   `only`: one widget (e.g. 'article-card'); `shared`: one document object for all elements
 *   (the old bench's way, to compare).
 */
export async function measureRenderCost({ root = process.cwd(), rates = [1, 4], sizes = SIZES, rounds = ROUNDS, only = process.env.BENCH_ONLY, shared = false, log = () => {} } = {}) {
  const server = await serveRoot(root, {
    // The document's images exist, as on a site: a 404 would fire `error` on each, which only
    // our elements handle (a broken picture's frame), inside a later round.
    ...PICTURE_ROUTE,
    '/bench/': (path) => {
      const name = path.slice('/bench/'.length);
      if (!/^[\w.-]+\.(html|js)$/.test(name)) return undefined;
      try {
        return { type: TYPES[extname(name)], body: readFileSync(resolve(BENCH_DIR, name)) };
      } catch {
        return undefined;
      }
    },
  });
  const browser = await launch();
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const results = [];
  try {
    await page.goto(`${server.origin}/bench/render.html`);
    await page.evaluate((doc) => window.prepareBench(doc), benchDocument(root));
    const cdp = await page.context().newCDPSession(page);
    for (const [widget, baseline] of PAIRS) {
      if (only && widget !== only) continue;
      const ours = await page.evaluate((t) => window.renderedMarkup(t), widget);
      const theirs = await page.evaluate((t) => window.renderedMarkup(t), baseline);
      if (ours !== theirs) log(`  note: <${baseline}>'s DOM differs from <${widget}>'s:\n    ours   ${ours}\n    theirs ${theirs}`);
      for (const rate of rates) {
        await cdp.send('Emulation.setCPUThrottlingRate', { rate });
        for (const n of sizes) {
          const times = { [widget]: [], [baseline]: [] };
          const run = (tag) => page.evaluate(([t, k, s]) => window.measureRender(t, k, { shared: s }), [tag, n, shared]);
          // One warm-up each, then alternate so drift (GC, other load) hits both sides alike.
          await run(widget);
          await run(baseline);
          const order = [];
          await browser.startTracing(undefined, { categories: TRACE_CATEGORIES });
          try {
            for (let round = 0; round < rounds; round++) {
              for (const tag of round % 2 ? [baseline, widget] : [widget, baseline]) {
                const time = await run(tag);
                if (!time.rendered) throw new Error(`<${tag}> did not render in the bench page`);
                times[tag].push(time);
                order.push(time);
              }
            }
          } finally {
            const cpu = threadTimes(JSON.parse((await browser.stopTracing()).toString('utf8')));
            // BENCH_DEBUG=1: each round's wall and CPU milliseconds, in order (ours and floor alternate).
            if (process.env.BENCH_DEBUG) log(JSON.stringify(order.map((t, i) => [Math.round(t.totalMs), Math.round(cpu[i])])));
            if (cpu.length === order.length) order.forEach((time, i) => (time.cpuMs = cpu[i]));
            else log(`  note: ${cpu.length} measured stretches in the trace for ${order.length} rounds; no CPU figures`);
          }
          const m = (tag, key) => median(times[tag].map((t) => t[key]));
          const row = {
            widget,
            n,
            rate,
            oursMs: round1(m(widget, 'totalMs')),
            baselineMs: round1(m(baseline, 'totalMs')),
            ratio: Math.round((m(widget, 'totalMs') / m(baseline, 'totalMs')) * 100) / 100,
            oursScriptMs: round1(m(widget, 'scriptMs')),
            baselineScriptMs: round1(m(baseline, 'scriptMs')),
            scriptRatio: Math.round((m(widget, 'scriptMs') / m(baseline, 'scriptMs')) * 100) / 100,
            oursCpuMs: round1(m(widget, 'cpuMs')),
            baselineCpuMs: round1(m(baseline, 'cpuMs')),
            cpuRatio: Math.round((m(widget, 'cpuMs') / m(baseline, 'cpuMs')) * 100) / 100,
            // Rounds where another task ran between attaching and rendered (see render-page.js).
            oursSplitRounds: times[widget].filter((t) => !t.renderedInOneTask).length,
            baselineSplitRounds: times[baseline].filter((t) => !t.renderedInOneTask).length,
          };
          const split = row.oursSplitRounds + row.baselineSplitRounds ? `; rendered over several tasks in ${row.oursSplitRounds}/${row.baselineSplitRounds} rounds` : '';
          log(`  ${widget} ×${n} at ${rate}×: ${row.oursMs} ms vs ${row.baselineMs} ms (ratio ${row.ratio}; script only ${row.scriptRatio}; CPU time ${row.oursCpuMs} vs ${row.baselineCpuMs} ms, ratio ${row.cpuRatio}${split})`);
          results.push(row);
        }
      }
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    }
  } finally {
    await browser.close();
    await server.close();
  }
  if (errors.length) throw new Error(`page errors in the render bench: ${errors.join('; ')}`);
  return results;
}

/** Prints the render table and issue 27's target line (≤ 1.5× for 300 cards; never an exit code). */
export function printRenderCost(rows, log = console.log) {
  log('## Render cost: ours vs hand-written floor, same DOM and CSS (median of rounds; the ratio counts)');
  log('   (total: create, attach, render, and the style recalculation and layout that forces; script: without those;');
  log('    CPU time: the main thread\'s CPU time of the same stretch, from a trace: steadier when other jobs share the machine)');
  console.table(
    rows.map((r) => ({ widget: r.widget, n: r.n, CPU: `${r.rate}×`, ours: `${r.oursMs} ms`, floor: `${r.baselineMs} ms`, ratio: r.ratio, 'script ratio': r.scriptRatio, 'CPU-time ours': `${r.oursCpuMs} ms`, 'CPU-time floor': `${r.baselineCpuMs} ms`, 'CPU-time ratio': r.cpuRatio })),
  );
  for (const r of rows.filter((row) => row.widget === 'article-card' && row.n === 300)) {
    log(`${r.ratio <= RENDER_RATIO_TARGET ? 'PASS' : 'FAIL'} <article-card> ×300 render ratio at ${r.rate}×: ${r.ratio} (target ≤ ${RENDER_RATIO_TARGET}; by CPU time ${r.cpuRatio}; script only ${r.scriptRatio})`);
  }
}
