import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml, LitElement } from 'lit';
import { LocaleController, inheritedLang } from '../../src/core/locale-controller.js';
import { hasCatalogue, isRightToLeft, messagesFor, setMessages } from '../../src/i18n/catalogue.js';
import { en } from '../../src/i18n/en.js';
import { fr } from '../../src/i18n/fr.js';
import { ProbeWidget } from '../support/probe-widget.js';
import { article } from '../support/fixtures.js';
import { until } from '../support/wait.js';

/** A probe that shows one text of its catalogue, so tests see what a reader sees. */
class TextProbe extends ProbeWidget {
  override render() {
    return litHtml`<p part="text">${this.i18n.messages.relatedHeading}</p><p part="locale">${this.locale}</p>`;
  }
}
customElements.define('text-probe', TextProbe);

const shown = (el: Element): { text: string; locale: string } => ({
  text: el.shadowRoot!.querySelector('[part=text]')!.textContent!,
  locale: el.shadowRoot!.querySelector('[part=locale]')!.textContent!,
});

describe('locales', () => {
  const root = document.documentElement;
  const pageLang = root.getAttribute('lang');
  afterEach(() => {
    if (pageLang === null) root.removeAttribute('lang');
    else root.setAttribute('lang', pageLang);
  });

  describe('which locale an element has', () => {
    it('takes its own lang first', async () => {
      const el = await fixture(html`<div lang="de"><text-probe lang="fr" .data=${article()}></text-probe></div>`);
      // A render that shows a document may wait for the Intl warm-up (src/core/intl-warmup.ts).
      await el.querySelector<ProbeWidget>('text-probe')!.updateComplete;
      expect(shown(el.querySelector('text-probe')!)).to.deep.equal({ text: 'Articles similaires', locale: 'fr' });
    });

    it('then the nearest ancestor lang', async () => {
      const el = await fixture(html`<div lang="ru"><div lang="es"><section><text-probe></text-probe></section></div></div>`);
      expect(shown(el.querySelector('text-probe')!)).to.deep.equal({ text: 'Artículos relacionados', locale: 'es' });
    });

    it('then the page’s <html lang>, before the article’s language', async () => {
      root.setAttribute('lang', 'de');
      const el = await fixture<TextProbe>(html`<text-probe .data=${article({ language: 'fr' })}></text-probe>`);
      expect(shown(el)).to.deep.equal({ text: 'Ähnliche Artikel', locale: 'de' });
    });

    it('then the article’s language', async () => {
      root.removeAttribute('lang');
      const el = await fixture<TextProbe>(html`<text-probe .data=${article({ language: 'pt-br' })}></text-probe>`);
      expect(shown(el)).to.deep.equal({ text: 'Artigos relacionados', locale: 'pt-BR' });
    });

    it('else English', async () => {
      root.removeAttribute('lang');
      const el = await fixture<TextProbe>(html`<text-probe .data=${article({ language: undefined })}></text-probe>`);
      expect(shown(el)).to.deep.equal({ text: 'Related Stories', locale: 'en' });
    });

    it('crosses shadow roots to find the host’s lang', async () => {
      const host = await fixture(html`<div lang="fr"></div>`);
      const shadow = host.attachShadow({ mode: 'open' });
      const el = document.createElement('text-probe') as HTMLElement & { updateComplete: Promise<boolean> };
      shadow.append(el);
      await el.updateComplete;
      expect(inheritedLang(el)).to.equal('fr');
      expect(shown(el).text).to.equal('Articles similaires');
    });
  });

  describe('fallback', () => {
    const cases: [string, string, string][] = [
      ['fr-CA', 'Articles similaires', 'fr-CA'],
      ['pt-BR', 'Artigos relacionados', 'pt-BR'],
      ['PT-br', 'Artigos relacionados', 'pt-BR'],
      // WordPress's locale setting, as some themes print it in <html lang>.
      ['fr_FR', 'Articles similaires', 'fr-FR'],
      ['zh_Hant_TW', 'Related Stories', 'en'],
      ['en-GB', 'Related Stories', 'en-GB'],
      ['ar-EG', 'مقالات ذات صلة', 'ar-EG'],
      ['xx', 'Related Stories', 'en'],
      ['nl', 'Related Stories', 'en'],
      ['not a tag!', 'Related Stories', 'en'],
    ];
    for (const [lang, text, locale] of cases) {
      it(`lang="${lang}" shows "${text}" with the locale ${locale}`, async () => {
        const el = await fixture<TextProbe>(html`<text-probe lang=${lang}></text-probe>`);
        expect(shown(el)).to.deep.equal({ text, locale });
      });
    }

    it('falls back by base language, then to English, key by key', () => {
      expect(messagesFor('fr-CA')).to.deep.equal(fr);
      expect(messagesFor('zz-Latn-ZZ')).to.deep.equal(en);
      expect(hasCatalogue('de-AT')).to.equal(true);
      expect(hasCatalogue('nl')).to.equal(false);
    });

    it('knows which languages are written right to left', () => {
      expect(isRightToLeft('ar')).to.equal(true);
      expect(isRightToLeft('ar-EG')).to.equal(true);
      expect(isRightToLeft('he')).to.equal(true);
      expect(isRightToLeft('fr')).to.equal(false);
    });
  });

  describe('changes', () => {
    it('re-renders when the element’s lang changes', async () => {
      const el = await fixture<TextProbe>(html`<text-probe lang="fr"></text-probe>`);
      el.setAttribute('lang', 'ru');
      await until(() => shown(el).text === 'Похожие статьи');
    });

    it('re-renders when an ancestor’s lang changes', async () => {
      const wrap = await fixture(html`<div lang="fr"><p><text-probe></text-probe></p></div>`);
      const el = wrap.querySelector('text-probe')!;
      expect(shown(el).text).to.equal('Articles similaires');
      wrap.setAttribute('lang', 'es');
      await until(() => shown(el).text === 'Artículos relacionados');
    });

    it('re-renders when its lang or an ancestor’s changes inside shadow roots (a component’s)', async () => {
      const host = await fixture(html`<div></div>`);
      const outer = host.attachShadow({ mode: 'open' });
      outer.innerHTML = '<section lang="fr"><div></div></section>';
      const inner = outer.querySelector('div')!.attachShadow({ mode: 'open' });
      inner.innerHTML = '<p><text-probe></text-probe></p>';
      const el = inner.querySelector('text-probe') as TextProbe;
      await el.updateComplete;
      expect(shown(el).text).to.equal('Articles similaires');
      outer.querySelector('section')!.setAttribute('lang', 'es');
      await until(() => shown(el).text === 'Artículos relacionados', 2000, 'the ancestor’s lang in the outer shadow root');
      el.setAttribute('lang', 'ru');
      await until(() => shown(el).text === 'Похожие статьи', 2000, 'its own lang in the inner shadow root');
    });

    it('re-renders when <html lang> changes', async () => {
      root.setAttribute('lang', 'de');
      const el = await fixture<TextProbe>(html`<text-probe></text-probe>`);
      expect(shown(el).locale).to.equal('de');
      root.setAttribute('lang', 'fr');
      await until(() => shown(el).locale === 'fr');
    });

    it('stops watching lang once disconnected (and does not break)', async () => {
      const el = await fixture<TextProbe>(html`<text-probe lang="fr"></text-probe>`);
      el.remove();
      el.setAttribute('lang', 'de');
      document.body.append(el);
      await until(() => shown(el).text === 'Ähnliche Artikel');
      el.remove();
    });
  });

  describe('setMessages', () => {
    afterEach(() => setMessages('fr', { relatedHeading: fr.relatedHeading }));

    it('overrides a text and re-renders the widgets of that locale', async () => {
      const wrap = await fixture(html`<div><text-probe lang="fr"></text-probe><text-probe lang="fr-CA"></text-probe><text-probe lang="en"></text-probe></div>`);
      const [fr1, frCa, en1] = [...wrap.querySelectorAll('text-probe')];
      setMessages('fr', { relatedHeading: 'À lire aussi' });
      await until(() => shown(fr1!).text === 'À lire aussi');
      await until(() => shown(frCa!).text === 'À lire aussi');
      expect(shown(en1!).text).to.equal('Related Stories');
    });

    it('overrides a regional variant only', () => {
      setMessages('fr-CA', { relatedHeading: 'Articles connexes' });
      expect(messagesFor('fr-CA').relatedHeading).to.equal('Articles connexes');
      expect(messagesFor('fr').relatedHeading).to.equal('Articles similaires');
    });

    it('adds a whole new locale, which then counts as known', async () => {
      setMessages('nl', { relatedHeading: 'Gerelateerde verhalen' });
      expect(hasCatalogue('nl-BE')).to.equal(true);
      const el = await fixture<TextProbe>(html`<text-probe lang="nl-BE"></text-probe>`);
      expect(shown(el)).to.deep.equal({ text: 'Gerelateerde verhalen', locale: 'nl-BE' });
      expect(messagesFor('nl').likeButton).to.equal('Like');
    });

    it('reads a locale written with underscores, as WordPress writes it (nl_NL), as lang is read', async () => {
      setMessages('pl_PL', { relatedHeading: 'Powiązane artykuły' });
      expect(hasCatalogue('pl-PL')).to.equal(true);
      const el = await fixture<TextProbe>(html`<text-probe lang="pl_PL"></text-probe>`);
      expect(shown(el)).to.deep.equal({ text: 'Powiązane artykuły', locale: 'pl-PL' });
    });

    it('ignores unknown keys, wrong types and __proto__', () => {
      const hostile = JSON.parse(
        '{"__proto__":{"relatedHeading":"polluted"},"nope":"x","likeButton":42,"likeCount":"n people","likeYou":"Vous l’aimez.","likeYouAndOthers":{"one":"un","other":"autres","bogus":"z","few":7}}',
      ) as Parameters<typeof setMessages>[1];
      setMessages('fr', hostile);
      const messages = messagesFor('fr');
      expect(messages.relatedHeading).to.equal('Articles similaires');
      expect(messages.likeButton).to.equal('J’aime');
      expect(messages.likeCount).to.deep.equal(fr.likeCount);
      expect(messages.likeYou).to.equal('Vous l’aimez.');
      expect(messages.likeYouAndOthers).to.deep.equal({ one: 'un', other: 'autres' });
      expect(({} as Record<string, unknown>).relatedHeading).to.equal(undefined);
      setMessages('fr', { likeYou: fr.likeYou, likeYouAndOthers: fr.likeYouAndOthers });
    });

    it('ignores calls without a locale or without texts', () => {
      const before = messagesFor('en');
      setMessages('', { relatedHeading: 'x' });
      setMessages('en', null as unknown as Parameters<typeof setMessages>[1]);
      expect(messagesFor('en')).to.deep.equal(before);
    });
  });

  it('works as a controller of any Lit element', async () => {
    class Plain extends LitElement {
      readonly i18n = new LocaleController(this);
      override render() {
        return litHtml`${this.i18n.messages.byAuthor} ${this.i18n.locale}`;
      }
    }
    customElements.define('plain-locale-probe', Plain);
    const el = await fixture<Plain>(html`<plain-locale-probe lang="ar"></plain-locale-probe>`);
    expect(el.shadowRoot!.textContent).to.equal('بقلم {name} ar');
  });
});
