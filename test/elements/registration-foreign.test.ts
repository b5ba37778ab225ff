// Its own file, so its own page: a foreign <like-button> must exist before the library loads.
import { expect } from '@open-wc/testing';
import { warningsDuring } from '../support/console-warnings.js';

class ForeignLikeButton extends HTMLElement {}
customElements.define('like-button', ForeignLikeButton);

describe('registration next to a foreign <like-button>', () => {
  it('leaves the foreign element alone with exactly one console.warn naming the tag, and defines the rest', async () => {
    let library!: typeof import('../../src/index.js');
    const warnings = await warningsDuring(async () => (library = await import('../../src/index.js')));
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('<like-button>');
    expect(customElements.get('like-button')).to.equal(ForeignLikeButton);
    expect(customElements.get('related-stories')).to.equal(library.RelatedStories);
    expect(customElements.get('language-switcher')).to.equal(library.LanguageSwitcher);
  });
});
