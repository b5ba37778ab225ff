import { expect, fixture, html } from '@open-wc/testing';
import { clearLoaderCache } from '../../src/core/loader.js';
import '../../src/elements/related-stories/define.js';
import type { RelatedStories } from '../../src/elements/related-stories/related-stories.js';
import { until } from '../support/wait.js';
import { fixtureUrl, readFixture, readValue } from './helpers.js';

describe('JSON Feed items without a title', () => {
  afterEach(() => clearLoaderCache());

  it('take their title from content_text, summary or content_html', async () => {
    const titles = (await readFixture('jsonfeed-microblog.json')).related.map((story) => story.title);
    expect(titles[0]).to.equal('Short note.');
    expect(titles[2]).to.equal('Posted a photo & a link');
    expect(titles[3]).to.equal('A summary stands in.');
  });

  it('cut a long text at a word boundary near 100 characters, with "…"', async () => {
    const title = (await readFixture('jsonfeed-microblog.json')).related[1]!.title;
    expect(title).to.equal('This is a much longer note that goes on and on about the weather, the garden, the neighbours and the…');
  });

  it('cut a note written in lines at a line break, and read it as one line', () => {
    // A micro-blog's list: its words are apart by line breaks only, not spaces.
    const list = 'Shopping list:\napples\nbananas\ncherries\nelderberries\nfigs\ngrapes\nhoneydew\nkiwifruits\nlemons\nmangoes\nnectarines\noranges';
    const feed = { version: 'https://jsonfeed.org/version/1.1', items: [{ url: 'https://micro.example/list', content_text: list }, { url: 'https://micro.example/cats', content_text: 'Cats are neat. \n\nhttps://example.org/cats' }] };
    const [long, short] = readValue(feed).related.map((story) => story.title);
    expect(long).to.equal('Shopping list: apples bananas cherries elderberries figs grapes honeydew kiwifruits lemons mangoes…');
    expect(short).to.equal('Cats are neat. https://example.org/cats');
  });

  it('leaves out an item with no text at all', async () => {
    expect((await readFixture('jsonfeed-microblog.json')).related.map((story) => story.url)).to.not.include('https://micro.example/5');
  });

  it('<related-stories> shows them', async () => {
    const el = await fixture<RelatedStories>(html`<related-stories loading="eager" limit="10" src=${fixtureUrl('jsonfeed-microblog.json')}></related-stories>`);
    await until(() => el.state === 'ready');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[part=item]')).to.have.length(4);
    expect(el.shadowRoot!.querySelector('script, a[href^="https://x.example"]')).to.equal(null);
  });
});

describe('JSON Feed titles and summaries made from a CMS’s HTML', () => {
  const feed = (title: string, summary?: string): unknown => ({
    version: 'https://jsonfeed.org/version/1.1',
    title,
    items: [{ id: '1', url: 'https://news.example/1', title, summary }],
  });

  it('have their entities decoded, as WordPress writes them', () => {
    const article = readValue(feed('Episode 16: Don&#8217;t panic', 'Tom &amp; Jerry'));
    expect(article.title).to.equal('Episode 16: Don’t panic');
    expect(article.related[0]).to.deep.include({ title: 'Episode 16: Don’t panic', summary: 'Tom & Jerry' });
  });

  it('stay as they are without an entity, a “<” too', () => {
    expect(readValue(feed('Why a < b <em>matters</em> & more')).related[0]!.title).to.equal('Why a < b <em>matters</em> & more');
  });
});

describe('JSON Feed items’ order', () => {
  const feed = (dates: (string | undefined)[]): unknown => ({
    version: 'https://jsonfeed.org/version/1.1',
    items: dates.map((date_published, i) => ({ id: `${i}`, url: `https://news.example/${i}`, title: `S${i}`, date_published })),
  });
  const titles = (value: unknown): string[] => readValue(value).related.map(({ title }) => title);

  it('is newest first when every item has a date (a feed written oldest first), else the feed’s own', () => {
    expect(titles(feed(['2017-07-01', '2017-07-03T10:00:00+02:00', '2017-07-02']))).to.deep.equal(['S1', 'S2', 'S0']);
    expect(titles(feed(['2017-07-01', undefined, '2017-07-02']))).to.deep.equal(['S0', 'S1', 'S2']);
  });

  it('reads each item’s date once, for the sort and the story alike (a page’s data may hold getters)', () => {
    let reads = 0;
    const items = ['2017-07-01', '2017-07-03', '2017-07-02'].map((date, i) => ({
      url: `https://news.example/${i}`,
      title: `S${i}`,
      get date_published() {
        reads++;
        return date;
      },
    }));
    const related = readValue({ version: 'https://jsonfeed.org/version/1.1', items }).related;
    expect(related.map(({ title, published }) => [title, published])).to.deep.equal([['S1', '2017-07-03'], ['S2', '2017-07-02'], ['S0', '2017-07-01']]);
    expect(reads).to.equal(3);
  });

  it('reads items that are no objects as nothing, without an exception', () => {
    expect(titles({ version: 'https://jsonfeed.org/version/1.1', items: [null, 7, { id: '1', url: 'https://news.example/1', title: 'S', date_published: '2017-07-01' }] })).to.deep.equal(['S']);
  });
});
