// Its own file, so its own page: a foreign <like-button> must exist before the library loads.
import { expect } from '@open-wc/testing';

class ForeignLikeButton extends HTMLElement {}
customElements.define('like-button', ForeignLikeButton);

describe('registration next to a foreign <like-button>', () => {
  it('leaves the foreign element alone with exactly one console.warn naming the tag, and defines the rest', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    let library: typeof import('../../src/index.js');
    try {
      library = await import('../../src/index.js');
    } finally {
      console.warn = original;
    }
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('<like-button>');
    expect(customElements.get('like-button')).to.equal(ForeignLikeButton);
    expect(customElements.get('related-stories')).to.equal(library.RelatedStories);
    expect(customElements.get('language-switcher')).to.equal(library.LanguageSwitcher);
  });
});
