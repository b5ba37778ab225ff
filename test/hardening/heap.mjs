// `npm run test:heap` (after `npm run build`): the built CDN bundle in Chromium mounts and
// removes 1 000 widgets (every kind; data, quick and slow documents, lazy, in contexts, likes
// that fail) several times; after a forced garbage collection the JS heap must come back near
// its size after the first (warm-up) cycle, and no removed widget's nodes may stay alive, also
// after rounds of cards on documents new to the loader's cache. Measured through the Chrome
// DevTools Protocol.
import { readFileSync, readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, requireBrowser } from '../../scripts/find-browser.mjs';

const CYCLES = Number(process.env.HEAP_CYCLES ?? 4);
const WIDGETS = 1000;
/** Allowed growth of the heap over the warm-up baseline, as a fraction, plus a fixed slack. */
const TOLERANCE = Number(process.env.HEAP_TOLERANCE ?? 0.15);
const SLACK_BYTES = 256 * 1024;

// Read once: a rebuild during the run cannot change what is measured. The ES file and the
// chunks it imports beside it (related stories, video, formats).
const cdn = new URL('../../dist/cdn/', import.meta.url);
const scripts = new Map(
  readdirSync(cdn)
    .filter((name) => name.endsWith('.js') && !name.includes('.iife.'))
    .map((name) => [`/${name}`, readFileSync(new URL(name, cdn))]),
);
const seed = readFileSync(new URL('../fixtures/seed-article.json', import.meta.url), 'utf8');

// Warnings are silenced: DevTools keeps every console message (and its arguments) alive,
// which would read as a leak of a few dozen bytes per failing widget.
const page = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<script src="/quiet.js"></script><script type="module" src="/story-widgets.js"></script></head><body><main id="near"></main>
<div id="far" style="position:absolute;top:50000px"></div><script type="module" src="/cycle.js"></script></body></html>`;

// Runs in the page: one cycle mounts WIDGETS widgets, lets them work, then removes them all.
const cycle = `
const seed = ${seed};
const make = (tag, props = {}, ...children) => { const el = Object.assign(document.createElement(tag), props); el.append(...children); return el; };
const wait = (ms) => new Promise((r) => setTimeout(r, ms));
window.cycle = async (n, round) => {
  const near = document.getElementById('near');
  const far = document.getElementById('far');
  for (let i = 0; i < n; i += 1) {
    const src = '/doc?n=' + (i % 5) + '&delay=' + (i % 2 ? 10 : 2000);
    const likes = { count: i, endpoint: '/likes?n=' + (i % 7) };
    switch (i % 10) {
      case 0: near.append(make('article-context', { src }, make('article-card'), make('like-button'), make('related-stories', { loading: 'eager' }))); break;
      case 1: far.append(make('related-stories', { src })); break;
      case 2: near.append(make('article-card', { src })); break;
      case 3: near.append(make('like-button', { data: { ...seed, likes } })); break;
      case 4: near.append(make('language-switcher', { data: seed, variant: i % 20 ? 'links' : 'select' })); break;
      case 5: far.append(make('like-button', { src, loading: 'lazy' })); break;
      case 6: far.append(make('article-context', { src, loading: 'lazy' }, make('language-switcher'), make('article-card'))); break;
      case 7: near.append(make('related-stories', { data: { ...seed, title: 'Round ' + round + ' item ' + i } })); break;
      case 8: near.append(make('article-card', { src: '/missing?n=' + i })); break;
      default: near.append(make('like-button', { count: i, endpoint: likes.endpoint }));
    }
  }
  await wait(300);
  const buttons = [...near.querySelectorAll('like-button[state=ready]')].slice(0, 20);
  for (const b of buttons) b.shadowRoot.querySelector('button').click();
  await wait(100);
  const ready = near.querySelectorAll('[state=ready]').length;
  near.replaceChildren();
  far.replaceChildren();
  await wait(600); // like requests finish, aborted documents settle
  return ready;
};
// New documents every round, each shared by 25 cards: the loader's cache keeps their results
// (up to 64), and must keep nothing of the cards that asked for them.
window.freshDocuments = async (round) => {
  const cards = Array.from({ length: 500 }, (_, i) => make('article-card', { src: '/doc?n=' + (i % 20) + '&delay=0&fresh=' + round }));
  document.body.append(...cards);
  while (cards.some((card) => card.getAttribute('state') !== 'ready')) await wait(50);
  cards.forEach((card) => card.remove());
  await wait(300);
};
window.cycleReady = true;
`;

const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://localhost');
  const send = (status, type, body) => {
    res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
    res.end(body);
  };
  if (url.pathname === '/') return send(200, 'text/html', page);
  if (scripts.has(url.pathname)) return send(200, 'text/javascript', scripts.get(url.pathname));
  if (url.pathname === '/quiet.js') return send(200, 'text/javascript', 'console.warn = () => {};');
  if (url.pathname === '/cycle.js') return send(200, 'text/javascript', cycle);
  if (url.pathname === '/doc') {
    const timer = setTimeout(() => send(200, 'application/json', seed), Number(url.searchParams.get('delay') ?? 0));
    req.on('close', () => clearTimeout(timer));
    return;
  }
  if (url.pathname === '/likes') return send(500, 'text/plain', 'failure on purpose');
  return send(404, 'text/plain', 'not found');
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const began = performance.now();
const browser = await chromium.launch({ executablePath: requireBrowser(), headless: true, args: CHROME_ARGS });
let failed = false;
try {
  const tab = await browser.newPage({ viewport: { width: 1000, height: 800 } });
  tab.on('pageerror', (error) => {
    failed = true;
    console.error(`page error: ${error.message}`);
  });
  const cdp = await tab.context().newCDPSession(tab);
  await tab.goto(`${origin}/`);
  await tab.waitForFunction(() => window.cycleReady && window.customElements.get('like-button') && window.customElements.get('article-card'));

  const heapAfterGc = async () => {
    for (let i = 0; i < 3; i += 1) await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  /** DOM nodes alive, detached ones included (read after heapAfterGc). */
  const nodes = async () => (await cdp.send('Memory.getDOMCounters')).nodes;
  const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

  console.log(`heap: page ready after ${Math.round(performance.now() - began)} ms`);
  const start = await heapAfterGc();
  // Warm-up: Lit's template cache, Intl formatters, the loader's document cache and the JIT
  // are filled once per page; they are what a page keeps, not a leak.
  const warmReady = await tab.evaluate(([n]) => window.cycle(n, 0), [WIDGETS]);
  const baseline = await heapAfterGc();
  const baselineNodes = await nodes();
  console.log(`heap: ${mb(start)} empty page, ${mb(baseline)} and ${baselineNodes} DOM nodes after a warm-up cycle (${warmReady} widgets were ready)`);
  let last = baseline;
  for (let round = 1; round <= CYCLES; round += 1) {
    await tab.evaluate(([n, r]) => window.cycle(n, r), [WIDGETS, round]);
    last = await heapAfterGc();
    console.log(`heap: ${mb(last)} after cycle ${round} (${WIDGETS} widgets mounted and removed)`);
  }
  const limit = baseline * (1 + TOLERANCE) + SLACK_BYTES;
  // Removed widgets that something still holds keep their shadow trees: a few dozen nodes each.
  const lastNodes = await nodes();
  const fresh = [];
  for (let round = 0; round < 3; round += 1) {
    await tab.evaluate((r) => window.freshDocuments(r), round);
    await heapAfterGc();
    fresh.push(await nodes());
  }
  console.log(`heap: ${lastNodes} DOM nodes after the cycles, ${fresh.join(', ')} after rounds of 500 cards on 20 new documents each`);
  if (Math.max(lastNodes, ...fresh) > baselineNodes + 500) {
    failed = true;
    console.error(`heap: up to ${Math.max(lastNodes, ...fresh)} DOM nodes alive, ${baselineNodes} after the warm-up: removed widgets are kept`);
  }
  const left = await tab.evaluate(() => document.querySelectorAll('*').length);
  if (warmReady < 100) {
    failed = true;
    console.error(`heap: only ${warmReady} widgets reached state=ready; the bundle or the page is broken`);
  }
  if (last > limit) {
    failed = true;
    console.error(`heap: ${mb(last)} after ${CYCLES} cycles exceeds ${mb(limit)} (baseline ${mb(baseline)} + ${TOLERANCE * 100} % + ${mb(SLACK_BYTES)})`);
  } else if (!failed) {
    console.log(`heap: OK — ${mb(last)} ≤ ${mb(limit)} and ${lastNodes} DOM nodes after ${CYCLES * WIDGETS} widgets (${left} elements left in the page)`);
  }
} finally {
  await browser.close();
  server.close();
}
process.exit(failed ? 1 : 0);
