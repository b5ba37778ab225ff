// Test pages in iframes: each frame is its own window, with its own custom element registry,
// so every page here loads the built files as a site would, from a clean slate.
import { article } from '../support/fixtures.js';
import { sleep, until } from '../support/wait.js';

/** The ES CDN file, and the tag a page loads it with. */
export const ES = '/dist/cdn/story-widgets.js';
export const MODULE = `<script type="module" src="${ES}"></script>`;

export const TAGS = ['article-context', 'article-card', 'like-button', 'language-switcher', 'related-stories', 'video-embed'] as const;
export type Tag = (typeof TAGS)[number];

/** What a reader sees of each widget given the seed article (article-context shows nothing). */
export const SEEN: Record<Tag, string> = {
  'article-context': '',
  'article-card': 'Chechnya’s Anti-LGBTQ Purge Has Restarted',
  'like-button': 'Be first to like this.',
  'language-switcher': 'This post is also available in: Français',
  'related-stories': 'Related Stories',
  'video-embed': 'Play video: The Russian LGBT Network on the new arrests',
};

export const seen = (el: Element): string => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A page that records its console warnings and uncaught errors (before any other script). */
export interface TestPage {
  frame: HTMLIFrameElement;
  window: Window & { warnings: string[]; errors: string[]; StoryWidgets?: Record<string, unknown> };
  document: Document;
}

/** `doc` as an inline JSON script, `<` escaped so that no text in it can close the script. */
export function inlineJson(doc: object): string {
  return `<script type="application/json">${JSON.stringify(doc).replace(/</g, '\\u003c')}</script>`;
}

/** The six tags around an inline copy of the seed article, as a blogger would paste them. */
export function widgetsMarkup(prefix = '', doc: object = article()): string {
  const children = TAGS.filter((tag) => tag !== 'article-context').map((tag) => `<${prefix}${tag}></${prefix}${tag}>`).join('\n');
  return `<${prefix}article-context>${inlineJson(doc)}\n${children}\n</${prefix}article-context>`;
}

export async function openPage(head: string, body = widgetsMarkup()): Promise<TestPage> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 900px; height: 1600px; border: 0';
  const recorder = `<script>window.warnings=[];window.errors=[];const w=console.warn.bind(console);console.warn=(...a)=>{window.warnings.push(a.map(String).join(' '));w(...a)};addEventListener('error',(e)=>window.errors.push(String(e.message)));</script>`;
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8">${recorder}${head}</head><body>${body}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return { frame, window: frame.contentWindow as TestPage['window'], document: frame.contentDocument! };
}

/** Waits until the ES file has defined its tags, then lets the tasks it queued run (chunks it would ask for are asked for by then). */
export async function mainFileLoaded(page: TestPage): Promise<void> {
  await until(() => !!page.window.customElements.get('like-button'), 5000, 'the main file');
  await sleep(200);
}

/** The paths the page requested (resource timing) that `wanted` picks, in order. */
export const requested = (page: TestPage, wanted: (path: string) => boolean): string[] =>
  page.window.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter(wanted);

/** Waits until every element of `tags` in the page is `state="ready"`; returns them. */
export async function readyWidgets(page: TestPage, prefix = ''): Promise<Element[]> {
  const elements = TAGS.map((tag) => page.document.querySelector(`${prefix}${tag}`)!);
  await until(() => elements.every((el) => el?.getAttribute('state') === 'ready'), 5000, 'every widget ready');
  return elements;
}

/** The SRI value of a same-origin file, as scripts/integrity.mjs prints it. */
export async function integrityOf(url: string): Promise<string> {
  const bytes = await (await fetch(url)).arrayBuffer();
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
  return `sha384-${btoa(String.fromCharCode(...digest))}`;
}
