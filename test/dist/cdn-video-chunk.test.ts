// The ES CDN file loads <video-embed>'s code from a chunk beside it (dist/cdn/video-embed.js), and
// <related-stories>' from another, in the task after its own, on every page: loading the file
// defines every tag (contract §1), whether the element is in the page yet or not.
import { expect } from '@open-wc/testing';
import { article } from '../support/fixtures.js';
import { builtIn } from '../../src/i18n/built-in.js';
import { sleep, until } from '../support/wait.js';
import { ES, MODULE, type TestPage, inlineJson, mainFileLoaded, openPage, requested, seen } from './pages.js';

const CHUNK = '/dist/cdn/video-embed.js';
const CLIP = '<video-embed url="https://youtu.be/M7lc1UVf-VE" video-title="A clip"></video-embed>';
const PLAYER = 'https://www.youtube-nocookie.com/embed/M7lc1UVf-VE?autoplay=1';

const chunkRequests = (page: TestPage): string[] => requested(page, (path) => path === CHUNK);

/**
 * Waits for the play button, clicks it, and checks the player took the poster's place, focused.
 * The player is the test server's stand-in page (no internet), as in test/support/stand-in-video.ts:
 * the page's own `VideoEmbed` class, from the chunk, gets the stand-in's `playerUrl`.
 */
async function play(page: TestPage, video: Element): Promise<void> {
  await until(() => video.getAttribute('state') === 'ready' && !!video.shadowRoot?.querySelector('button'), 5000, 'the play button');
  const VideoEmbed = await page.window.customElements.whenDefined('video-embed');
  Object.defineProperty(VideoEmbed.prototype, 'playerUrl', { value: (source: { player: string }) => `/test-api/player?${new URLSearchParams({ key: 'dist-chunk', for: source.player })}` });
  const button = video.shadowRoot!.querySelector('button')!;
  expect(button.textContent!.trim()).to.equal('Play video: A clip');
  button.click();
  await until(() => !!video.shadowRoot!.querySelector('[part=player]'), 5000, 'the player');
  const player = video.shadowRoot!.querySelector<HTMLIFrameElement>('[part=player]')!;
  expect(new URL(player.src).searchParams.get('for')).to.equal(PLAYER);
  expect(video.shadowRoot!.activeElement).to.equal(player);
  expect(video.shadowRoot!.querySelector('[part=play]')).to.equal(null);
  await until(() => player.contentDocument?.body?.textContent?.includes('A stand-in for the video player.') ?? false, 5000, 'the stand-in player');
}

describe('dist/cdn/story-widgets.js: the <video-embed> chunk', () => {
  it('is loaded for a <video-embed> in the page at load; the element works (poster, click, player)', async () => {
    const page = await openPage(MODULE, CLIP);
    const video = page.document.querySelector('video-embed')!;
    await play(page, video);
    expect(chunkRequests(page)).to.deep.equal([CHUNK]);
    expect(page.window.warnings).to.deep.equal([]);
    expect(page.window.errors).to.deep.equal([]);
    page.frame.remove();
  });

  it('shows the video of a document the main file read before the chunk came (its reader is in the chunk)', async () => {
    const doc = { ...article(), video: { url: 'https://youtu.be/M7lc1UVf-VE', title: 'A clip', thumbnail: 'poster.jpg' } };
    const page = await openPage(MODULE, `<article-context>${inlineJson(doc)}<article-card></article-card><video-embed></video-embed></article-context>`);
    const video = page.document.querySelector('video-embed')!;
    await play(page, video);
    expect(chunkRequests(page)).to.deep.equal([CHUNK]);
    expect(page.window.errors).to.deep.equal([]);
    page.frame.remove();
  });

  it('is loaded once, before any <video-embed>: one added later, deep in an added subtree, works', async () => {
    const page = await openPage(MODULE, '<main></main>');
    await until(() => !!page.window.customElements.get('video-embed'), 5000, 'the tag, with no element in the page');
    const wrapper = page.document.createElement('section');
    wrapper.innerHTML = `<div><p>${CLIP}</p></div>`;
    page.document.querySelector('main')!.append(wrapper);
    await play(page, page.document.querySelector('video-embed')!);
    expect(chunkRequests(page)).to.deep.equal([CHUNK]);
    page.frame.remove();
  });

  it('keeps the setMessages texts given before the chunk loaded, over the video texts the chunk brings', async () => {
    const overrides = `<script type="module">import { setMessages } from '${ES}'; setMessages('en', { videoPlay: 'Watch: {title}' }); setMessages('fr', { videoNotice: 'Lu sur {provider}.' });</script>`;
    const page = await openPage(overrides, '<main></main>');
    await mainFileLoaded(page);
    page.document.querySelector('main')!.innerHTML = `${CLIP}<video-embed lang="fr" url="https://youtu.be/M7lc1UVf-VE" video-title="A clip"></video-embed>`;
    const [en, fr] = page.document.querySelectorAll('video-embed');
    await until(() => [en, fr].every((video) => !!video!.shadowRoot?.querySelector('button')), 5000, 'both play buttons');
    const texts = (video: Element) => ['play', 'notice'].map((part) => video.shadowRoot!.querySelector(`[part=${part}]`)!.textContent!.trim());
    expect(texts(en!)).to.deep.equal(['Watch: A clip', 'Plays from YouTube, which may set cookies.']);
    expect(texts(fr!)).to.deep.equal(['Lire la vidéo\u00a0: A clip', 'Lu sur YouTube.']);
    expect(chunkRequests(page)).to.deep.equal([CHUNK]);
    page.frame.remove();
  });

  it('defines every tag on a page without <video-embed> or <related-stories>; the other widgets render', async () => {
    const RELATED_CHUNK = '/dist/cdn/related-stories.js';
    const page = await openPage(MODULE, `<main><article-context>${inlineJson(article())}<article-card></article-card><like-button></like-button></article-context></main>`);
    const card = page.document.querySelector('article-card')!;
    await until(() => card.getAttribute('state') === 'ready', 5000, 'the card');
    expect(seen(card)).to.include('Chechnya’s Anti-LGBTQ Purge Has Restarted');
    const registry = page.window.customElements;
    const [VideoEmbed, RelatedStories] = await Promise.all([registry.whenDefined('video-embed'), registry.whenDefined('related-stories')]);
    const observed = (widget: CustomElementConstructor): string[] => (widget as unknown as { observedAttributes: string[] }).observedAttributes;
    expect(observed(VideoEmbed), 'the video’s class').to.include.members(['url', 'video-title']);
    expect(observed(RelatedStories), 'the related list’s class').to.include.members(['heading', 'loading']);
    // Created by script (as a framework does) and added later: upgraded at once, no request more.
    const list = page.document.createElement('related-stories');
    expect(list, 'upgraded when created').to.be.instanceOf(RelatedStories);
    list.setAttribute('loading', 'eager');
    page.document.querySelector('article-context')!.append(list);
    await until(() => list.getAttribute('state') === 'ready', 5000, 'the related stories');
    expect(seen(list)).to.include('Related Stories');
    expect(chunkRequests(page)).to.deep.equal([CHUNK]);
    expect(requested(page, (path) => path === RELATED_CHUNK)).to.deep.equal([RELATED_CHUNK]);
    expect(page.window.warnings).to.deep.equal([]);
    page.frame.remove();
  });

  it('defines the chunks’ tags for a component’s shadow root, which no observer sees; defineWidgets() adds nothing then', async () => {
    const page = await openPage(MODULE, '<div id="component"></div>');
    await mainFileLoaded(page);
    const root = page.document.getElementById('component')!.attachShadow({ mode: 'open' });
    root.innerHTML = `<related-stories loading="eager">${inlineJson(article())}</related-stories>${CLIP}`;
    const list = root.querySelector('related-stories')!;
    const video = root.querySelector('video-embed')!;
    await until(() => list.getAttribute('state') === 'ready' && video.getAttribute('state') === 'ready', 5000, 'both elements');
    expect(seen(list)).to.include('Related Stories');
    expect(video.shadowRoot!.querySelector('button')!.textContent!.trim()).to.equal('Play video: A clip');
    // Imported in the page's own realm: the same module instance as its script tag's.
    const inPage = page.window as unknown as { Function: FunctionConstructor };
    const { defineWidgets } = (await inPage.Function(`return import('${ES}')`)()) as { defineWidgets: () => void };
    defineWidgets();
    await sleep(200);
    expect(chunkRequests(page), 'the chunk once').to.deep.equal([CHUNK]);
    expect(page.window.warnings).to.deep.equal([]);
    page.frame.remove();
  });

  it('the main file has no static import; the chunk imports only from the main file', async () => {
    const main = await (await fetch(ES)).text();
    const chunk = await (await fetch(CHUNK)).text();
    // A static import or re-export in minified code: `import{…}from"…"`, `import"…"`, `import x from`, `export{…}from`, `export*from`.
    const STATIC = /(?:^|[;}\s])(?:import\s*(?:[{*"'`]|[\w$]+\s+from)|export\s*(?:\*|\{[^}]*\})\s*from)/m;
    expect(STATIC.test(main), 'a static import in story-widgets.js').to.equal(false);
    expect([...main.matchAll(/import\(\s*["'`]([^"'`]+)/g)].map((match) => match[1])).to.have.members([
      './related-stories.js',
      './video-embed.js',
      './lazy-formats.js',
      // The npm build's list of catalogues: one the CDN file's chunk list forgot fails here.
      ...Object.keys(builtIn).map((locale) => `./texts-${locale}.js`),
    ]);
    expect([...chunk.matchAll(/from\s*["'`]([^"'`]+)/g)].map((match) => match[1])).to.deep.equal(['./story-widgets.js']);
    expect(STATIC.test(chunk), 'the checker finds a static import').to.equal(true);
  });
});
