// Hostile HTML in every text field of every format: it becomes text, nothing of it runs or loads.
import { expect, fixture, html } from '@open-wc/testing';
import { readXml } from '../../src/core/xml-document.js';
import '../../src/elements/article-card/define.js';
import '../../src/elements/related-stories/define.js';
import type { ArticleCard } from '../../src/elements/article-card/article-card.js';
import type { RelatedStories } from '../../src/elements/related-stories/related-stories.js';
import { sleep, until } from '../support/wait.js';

const HOSTILE = '<img src="x:" onerror="window.hit=1"><script>window.hit=2</script><iframe src="javascript:window.hit=3"></iframe>Safe &lt;b&gt;';
const SHOWN = 'Safe <b>';
const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const x = escapeXml(HOSTILE);

const formats: [name: string, single: unknown, list: unknown][] = [
  [
    'WordPress',
    {
      link: 'https://news.example/a/',
      title: { rendered: HOSTILE },
      excerpt: { rendered: HOSTILE },
      _embedded: { author: [{ name: HOSTILE }], 'wp:featuredmedia': [{ source_url: 'https://news.example/a.jpg', alt_text: HOSTILE }] },
    },
    [{ link: 'https://news.example/a/', title: { rendered: HOSTILE }, excerpt: { rendered: HOSTILE } }],
  ],
  [
    'JSON-LD',
    { '@context': 'https://schema.org', '@type': 'NewsArticle', url: 'https://news.example/a/', headline: HOSTILE, description: HOSTILE, author: { name: HOSTILE }, image: { url: 'https://news.example/a.jpg', creditText: HOSTILE } },
    { '@context': 'https://schema.org', '@type': 'ItemList', itemListElement: [{ '@type': 'ListItem', url: 'https://news.example/a/', name: HOSTILE }] },
  ],
  [
    'RSS',
    undefined,
    readXml(`<rss version="2.0"><channel><title>${x}</title><item><title>${x}</title><link>https://news.example/a/</link><description>${x}</description></item></channel></rss>`),
  ],
  [
    'Atom',
    undefined,
    readXml(`<feed xmlns="http://www.w3.org/2005/Atom"><entry><title type="html">${x}</title><link href="https://news.example/a/"/><summary type="html">${x}</summary></entry></feed>`),
  ],
  ['JSON Feed', undefined, { version: 'https://jsonfeed.org/version/1.1', items: [{ url: 'https://news.example/a/', content_html: HOSTILE }] }],
];

/** Every element in a widget's shadow root that hostile markup could have made. */
const foreign = (root: ShadowRoot): Element[] => [...root.querySelectorAll('script, iframe, b, img:not([part=image])')];

describe('hostile HTML in every text field', () => {
  beforeEach(() => ((window as unknown as { hit: number }).hit = 0));

  for (const [name, single, list] of formats) {
    if (single) {
      it(`${name}: <article-card> shows the text of every field, and nothing of it runs`, async () => {
        const el = await fixture<ArticleCard>(html`<article-card lang="en" .data=${single}></article-card>`);
        await until(() => el.state === 'ready');
        await el.updateComplete;
        const root = el.shadowRoot!;
        expect(root.querySelector('[part=title]')!.textContent).to.equal(SHOWN);
        expect(root.querySelector('[part=summary]')!.textContent).to.equal(SHOWN);
        expect(root.querySelector('[part=author]')!.textContent).to.include(SHOWN);
        expect(foreign(root)).to.deep.equal([]);
        await sleep(50);
        expect((window as unknown as { hit: number }).hit).to.equal(0);
      });
    }
    it(`${name}: <related-stories> shows the titles as text, and nothing of them runs`, async () => {
      const data = list && typeof list === 'object' && 'ok' in list ? (list as unknown as { json: unknown }).json : list;
      const el = await fixture<RelatedStories>(html`<related-stories lang="en" .data=${data}></related-stories>`);
      await until(() => el.state === 'ready');
      await el.updateComplete;
      const root = el.shadowRoot!;
      expect([...root.querySelectorAll('[part=title]')].map((title) => title.textContent)).to.deep.equal([SHOWN]);
      expect(foreign(root)).to.deep.equal([]);
      await sleep(50);
      expect((window as unknown as { hit: number }).hit).to.equal(0);
    });
  }
});
