// The npm output (dist/*.js, bare `lit` imports resolved like a bundler would) in a browser.
import { expect } from '@open-wc/testing';
import { TAGS } from './pages.js';

const load = (url: string): Promise<Record<string, unknown>> => import(/* @vite-ignore */ url) as Promise<Record<string, unknown>>;
const defined = (): string[] => TAGS.filter((tag) => customElements.get(tag));

describe('npm entry points (dist/)', () => {
  it('story-widgets/elements exports the classes and defines nothing', async () => {
    const mod = await load('/dist/elements/index.js');
    for (const name of ['ArticleContext', 'ArticleCard', 'LikeButton', 'LanguageSwitcher', 'RelatedStories', 'defineWidgets', 'setMessages']) {
      expect(mod[name], name).to.be.a('function');
    }
    expect(defined()).to.deep.equal([]);
  });

  it('story-widgets/like-button defines <like-button> only', async () => {
    const mod = await load('/dist/elements/like-button/define.js');
    expect(defined()).to.deep.equal(['like-button']);
    expect(customElements.get('like-button')).to.equal(mod.LikeButton);
  });

  it('story-widgets defines all six', async () => {
    await load('/dist/index.js');
    expect(defined()).to.deep.equal([...TAGS]);
  });
});
