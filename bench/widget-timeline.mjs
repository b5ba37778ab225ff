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
  const time = (what, call) => {
    const start = performance.now();
    try {
      return call();
    } finally {
      steps.push({ what: what(), startMs: start, ms: performance.now() - start });
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
        return time(() => `connect ${this.localName}`, () => connectedCallback.call(this));
      };
    }
    const proto = constructor.prototype;
    const { performUpdate } = proto;
    proto.performUpdate = function () {
      return time(() => `render ${this.localName} ${this.getAttribute('state')}`, () => performUpdate.call(this));
    };
    return time(() => `define ${tag}`, () => define(tag, constructor, options));
  };
}

/**
 * @param {{ rate?: number, runs?: number, inline?: boolean, root?: string }} [options]
 * @returns {Promise<{ step: string, n: number, ms: number, startMs: number, runs: number }[]>} medians per step and
 *   occurrence (`runs`: in how many runs it occurred)
 */
export async function measureWidgetSteps({ rate = 4, runs = 9, inline = false, root = process.cwd() } = {}) {
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
        const steps = await page.evaluate(() => /** @type {any} */ (window).__widgetSteps);
        // The nth time a step occurs in the run (render article-card ready #2...).
        const seen = new Map();
        for (const { what, startMs, ms } of steps) {
          const n = (seen.get(what) ?? 0) + 1;
          seen.set(what, n);
          const key = `${what}\u0000${n}`;
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
      const [step, n] = key.split('\u0000');
      return { step, n: Number(n), ms: round1(median(ms)), startMs: round1(median(startMs)), runs: ms.length };
    })
    .sort((a, b) => a.startMs - b.startMs);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { rate: { type: 'string', default: '4' }, runs: { type: 'string', default: '9' }, inline: { type: 'boolean' } } });
  const rate = Number(values.rate);
  const runs = Number(values.runs);
  const steps = await measureWidgetSteps({ rate, runs, inline: values.inline });
  console.log(`## Widget steps on the article page${values.inline ? ' (document inline)' : ''} at ${rate}× CPU (medians of ${runs} fresh pages; "at": ms since navigation)`);
  console.table(steps.map(({ step, n, ms, startMs, runs: seen }) => ({ step: n > 1 ? `${step} #${n}` : step, 'ms': ms, 'at ms': startMs, ...(seen < runs ? { 'in runs': seen } : {}) })));
  const sum = (kind) => round1(steps.filter((s) => s.step.startsWith(kind)).reduce((total, s) => total + s.ms, 0));
  console.log(`sums of the medians: definitions with their upgrades ${sum('define')} ms, connections ${sum('connect')} ms, renders ${sum('render')} ms`);
}
