// The switcher's placeholder names no language: the first Intl.DisplayNames of a page loads
// ICU's data on the main thread (80–220 ms at 4× CPU), which the ICU warm-up's worker does
// instead, before any widget shows a document. Its own file: language names are cached per
// page, and another test's switcher would have named the language already.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/language-switcher/define.js';
import type { LanguageSwitcher } from '../../src/elements/language-switcher/language-switcher.js';
import { article, docUrl, uniqueKey } from '../support/fixtures.js';

describe('<language-switcher> placeholder', () => {
  it('names no language until it has a document, then names them', async () => {
    const made: string[] = [];
    const intl = Intl as { DisplayNames: typeof Intl.DisplayNames };
    const original = intl.DisplayNames;
    intl.DisplayNames = new Proxy(original, {
      construct(target, args: ConstructorParameters<typeof Intl.DisplayNames>) {
        made.push(String(args[0]));
        return new target(...args);
      },
    });
    try {
      // Its document on its way (the test API answers in 5 s): its placeholder, in a language no
      // other test names.
      const el = await fixture<LanguageSwitcher>(html`<language-switcher lang="fi" src=${docUrl(uniqueKey('placeholder'), { delay: 5000 })}></language-switcher>`);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('p'), 'the placeholder line').to.exist;
      expect(made, 'Intl.DisplayNames made for the placeholder').to.deep.equal([]);
      el.data = article({ language: undefined, translations: [{ language: 'sv', url: 'https://news.example/sv/' }] });
      await el.updateComplete;
      expect(el.getAttribute('state')).to.equal('ready');
      expect(el.shadowRoot!.querySelector('a')!.textContent).to.equal('Svenska');
      expect(made, 'Intl.DisplayNames made once the document is there').to.include('fi');
    } finally {
      intl.DisplayNames = original;
    }
  });
});
