// `node bench/main-thread.mjs [--runs N] [--rates 1,4] [--json FILE]`: how much main-thread time
// the widgets add to an article page. Measures the built files of the current directory
// (dist/cdn/story-widgets.js and its chunks; never builds), so from another worktree
// `node /path/to/bench/main-thread.mjs` measures that worktree's dist/.
//
// The page: the source article with <article-context> around <language-switcher>,
// <like-button>, an eager <related-stories> and three <article-card>s (one shared document,
// test/fixtures/seed-article.json). The floor: a static copy of the same final DOM made in the
// same run (declarative shadow DOM, adopted styles inlined, no script). Each run is a fresh
// browser context, page and static alternated, CPU throttled by CDP; tasks come from a trace
// (RunTask on the renderer main thread) from navigationStart until 1 s after every widget
// has state="ready" (checked every 100 ms; the checks themselves are left out). With
// --returning, each context's tab has loaded the page before: a returning reader. The tables it
// prints are main-thread-report.mjs's.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { WIDGET_SELECTOR, WIDGET_TAGS, allWidgetsReady, articlePageRoutes, captureWidgets, serializeRenderedPage, waitForWidgets, widgetWeights } from './article-page.mjs';
import { launch } from './browser.mjs';
import { FLOORS, bundleFloor } from './floor-scripts.mjs';
import { printFloors, printMainThread } from './main-thread-report.mjs';
import { measureRenderCost, median, printRenderCost, round1, seedArticleText } from './render.mjs';
import { serveRoot } from './static-server.mjs';
import { frameName, mainThreadTasks, summarizeTasks, tasksByEvents, tasksByKind, timeByKind } from './trace-tasks.mjs';

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'v8.execute', 'v8'];
/**
 * With --profile: JavaScript sampling, to name the functions in long tasks, and to find the
 * widgets' tasks that no trace event names (promise callbacks run inside RunMicrotasks with no
 * event of their own). It slows a page with script: 4× added time about 300 ms more, part of
 * it the CDN module's compile, which V8 then finishes on the main thread (v8.compileModule
 * 17–268 ms at 4× against about 1 ms unsampled: README, Performance).
 */
const PROFILE_CATEGORY = 'disabled-by-default-v8.cpu_profiler';
/** The page's own script, for sampled tasks: the built files. */
const ownScript = (/** @type {string} */ url) => /^https?:\/\/[^/]+\/dist\//.test(url);
const WINDOW_AFTER_READY_MS = 1000;
const READY_TIMEOUT_MS = 30_000;
const LONG_TASK_MS = 50;
/** With --returning: the loads of the page in its tab before the measured one, and the idle time after them. */
const RETURNING_LOADS = 2;
const RETURNING_IDLE_MS = 1500;
/** The readiness check, run every 100 ms; its marks let the trace leave the checks out. */
const READY_CHECK = `(() => {
  performance.mark('bench-check');
  const all = (${allWidgetsReady})(${JSON.stringify(WIDGET_SELECTOR)});
  if (all) performance.mark('bench-ready');
  return all;
})()`;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Names sampled functions by the built files' source maps: the minified name and where the
 * function is in the sources (`e src/core/story-widget.ts:140`).
 */
export function sourceMapNamer(root) {
  /** @type {Map<string, SourceMap | null>} */
  const maps = new Map();
  return (/** @type {any} */ frame) => {
    const path = frame.url ? new URL(frame.url).pathname : '';
    if (!path.startsWith('/dist/')) return frameName(frame);
    if (!maps.has(path)) {
      const file = resolve(root, `.${path}.map`);
      maps.set(path, existsSync(file) ? new SourceMap(JSON.parse(readFileSync(file, 'utf8'))) : null);
    }
    const entry = maps.get(path)?.findEntry(frame.lineNumber ?? 0, frame.columnNumber ?? 0);
    if (!entry?.originalSource) return frameName(frame);
    const source = entry.originalSource.replace(/^(\.\.\/)+/, '').replace(/^node_modules\//, '');
    return `${frame.functionName || '(anonymous)'} ${source}:${entry.originalLine + 1}`;
  };
}

/**
 * Loads `url` in a fresh context at `rate`× CPU, traced (with JavaScript samples if `profile`);
 * returns its main-thread tasks. With `returning`, the tab has loaded the page `RETURNING_LOADS`
 * times before (unthrottled, untraced), as a reader's later article in the same tab: its renderer
 * process has run the page before. (The files are fetched again: the bench's server sends no
 * cache headers.)
 * @param {{ rate: number, profile: boolean, returning: boolean, nameFrame: ReturnType<typeof sourceMapNamer> }} how
 */
async function tracedLoad(browser, url, { rate, profile, returning, nameFrame }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const cdp = await context.newCDPSession(page);
    if (returning) {
      for (let i = 0; i < RETURNING_LOADS; i++) {
        await page.goto(url, { waitUntil: 'load' });
        await waitForWidgets(cdp, READY_CHECK, READY_TIMEOUT_MS);
      }
      // As a fresh context's load, the measured one starts from a blank page: the last one's
      // teardown and the work it leaves (its garbage collected, its code cache written) are done.
      await page.goto('about:blank');
      await sleep(RETURNING_IDLE_MS);
    }
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await browser.startTracing(undefined, { categories: profile ? [...CATEGORIES, PROFILE_CATEGORY] : CATEGORIES });
    let trace;
    try {
      await page.goto(url, { waitUntil: 'load' });
      await waitForWidgets(cdp, READY_CHECK, READY_TIMEOUT_MS);
      await sleep(WINDOW_AFTER_READY_MS + 200);
    } finally {
      trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
    }
    if (errors.length) throw new Error(`page errors on ${url}: ${errors.join('; ')}`);
    return mainThreadTasks(trace, { url, readyMark: 'bench-ready', skipMark: 'bench-check', windowAfterReadyMs: WINDOW_AFTER_READY_MS, nameFrame, ownScript });
  } finally {
    await context.close();
  }
}

/**
 * The static copy: the page rendered once (no throttling), serialized; and whether the copy
 * looks the same, pixel for pixel (full-page screenshots of both).
 */
async function renderStaticCopy(browser, urls, setHtml) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(urls.page, { waitUntil: 'load' });
    await page.waitForFunction(allWidgetsReady, WIDGET_SELECTOR, { timeout: READY_TIMEOUT_MS });
    await sleep(300);
    setHtml(await page.evaluate(serializeRenderedPage));
    const weights = await page.evaluate(widgetWeights, WIDGET_SELECTOR);
    const rendered = await page.screenshot({ fullPage: true });
    const copy = await context.newPage();
    await copy.goto(urls.static, { waitUntil: 'load' });
    await sleep(300);
    return { samePixels: rendered.equals(await copy.screenshot({ fullPage: true })), weights };
  } finally {
    await context.close();
  }
}

/** A task's breakdown for the report: its length, when it started, what is in it. */
const describe = (load, task) => {
  const { top, functions } = load.inside(task);
  return { startMs: round1(task.startMs), ms: round1(task.ms), top: top.slice(0, 12), ...(functions.length ? { functions } : {}) };
};

/**
 * A page to measure: a server with the article page (the widgets' file, or `script` in its
 * place), its static copy rendered once, and whether the copy looks like the page.
 */
async function prepareVariant(browser, root, inline, script, log) {
  let staticHtml = '';
  const server = await serveRoot(root, {
    ...articlePageRoutes(seedArticleText(root), inline),
    ...(script === undefined ? {} : { '/dist/cdn/story-widgets.js': { type: 'text/javascript', body: script } }),
    '/static.html': () => (staticHtml ? { type: 'text/html; charset=utf-8', body: staticHtml } : undefined),
  });
  const urls = { page: `${server.origin}/article.html`, static: `${server.origin}/static.html` };
  const { samePixels, weights } = await renderStaticCopy(browser, urls, (html) => (staticHtml = html));
  if (!samePixels) log('  warning: the static copy does not look like the rendered page (screenshots differ); the floor may be off');
  return { server, urls, weights, staticBytes: Buffer.byteLength(staticHtml), samePixels };
}

/** The load whose longest task is the median one (its long tasks are the ones reported). */
const typicalLoad = (list) => [...list].sort((a, b) => a.summary.longestMs - b.summary.longestMs)[(list.length - 1) >> 1].load;

/** What a page's loads hold of group `name` of `field` (`groups`, `taskKinds`) beyond its copy's: per load, tasks, wall and CPU ms. */
function addedPerLoad(pageLoads, staticLoads, field, name) {
  const mean = (loads, key) => loads.reduce((sum, l) => sum + (l[field][name]?.[key] ?? 0), 0) / loads.length;
  return Object.fromEntries(['tasks', 'ms', 'cpuMs'].map((key) => [key, round1(mean(pageLoads, key) - mean(staticLoads, key))]));
}

/**
 * The groups of task named by their events (`tasksByEvents`; not the kinds of `addedTaskKinds`) a
 * page adds to its copy: per group, the mean per load of the page's tasks, wall and CPU time minus
 * the copy's (means: most groups are absent from most loads), the `count` largest by CPU time.
 * Written to results.json only; the report prints the kinds.
 */
function addedTaskGroups(pageLoads, staticLoads, count = 8) {
  const names = new Set([...pageLoads, ...staticLoads].flatMap((l) => Object.keys(l.groups)));
  return [...names]
    .map((events) => ({ events, ...addedPerLoad(pageLoads, staticLoads, 'groups', events) }))
    .sort((a, b) => Math.abs(b.cpuMs) - Math.abs(a.cpuMs))
    .slice(0, count);
}

/**
 * What kind of task (`tasksByKind`) a page adds to its copy: per kind, the mean per load of the
 * page's tasks, wall and CPU time minus the copy's; every kind, in `TASK_KINDS`' order.
 */
function addedTaskKinds(pageLoads, staticLoads) {
  return Object.fromEntries(Object.keys(pageLoads[0].taskKinds).map((kind) => [kind, addedPerLoad(pageLoads, staticLoads, 'taskKinds', kind)]));
}

/**
 * With sampling: where the page's tasks of promise callbacks alone spend their time, by the
 * outermost function of the page's own script on the stack (the callback that entered it: a
 * render turn, the document's request), the rest by the function sampled ((program), the
 * garbage collector, a built-in); ms per load, the `count` largest. Undefined without samples.
 */
function promiseCallbackEntries(pageLoads, count = 12) {
  /** @type {Map<string, number>} */
  const total = new Map();
  for (const { load } of pageLoads) {
    for (const task of load.tasks) {
      const { kind, entries } = load.inside(task);
      if (kind !== 'promise callbacks') continue;
      for (const [entry, us] of entries) total.set(entry, (total.get(entry) ?? 0) + us);
    }
  }
  if (!total.size) return undefined;
  const perLoad = (/** @type {number} */ us) => round1(us / 1000 / pageLoads.length);
  return {
    sampledMs: perLoad([...total.values()].reduce((a, b) => a + b, 0)),
    entries: [...total].sort((a, b) => b[1] - a[1]).slice(0, count).map(([entry, us]) => ({ entry, ms: perLoad(us) })),
  };
}

/** One rate's figures of one page from its loads and its static copy's (medians). */
function rateFigures(rate, loads) {
  const figures = (kind) => {
    const list = loads[kind];
    return {
      taskMs: round1(median(list.map((l) => l.summary.totalMs))),
      cpuMs: round1(median(list.map((l) => l.summary.cpuMs))),
      longestTaskMs: round1(median(list.map((l) => l.summary.longestMs))),
      tbtMs: round1(median(list.map((l) => l.summary.blockingMs))),
      tasks: median(list.map((l) => l.summary.count)),
      readyMs: round1(median(list.map((l) => l.readyMs))),
      // Medians of each kind, so they need not add up to taskMs exactly.
      byKind: Object.fromEntries(Object.keys(list[0].kinds).map((k) => [k, round1(median(list.map((l) => l.kinds[k])))])),
    };
  };
  const page = figures('page');
  const stat = figures('static');
  const typical = typicalLoad(loads.page);
  const typicalStatic = typicalLoad(loads.static);
  const longest = typical.tasks.reduce((a, b) => (b.ms > a.ms ? b : a), typical.tasks[0]);
  return {
    rate,
    page,
    static: stat,
    addedMs: round1(page.taskMs - stat.taskMs),
    addedCpuMs: round1(page.cpuMs - stat.cpuMs),
    addedByKind: Object.fromEntries(Object.keys(page.byKind).map((k) => [k, round1(page.byKind[k] - stat.byKind[k])])),
    addedTaskGroups: addedTaskGroups(loads.page, loads.static),
    addedTaskKinds: addedTaskKinds(loads.page, loads.static),
    promiseCallbackEntries: promiseCallbackEntries(loads.page),
    widgetLongestTaskMs: round1(median(loads.page.map((l) => l.widgetLongestMs))),
    // The same measure on the copy, which has no script: 0 unless the harness's own shows.
    staticScriptLongestTaskMs: round1(median(loads.static.map((l) => l.widgetLongestMs))),
    runsWithWidgetTaskOver50: loads.page.filter((l) => l.widgetLongestMs > LONG_TASK_MS).length,
    longestTask: describe(typical, longest),
    longTasks: typical.tasks.filter((t) => t.ms > LONG_TASK_MS).map((t) => ({ ...describe(typical, t), script: typical.inside(t).script })),
    staticLongTasks: typicalStatic.tasks.filter((t) => t.ms > LONG_TASK_MS).map((t) => describe(typicalStatic, t)),
  };
}

/**
 * Measures pages side by side: each page (the widgets' file, or a floor script in its place)
 * against its own static copy, at each CPU rate, `runs` rounds. Every round loads every page
 * and copy once, pages in turn (the first of the round rotates) and each page's copy before or
 * after it by turns, so a machine that gets busier or quieter weighs on all of them alike.
 * @param {{ runs?: number, rates?: number[], root?: string, profile?: boolean, inline?: boolean, returning?: boolean, scripts?: (string | undefined)[], log?: (line: string) => void }} [options]
 *   `scripts`: per page, code loaded in place of dist/cdn/story-widgets.js, `undefined` for the widgets' own
 * @returns one result per page, in the order of `scripts`
 */
async function measureSideBySide({ runs = 15, rates = [1, 4], root = process.cwd(), profile = false, inline = false, returning = false, scripts = [undefined], log = () => {} } = {}) {
  if (scripts.includes(undefined) && !existsSync(resolve(root, 'dist/cdn/story-widgets.js'))) throw new Error(`no dist/cdn/story-widgets.js under ${root}: run \`npm run build\` there first`);
  const browser = await launch();
  const nameFrame = sourceMapNamer(root);
  const variants = [];
  try {
    for (const script of scripts) variants.push(await prepareVariant(browser, root, inline, script, log));
    const results = variants.map((v) => ({ date: new Date().toISOString(), runs, windowAfterReadyMs: WINDOW_AFTER_READY_MS, profiled: profile, documentInline: inline, returning: returning && { loads: RETURNING_LOADS, idleMs: RETURNING_IDLE_MS }, staticBytes: v.staticBytes, staticSamePixels: v.samePixels, weights: v.weights, rates: /** @type {any[]} */ ([]) }));
    for (const rate of rates) {
      /** @type {Record<'page' | 'static', { summary: ReturnType<typeof summarizeTasks>, kinds: ReturnType<typeof timeByKind>, widgetLongestMs: number, readyMs: number, load: any }[]>[]} */
      const loads = variants.map(() => ({ page: [], static: [] }));
      for (let run = 0; run < runs; run++) {
        for (let turn = 0; turn < variants.length; turn++) {
          const v = (run + turn) % variants.length;
          for (const kind of /** @type {const} */ (run % 2 ? ['static', 'page'] : ['page', 'static'])) {
            const load = await tracedLoad(browser, variants[v].urls[kind], { rate, profile, returning, nameFrame });
            const summary = summarizeTasks(load.tasks);
            const widgetLongestMs = Math.max(0, ...load.tasks.filter((t) => load.inside(t).script).map((t) => t.ms));
            loads[v][kind].push({ summary, kinds: timeByKind(load, load.tasks), groups: tasksByEvents(load, load.tasks), taskKinds: tasksByKind(load, load.tasks), widgetLongestMs, readyMs: load.readyMs, load });
          }
        }
        const last = (l) => `page ${l.page.at(-1).summary.totalMs.toFixed(0)} ms, static ${l.static.at(-1).summary.totalMs.toFixed(0)} ms`;
        log(`  ${rate}× run ${run + 1}/${runs}: ${loads.map(last).join(' | ')}`);
      }
      variants.forEach((_, v) => results[v].rates.push(rateFigures(rate, loads[v])));
    }
    return results;
  } finally {
    await browser.close();
    for (const v of variants) await v.server.close();
  }
}

/**
 * Measures the article page against its static copy at each CPU rate, `runs` runs each, alternated.
 * @param {{ runs?: number, rates?: number[], root?: string, profile?: boolean, inline?: boolean, returning?: boolean, log?: (line: string) => void }} [options]
 *   `profile`: sample JavaScript too, to name the functions in long tasks; `inline`: the page
 *   carries its document inline (<article-context>'s JSON child) instead of fetching it;
 *   `returning`: each load follows the page's loads in its tab (`tracedLoad`), page and copy alike.
 */
export async function measureMainThread(options = {}) {
  const [result] = await measureSideBySide({ ...options, scripts: [undefined] });
  return result;
}

/**
 * What each widget tag shows on the article page (`captureWidgets`), for the hand-written
 * floors: its placeholder (the document held back) and, once ready, its final DOM.
 */
async function renderedWidgets(root) {
  const browser = await launch();
  const server = await serveRoot(root, articlePageRoutes(seedArticleText(root)));
  /** @param {boolean} holdDocument */
  const capture = async (holdDocument) => {
    // The static copies' viewport (renderStaticCopy): a layout the widgets reflect is the same.
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    if (holdDocument) await page.route('**/article.json', () => {});
    await page.goto(`${server.origin}/article.html`, { waitUntil: 'load' });
    const state = holdDocument ? 'loading' : 'ready';
    await page.waitForFunction(`(${allWidgetsReady})(${JSON.stringify(WIDGET_SELECTOR)}, ${JSON.stringify(state)})`, undefined, { timeout: READY_TIMEOUT_MS });
    const widgets = await page.evaluate(captureWidgets, WIDGET_TAGS);
    await page.close();
    return widgets;
  };
  try {
    const placeholders = await capture(true);
    const widgets = await capture(false);
    for (const [tag, widget] of Object.entries(widgets)) Object.assign(widget, { placeholder: placeholders[tag].html, placeholderAttributes: placeholders[tag].attributes });
    return widgets;
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * The widgets' page and the floors (`--floors`), side by side in the same rounds: the same page
 * and static copy, measured the same way, with a floor script (bench/floors/) in place of the
 * widgets' file — what any script of that kind costs this page on this machine (vanilla, Lit:
 * the part of the widgets' figures no change of theirs can remove), and what the same DOM costs
 * written by hand (the hand-written floors: bundled with what the widgets showed, just before).
 * @param {{ runs?: number, rates?: number[], root?: string, returning?: boolean, log?: (line: string) => void }} [options]
 * @returns {Promise<{ mainThread: any, floors: any[] }>}
 */
export async function measureWithFloors({ runs = 15, rates = [1, 4], root = process.cwd(), returning = false, log = () => {} } = {}) {
  const widgets = FLOORS.some((floor) => floor.needsWidgets) ? await renderedWidgets(root) : undefined;
  const bundles = [];
  for (const floor of FLOORS) {
    const { code, gzipBytes } = await bundleFloor(floor.entry, floor.needsWidgets ? { widgets, complete: floor.complete } : undefined);
    log(`  floor ${floor.name} (${gzipBytes} B gzip)`);
    bundles.push({ ...floor, code, gzipBytes });
  }
  log(`  rounds: the widgets, ${bundles.map((b) => b.name).join(', ')} (each "page … static …" in that order)`);
  const [mainThread, ...measured] = await measureSideBySide({ runs, rates, root, returning, scripts: [undefined, ...bundles.map((b) => b.code)], log });
  const floors = bundles.map(({ name, what, gzipBytes, needsWidgets, complete }, i) => ({
    name,
    what,
    gzipBytes,
    handWritten: !!needsWidgets,
    complete: !!complete,
    staticSamePixels: measured[i].staticSamePixels,
    rates: measured[i].rates.map((r) => ({ rate: r.rate, addedMs: r.addedMs, addedCpuMs: r.addedCpuMs, addedByKind: r.addedByKind, addedTaskGroups: r.addedTaskGroups, addedTaskKinds: r.addedTaskKinds, widgetLongestTaskMs: r.widgetLongestTaskMs, runsWithWidgetTaskOver50: r.runsWithWidgetTaskOver50, longestScriptTask: r.longTasks.filter((t) => t.script).reduce((a, t) => (a && a.ms >= t.ms ? a : t), null) })),
  }));
  return { mainThread, floors };
}

const USAGE = `usage: node bench/main-thread.mjs [--runs N] [--rates 1,4] [--render] [--profile] [--inline] [--returning] [--floors] [--json FILE] [--write] [--quiet]
  --runs N      runs per page and rate (default 15; the figures are medians)
  --rates 1,4   CPU slowdowns (CDP Emulation.setCPUThrottlingRate)
  --profile     also sample JavaScript: names the functions in long tasks, and counts the tasks
                that run only the widgets' promise callbacks as theirs (slows the page)
  --inline      the page carries its document inline (<article-context>'s JSON child) instead
                of fetching it: first renders show the document, as on a server-rendered page
  --returning   a returning reader: before each measured load (page, copy and floors alike) its
                tab loads the page ${RETURNING_LOADS} times, then a blank page for ${RETURNING_IDLE_MS / 1000} s, so its renderer
                has run the page before, as for a reader's next article on the same site (without
                it: a new reader's first page)
  --render      also the render ratio: 300 <article-card>s against the hand-written floor
  --floors      also the floors: the same page with bench/floors/vanilla.js, lit.js and
                hand-written.js (twice: bare, and complete) in place of the widgets' file (what any
                such script costs the page here; the last puts the widgets' DOM on it by hand),
                measured in the same rounds as the widgets' page (not with --profile or --inline;
                with --returning, as a returning reader);
                prints where each page adds its time, by kind and by kind of task
  --json FILE   write the figures to FILE
  --write       merge them into ./bench/results.json (mainThread, mainThreadInline with --inline,
                each with Returning after it with --returning; mainThreadFloors(Returning);
                render rows by widget, n, rate)
  --quiet       no progress lines on stderr
Measures ./dist (run \`npm run build\` first; this never builds).`;

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        runs: { type: 'string', default: '15' },
        rates: { type: 'string', default: '1,4' },
        render: { type: 'boolean' },
        profile: { type: 'boolean' },
        inline: { type: 'boolean' },
        returning: { type: 'boolean' },
        floors: { type: 'boolean' },
        json: { type: 'string' },
        write: { type: 'boolean' },
        'no-build': { type: 'boolean' }, // accepted for symmetry with run.mjs: this script never builds
        quiet: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    console.error(`${error.message}\n${USAGE}`);
    process.exit(2);
  }
  const runs = Number(values.runs);
  const rates = values.rates.split(',').map(Number);
  if (values.floors && (values.profile || values.inline)) {
    console.error(`--floors measures the plain page: not with --profile or --inline\n${USAGE}`);
    process.exit(2);
  }
  if (values.help || !Number.isInteger(runs) || runs < 1 || rates.some((r) => !(r >= 1))) {
    console.error(USAGE);
    process.exit(values.help ? 0 : 2);
  }
  const log = values.quiet ? undefined : (/** @type {string} */ line) => console.error(line);
  let render;
  let mainThread;
  let floors;
  try {
    render = values.render ? await measureRenderCost({ only: 'article-card', sizes: [300], rates, rounds: runs, log }) : undefined;
    const returning = !!values.returning;
    if (values.floors) ({ mainThread, floors } = await measureWithFloors({ runs, rates, returning, log }));
    else mainThread = await measureMainThread({ runs, rates, profile: values.profile, inline: values.inline, returning, log });
    if (render) printRenderCost(render);
    printMainThread(mainThread);
  } catch (error) {
    console.error(`main-thread bench: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
  if (floors) printFloors(floors, mainThread);
  if (values.json) writeFileSync(values.json, `${JSON.stringify({ mainThread, floors, render }, null, 2)}\n`);
  if (values.write) {
    const file = 'bench/results.json';
    const results = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
    // The inline page's and the returning reader's figures beside the new reader's, never over them.
    const visit = values.returning ? 'Returning' : '';
    results[`mainThread${values.inline ? 'Inline' : ''}${visit}`] = mainThread;
    if (floors) results[`mainThreadFloors${visit}`] = floors;
    if (render) {
      const key = (/** @type {any} */ r) => `${r.widget} ${r.n} ${r.rate}`;
      const fresh = new Set(render.map(key));
      results.render = [...(results.render ?? []).filter((r) => !fresh.has(key(r))), ...render];
    }
    writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
    console.error(`merged into ${resolve(file)}`);
  }
}
