// `node --test bench/trace-tasks.test.mjs`: the main-thread bench's trace reading, on a
// hand-made trace (no browser).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mainThreadTasks, summarizeTasks, taskKind, tasksByEvents, tasksByKind, timeByKind } from './trace-tasks.mjs';

const URL_ = 'http://127.0.0.1:1/article.html';
const main = { pid: 1, tid: 10 };
const task = (ms, durMs, extra = {}) => ({ ...main, ph: 'X', name: 'RunTask', ts: ms * 1000, dur: durMs * 1000, tdur: durMs * 500, ...extra });
const event = (name, ms, durMs, args) => ({ ...main, ph: 'X', name, ts: ms * 1000, dur: durMs * 1000, args });
const mark = (name, ms) => ({ ...main, ph: 'R', name, ts: ms * 1000 });

const trace = {
  traceEvents: [
    task(50, 5), // before navigation: left out
    { ...main, ph: 'R', name: 'navigationStart', ts: 100_000, args: { data: { documentLoaderURL: URL_, isLoadingMainFrame: true } } },
    task(110, 80),
    event('v8.evaluateModule', 112, 60, { data: { url: 'http://127.0.0.1:1/dist/cdn/story-widgets.js' } }),
    event('v8.callFunction', 115, 30),
    { ...main, ph: 'B', name: 'Layout', ts: 175_000 },
    { ...main, ph: 'E', name: 'Layout', ts: 185_000 },
    task(120, 2), // nested in the task above: counted once, as part of it
    task(300, 1),
    mark('bench-check', 300.5), // the bench's own check: left out
    task(400, 20),
    mark('bench-check', 350),
    mark('bench-ready', 350),
    { pid: 1, tid: 11, ph: 'X', name: 'RunTask', ts: 200_000, dur: 90_000 }, // another thread
    task(1349, 3), // inside the window (ready + 1000 ms)
    task(1351, 3), // after it
  ],
};

test('counts the main thread tasks from navigation start to the window after ready', () => {
  const load = mainThreadTasks(trace, { url: URL_, readyMark: 'bench-ready', skipMark: 'bench-check', windowAfterReadyMs: 1000 });
  assert.deepEqual(
    load.tasks.map((t) => [t.startMs, t.ms]),
    [
      [10, 80],
      [300, 20],
      [1249, 3],
    ],
  );
  assert.equal(load.readyMs, 250);
  assert.deepEqual(summarizeTasks(load.tasks), { totalMs: 103, cpuMs: 51.5, longestMs: 80, blockingMs: 30, count: 3 });
});

test("names a long task's top-level events, begin/end pairs included", () => {
  const load = mainThreadTasks(trace, { url: URL_, readyMark: 'bench-ready', skipMark: 'bench-check', windowAfterReadyMs: 1000 });
  const inside = load.inside(load.tasks[0]);
  assert.equal(inside.script, true);
  assert.deepEqual(
    inside.top.map((e) => [e.name, e.ms, e.detail, e.inner]),
    [
      ['v8.evaluateModule', 60, '/dist/cdn/story-widgets.js', 'v8.callFunction 30.0'],
      ['Layout', 10, undefined, undefined],
    ],
  );
  assert.equal(load.inside(load.tasks[1]).script, false);
});

test('counts a task as running script where sampling finds the own script on the stack, without an event that says so', () => {
  const own = 'http://127.0.0.1:1/dist/cdn/story-widgets.js';
  const sampled = {
    traceEvents: [
      ...trace.traceEvents,
      event('RunMicrotasks', 401, 18),
      { ...main, ph: 'P', name: 'Profile', id: '0x1', ts: 100_000, args: { data: { startTime: 100_000 } } },
      {
        ...main,
        ph: 'P',
        name: 'ProfileChunk',
        id: '0x1',
        ts: 420_000,
        args: {
          data: {
            cpuProfile: {
              nodes: [
                { id: 1, callFrame: { functionName: '(root)' } },
                { id: 2, parent: 1, callFrame: { functionName: 'render', url: own, lineNumber: 0 } },
                { id: 3, parent: 2, callFrame: { functionName: 'fetch' } },
                { id: 4, parent: 1, callFrame: { functionName: 'other', url: 'http://127.0.0.1:1/site.js' } },
              ],
              // 405 ms: fetch, called by the own script (a built-in on top); 1349.5 ms: another script.
              samples: [3, 4],
            },
            timeDeltas: [305_000, 944_500],
          },
        },
      },
    ],
  };
  const options = { url: URL_, readyMark: 'bench-ready', skipMark: 'bench-check', windowAfterReadyMs: 1000 };
  const load = mainThreadTasks(sampled, { ...options, ownScript: (url) => url === own });
  assert.deepEqual(load.tasks.map((t) => load.inside(t).script), [true, true, false]);
  assert.deepEqual(load.inside(load.tasks[1]).functions.map((f) => f.name), ['fetch']);
  // The sample's time (to the next sample) goes to where the own script was entered: the callback, not the built-in.
  assert.deepEqual([...load.inside(load.tasks[1]).entries], [['render /dist/cdn/story-widgets.js:1', 944_500]]);
  // Without the predicate, no event says the microtasks ran script, and the time is the built-in's.
  const unnamed = mainThreadTasks(sampled, options);
  assert.equal(unnamed.inside(unnamed.tasks[1]).script, false);
  assert.deepEqual([...unnamed.inside(unnamed.tasks[1]).entries], [["fetch (not the page's script)", 944_500]]);
});

test('splits task time into script (and the module evaluation in it), rendering, parsing and the rest', () => {
  // And 5 ms of promise callbacks in the task at 400 ms: script, not the module's evaluation.
  const withMicrotasks = { traceEvents: [...trace.traceEvents, event('RunMicrotasks', 402, 5)] };
  const load = mainThreadTasks(withMicrotasks, { url: URL_, readyMark: 'bench-ready', skipMark: 'bench-check', windowAfterReadyMs: 1000 });
  // The first task: 60 ms evaluating the module, 10 ms of layout, 10 ms no top-level event covers.
  assert.deepEqual(timeByKind(load, load.tasks), { script: 60 + 5, module: 60, rendering: 10, parsing: 0, other: 10 + 15 + 3 });
});

test('groups tasks by the top-level events in them, with their count and time', () => {
  const load = mainThreadTasks(trace, { url: URL_, readyMark: 'bench-ready', skipMark: 'bench-check', windowAfterReadyMs: 1000 });
  assert.deepEqual(tasksByEvents(load, load.tasks), {
    'Layout+v8.evaluateModule': { tasks: 1, ms: 80, cpuMs: 40 },
    '(nothing inside)': { tasks: 2, ms: 23, cpuMs: 11.5 },
  });
});

test('says what a task is for by the first kind its top-level events fit', () => {
  // The parser's first task, with or without a frame and promise callbacks in it: one kind.
  assert.equal(taskKind(['Layout', 'ParseHTML', 'RunMicrotasks', 'UpdateLayoutTree']), 'navigation and parsing');
  assert.equal(taskKind(['CommitLoad', 'HTMLDocumentParser::MaybeFetchQueuedPreloads', 'LocalWindowProxy::Initialize']), 'navigation and parsing');
  assert.equal(taskKind(['ParseHTML', 'UpdateLayoutTree', 'v8.evaluateModule']), 'module');
  assert.equal(taskKind(['v8.produceModuleCache']), 'module');
  // A frame is a frame with or without promise callbacks run in its task.
  assert.equal(taskKind(['Commit', 'Layout', 'RunMicrotasks', 'UpdateLayoutTree']), 'frame');
  assert.equal(taskKind(['Commit', 'Layerize', 'Paint', 'PrePaint']), 'frame');
  assert.equal(taskKind(['RunMicrotasks']), 'promise callbacks');
  assert.equal(taskKind(['RunYieldContinuation']), 'promise callbacks');
  assert.equal(taskKind(['HandlePostMessage']), 'message');
  assert.equal(taskKind(['TimerFire']), 'timer');
  assert.equal(taskKind(['EventDispatch']), 'event');
  assert.equal(taskKind(['FunctionCall']), 'other');
  assert.equal(taskKind([]), 'loading and IPC');
});

test('groups tasks by what they are for, every kind present', () => {
  const load = mainThreadTasks(trace, { url: URL_, readyMark: 'bench-ready', skipMark: 'bench-check', windowAfterReadyMs: 1000 });
  const none = { tasks: 0, ms: 0, cpuMs: 0 };
  assert.deepEqual(tasksByKind(load, load.tasks), {
    module: { tasks: 1, ms: 80, cpuMs: 40 },
    'navigation and parsing': none,
    frame: none,
    'promise callbacks': none,
    message: none,
    timer: none,
    event: none,
    other: none,
    'loading and IPC': { tasks: 2, ms: 23, cpuMs: 11.5 },
  });
});

test('says which navigation or mark is missing', () => {
  assert.throws(() => mainThreadTasks(trace, { url: 'http://x/', readyMark: 'bench-ready', skipMark: 'bench-check', windowAfterReadyMs: 1000 }), /no navigationStart for http:\/\/x\//);
  assert.throws(() => mainThreadTasks(trace, { url: URL_, readyMark: 'nope', skipMark: 'bench-check', windowAfterReadyMs: 1000 }), /no nope mark/);
});
