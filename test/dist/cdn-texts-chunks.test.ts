// The ES CDN file carries English; the other built-in catalogues are chunks beside it
// (dist/cdn/texts-fr.js…), asked for with the module for the page's languages, or when a widget
// first needs one. A widget never shows a document in English while its texts are on their way.
import { expect } from '@open-wc/testing';
import { article } from '../support/fixtures.js';
import { sleep, until } from '../support/wait.js';
import { ES, MODULE, SEEN, TAGS, type TestPage, inlineJson, mainFileLoaded, openPage, requested, seen, widgetsMarkup } from './pages.js';

/** What each widget showed when its `state` first became `ready` (recorded before any other script). */
const RECORD_FIRST_READY = `<script>window.firstReady={};new MutationObserver((records)=>{for(const {target}of records){if(target.getAttribute('state')==='ready'&&!(target.localName in firstReady))firstReady[target.localName]=(target.shadowRoot?.textContent??'').replace(/\\s+/g,' ').trim()}}).observe(document,{subtree:true,attributeFilter:['state']});</script>`;

const firstReady = (page: TestPage): Record<string, string> => (page.window as unknown as { firstReady: Record<string, string> }).firstReady;

const textsRequests = (page: TestPage): string[] => requested(page, (path) => path.startsWith('/dist/cdn/texts-'));

/** Waits until every widget but `<article-context>` has shown its first ready render. */
async function allShown(page: TestPage): Promise<Record<string, string>> {
  const shown = TAGS.filter((tag) => tag !== 'article-context');
  await until(() => shown.every((tag) => tag in firstReady(page)), 5000, 'every widget ready');
  return firstReady(page);
}

describe('dist/cdn/story-widgets.js: the built-in catalogues as chunks', () => {
  it('asks for no catalogue on an English page', async () => {
    const page = await openPage(RECORD_FIRST_READY + MODULE);
    const shown = await allShown(page);
    for (const tag of TAGS) expect(shown[tag] ?? '', tag).to.include(SEEN[tag]);
    await sleep(200);
    expect(textsRequests(page)).to.deep.equal([]);
    expect(page.window.warnings).to.deep.equal([]);
    page.frame.remove();
  });

  it('asks for no catalogue for a page’s menu of languages, nor for another library’s elements in it: only the widgets’ languages count', async () => {
    // As WPML and Polylang print a language menu: links in the page, each in its own language;
    // here with an icon library's custom elements, not defined yet when the module runs.
    const menu = '<nav><a href="/fr/" lang="fr" hreflang="fr"><flag-icon code="fr"></flag-icon>Français</a> <a href="/ar/" lang="ar" hreflang="ar"><flag-icon code="ar"></flag-icon>العربية</a></nav>';
    const page = await openPage(RECORD_FIRST_READY + MODULE, menu + widgetsMarkup());
    const shown = await allShown(page);
    expect(shown['like-button']).to.include(SEEN['like-button']);
    await sleep(200);
    expect(textsRequests(page)).to.deep.equal([]);
    page.frame.remove();
  });

  it('asks for nothing, and shows English, for hostile or invalid languages', async () => {
    // Names of Object.prototype's members, an empty tag, markup: none is a built-in language.
    const langs = ['constructor', '__proto__', 'toString', 'hasOwnProperty-x', '', '<img src=x onerror=alert(1)>'];
    const body = langs.map((lang) => `<like-button lang="${lang.replace(/"/g, '&quot;').replace(/</g, '&lt;')}">${inlineJson(article())}</like-button>`).join('');
    const page = await openPage(MODULE, body);
    const buttons = [...page.document.querySelectorAll('like-button')];
    await until(() => buttons.every((button) => button.getAttribute('state') === 'ready'), 5000, 'every button ready');
    for (const button of buttons) expect(seen(button), button.getAttribute('lang')!).to.include(SEEN['like-button']);
    expect(textsRequests(page)).to.deep.equal([]);
    expect(page.window.errors).to.deep.equal([]);
    expect(page.window.warnings).to.deep.equal([]);
    page.frame.remove();
  });

  it('loads the page language’s texts with the module: the first ready render is already French', async () => {
    const page = await openPage(RECORD_FIRST_READY + MODULE, `<main lang="fr">${widgetsMarkup()}</main>`);
    const shown = await allShown(page);
    expect(shown['like-button']).to.include('Soyez le premier à aimer ceci.');
    expect(shown['related-stories']).to.include('Articles similaires');
    expect(shown['language-switcher']).to.include('Cet article est aussi disponible en');
    expect(shown['video-embed']).to.include('Lire la vidéo');
    for (const text of Object.values(shown)) expect(text).not.to.match(/Be first|Related Stories|also available|Play video/);
    expect(textsRequests(page)).to.deep.equal(['/dist/cdn/texts-fr.js']);
    expect(page.window.warnings).to.deep.equal([]);
    page.frame.remove();
  });

  it('waits for texts that come later than a second, as on a slow mobile link: the first ready render is already French', async () => {
    // The French chunk comes 1.6 s late (one round trip of "Slow 3G" is 2 s): a module the
    // import map puts in its place waits, then hands over the real one.
    const late = `await new Promise((done) => setTimeout(done, 1600)); export * from '${location.origin}/dist/cdn/texts-fr.js?late';`;
    const map = `<script type="importmap">${JSON.stringify({ imports: { '/dist/cdn/texts-fr.js': `data:text/javascript,${encodeURIComponent(late)}` } })}</script>`;
    const page = await openPage(map + RECORD_FIRST_READY + MODULE, `<main lang="fr">${widgetsMarkup()}</main>`);
    const shown = await allShown(page);
    expect(shown['like-button']).to.include('Soyez le premier à aimer ceci.');
    expect(shown['related-stories']).to.include('Articles similaires');
    for (const text of Object.values(shown)) expect(text).not.to.match(/Be first|Related Stories|also available|Play video/);
    expect(page.window.warnings).to.deep.equal([]);
    page.frame.remove();
  });

  it('loads a catalogue the first time a widget added later needs it, and renders in it', async () => {
    const page = await openPage(MODULE, '<main></main>');
    await mainFileLoaded(page);
    expect(textsRequests(page), 'nothing before a German widget').to.deep.equal([]);
    page.document.querySelector('main')!.innerHTML = `<like-button lang="de-AT">${inlineJson(article())}</like-button>`;
    const button = page.document.querySelector('like-button')!;
    // Its first render, in the task that added it, is its placeholder: English never shows.
    const shown: string[] = [];
    new MutationObserver(() => shown.push(seen(button))).observe(button.shadowRoot!, { subtree: true, childList: true, characterData: true });
    await until(() => seen(button).includes('Sei der Erste, dem das gefällt.'), 5000, 'the German texts');
    expect(shown.filter((text) => text.includes('Be first to like this.')), 'English shown first').to.deep.equal([]);
    expect(textsRequests(page)).to.deep.equal(['/dist/cdn/texts-de.js']);
    page.frame.remove();
  });

  it('shows English widgets without waiting for another language’s texts still on their way', async () => {
    // The Arabic texts never come (their request hangs): the Arabic switcher, first in the page
    // and of the tag defined first (its elements connect first), waits for them three seconds at most
    // once its document has come; the English widgets after it, given the same document, do not
    // wait for them at all.
    const hanging = `<script type="importmap">{ "imports": { "/dist/cdn/texts-ar.js": "/test-api/doc?key=${Math.random()}&hang=1" } }</script>`;
    const src = `/test-api/doc?key=${Math.random()}`;
    const body = `<language-switcher lang="ar" src="${src}"></language-switcher><like-button src="${src}"></like-button><article-card src="${src}"></article-card>`;
    const page = await openPage(hanging + RECORD_FIRST_READY + MODULE, body);
    await until(() => ['article-card', 'like-button', 'language-switcher'].every((tag) => tag in firstReady(page)), 8000, 'every widget ready');
    // In the order of their first ready render.
    expect(Object.keys(firstReady(page))).to.deep.equal(['like-button', 'article-card', 'language-switcher']);
    expect(firstReady(page)['like-button']).to.include(SEEN['like-button']);
    expect(firstReady(page)['article-card']).to.include(SEEN['article-card']);
    // Without its texts after three seconds, the Arabic switcher shows its document with English texts.
    expect(firstReady(page)['language-switcher']).to.include(SEEN['language-switcher']);
    expect(page.window.warnings).to.deep.equal([]);
    page.frame.remove();
  });

  it('keeps setMessages texts given before the catalogue arrived over the catalogue’s own', async () => {
    const overrides = `<script type="module">import { setMessages } from '${ES}'; setMessages('fr', { likeZero: 'Premier à aimer ?' });</script>`;
    const page = await openPage(RECORD_FIRST_READY + MODULE + overrides, `<main lang="fr">${widgetsMarkup()}</main>`);
    const shown = await allShown(page);
    expect(shown['like-button']).to.include('Premier à aimer ?');
    expect(shown['related-stories']).to.include('Articles similaires');
    expect(textsRequests(page)).to.deep.equal(['/dist/cdn/texts-fr.js']);
    page.frame.remove();
  });

  it('shows English, with one warning, when a language’s chunk cannot be loaded', async () => {
    // The import map sends the French chunk's URL to a file that does not exist.
    const missing = '<script type="importmap">{ "imports": { "/dist/cdn/texts-fr.js": "/dist/cdn/no-such-texts.js" } }</script>';
    const page = await openPage(missing + RECORD_FIRST_READY + MODULE, `<main lang="fr">${widgetsMarkup()}</main>`);
    const shown = await allShown(page);
    expect(shown['like-button']).to.include(SEEN['like-button']);
    expect(shown['related-stories']).to.include(SEEN['related-stories']);
    expect(page.window.warnings).to.have.length(1);
    expect(page.window.warnings[0]).to.match(/^story-widgets: the "fr" texts did not load, English shows instead: /);
    expect(page.window.errors).to.deep.equal([]);
    page.frame.remove();
  });

  it('the classic script has every catalogue inside: no chunk, French at once', async () => {
    const page = await openPage(RECORD_FIRST_READY + '<script src="/dist/cdn/story-widgets.iife.js"></script>', `<main lang="fr">${widgetsMarkup()}</main>`);
    const shown = await allShown(page);
    expect(shown['like-button']).to.include('Soyez le premier à aimer ceci.');
    expect(textsRequests(page)).to.deep.equal([]);
    page.frame.remove();
  });
});
