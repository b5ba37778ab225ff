import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LanguageSwitcher } from '../../src/elements/language-switcher/define.js';
import { type Json, article, hits, uniqueKey } from '../support/fixtures.js';
import { type ServerRender, removeServerRendered, upgradedWhileHeld } from '../support/server-rendered.js';
import { sleep, until } from '../support/wait.js';

const tr = (language: string, url = `https://news.example/${language.toLowerCase()}/story/`): Json => ({ language, url });
const doc = (...translations: Json[]): Json => article({ language: 'en', translations });

const select = (el: LanguageSwitcher): HTMLSelectElement => el.shadowRoot!.querySelector('select')!;
const options = (el: LanguageSwitcher): HTMLOptionElement[] => [...select(el).options];

/** Replaces the element's navigation with a recorder: the page under test stays put. */
function recordNavigation(el: LanguageSwitcher): string[] {
  const visited: string[] = [];
  (el as unknown as { navigate(url: string): void }).navigate = (url) => visited.push(url);
  return visited;
}

async function selectSwitcher(data: Json, lang = 'en'): Promise<LanguageSwitcher> {
  const el = await fixture<LanguageSwitcher>(html`<language-switcher variant="select" lang=${lang} .data=${data}></language-switcher>`);
  await el.updateComplete;
  return el;
}

const option = (language: string, name: string) => `<option value="https://news.example/${language}/story/" lang="${language}">${name}</option>`;

/** A select switcher as the server writes it: English current, then French and German. */
const selectRender: ServerRender = {
  attributes: 'variant="select" lang="en"',
  shadow: `<p class="line ready"><label part="label" for="languages">This post is also available in:</label><select part="select" id="languages"><option value="" aria-current="page" lang="en">English</option>${option('fr', 'Français')}${option('de', 'Deutsch')}</select></p>`,
  document: doc(tr('fr'), tr('de')),
};

/**
 * A server-rendered select switcher of a new tag, upgraded while the ICU warm-up holds its
 * takeover (`release` ends it), its navigation recorded (`visited`), and the server's select.
 */
function heldSwitcher(tag: string) {
  const { el, release } = upgradedWhileHeld(LanguageSwitcher, tag, selectRender);
  return { el, release, visited: recordNavigation(el), serverSelect: select(el) };
}

describe('<language-switcher variant="select">', () => {
  afterEach(removeServerRendered);

  it('lists the current language first and selected, then the translations in order', async () => {
    const el = await selectSwitcher(doc(tr('fr'), tr('de'), tr('fr', 'https://news.example/fr/again/'), tr('es', 'javascript:alert(1)'), tr('ja')));
    expect(options(el).map((o) => o.textContent)).to.deep.equal(['English', 'Français', 'Deutsch', '日本語']);
    expect(options(el).map((o) => o.lang)).to.deep.equal(['en', 'fr', 'de', 'ja']);
    // Each name in its own language and direction (an Arabic name in an English list).
    expect(options(el).map((o) => o.dir)).to.deep.equal(['auto', 'auto', 'auto', 'auto']);
    expect(options(el).map((o) => o.value)).to.deep.equal(['', 'https://news.example/fr/story/', 'https://news.example/de/story/', 'https://news.example/ja/story/']);
    expect(select(el).selectedIndex).to.equal(0);
    expect(options(el)[0]!.getAttribute('aria-current')).to.equal('page');
    expect(select(el).getAttribute('part')).to.equal('select');
  });

  it('names the current language after the document, not the page', async () => {
    const el = await selectSwitcher(article({ language: 'de', translations: [tr('en')] }), 'en');
    expect(options(el).map((o) => o.textContent)).to.deep.equal(['Deutsch', 'English']);
  });

  it('without a document language, takes the element’s locale as the current one', async () => {
    const el = await selectSwitcher(article({ language: undefined, translations: [tr('de')] }), 'fr');
    expect(options(el).map((o) => o.textContent)).to.deep.equal(['Français', 'Deutsch']);
  });

  it('is labelled by the label text, and accessible', async () => {
    const el = await selectSwitcher(doc(tr('fr'), tr('de')));
    const labels = [...(select(el).labels ?? [])];
    expect(labels.map((l) => l.textContent)).to.deep.equal(['This post is also available in:']);
    expect(labels[0]!.getAttribute('part')).to.equal('label');
    await expect(el).to.be.accessible();
  });

  it('in French, is labelled "Cet article est aussi disponible en :" with a no-break space', async () => {
    const el = await selectSwitcher(doc(tr('de')), 'fr');
    expect(select(el).labels![0]!.textContent).to.equal('Cet article est aussi disponible en\u00a0:');
  });

  it('goes to the chosen translation on change (a pointer or touch choice)', async () => {
    const el = await selectSwitcher(doc(tr('fr'), tr('de')));
    const visited = recordNavigation(el);
    select(el).value = 'https://news.example/de/story/';
    select(el).dispatchEvent(new Event('change', { bubbles: true }));
    expect(visited).to.deep.equal(['https://news.example/de/story/']);
    // Back on the page later, it shows the current language again.
    expect(select(el).selectedIndex).to.equal(0);
  });

  it('works with the keyboard alone: Tab to it, arrows browse without leaving, Enter goes', async () => {
    const root = await fixture(html`<div>
      <button>before</button>
      <language-switcher variant="select" lang="en" .data=${doc(tr('fr'), tr('de'))}></language-switcher>
    </div>`);
    const el = root.querySelector('language-switcher')!;
    await el.updateComplete;
    const visited = recordNavigation(el);
    root.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(select(el));
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect(select(el).value).to.equal('https://news.example/de/story/');
    expect(visited, 'arrows only browse').to.deep.equal([]);
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'Enter' });
    expect(visited).to.deep.equal(['https://news.example/fr/story/']);
  });

  it('Enter on the current language goes nowhere; leaving the select puts the current language back', async () => {
    const root = await fixture(html`<div>
      <language-switcher variant="select" lang="en" .data=${doc(tr('fr'), tr('de'))}></language-switcher>
      <button>after</button>
    </div>`);
    const el = root.querySelector('language-switcher')!;
    await el.updateComplete;
    const visited = recordNavigation(el);
    select(el).focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Escape' });
    expect(visited).to.deep.equal([]);
    await sendKeys({ press: 'ArrowDown' });
    expect(select(el).selectedIndex).to.equal(1);
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(root.querySelector('button'));
    expect(select(el).selectedIndex).to.equal(0);
    expect(visited).to.deep.equal([]);
  });

  it('really changes the location of its page (in a frame)', async () => {
    const key = uniqueKey('switcher-navigate');
    const target = new URL(`/test-api/doc?key=${key}`, location.href).href;
    const frame = document.createElement('iframe');
    const data = JSON.stringify({ title: 'Frame', language: 'en', translations: [{ language: 'fr', url: target }] });
    frame.srcdoc = `<!doctype html><html lang="en"><body>
      <language-switcher variant="select"><script type="application/json">${data}</script></language-switcher>
      <script type="module">import '/src/elements/language-switcher/define.ts';</script>
    </body></html>`;
    document.body.append(frame);
    try {
      const frameWindow = (): Window => frame.contentWindow!;
      const frameSelect = (): HTMLSelectElement | null | undefined =>
        frameWindow().document.querySelector('language-switcher')?.shadowRoot?.querySelector('select:not([disabled])');
      await until(() => Boolean(frameSelect()), 5000, 'the select in the frame');
      frame.focus();
      frameSelect()!.focus();
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Enter' });
      await until(() => {
        try {
          return frameWindow().location.href === target;
        } catch {
          return false;
        }
      }, 5000, 'the frame at the translation');
      expect(frameWindow().location.href).to.equal(target);
      expect((await hits(key)).map((h) => h.method)).to.deep.equal(['GET']);
    } finally {
      frame.remove();
    }
  });

  it('server-rendered, goes to a choice made on the server’s select before its takeover', async () => {
    const { el, release, visited, serverSelect } = heldSwitcher('early-choice-switcher');
    try {
      await sleep(50);
      expect(el.hasUpdated, 'not taken over yet').to.equal(false);
      serverSelect.value = 'https://news.example/de/story/';
      serverSelect.dispatchEvent(new Event('change', { bubbles: true }));
      expect(visited).to.deep.equal(['https://news.example/de/story/']);
      expect(serverSelect.selectedIndex, 'the current language again').to.equal(0);
    } finally {
      release();
    }
    await until(() => el.hasUpdated, 5000, 'the takeover');
    expect(select(el), 'the script’s own select').not.to.equal(serverSelect);
    expect(options(el).map((o) => o.textContent)).to.deep.equal(['English', 'Français', 'Deutsch']);
    expect(visited, 'nothing more').to.deep.equal(['https://news.example/de/story/']);
  });

  it('server-rendered, works with the keyboard before its takeover and keeps the focus through it', async () => {
    const { el, release, visited, serverSelect } = heldSwitcher('early-keys-switcher');
    try {
      await sleep(50);
      expect(el.hasUpdated, 'not taken over yet').to.equal(false);
      serverSelect.focus();
      await sendKeys({ press: 'ArrowDown' });
      expect(serverSelect.value).to.equal('https://news.example/fr/story/');
      expect(visited, 'arrows only browse').to.deep.equal([]);
      await sendKeys({ press: 'Enter' });
      expect(visited).to.deep.equal(['https://news.example/fr/story/']);
    } finally {
      release();
    }
    await until(() => el.hasUpdated, 5000, 'the takeover');
    expect(select(el), 'the script’s own select').not.to.equal(serverSelect);
    expect(el.shadowRoot!.activeElement, 'the new select has the focus').to.equal(select(el));
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    expect(visited).to.deep.equal(['https://news.example/fr/story/', 'https://news.example/de/story/']);
  });
});
