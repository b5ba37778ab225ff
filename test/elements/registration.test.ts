import { expect, fixture, html } from '@open-wc/testing';
import { WIDGET_MARK, defineElement } from '../../src/core/registry.js';
import { type PrefixedTags, WIDGETS, type WidgetTag, defineWidgets } from '../../src/define-widgets.js';
import type { ArticleCard, LikeButton } from '../../src/elements/index.js';
import * as library from '../../src/index.js';
import { warningsDuring } from '../support/console-warnings.js';
import { article } from '../support/fixtures.js';
import { until } from '../support/wait.js';

/** What a reader sees of each widget given the seed article (article-context shows nothing). */
const SEEN: Record<WidgetTag, string> = {
  'article-context': '',
  'article-card': 'Chechnya’s Anti-LGBTQ Purge Has Restarted',
  'like-button': 'Be first to like this.',
  'language-switcher': 'Français',
  'related-stories': 'Related Stories',
  'video-embed': 'Play video: The Russian LGBT Network on the new arrests',
};

const seen = (el: Element): string => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** An `<${prefix}article-context>` with the seed article around one of each other widget. */
async function pageOf(prefix: string): Promise<HTMLElement[]> {
  const context = await fixture<HTMLElement>(html`<div></div>`);
  const host = document.createElement(`${prefix}article-context`) as HTMLElement & { data?: unknown };
  host.data = article();
  const children = Object.keys(WIDGETS)
    .filter((tag) => tag !== 'article-context')
    .map((tag) => host.appendChild(document.createElement(`${prefix}${tag}`)));
  context.append(host);
  const all = [host, ...children];
  await until(() => all.every((el) => el.getAttribute('state') === 'ready'), 5000, 'every widget ready');
  return all;
}

// What a site with `defineWidgets({ prefix: 'sw-' })` declares once (README, prefix): the lines
// typed below are checked by `npm run lint` (tsc), which fails if a prefixed tag is not its class.
declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- an augmentation, by extension only
  interface HTMLElementTagNameMap extends PrefixedTags<'sw-'> {}
}

describe('registration', () => {
  it('importing story-widgets defines every tag with its class', () => {
    for (const [tag, widget] of Object.entries(WIDGETS)) expect(customElements.get(tag), tag).to.equal(widget);
    expect(Object.keys(SEEN)).to.have.members(Object.keys(WIDGETS));
    expect(library.defineWidgets).to.equal(defineWidgets);
    expect(library.setMessages).to.be.a('function');
  });

  it('defineWidgets({ prefix: "sw-" }) defines sw-<tag> as a fresh subclass of each class', async () => {
    const warnings = await warningsDuring(() => defineWidgets({ prefix: 'sw-' }));
    expect(warnings).to.deep.equal([]);
    for (const [tag, widget] of Object.entries(WIDGETS)) {
      const prefixed = customElements.get(`sw-${tag}`);
      expect(prefixed, `sw-${tag}`).to.be.a('function');
      expect(prefixed).not.to.equal(widget);
      expect(prefixed!.prototype).to.be.instanceOf(widget);
    }
  });

  it('PrefixedTags types each sw- tag as its element, in HTMLElementTagNameMap', () => {
    defineWidgets({ prefix: 'sw-' });
    const button: LikeButton = document.createElement('sw-like-button');
    const card: ArticleCard | null = document.querySelector('sw-article-card');
    // @ts-expect-error: a card is no like button
    const wrong: LikeButton = document.createElement('sw-article-card');
    expect(button).to.be.instanceOf(WIDGETS['like-button']);
    expect(wrong).to.be.instanceOf(WIDGETS['article-card']);
    expect(card).to.equal(null);
  });

  it('the sw- widgets render the shared document like the plain ones', async () => {
    defineWidgets({ prefix: 'sw-' });
    const prefixed = await pageOf('sw-');
    const plain = await pageOf('');
    for (const [index, el] of prefixed.entries()) {
      const tag = el.localName.slice('sw-'.length) as WidgetTag;
      expect(seen(el), el.localName).to.include(SEEN[tag]);
      expect(seen(el), el.localName).to.equal(seen(plain[index]!));
    }
    await expect(prefixed[0]!.parentElement).to.be.accessible();
  });

  it('is silent when the library is included twice (same classes, or another copy of the library)', async () => {
    // Another copy of the library has its own classes, carrying the same mark.
    class OtherCopy extends HTMLElement {
      static readonly [WIDGET_MARK] = 'story-widgets';
    }
    const warnings = await warningsDuring(async () => {
      await import('../../src/index.js');
      defineWidgets();
      defineWidgets({ prefix: 'sw-' });
      for (const tag of Object.keys(WIDGETS)) defineElement(tag, class extends OtherCopy {});
      // …and the other copy may have come first.
      defineElement('copy2-like-button', OtherCopy);
      defineWidgets({ prefix: 'copy2-' });
    });
    expect(warnings).to.deep.equal([]);
    for (const [tag, widget] of Object.entries(WIDGETS)) expect(customElements.get(tag)).to.equal(widget);
    expect(customElements.get('copy2-like-button')).to.equal(OtherCopy);
    expect(customElements.get('copy2-related-stories')!.prototype).to.be.instanceOf(WIDGETS['related-stories']);
  });

  it('never throws on a prefix that makes invalid names: one warning per tag instead', async () => {
    // A throw would reject here and fail the test.
    const warnings = await warningsDuring(() => defineWidgets({ prefix: '1 bad ' }));
    expect(warnings).to.have.length(Object.keys(WIDGETS).length);
    expect(warnings[0]).to.include('<1 bad article-context>');
    expect(customElements.get('1 bad article-context')).to.equal(undefined);
  });

  it('never throws on options that are null (a page script passing what it has): the plain tags, skipped silently', async () => {
    const warnings = await warningsDuring(() => {
      defineWidgets(null);
      defineWidgets(undefined);
      defineWidgets({});
    });
    expect(warnings).to.deep.equal([]);
    expect(customElements.get('article-card')).to.equal(WIDGETS['article-card']);
  });
});
