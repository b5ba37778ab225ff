// Reads a Chromium trace (devtools.timeline categories): the renderer main thread's tasks
// (RunTask) of one navigation, each with its top-level events (EvaluateScript, FunctionCall,
// v8.compile, Layout, UpdateLayoutTree...), for the main-thread bench.

/**
 * Events that mean a page's JavaScript ran in a task. Not RunMicrotasks or EventDispatch on
 * their own: a page without script has those too (Blink's own promises and events).
 */
const SCRIPT = /^(EvaluateScript|FunctionCall|v8\.compile|v8\.compileModule|v8\.evaluateModule|v8\.run|v8\.callFunction|TimerFire|FireAnimationFrame|FireIdleCallback|CompileScript)$/;

/** Scheduler bookkeeping that wraps the events that say what a task did: looked through. */
const WRAPPERS = new Set(['ThreadControllerImpl::RunTask', 'BlinkScheduler_PerformMicrotaskCheckpoint', 'SimpleWatcher::OnHandleReady', 'Receive mojo message', 'Receive mojo reply', 'V8.BytecodeBudgetInterrupt', 'V8.BytecodeBudgetInterruptWithStackCheck', 'V8.StackGuard', 'V8.HandleInterrupts']);

/** The events not inside another one of the list (the list sorted by start, longest first). */
function outermost(events) {
  const top = [];
  let end = -Infinity;
  for (const e of events) {
    if (e.ts < end) continue;
    end = e.ts + e.dur;
    top.push(e);
  }
  return top;
}

/**
 * B/E pairs become complete (X) events; the result is sorted by start, longest first.
 * @param {any[]} events events of one thread
 */
function completeEvents(events) {
  const out = [];
  const open = [];
  for (const e of events) {
    if (e.ph === 'X' && typeof e.dur === 'number') out.push(e);
    else if (e.ph === 'B') open.push(e);
    else if (e.ph === 'E') {
      const i = open.findLastIndex((b) => b.name === e.name);
      if (i < 0) continue;
      const [begin] = open.splice(i, 1);
      out.push({ ...begin, ph: 'X', dur: e.ts - begin.ts });
    }
  }
  return out.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
}

/** What a top-level event was about, when the trace says (a script's URL, a function's name). */
function detail(e) {
  const d = e.args?.data ?? e.args?.beginData ?? {};
  const url = d.url || d.fileName || e.args?.fileName || '';
  const where = url ? url.replace(/^https?:\/\/[^/]+/, '') : '';
  return [d.functionName, where, d.type, d.stackTrace?.[0]?.functionName].filter(Boolean).join(' ') || undefined;
}

/** A sampled function's name: its name and where it is (path, 1-based line). */
export function frameName({ functionName, url, lineNumber }) {
  const file = url ? ` ${url.replace(/^https?:\/\/[^/]+/, '')}:${(lineNumber ?? 0) + 1}` : '';
  return `${functionName || '(anonymous)'}${file}`;
}

/**
 * The sampled JavaScript of process `pid`'s main thread (category
 * disabled-by-default-v8.cpu_profiler): each sample's time and function, whether a function
 * of `ownScript` is on its stack (a built-in called by the page's script counts as the page's),
 * and the outermost such function (`entry`: where the page's script was entered, say a callback).
 * @param {(frame: { functionName: string, url?: string, lineNumber?: number, columnNumber?: number }) => string} nameFrame
 * @param {(url: string) => boolean} ownScript
 * @returns {{ ts: number, us: number, name: string, own: boolean, entry?: string }[]}
 */
function jsSamples(events, pid, tid, nameFrame, ownScript) {
  const profile = events.find((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid);
  if (!profile) return [];
  const frames = new Map();
  /** @type {Map<number, boolean>} */
  const own = new Map();
  /** @type {Map<number, string | undefined>} */
  const entry = new Map();
  const samples = [];
  let ts = profile.args.data.startTime;
  for (const chunk of events.filter((e) => e.name === 'ProfileChunk' && e.pid === pid && e.id === profile.id)) {
    const { cpuProfile = {}, timeDeltas = [] } = chunk.args.data;
    for (const node of cpuProfile.nodes ?? []) {
      frames.set(node.id, nameFrame(node.callFrame));
      const isOwn = ownScript(node.callFrame.url ?? '');
      own.set(node.id, isOwn || !!own.get(node.parent));
      entry.set(node.id, entry.get(node.parent) ?? (isOwn ? frames.get(node.id) : undefined));
    }
    (cpuProfile.samples ?? []).forEach((id, i) => {
      ts += timeDeltas[i] ?? 0;
      samples.push({ ts, us: 0, name: frames.get(id) ?? '?', own: !!own.get(id), entry: entry.get(id) });
    });
  }
  for (let i = 0; i < samples.length - 1; i++) samples[i].us = samples[i + 1].ts - samples[i].ts;
  return samples;
}

/**
 * The main thread's tasks of the navigation to `url`, from its navigationStart to `endMs`
 * after the `readyMark` user-timing mark (tasks that contain a `skipMark` mark, the bench's
 * own readiness checks, are left out).
 * @param {{ traceEvents: any[] } | any[]} trace
 * @param {{ url: string, readyMark: string, skipMark: string, windowAfterReadyMs: number, nameFrame?: typeof frameName, ownScript?: (url: string) => boolean }} options
 *   `nameFrame` names a sampled function (e.g. through the script's source map); `ownScript`
 *   says which script URLs are the page's: a task where they were sampled ran script even
 *   with no event that says so (promise callbacks run inside RunMicrotasks with none).
 */
export function mainThreadTasks(trace, { url, readyMark, skipMark, windowAfterReadyMs, nameFrame = frameName, ownScript = () => false }) {
  const events = Array.isArray(trace) ? trace : trace.traceEvents;
  const nav = events.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL === url && e.args.data.isLoadingMainFrame !== false);
  if (!nav) throw new Error(`no navigationStart for ${url} in the trace`);
  const thread = events.filter((e) => e.pid === nav.pid && e.tid === nav.tid);
  const marks = (name) => events.filter((e) => e.name === name && e.pid === nav.pid).map((e) => e.ts);
  const [ready] = marks(readyMark);
  if (ready === undefined) throw new Error(`no ${readyMark} mark in the trace`);
  const skips = marks(skipMark);
  const end = ready + windowAfterReadyMs * 1000;
  const all = completeEvents(thread);
  const samples = jsSamples(events, nav.pid, nav.tid, nameFrame, ownScript);
  const runTasks = all.filter((e) => e.name === 'RunTask' && e.ts >= nav.ts && e.ts < end);
  const tasks = [];
  let lastEnd = -Infinity;
  for (const t of runTasks) {
    if (t.ts < lastEnd) continue; // nested in the previous task (a nested run loop)
    lastEnd = t.ts + t.dur;
    if (skips.some((s) => s >= t.ts && s <= t.ts + t.dur)) continue;
    tasks.push(t);
  }
  /** @type {Map<object, any>} */
  const insideOf = new Map();
  return {
    startUs: nav.ts,
    readyMs: (ready - nav.ts) / 1000,
    tasks: tasks.map((t) => ({ startMs: (t.ts - nav.ts) / 1000, ms: t.dur / 1000, cpuMs: (t.tdur ?? t.dur) / 1000, event: t })),
    /**
     * Top-level events of a task, what it is for (`taskKind`), whether it ran script, and
     * (sampled) its functions' self time and its time by `entry` (worked out once per task).
     */
    inside(task) {
      if (!insideOf.has(task)) insideOf.set(task, readTask(task));
      return insideOf.get(task);
    },
  };
  /** What `inside` answers: each call scans the thread's events. */
  function readTask(task) {
    const from = task.event.ts;
    const to = from + task.event.dur;
    const within = all.filter((e) => e !== task.event && e.name !== 'RunTask' && e.ts >= from && e.ts + e.dur <= to);
    const shown = within.filter((e) => !WRAPPERS.has(e.name));
    const selfTime = new Map();
    /** @type {Map<string, number>} */
    const entries = new Map();
    let ownSampled = false;
    for (const sample of samples) {
      if (sample.ts < from || sample.ts > to || /^\((idle|root)\)$/.test(sample.name)) continue;
      // The samples outside the page's script are named by their own function ((program), GC, a built-in).
      const key = sample.entry ?? `${sample.name} (not the page's script)`;
      entries.set(key, (entries.get(key) ?? 0) + sample.us);
      if (sample.name === '(program)') continue;
      ownSampled ||= sample.own;
      selfTime.set(sample.name, (selfTime.get(sample.name) ?? 0) + sample.us);
    }
    const functions = [...selfTime].sort((a, b) => b[1] - a[1]).slice(0, 10).filter(([, us]) => us >= 500).map(([name, us]) => ({ name, ms: +(us / 1000).toFixed(1) }));
    const top = outermost(shown).filter((e) => e.dur >= 100).map((e) => {
      const parts = new Map();
      for (const c of outermost(shown.filter((c) => c !== e && c.ts >= e.ts && c.ts + c.dur <= e.ts + e.dur))) parts.set(c.name, (parts.get(c.name) ?? 0) + c.dur);
      const inner = [...parts].filter(([, us]) => us >= 1000).sort((a, b) => b[1] - a[1]).map(([name, us]) => `${name} ${(us / 1000).toFixed(1)}`);
      return { name: e.name, ms: +(e.dur / 1000).toFixed(1), detail: detail(e), inner: inner.length ? inner.join(', ') : undefined };
    });
    return { script: ownSampled || within.some((e) => SCRIPT.test(e.name)), functions, entries, top, kind: taskKind(top.map((e) => e.name)) };
  }
}

/**
 * Total task time, the longest task and total blocking time (each task's time over 50 ms),
 * all wall time; and the thread's CPU time in the tasks (not stretched by other processes,
 * nor by CPU throttling, which holds the thread off the CPU).
 */
export function summarizeTasks(tasks) {
  let totalMs = 0;
  let cpuMs = 0;
  let longestMs = 0;
  let blockingMs = 0;
  for (const { ms, cpuMs: cpu } of tasks) {
    totalMs += ms;
    cpuMs += cpu;
    longestMs = Math.max(longestMs, ms);
    blockingMs += Math.max(0, ms - 50);
  }
  return { totalMs, cpuMs, longestMs, blockingMs, count: tasks.length };
}

/** Style, layout, paint and compositing events. */
const RENDERING = /^(UpdateLayoutTree|Layout|PrePaint|Paint|Layerize|Commit|UpdateLayer|HitTest|IntersectionObserver|ScrollbarAnimation|Decode|ImageDecode)/;
/** HTML and CSS parsing events. */
const PARSING = /^(ParseHTML|HTMLDocumentParser|ParseAuthorStyleSheet)/;
/** Module evaluation (and its compile): the part of script that defines the tags and upgrades what is there. */
const MODULE = /^v8\.(evaluateModule|compileModule)$/;

/** What a top-level event is about, for the breakdown of task time (the rest is "other"). */
const KINDS = /** @type {const} */ ([
  ['script', /^(RunMicrotasks|EventDispatch|HandlePostMessage|RunYieldContinuation|FireAnimationFrame|FireIdleCallback|TimerFire|FunctionCall|EvaluateScript|CompileScript|v8\.)/],
  ['rendering', RENDERING],
  ['parsing', PARSING],
]);

/**
 * Where the tasks' wall time went: script and the events it handles (microtasks, event
 * dispatch, messages, timers, module evaluation), rendering (style, layout, paint, compositing),
 * HTML and CSS parsing, and other (the rest, including time no top-level event covers: IPC,
 * loading, scheduling, GC outside script). `module` is a part of `script`, not beside it: the
 * evaluation of the page's modules (a library's file and chunks: its top level, its definitions,
 * the upgrades in them), which runs once per load whatever the page shows.
 * @param {{ inside(task: any): { top: { name: string, ms: number }[] } }} load
 * @param {{ ms: number }[]} tasks
 */
export function timeByKind(load, tasks) {
  const total = { script: 0, module: 0, rendering: 0, parsing: 0, other: 0 };
  for (const task of tasks) {
    let covered = 0;
    for (const { name, ms } of load.inside(task).top) {
      const kind = KINDS.find(([, pattern]) => pattern.test(name))?.[0];
      if (!kind) continue;
      total[kind] += ms;
      if (MODULE.test(name)) total.module += ms;
      covered += ms;
    }
    total.other += task.ms - covered;
  }
  return total;
}

/**
 * Tasks grouped by `keyOf(what is inside them)`, every key of `keys` present (0 where a load has
 * none): per group, how many tasks and their wall and CPU time.
 * @param {{ inside(task: any): { top: { name: string }[], kind: string } }} load
 * @param {{ ms: number, cpuMs: number }[]} tasks
 * @param {(inside: { top: { name: string }[], kind: string }) => string} keyOf
 * @returns {Record<string, { tasks: number, ms: number, cpuMs: number }>}
 */
function groupTasks(load, tasks, keyOf, keys = /** @type {readonly string[]} */ ([])) {
  const groups = Object.fromEntries(keys.map((key) => [key, { tasks: 0, ms: 0, cpuMs: 0 }]));
  for (const task of tasks) {
    const group = (groups[keyOf(load.inside(task))] ??= { tasks: 0, ms: 0, cpuMs: 0 });
    group.tasks++;
    group.ms += task.ms;
    group.cpuMs += task.cpuMs;
  }
  return groups;
}

/**
 * Tasks grouped by what runs in them: the names of their top-level events (as `inside` lists
 * them), sorted and joined by `+`, or "(nothing inside)" for a task with none (loading, IPC);
 * per group, how many tasks and their wall and CPU time. Says which kind of task a page adds:
 * promise callbacks alone (`RunMicrotasks`: renders in their turns), frames, messages.
 * @param {{ inside(task: any): { top: { name: string }[], kind: string } }} load
 * @param {{ ms: number, cpuMs: number }[]} tasks
 */
export const tasksByEvents = (load, tasks) => groupTasks(load, tasks, ({ top }) => [...new Set(top.map((e) => e.name))].sort().join('+') || '(nothing inside)');

/**
 * What a task is for, from the top-level events in it (`inside`), the first that fits: a module
 * (its evaluation, its compile, its code cache), navigation and parsing, a frame (style, layout,
 * paint), promise callbacks alone (`RunMicrotasks`, a `scheduler.yield()` continuation: renders in
 * their turns), a message, a timer, an event, anything else, and loading and IPC (nothing inside).
 * Coarser than `tasksByEvents`, whose groups split and cancel as the parser's and the frames' tasks
 * vary their set of events from load to load; each of these kinds holds the same work in every load.
 */
const TASK_KINDS = /** @type {const} */ ([
  ['module', [MODULE, /^(v8\.produceModuleCache|EvaluateScript|CompileScript)$/]],
  ['navigation and parsing', [PARSING, /^(CommitLoad|LocalWindowProxy)/]],
  ['frame', [RENDERING, /^FireAnimationFrame$/]],
  ['promise callbacks', [/^(RunMicrotasks|RunYieldContinuation)$/]],
  ['message', [/^HandlePostMessage$/]],
  ['timer', [/^TimerFire$/]],
  ['event', [/^EventDispatch$/]],
]);
/** Every kind `taskKind` names, in its order. */
const ALL_TASK_KINDS = [...TASK_KINDS.map(([kind]) => kind), 'other', 'loading and IPC'];

/** The kind (`TASK_KINDS`) of a task with these top-level events. */
export function taskKind(/** @type {string[]} */ names) {
  if (!names.length) return 'loading and IPC';
  return TASK_KINDS.find(([, patterns]) => names.some((name) => patterns.some((pattern) => pattern.test(name))))?.[0] ?? 'other';
}

/**
 * Tasks grouped by what they are for (`taskKind`): per kind, how many tasks and their wall and
 * CPU time; every kind of the list is there, 0 where a load has none, so loads compare kind by kind.
 * @param {{ inside(task: any): { top: { name: string }[], kind: string } }} load
 * @param {{ ms: number, cpuMs: number }[]} tasks
 */
export const tasksByKind = (load, tasks) => groupTasks(load, tasks, ({ kind }) => kind, ALL_TASK_KINDS);
