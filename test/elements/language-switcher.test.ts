import { expect, fixture, html } from '@open-wc/testing';
import { clearLoaderCache } from '../../src/core/loader.js';
import '../../src/elements/language-switcher/define.js';
import type { LanguageSwitcher } from '../../src/elements/language-switcher/language-switcher.js';
import { type Json, article, docUrl, uniqueKey } from '../support/fixtures.js';
import { nextEvent, until } from '../support/wait.js';

/** A translation entry of the document. */
const tr = (language: string, url = `https://news.example/${language.toLowerCase()}/story/`): Json => ({ language, url });
/** The seed article in English with these translations. */
const doc = (...translations: Json[]): Json => article({ language: 'en', translations });

const shadow = (el: LanguageSwitcher): ShadowRoot => el.shadowRoot!;
const links = (el: LanguageSwitcher): HTMLAnchorElement[] => [...shadow(el).querySelectorAll('a')];
const names = (el: LanguageSwitcher): string[] => links(el).map((a) => a.textContent!);
/** What a reader sees, white space collapsed as rendered (a no-break space stays). */
const seen = (el: LanguageSwitcher): string => (shadow(el).textContent ?? '').replace(/[ \t\r\n]+/g, ' ').trim();
const label = (el: LanguageSwitcher): string => shadow(el).querySelector('[part=label]')!.textContent!;

async function switcher(data: Json, attributes: { variant?: string; lang?: string; showCurrent?: boolean } = {}): Promise<LanguageSwitcher> {
  const el = await fixture<LanguageSwitcher>(html`<language-switcher
    .data=${data}
    variant=${attributes.variant ?? 'links'}
    lang=${attributes.lang ?? 'en'}
    ?show-current=${attributes.showCurrent ?? false}
  ></language-switcher>`);
  await el.updateComplete;
  return el;
}

/** What `Intl` itself calls a language in that language, first letter upper-cased in it. */
function intlAutonym(tag: string): string {
  const name = new Intl.DisplayNames([tag], { type: 'language' }).of(tag)!;
  return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
}

describe('<language-switcher> links', () => {
  afterEach(() => clearLoaderCache());

  it('gives its links the page’s text colour, readable on a dark page that sets no --sw-accent (the browser’s link blue is not)', async () => {
    const page = await fixture(html`<div style="color: rgb(232, 232, 232); background: rgb(18, 18, 18); padding: 8px">
      <language-switcher lang="en" .data=${doc(tr('fr'), tr('de'))}></language-switcher>
    </div>`);
    const el = page.querySelector('language-switcher')!;
    await until(() => el.getAttribute('state') === 'ready');
    await el.updateComplete;
    expect(links(el).map((link) => getComputedStyle(link).color)).to.deep.equal(['rgb(232, 232, 232)', 'rgb(232, 232, 232)']);
    await expect(page).to.be.accessible();
    // A site's accent still wins.
    el.style.setProperty('--sw-accent', 'rgb(138, 180, 248)');
    expect(getComputedStyle(links(el)[0]!).color).to.equal('rgb(138, 180, 248)');
  });

  it('shows the label, then a link to the translation: "This post is also available in: Français"', async () => {
    const el = await switcher(article());
    expect(seen(el)).to.equal('This post is also available in: Français');
    const [link] = links(el);
    expect(link!.href).to.equal('https://news.example/fr/2017/07/purge-anti-lgbtq-tchetchenie-reprise/');
    expect(link!.getAttribute('hreflang')).to.equal('fr');
    expect(link!.getAttribute('lang')).to.equal('fr');
    expect(link!.getAttribute('rel')).to.equal('alternate');
    expect(link!.getAttribute('part')).to.equal('link');
    expect(el.getAttribute('state')).to.equal('ready');
    expect(el.hasAttribute('empty')).to.equal(false);
  });

  it('names each language in that language, first letter upper-cased in it', async () => {
    const tags = ['fr', 'de', 'es', 'pt-BR', 'ru', 'ar', 'ja', 'zh-Hant'];
    const el = await switcher(doc(...tags.map((t) => tr(t))));
    expect(names(el)).to.deep.equal(tags.map(intlAutonym));
    expect(names(el).slice(0, 5)).to.deep.equal(['Français', 'Deutsch', 'Español', 'Português (Brasil)', 'Русский']);
    expect(names(el)[5]).to.equal('العربية');
    expect(names(el)[6]).to.equal('日本語');
    expect(names(el)[7]).to.match(/^繁體中文|^中文（繁體）$/);
    expect(links(el).map((a) => a.lang)).to.deep.equal(tags);
    expect(links(el).map((a) => a.hreflang)).to.deep.equal(tags);
  });

  it('on a page in a language without texts of its own, stands for that language, not for English, when the document names none', async () => {
    // A Dutch page, a document without `language` (WordPress without Polylang, JSON-LD without inLanguage).
    const data = { title: 'Een artikel', translations: [tr('en'), tr('nl'), tr('fr')] };
    const [links_, select, current] = await Promise.all([switcher(data, { lang: 'nl' }), switcher(data, { lang: 'nl', variant: 'select' }), switcher(data, { lang: 'nl', showCurrent: true })]);
    expect(names(links_)).to.deep.equal(['English', 'Français']);
    const options = [...shadow(select).querySelectorAll('option')].map((option) => [option.value, option.textContent]);
    expect(options).to.deep.equal([
      ['', 'Nederlands'],
      ['https://news.example/en/story/', 'English'],
      ['https://news.example/fr/story/', 'Français'],
    ]);
    expect(shadow(current).querySelector('[part=current]')!.textContent).to.equal('Nederlands');
    expect(names(current)).to.deep.equal(['English', 'Français']);
  });

  it('on a page whose lang Intl cannot name (qaa, zxx), stands for English, not for a nameless language', async () => {
    const data = { title: 'A story', translations: [tr('en'), tr('fr')] };
    for (const lang of ['qaa', 'zxx']) {
      const el = await switcher(data, { lang, showCurrent: true });
      expect([shadow(el).querySelector('[part=current]')!.textContent, ...names(el)], lang).to.deep.equal(['English', 'Français']);
    }
  });

  it('names a language the same whatever the page language is', async () => {
    const el = await switcher(doc(tr('de'), tr('fr')), { lang: 'ru' });
    expect(names(el)).to.deep.equal(['Deutsch', 'Français']);
  });

  it('leaves out a translation whose language Intl.DisplayNames cannot name ("false", "NaN", "qaa")', async () => {
    const el = await switcher(doc(tr('false'), tr('NaN'), tr('qaa'), tr('fr')));
    expect(names(el)).to.deep.equal(['Français']);
    expect(seen(el)).not.to.contain('false');
  });

  it('renders nothing when no translation can be named', async () => {
    const el = await switcher(doc(tr('false')));
    expect(el.hasAttribute('empty')).to.equal(true);
    expect(el.getBoundingClientRect().height).to.equal(0);
  });

  it('keeps the order of the document', async () => {
    const el = await switcher(doc(tr('ru'), tr('de'), tr('ar'), tr('fr')));
    expect(links(el).map((a) => a.hreflang)).to.deep.equal(['ru', 'de', 'ar', 'fr']);
  });

  it('leaves out a translation whose url is javascript:, data: or vbscript:', async () => {
    const el = await switcher(
      doc(tr('de', 'javascript:alert(1)'), tr('es', 'data:text/html,<b>x</b>'), tr('fr'), tr('ru', 'vbscript:msgbox(1)'), tr('it', ' JaVaScRiPt:alert(1)')),
    );
    expect(names(el)).to.deep.equal(['Français']);
    for (const a of links(el)) expect(a.protocol).to.equal('https:');
  });

  it('resolves a relative url against the document and links it', async () => {
    const el = await switcher(doc(tr('de', '/de/story/')));
    expect(links(el)[0]!.href).to.equal(new URL('/de/story/', document.baseURI).href);
  });

  it('shows a language once: the first translation in it wins', async () => {
    const el = await switcher(doc(tr('fr', 'https://news.example/fr/one/'), tr('de'), tr('fr', 'https://news.example/fr/two/'), tr('FR', 'https://news.example/fr/three/')));
    expect(names(el)).to.deep.equal(['Français', 'Deutsch']);
    expect(links(el)[0]!.href).to.equal('https://news.example/fr/one/');
  });

  it('leaves out a "translation" into the document’s own language', async () => {
    const el = await switcher(doc(tr('en'), tr('de')));
    expect(names(el)).to.deep.equal(['Deutsch']);
  });

  // The page's language stands for a document that names none: a translation into it is the
  // article's own language too (it showed, beside that same language as the current one).
  it('leaves out a translation into the page’s language when the document names none', async () => {
    const el = await switcher(article({ language: undefined, translations: [tr('fr'), tr('de')] }), { showCurrent: true, lang: 'fr' });
    await until(() => !!shadow(el).querySelector('[part=current]') && names(el).length > 0, 2000, 'the French render');
    expect(shadow(el).querySelector('[part=current]')!.textContent).to.equal('Français');
    expect(names(el)).to.deep.equal(['Deutsch']);
  });

  it('joins the languages the way the page’s locale joins a list', async () => {
    const el = await switcher(doc(tr('fr'), tr('de'), tr('es')));
    expect(shadow(el).querySelector('[part=list]')!.textContent).to.equal('Français, Deutsch, and Español');
    el.lang = 'fr';
    await until(() => shadow(el).querySelector('[part=list]')!.textContent === 'Français, Deutsch et Español', 2000, 'French list');
    expect(links(el)).to.have.length(3);
  });

  it('gives each link dir="auto", so a name in another script keeps its own direction', async () => {
    const el = await switcher(doc(tr('ar'), tr('fr')));
    for (const a of links(el)) expect(a.getAttribute('dir')).to.equal('auto');
  });

  it('with show-current, shows the current language first, as text with aria-current="page"', async () => {
    const el = await switcher(doc(tr('fr'), tr('de')), { showCurrent: true });
    const current = shadow(el).querySelector('[part=current]')!;
    expect(current.textContent).to.equal('English');
    expect(current.getAttribute('aria-current')).to.equal('page');
    expect(current.getAttribute('lang')).to.equal('en');
    expect(current.closest('a')).to.equal(null);
    expect(seen(el)).to.equal('This post is also available in: English, Français, and Deutsch');
    expect(names(el)).to.deep.equal(['Français', 'Deutsch']);
    await expect(el).to.be.accessible();
  });

  // Vue and Svelte write a bound `false` as the attribute show-current="false": present, it
  // showed the current language all the same.
  it('reads show-current="false" (a framework’s bound false) as off, and the attribute present with any other value as on', async () => {
    const data = doc(tr('fr'), tr('de'));
    const withValue = async (value: string): Promise<LanguageSwitcher> => {
      const el = await fixture<LanguageSwitcher>(html`<language-switcher lang="en" show-current=${value} .data=${data}></language-switcher>`);
      await el.updateComplete;
      return el;
    };
    const off = await withValue('false');
    expect(shadow(off).querySelector('[part=current]')).to.equal(null);
    expect(seen(off)).to.equal('This post is also available in: Français and Deutsch');
    for (const value of ['', 'true', 'show-current']) {
      const on = await withValue(value);
      expect(shadow(on).querySelector('[part=current]')?.textContent, `show-current="${value}"`).to.equal('English');
    }
    // A bound value that turns false later.
    const on = await withValue('');
    on.setAttribute('show-current', 'false');
    await on.updateComplete;
    expect(seen(on)).to.equal('This post is also available in: Français and Deutsch');
  });

  it('names a current language whose tag has extensions (lang="de-u-co-phonebk") by its language', async () => {
    const el = await switcher(article({ language: undefined, translations: [tr('fr')] }), { showCurrent: true, lang: 'de-u-co-phonebk' });
    expect(shadow(el).querySelector('[part=current]')!.textContent).to.equal('Deutsch');
    const select = await switcher(article({ language: undefined, translations: [tr('fr')] }), { showCurrent: true, lang: 'de-u-co-phonebk', variant: 'select' });
    expect([...shadow(select).querySelectorAll('option')].map((option) => option.textContent!.trim())).to.deep.equal(['Deutsch', 'Français']);
  });

  it('is accessible', async () => {
    const el = await switcher(doc(tr('fr'), tr('de'), tr('ar')));
    await expect(el).to.be.accessible();
  });
});

describe('<language-switcher> with no usable translation', () => {
  for (const [name, data] of [
    ['no translations', doc()],
    ['only unsafe urls', doc(tr('fr', 'javascript:alert(1)'), tr('de', 'data:,x'))],
    ['no translations field', article({ translations: undefined })],
    ['only the document’s own language', doc(tr('en'))],
  ] as const) {
    it(`renders nothing and takes no space, state ready (${name})`, async () => {
      const el = document.createElement('language-switcher');
      el.data = data;
      const loaded = nextEvent(el, 'load');
      const wrapper = await fixture(html`<div><p>before</p></div>`);
      wrapper.append(el);
      await loaded;
      await el.updateComplete;
      expect(el.getAttribute('state')).to.equal('ready');
      expect(el.hasAttribute('empty')).to.equal(true);
      expect(el.getBoundingClientRect().height).to.equal(0);
      expect(getComputedStyle(el).display).to.equal('none');
      expect(seen(el)).to.equal('');
      await expect(wrapper).to.be.accessible();
    });
  }

  it('appears when a new document brings a translation, and vanishes again', async () => {
    const el = await switcher(doc());
    expect(el.getBoundingClientRect().height).to.equal(0);
    el.data = doc(tr('de'));
    await until(() => names(el).length === 1, 2000, 'a link');
    expect(el.hasAttribute('empty')).to.equal(false);
    expect(el.getBoundingClientRect().height).to.be.greaterThan(0);
    el.data = doc();
    await until(() => el.hasAttribute('empty'), 2000, 'empty again');
    expect(el.getBoundingClientRect().height).to.equal(0);
  });
});

describe('<language-switcher> texts', () => {
  const labels: Record<string, string> = {
    en: 'This post is also available in:',
    fr: 'Cet article est aussi disponible en\u00a0:',
    de: 'Dieser Beitrag ist auch verfügbar auf:',
    es: 'Esta entrada también está disponible en:',
    pt: 'Este post também está disponível em:',
    ru: 'Эта статья также доступна на языках:',
    ar: 'هذه المقالة متوفرة أيضًا باللغة:',
  };

  for (const [lang, text] of Object.entries(labels)) {
    it(`shows the ${lang} label: "${text}"`, async () => {
      const el = await switcher(doc(tr('ja')), { lang });
      expect(label(el)).to.equal(text);
      expect(seen(el).startsWith(`${text} `)).to.equal(true);
      const select = await switcher(doc(tr('ja')), { lang, variant: 'select' });
      expect(label(select)).to.equal(text);
    });
  }

  it('in French, puts a no-break space before the colon', async () => {
    const el = await switcher(doc(tr('de')), { lang: 'fr' });
    expect(label(el)).to.equal('Cet article est aussi disponible en\u00a0:');
    expect(label(el)).not.to.contain(' :');
  });

  it('follows the page language when it has no lang of its own', async () => {
    const root = await fixture(html`<div lang="de"><language-switcher .data=${doc(tr('fr'))}></language-switcher></div>`);
    const el = root.querySelector('language-switcher')!;
    await el.updateComplete;
    expect(label(el)).to.equal('Dieser Beitrag ist auch verfügbar auf:');
  });
});

describe('<language-switcher> right to left', () => {
  it('under dir="rtl", the label comes first on the right and the links follow to its left', async () => {
    const root = await fixture(html`<div dir="rtl" lang="ar" style="inline-size: 40rem">
      <language-switcher .data=${doc(tr('fr'), tr('de'))}></language-switcher>
    </div>`);
    const el = root.querySelector('language-switcher')!;
    await el.updateComplete;
    const box = el.getBoundingClientRect();
    const labelBox = shadow(el).querySelector('[part=label]')!.getBoundingClientRect();
    const [fr, de] = links(el).map((a) => a.getBoundingClientRect());
    expect(getComputedStyle(shadow(el).querySelector('.line')!).direction).to.equal('rtl');
    expect(Math.abs(box.right - labelBox.right)).to.be.lessThan(1);
    expect(fr!.right).to.be.at.most(labelBox.left);
    expect(de!.right).to.be.at.most(fr!.left);
    expect(label(el)).to.equal('هذه المقالة متوفرة أيضًا باللغة:');
    await expect(root).to.be.accessible();
  });

  it('under dir="rtl", the select follows the label to its left', async () => {
    const root = await fixture(html`<div dir="rtl" lang="ar">
      <language-switcher variant="select" .data=${doc(tr('fr'))}></language-switcher>
    </div>`);
    const el = root.querySelector('language-switcher')!;
    await el.updateComplete;
    const labelBox = shadow(el).querySelector('label')!.getBoundingClientRect();
    const selectBox = shadow(el).querySelector('select')!.getBoundingClientRect();
    expect(selectBox.right).to.be.at.most(labelBox.left);
  });
});

describe('<language-switcher> loading and errors', () => {
  afterEach(() => clearLoaderCache());

  for (const variant of ['links', 'select']) {
    it(`(${variant}) reserves the height of the final line while loading, so nothing moves`, async () => {
      const el = document.createElement('language-switcher');
      el.variant = variant as LanguageSwitcher['variant'];
      el.lang = 'en';
      el.src = docUrl(uniqueKey('switcher-loading'), { delay: 300 });
      const loaded = nextEvent(el, 'load');
      const wrapper = await fixture(html`<div style="inline-size: 40rem"></div>`);
      wrapper.append(el);
      await until(() => el.state === 'loading', 2000, 'loading');
      await el.updateComplete;
      const loadingHeight = el.getBoundingClientRect().height;
      expect(loadingHeight).to.be.greaterThan(0);
      expect(seen(el)).to.contain('Loading…');
      await expect(el).to.be.accessible();
      await loaded;
      await el.updateComplete;
      expect(el.getBoundingClientRect().height).to.equal(loadingHeight);
      expect(seen(el)).not.to.contain('Loading…');
    });
  }

  it('renders nothing and takes no space (0×0) when the document fails', async () => {
    const el = document.createElement('language-switcher');
    el.lang = 'en';
    el.src = docUrl(uniqueKey('switcher-error'), { status: 404 });
    const failed = nextEvent<CustomEvent>(el, 'error');
    await fixture(html`<div></div>`).then((wrapper) => wrapper.append(el));
    const event = await failed;
    await el.updateComplete;
    expect(event.detail.reason).to.equal('http');
    expect(el.getAttribute('state')).to.equal('error');
    expect(seen(el)).to.equal('');
    expect(links(el)).to.have.length(0);
    const { width, height } = el.getBoundingClientRect();
    expect([width, height]).to.deep.equal([0, 0]);
  });
});
