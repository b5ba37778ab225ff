// Render cost: N widgets from the `data` property against hand-written elements that build
// the same DOM, in the same page, alternated, median of ROUNDS rounds. The ratio counts.
import { readFileSync } from 'node:fs';
import { launch } from './browser.mjs';
import { serveRoot } from './static-server.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
const SIZES = [100, 300, 1000];
const PAIRS = [
  ['article-card', 'baseline-card'],
  ['related-stories', 'baseline-related'],
  ['like-button', 'baseline-like'],
];

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** A document with ten related stories, so related-stories renders `limit="10"` items. */
function benchDocument() {
  const doc = JSON.parse(readFileSync('test/fixtures/seed-article.json', 'utf8'));
  const related = [];
  for (let i = 0; i < 10; i++) related.push({ ...doc.related[i % doc.related.length], id: `r${i}`, url: `${doc.related[i % 4].url}?v=${i}` });
  return { ...doc, related, likes: { count: 21 } };
}

export async function measureRenderCost() {
  const server = await serveRoot('.');
  const browser = await launch();
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.origin}/bench/render.html`);
  await page.evaluate(() => window.benchReady);
  const doc = benchDocument();
  const results = [];
  try {
    // `BENCH_ONLY=article-card` measures one pair, e.g. while working on that widget.
    for (const [widget, baseline] of PAIRS.filter(([w]) => !process.env.BENCH_ONLY || w === process.env.BENCH_ONLY)) {
      for (const n of SIZES) {
        const ours = [];
        const theirs = [];
        // One warm-up each, then alternate so drift (GC, thermal) hits both sides alike.
        await page.evaluate(([t, k, d]) => window.measureRender(t, k, d), [widget, n, doc]);
        await page.evaluate(([t, k, d]) => window.measureRender(t, k, d), [baseline, n, doc]);
        for (let round = 0; round < ROUNDS; round++) {
          const order = round % 2 ? [baseline, widget] : [widget, baseline];
          for (const tag of order) {
            const { time, rendered } = await page.evaluate(([t, k, d]) => window.measureRender(t, k, d), [tag, n, doc]);
            if (!rendered) throw new Error(`<${tag}> did not render in the bench page`);
            (tag === widget ? ours : theirs).push(time);
          }
        }
        const oursMs = median(ours);
        const baselineMs = median(theirs);
        results.push({ widget, n, oursMs, baselineMs, ratio: oursMs / baselineMs });
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  if (errors.length) throw new Error(`page errors in the render bench: ${errors.join('; ')}`);
  return results;
}
