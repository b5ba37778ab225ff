import { ContextConsumer, ContextProvider, createContext } from '@lit/context';
import { expect } from '@open-wc/testing';
import { article, hits, uniqueKey } from '../support/fixtures.js';
import { sleep, until } from '../support/wait.js';
import { ES, MODULE, SEEN, TAGS, type TestPage, inlineJson, integrityOf, openPage, readyWidgets, seen, widgetsMarkup } from './pages.js';

async function ready(page: TestPage, selector: string): Promise<HTMLElement & { [key: string]: unknown }> {
  const el = page.document.querySelector<HTMLElement & { [key: string]: unknown }>(selector)!;
  await until(() => el.getAttribute('state') === 'ready' && !!el.shadowRoot?.firstElementChild, 5000, `${selector} ready`);
  return el;
}

describe('dist/cdn/story-widgets.js (<script type="module">)', () => {
  it('renders all six elements from the blogger snippet, with integrity and crossorigin, without a warning', async () => {
    const integrity = await integrityOf(ES);
    const page = await openPage(`<script type="module" src="${ES}" integrity="${integrity}" crossorigin="anonymous"></script>`);
    const elements = await readyWidgets(page);
    for (const [index, tag] of TAGS.entries()) expect(seen(elements[index]!), tag).to.include(SEEN[tag]);
    // Lit's dev build would warn "Lit is in dev mode": the bundle must be the production one.
    expect(page.window.warnings).to.deep.equal([]);
    page.frame.remove();
  });

  it('is refused by the browser when the integrity does not match (the snippet really pins the file)', async () => {
    // Its own URL: Chromium remembers a module that failed its integrity check, for the session.
    const page = await openPage(`<script type="module" src="${ES}?bad-integrity" integrity="sha384-${'A'.repeat(64)}" crossorigin="anonymous"></script>`);
    await sleep(300);
    expect(page.window.customElements.get('like-button')).to.equal(undefined);
    page.frame.remove();
  });

  it('defines its tags as it evaluates (CONTRACT §1): a module script after it finds the classes registered and the elements upgraded', async () => {
    // The chunks' tags come when their element is in the page; the others may be used at once.
    const probe = `<script type="module">
      import { ArticleCard } from '${ES}';
      window.definedAtEvaluation = ['article-context', 'article-card', 'like-button', 'language-switcher'].filter((tag) => customElements.get(tag));
      window.upgraded = document.querySelector('article-card') instanceof ArticleCard && typeof document.querySelector('like-button').reload === 'function';
      // Upgraded elements connect and render in the tasks after (README, Performance): their
      // updateComplete waits for that.
      await document.querySelector('article-card').updateComplete;
      window.renderedByUpdateComplete = !!document.querySelector('article-card').shadowRoot?.firstElementChild;
    </script>`;
    const page = await openPage(probe);
    await readyWidgets(page);
    const state = page.window as unknown as { definedAtEvaluation: string[]; upgraded: boolean; renderedByUpdateComplete: boolean };
    expect(state.definedAtEvaluation).to.deep.equal(['article-context', 'article-card', 'like-button', 'language-switcher']);
    expect(state.upgraded).to.equal(true);
    expect(state.renderedByUpdateComplete).to.equal(true);
    page.frame.remove();
  });

  it('connects the elements already in the page in an article\'s order: context, switcher, like button, cards', async () => {
    // The page's order is the reverse: the turns follow the tags' definitions, so a frame
    // painted between two turns finds an article's header widget rendered first (README,
    // Performance, "Upgrades take turns too"). Each element's first render gives it `state`.
    const record = `<script>window.connected=[];new MutationObserver((records)=>{for(const {target,oldValue}of records)if(oldValue===null&&!connected.includes(target.localName))connected.push(target.localName)}).observe(document,{subtree:true,attributeFilter:['state'],attributeOldValue:true});</script>`;
    const key = uniqueKey('connect-order');
    const body = `<article-context src="/test-api/doc?key=${key}"><article-card></article-card><like-button></like-button><language-switcher></language-switcher></article-context>`;
    const page = await openPage(record + MODULE, body);
    const { connected } = page.window as unknown as { connected: string[] };
    await until(() => connected.length === 4, 5000, 'every element rendered');
    expect(connected).to.deep.equal(['article-context', 'language-switcher', 'like-button', 'article-card']);
    page.frame.remove();
  });

  it('saves a like through the built bundle: "You like this." and one POST', async () => {
    const key = uniqueKey('dist-like');
    const page = await openPage(`<script type="module" src="${ES}"></script>`, `<like-button count="0" endpoint="/test-api/likes?key=${key}"></like-button>`);
    const button = page.document.querySelector('like-button')!;
    // Enabled once it shows its count: during the ICU warm-up it shows its placeholder (README,
    // Performance: a first render that would show a document then waits for it).
    await until(() => !!button.shadowRoot?.querySelector('button:enabled'), 5000, 'the button, enabled');
    let confirmed = false;
    button.addEventListener('like-change', () => (confirmed = true), { once: true });
    button.shadowRoot!.querySelector('button')!.click();
    await until(() => seen(button).includes('You like this.'), 5000, '"You like this."');
    // The text is optimistic; count the POSTs once the server has answered.
    await until(() => confirmed, 5000, 'like-change');
    const requests = await hits(key);
    expect(requests.filter((hit) => hit.method === 'POST')).to.have.length(1);
    page.frame.remove();
  });

  it('exports the classes (but RelatedStories and VideoEmbed, in their chunks), defineWidgets and setMessages; defineWidgets({ prefix: "sw-" }) works from it', async () => {
    const page = await openPage(
      `<script type="module">import { defineWidgets } from '${ES}'; defineWidgets({ prefix: 'sw-' });</script>`,
      widgetsMarkup('sw-'),
    );
    const elements = await readyWidgets(page, 'sw-');
    for (const [index, tag] of TAGS.entries()) expect(seen(elements[index]!), tag).to.include(SEEN[tag]);
    expect(page.window.customElements.get('like-button'), 'the plain tags too').to.be.a('function');
    const url = ES;
    const mod = (await import(/* @vite-ignore */ url)) as Record<string, unknown>;
    for (const name of ['ArticleContext', 'ArticleCard', 'LikeButton', 'LanguageSwitcher', 'defineWidgets', 'setMessages']) {
      expect(mod[name], name).to.be.a('function');
    }
    // <related-stories>' and <video-embed>'s classes live in their chunks: the registry hands them out once defined.
    for (const [name, tag] of [['RelatedStories', 'related-stories'], ['VideoEmbed', 'video-embed']] as const) {
      expect(mod[name], `${name} not in the main file`).to.equal(undefined);
      expect(page.window.customElements.get(tag), `the plain ${tag} too`).to.be.a('function');
    }
    page.frame.remove();
  });
});

// The element tests run against the sources; here every kind of binding and lifecycle step the
// widgets use is exercised once more over the built file, templates minified as shipped:
// attribute, interpolated attribute, boolean and event bindings, lists that grow and shrink,
// converters, reflection, properties set before the upgrade, `lang`, a move in the page.
describe('the widgets of dist/cdn/story-widgets.js', () => {
  it('related-stories: converters, heading level, a list that shrinks and grows, reflected layout', async () => {
    const page = await openPage(MODULE, `<related-stories loading="eager" limit="3" heading-level="4" layout="grid">${inlineJson(article())}</related-stories>`);
    const related = await ready(page, 'related-stories');
    const root = related.shadowRoot!;
    expect(root.querySelector('h4')?.textContent).to.equal('Related Stories');
    expect(root.querySelectorAll('li')).to.have.length(3);
    related.setAttribute('limit', '1');
    await until(() => root.querySelectorAll('li').length === 1, 5000, 'one item');
    related.limit = 4;
    await until(() => root.querySelectorAll('li').length === 4, 5000, 'four items');
    expect([...root.querySelectorAll('li a')].map((a) => a.getAttribute('href'))).to.deep.equal(
      (article().related as { url: string }[]).map((item) => item.url),
    );
    related.layout = 'list';
    await until(() => related.getAttribute('layout') === 'list', 5000, 'layout reflected');
    expect(page.window.errors).to.deep.equal([]);
    page.frame.remove();
  });

  it('language-switcher as a select: enabled when ready, change navigates (event listener on the host)', async () => {
    const page = await openPage(MODULE, `<language-switcher variant="select">${inlineJson(article())}</language-switcher>`);
    const switcher = await ready(page, 'language-switcher');
    const select = switcher.shadowRoot!.querySelector('select')!;
    expect(select.disabled).to.equal(false);
    expect([...select.options].map((option) => option.textContent)).to.deep.equal(['English', 'Français']);
    const visited: string[] = [];
    switcher.navigate = (url: string) => visited.push(url);
    select.selectedIndex = 1;
    select.dispatchEvent(new Event('change'));
    expect(visited).to.deep.equal([(article().translations as { url: string }[])[0]!.url]);
    page.frame.remove();
  });

  it('article-card: a broken image gets its class from the error listener; the card follows lang', async () => {
    const page = await openPage(MODULE, `<article-card>${inlineJson(article({ image: { src: '/no-such-image.jpg', alt: '' } }))}</article-card>`);
    const card = await ready(page, 'article-card');
    const img = card.shadowRoot!.querySelector('img')!;
    await until(() => img.classList.contains('broken'), 5000, 'the broken class');
    card.setAttribute('lang', 'fr');
    await until(() => seen(card).includes('Image :') || seen(card).includes('Par '), 5000, 'French texts');
    card.removeAttribute('lang');
    await until(() => seen(card).includes('By '), 5000, 'English again');
    page.frame.remove();
  });

  it('takes a property set before the library loaded, and renders again after a move', async () => {
    const page = await openPage('', '<main></main><aside></aside>');
    const card = page.document.createElement('article-card') as HTMLElement & { data?: unknown };
    card.data = article({ title: 'Set before the upgrade' });
    page.document.querySelector('main')!.append(card);
    const script = page.document.createElement('script');
    script.type = 'module';
    script.src = '/dist/cdn/story-widgets.js';
    page.document.head.append(script);
    const upgraded = await ready(page, 'article-card');
    expect(seen(upgraded)).to.include('Set before the upgrade');
    page.document.querySelector('aside')!.append(upgraded);
    upgraded.data = article({ title: 'After the move' });
    await until(() => seen(upgraded).includes('After the move'), 5000, 'the new title');
    expect(upgraded.shadowRoot!.querySelectorAll('article')).to.have.length(1);
    page.frame.remove();
  });
});

// The bundle carries its own copy of @lit/context; this test file imports another one from
// node_modules, and uses it on plain elements as any other library would. Keys are compared
// with `===`: the string 'story-widgets:article' is the same in every copy.
describe('the article context of dist/cdn/story-widgets.js, with a second copy of @lit/context', () => {
  const key = createContext<{ state: string; article?: { title: string } }>('story-widgets:article');
  /** A plain element as the host of @lit/context's controllers (no Lit element). */
  const plainHost = (el: HTMLElement) =>
    Object.assign(el, { addController() {}, removeController() {}, requestUpdate() {}, updateComplete: Promise.resolve(true) });

  it('hands the document to a consumer of the other copy, and every later one', async () => {
    const page = await openPage(MODULE, `<article-context>${inlineJson(article({ title: 'First' }))}<div></div></article-context>`);
    const context = await ready(page, 'article-context');
    const consumer = new ContextConsumer(plainHost(page.document.querySelector('div')!), { context: key, subscribe: true });
    consumer.hostConnected();
    expect(consumer.value?.article?.title).to.equal('First');
    context.data = article({ title: 'Second' });
    await until(() => consumer.value?.article?.title === 'Second', 5000, 'the second document');
    page.frame.remove();
  });

  it('feeds a widget from a provider of the other copy, and follows it', async () => {
    const page = await openPage(MODULE, '<div></div>');
    await until(() => !!page.window.customElements.get('article-card'), 5000, 'the bundle');
    const host = page.document.querySelector('div')!;
    const provider = new ContextProvider(plainHost(host), { context: key, initialValue: { state: 'idle' } });
    const card = page.document.createElement('article-card') as HTMLElement & { parseDocument(json: unknown, base: string): { value?: { title: string } } };
    host.append(card);
    const parsed = card.parseDocument(article({ title: 'From the other copy' }), location.href);
    provider.setValue({ state: 'ready', article: parsed.value });
    await until(() => seen(card).includes('From the other copy'), 5000, 'the provided title');
    expect(card.getAttribute('state')).to.equal('ready');
    page.frame.remove();
  });
});
