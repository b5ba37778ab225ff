// The main-thread bench's report: the figures of main-thread.mjs (measureMainThread,
// measureWithFloors) as console tables and issue 27's targets as pass/fail lines. Apart from
// the measuring, so main-thread.mjs's CLI and run.mjs print the same report from one place.
import { RENDER_RATIO_TARGET, round1 } from './render.mjs';

/** Issue 27's targets (printed as pass/fail, never a failing exit). */
export const TARGETS = { addedMsAt4x: 120, widgetTaskMsAt4x: 50, renderRatio: RENDER_RATIO_TARGET };

/** Prints the figures and the targets' pass/fail lines. */
export function printMainThread(results, log = console.log) {
  log(`## Main thread: article page (every widget, one document${results.documentInline ? ' given inline' : ''}) against its static copy`);
  if (!results.staticSamePixels) log('   WARNING: the static copy does not look like the page (screenshots differ)');
  const visit = results.returning ? `, its tab having loaded the page ${results.returning.loads} times first (a returning reader)` : '';
  log(`   (median of ${results.runs} runs each, fresh context per run${visit}, alternated; tasks from navigation start to ${results.windowAfterReadyMs} ms after every widget is ready;`);
  log('    task ms, longest and TBT are wall time, as a reader waits; CPU ms is the thread\'s CPU time in those tasks, steadier on a busy machine;');
  log('    "longest" in the added row: the longest task that ran widget script)');
  console.table(
    Object.fromEntries(
      results.rates.flatMap((r) => [
        [`${r.rate}× page`, { 'task ms': r.page.taskMs, 'CPU ms': r.page.cpuMs, 'longest ms': r.page.longestTaskMs, 'TBT ms': r.page.tbtMs, tasks: r.page.tasks, 'ready ms': r.page.readyMs }],
        [`${r.rate}× static`, { 'task ms': r.static.taskMs, 'CPU ms': r.static.cpuMs, 'longest ms': r.static.longestTaskMs, 'TBT ms': r.static.tbtMs, tasks: r.static.tasks, 'ready ms': r.static.readyMs }],
        [`${r.rate}× added`, { 'task ms': r.addedMs, 'CPU ms': r.addedCpuMs, 'longest ms': r.widgetLongestTaskMs }],
      ]),
    ),
  );
  log('   Where the task time goes (wall ms, medians): script with the events it handles (module: the part of it evaluating');
  log('   the page\'s modules — top level, definitions, upgrades), rendering (style, layout, paint, compositing), parsing,');
  log('   other (time no top-level event covers: loading, IPC, scheduling)');
  console.table(
    Object.fromEntries(
      results.rates.flatMap((r) => [
        [`${r.rate}× page`, r.page.byKind],
        [`${r.rate}× static`, r.static.byKind],
        [`${r.rate}× added`, r.addedByKind],
      ]),
    ),
  );
  const withKinds = results.rates.filter((r) => r.addedTaskKinds);
  if (withKinds.length) {
    log('   The kinds of task the widgets add (what each task is for, by the first of its top-level events that fits: a module, navigation and');
    log('   parsing, a frame, promise callbacks alone, a message, a timer, an event, other; loading and IPC when nothing is inside; means per load, page minus its copy)');
    console.table(kindRows(Object.fromEntries(withKinds.map((r) => [`${r.rate}×`, r.addedTaskKinds]))));
  }
  for (const r of results.rates.filter((x) => x.promiseCallbackEntries)) {
    log(`   ${r.rate}×: what the page's tasks of promise callbacks alone run (sampled: ${r.promiseCallbackEntries.sampledMs} ms per load, sampling slows them;`);
    log('   by the outermost function of the built files on the stack, the callback that entered them, else by the function sampled)');
    console.table(Object.fromEntries(r.promiseCallbackEntries.entries.map(({ entry, ms }) => [entry, { 'ms per load': ms }])));
  }
  log('   Each widget\'s weight in the page: shadow DOM elements, style rules (nested ones counted), @container blocks, and whether it is a size container');
  console.table(Object.fromEntries(results.weights.map(({ widget, ...weight }) => [widget, weight])));
  for (const r of results.rates) {
    const line = (t) => `${t.ms} ms at ${t.startMs} ms: ${t.top.map((e) => `${e.name} ${e.ms}${e.detail ? ` (${e.detail})` : ''}${e.inner ? ` [${e.inner}]` : ''}`).join(', ')}`;
    const js = (t) => t.functions && log(`      JavaScript (self time): ${t.functions.map((f) => `${f.name} ${f.ms}`).join(', ')}`);
    log(`${r.rate}× longest task (median run): ${line(r.longestTask)}`);
    for (const t of r.longTasks) {
      log(`   page task over 50 ms${t.script ? ' (runs script)' : ''}: ${line(t)}`);
      js(t);
    }
    for (const t of r.staticLongTasks) {
      log(`   static task over 50 ms: ${line(t)}`);
      js(t);
    }
  }
  const at4 = results.rates.find((r) => r.rate === 4);
  if (at4) {
    const mark = (ok) => (ok ? 'PASS' : 'FAIL');
    log(`${mark(at4.addedMs <= TARGETS.addedMsAt4x)} added main-thread time at 4×: ${at4.addedMs} ms (target ≤ ${TARGETS.addedMsAt4x})`);
    log(`${mark(at4.widgetLongestTaskMs <= TARGETS.widgetTaskMsAt4x)} longest task running widget script at 4× (median): ${at4.widgetLongestTaskMs} ms, over 50 ms in ${at4.runsWithWidgetTaskOver50}/${results.runs} runs (target ≤ ${TARGETS.widgetTaskMsAt4x})`);
  }
}

/** Prints the floors beside the widgets' own figures (`mainThread`, from the same invocation). */
export function printFloors(floors, mainThread, log = console.log) {
  log(`## Floors: the same page with a floor script in place of the widgets (same rounds as the widgets' page, median of ${mainThread.runs} runs each, against its own static copy)`);
  const rows = {};
  // Whether a page's extra time is its script or the frames and loading it causes, side by side.
  const kinds = {};
  for (const r of mainThread.rates) {
    const pages = [...floors.map((floor) => ({ name: floor.name, gzipBytes: floor.gzipBytes, f: floor.rates.find((x) => x.rate === r.rate) })), { name: 'widgets', gzipBytes: '', f: r }];
    for (const { name, gzipBytes, f } of pages) {
      if (!f) continue;
      rows[`${r.rate}× ${name}`] = { 'gzip B': gzipBytes, 'added ms': f.addedMs, 'added CPU ms': f.addedCpuMs, 'longest script task ms': f.widgetLongestTaskMs, 'runs over 50 ms': f.runsWithWidgetTaskOver50 };
      if (f.addedByKind) kinds[`${r.rate}× ${name}`] = f.addedByKind;
    }
  }
  console.table(rows);
  log('   Where each page adds its time (wall ms, medians of each kind, page minus its copy; the kinds of "Where the task time goes" above)');
  console.table(kinds);
  // Which kinds of task make the difference: the widgets' beside the page written by hand that keeps the contract.
  const complete = floors.find((floor) => floor.complete);
  for (const r of mainThread.rates) {
    const hand = complete?.rates.find((/** @type {any} */ x) => x.rate === r.rate);
    if (!r.addedTaskKinds || !hand?.addedTaskKinds) continue;
    log(`   ${r.rate}×: the kinds of task added (what each task is for; means per load, page minus its copy), the widgets' and ${complete.name}'s`);
    console.table(kindRows({ widgets: r.addedTaskKinds, [complete.name]: hand.addedTaskKinds }));
  }
  // The CDN file must hold Lit (CONTRACT §10): what Lit alone already takes of issue 27's 4× targets.
  const lit = floors.find((floor) => floor.name === 'lit')?.rates.find((x) => x.rate === 4);
  const widgets = mainThread.rates.find((r) => r.rate === 4);
  if (lit && widgets) {
    log(`   At 4×, Lit alone adds ${lit.addedMs} ms (target for the widgets ≤ ${TARGETS.addedMsAt4x}) with its longest task ${lit.widgetLongestTaskMs} ms (target ≤ ${TARGETS.widgetTaskMsAt4x});`);
    const signed = (/** @type {number} */ ms) => `${ms < 0 ? '−' : '+'}${Math.abs(round1(ms))} ms`;
    log(`   the widgets beyond it: ${signed(widgets.addedMs - lit.addedMs)} added, ${signed(widgets.widgetLongestTaskMs - lit.widgetLongestTaskMs)} longest task`);
  }
  // The same DOM written by hand: how far the widgets are from it on this page.
  for (const floor of floors.filter((f) => f.handWritten)) {
    const hand = floor.rates.find((/** @type {any} */ x) => x.rate === 4);
    if (!hand || !widgets) continue;
    log(`   At 4×, the page written by hand (${floor.name}) adds ${hand.addedMs} ms (${hand.addedCpuMs} ms CPU), its longest task ${hand.widgetLongestTaskMs} ms;`);
    // A floor's median can come out at or under 0 on a noisy machine: no ratio then.
    if (hand.addedMs > 0 && hand.addedCpuMs > 0) log(`   the widgets add ${round1(widgets.addedMs / hand.addedMs)}× its time (${round1(widgets.addedCpuMs / hand.addedCpuMs)}× its CPU time)`);
    else log('   no ratio: its figure is within the noise of this run');
  }
  for (const floor of floors) if (!floor.staticSamePixels) log(`   WARNING: floor ${floor.name}'s static copy does not look like its page`);
}

/** Rows of a kinds-of-task table: per kind, each column's tasks, wall and CPU ms (`addedTaskKinds`). */
function kindRows(/** @type {Record<string, Record<string, { tasks: number, ms: number, cpuMs: number }>>} */ columns) {
  const kinds = Object.keys(Object.values(columns)[0]);
  return Object.fromEntries(
    kinds.map((kind) => [kind, Object.fromEntries(Object.entries(columns).flatMap(([who, added]) => [[`${who} tasks`, added[kind].tasks], [`${who} wall ms`, added[kind].ms], [`${who} CPU ms`, added[kind].cpuMs]]))]),
  );
}
