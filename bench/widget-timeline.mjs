// `node bench/widget-timeline.mjs [--rate 4] [--runs 9] [--inline]` (after `npm run build`): on
// the main-thread bench's article page, how long each widget's steps take on the main thread —
// each tag's definition (with the upgrades of the elements already in the page), each
// element's connection (its shadow root and stylesheets, its context and document source) and
// each render (Lit's `performUpdate`, named by the state it leaves the element in: a
// placeholder renders `loading`, the document `ready`) — as the page loads with the CPU slowed.
// A script that runs before the page's own wraps `customElements.define` to time those calls on
// each class the page defines; it changes no behaviour. Medians over fresh pages, by step and
// by order (the first render of a kind prepares its templates and builds its stylesheet: it
// costs most). Measures ./dist (never builds).
//
// `--again`: once every widget is ready, a copy of the page's `<article-context>` with its
// widgets is added to the page, and its steps are timed as a second pass: the same widgets, the
// same document (from the request cache: no placeholders), with the code already run once and
// the templates, stylesheets and formatters already made. What the second pass saves is what the
// first time costs.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { WIDGET_SELECTOR, allWidgetsReady, articlePageRoutes } from './article-page.mjs';
import { launch } from './browser.mjs';
import { median, round1, seedArticleText } from './render.mjs';
import { serveRoot } from './static-server.mjs';

/** Runs in the page before any of its scripts: times define, connectedCallback and performUpdate. */
function timeWidgetSteps() {
  const steps = [];
  /** @type {any} */ (window).__widgetSteps = steps;
  // A step belongs to the second pass (`--again`) when its element is in the copy, whenever it
  // runs: a late update of a first-pass widget stays the first pass's. Its name and pass are
  // read after the clock stops, so they are not part of its time.
  const time = (what, element, call) => {
    const start = performance.now();
    try {
      return call();
    } finally {
      const ms = performance.now() - start;
      steps.push({ what: what(), second: !!element?.closest('[data-second-pass]'), startMs: start, ms });
    }
  };
  const define = customElements.define.bind(customElements);
  const wrapped = new WeakSet();
  customElements.define = (tag, constructor, options) => {
    // The connection that does the work is the deepest `connectedCallback` (Lit's: the shadow
    // root and its stylesheets, then the controllers: context request, the document's source);
    // the ones above it may only schedule it. Shared by every class: wrapped once.
    let base = constructor.prototype;
    for (let proto = base; proto && proto !== HTMLElement.prototype; proto = Object.getPrototypeOf(proto)) {
      if (Object.hasOwn(proto, 'connectedCallback')) base = proto;
    }
    if (!wrapped.has(base)) {
      wrapped.add(base);
      const { connectedCallback } = base;
      base.connectedCallback = function () {
        return time(() => `connect ${this.localName}`, this, () => connectedCallback.call(this));
      };
    }
    const proto = constructor.prototype;
    const { performUpdate } = proto;
    proto.performUpdate = function () {
      return time(() => `render ${this.localName} ${this.getAttribute('state')}`, this, () => performUpdate.call(this));
    };
    return time(() => `define ${tag}`, undefined, () => define(tag, constructor, options));
  };
}

/**
 * Runs in the page once every widget is ready (`--again`): appends a copy of its
 * `<article-context>` and the widgets in it, without their `state` attributes (a new element
 * sets its own), in a container marked as the second pass's.
 */
function addSecondCopy() {
  const context = /** @type {Element} */ (document.querySelector('article-context'));
  const copy = document.createElement('div');
  copy.dataset.secondPass = '';
  copy.innerHTML = context.outerHTML.replace(/ state="[^"]*"/g, '');
  document.body.append(copy);
}

/**
 * @param {{ rate?: number, runs?: number, inline?: boolean, again?: boolean, root?: string }} [options]
 * @returns {Promise<{ step: string, n: number, ms: number, startMs: number, runs: number, pass: 1 | 2 }[]>} medians per
 *   step and occurrence (`runs`: in how many runs it occurred; `pass` 2: the copy's, with `again`)
 */
export async function measureWidgetSteps({ rate = 4, runs = 9, inline = false, again = false, root = process.cwd() } = {}) {
  const server = await serveRoot(root, articlePageRoutes(seedArticleText(root), inline));
  const browser = await launch();
  /** @type {Map<string, { ms: number[], startMs: number[] }>} */
  const byStep = new Map();
  try {
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      try {
        const page = await context.newPage();
        await page.addInitScript(timeWidgetSteps);
        const cdp = await context.newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate });
        await page.goto(`${server.origin}/article.html`);
        await page.waitForFunction(allWidgetsReady, WIDGET_SELECTOR, { timeout: 30_000 });
        if (again) {
          await page.evaluate(addSecondCopy);
          // Both copies' widgets match the selector.
          await page.waitForFunction(allWidgetsReady, WIDGET_SELECTOR, { timeout: 30_000 });
        }
        const steps = await page.evaluate(() => /** @type {any} */ (window).__widgetSteps);
        // The nth time a step occurs in the run (render article-card ready #2...), per pass.
        const seen = new Map();
        for (const { what, second, startMs, ms } of steps) {
          const step = `${what}\u0000${second ? 2 : 1}`;
          const n = (seen.get(step) ?? 0) + 1;
          seen.set(step, n);
          const key = `${step}\u0000${n}`;
          if (!byStep.has(key)) byStep.set(key, { ms: [], startMs: [] });
          byStep.get(key).ms.push(ms);
          byStep.get(key).startMs.push(startMs);
        }
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return [...byStep]
    .map(([key, { ms, startMs }]) => {
      const [step, pass, n] = key.split('\u0000');
      return { step, n: Number(n), ms: round1(median(ms)), startMs: round1(median(startMs)), runs: ms.length, pass: /** @type {1 | 2} */ (Number(pass)) };
    })
    .sort((a, b) => a.startMs - b.startMs);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { rate: { type: 'string', default: '4' }, runs: { type: 'string', default: '9' }, inline: { type: 'boolean' }, again: { type: 'boolean' } } });
  const rate = Number(values.rate);
  const runs = Number(values.runs);
  const steps = await measureWidgetSteps({ rate, runs, inline: values.inline, again: values.again });
  console.log(`## Widget steps on the article page${values.inline ? ' (document inline)' : ''} at ${rate}× CPU (medians of ${runs} fresh pages; "at": ms since navigation)`);
  console.table(
    steps.map(({ step, n, ms, startMs, runs: seen, pass }) => ({
      step: n > 1 ? `${step} #${n}` : step,
      ...(values.again ? { pass } : {}),
      'ms': ms,
      'at ms': startMs,
      ...(seen < runs ? { 'in runs': seen } : {}),
    })),
  );
  for (const pass of values.again ? [1, 2] : [1]) {
    const sum = (/** @type {RegExp} */ kind) => round1(steps.filter((s) => s.pass === pass && kind.test(s.step)).reduce((total, s) => total + s.ms, 0));
    const renders = `renders ${sum(/^render/)} ms (placeholders ${sum(/^render .* loading$/)}, with the document ${sum(/^render .* ready$/)})`;
    console.log(`sums of the medians${values.again ? (pass === 1 ? ', first pass' : ', second pass (the copy)') : ''}: definitions with their upgrades ${sum(/^define/)} ms, connections ${sum(/^connect/)} ms, ${renders}`);
  }
}
