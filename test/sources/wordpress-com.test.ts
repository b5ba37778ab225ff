// WordPress.com's v1.1 REST API (public-api.wordpress.com/rest/v1.1/sites/<site>/posts…): a post
// and a list of posts, as those sites and Jetpack-connected ones answer. The fixtures follow the
// fields the API's reference gives (developer.wordpress.com/docs/api/1.1/).
import { expect, fixture, html } from '@open-wc/testing';
import { clearLoaderCache } from '../../src/core/loader.js';
import '../../src/elements/article-card/define.js';
import '../../src/elements/related-stories/define.js';
import type { ArticleCard } from '../../src/elements/article-card/article-card.js';
import type { RelatedStories } from '../../src/elements/related-stories/related-stories.js';
import { mediumDate, part, textOf } from '../elements/article-card-helpers.js';
import { until } from '../support/wait.js';
import { readDocument } from '../../src/sources/read-document.js';
import { fixtureUrl, loadFixture, readFixture, readValue } from './helpers.js';

describe('WordPress.com v1.1: one post', () => {
  it('reads its HTML title and excerpt as text, without the theme’s "Continue reading"', async () => {
    const article = await readFixture('wpcom-post.json');
    expect(article.title).to.equal('Chechnya’s Anti-LGBTQ Purge Has Restarted – Says Russian LGBTQ Network');
    expect(article.summary).to.equal('The network says “credible evidence” shows new arrests…');
  });

  it('reads URL, date, the author (and the site their profile names) and the featured image with its alt text', async () => {
    const article = await readFixture('wpcom-post.json');
    expect(article).to.deep.include({
      url: 'https://news.example/2017/07/10/chechnya-purge-restarted/',
      published: '2017-07-10T11:00:00+02:00',
      author: { name: 'Daniel Villarreal', url: 'https://danielvillarreal.example/' },
      image: { src: 'https://news.example/wp-content/uploads/2017/07/chechnya.jpg', alt: 'A rainbow flag in the rain', width: 1200, height: 630 },
    });
    expect(article.list, 'one article, not a list').to.not.equal(true);
    expect(Date.parse(article.published!)).to.equal(Date.UTC(2017, 6, 10, 9));
  });

  it('takes featured_image, a bare URL, without a thumbnail; an author without a site is not linked', async () => {
    const post = (await loadFixture('wpcom-post.json')) as Record<string, unknown>;
    const plain = { ...post, post_thumbnail: null, attachments: {}, author: { name: 'Ann &amp; Bo', URL: '' } };
    const article = readValue(plain, 'https://news.example/');
    expect(article.image).to.deep.equal({ src: 'https://news.example/wp-content/uploads/2017/07/chechnya.jpg', alt: '', width: undefined, height: undefined });
    expect(article.author).to.deep.equal({ name: 'Ann & Bo', url: undefined });
  });

  it('reads a hostile one without throwing: wrong types come out absent', () => {
    const result = readDocument({ site_ID: 1, title: 5, URL: 'javascript:alert(1)', author: 'x', post_thumbnail: [], attachments: null }, 'https://news.example/');
    expect(result.ok).to.equal(true);
    expect(result.ok && [result.value.title, result.value.url, result.value.author, result.value.image]).to.deep.equal([undefined, undefined, undefined, undefined]);
    const list = readDocument({ found: 3, posts: [null, 5, { URL: 'javascript:alert(1)', title: 'x' }, { URL: '/a/', title: ['x'] }] }, 'https://news.example/');
    expect(list.ok && list.value).to.deep.include({ list: true, related: [] });
  });

  it('is not taken for a document of ours that carries such a field of its own', () => {
    const ours = { title: 'Ours', url: '/ours/', language: 'fr', image: { src: '/a.jpg', alt: 'A' } };
    for (const extra of [{ site_ID: 12345, URL: 'https://elsewhere.example/' }, { site_ID: null }, { found: 2, posts: [] }]) {
      expect(readValue({ ...ours, ...extra }), JSON.stringify(extra)).to.deep.include({ title: 'Ours', url: 'https://news.example/ours/', language: 'fr', list: undefined });
    }
  });
});

describe('WordPress.com v1.1: a list of posts', () => {
  it('is a list of stories, leaving out a post without a safe link or a title', async () => {
    const article = await readFixture('wpcom-posts.json');
    expect(article.list).to.equal(true);
    expect(article.related.map(({ title, url, image }) => [title, url, image?.src])).to.deep.equal([
      ['Nirvana’s 1992 Benefit', 'https://news.example/2017/06/01/nirvana-1992-benefit/', 'https://news.example/wp-content/uploads/2017/07/chechnya.jpg'],
      ['No picture here', 'https://news.example/2017/06/02/no-picture/', undefined],
    ]);
    expect(article.related[0]).to.include({ summary: 'Summary 0…', published: '2017-06-01T08:00:00+00:00' });
  });

  it('is a list of none when the site has no posts', () => {
    expect(readValue({ found: 0, posts: [] })).to.deep.include({ list: true, related: [] });
  });
});

describe('WordPress.com v1.1 in the widgets', () => {
  afterEach(() => clearLoaderCache());

  it('<article-card src> shows the post: title, summary, author, date, image', async () => {
    const el = await fixture<ArticleCard>(html`<article-card lang="en" src=${fixtureUrl('wpcom-post.json')}></article-card>`);
    await until(() => el.state === 'ready');
    await el.updateComplete;
    expect(textOf(el, 'title')).to.equal('Chechnya’s Anti-LGBTQ Purge Has Restarted – Says Russian LGBTQ Network');
    expect(part<HTMLAnchorElement>(el, 'title')!.querySelector('a')!.href).to.equal('https://news.example/2017/07/10/chechnya-purge-restarted/');
    expect(textOf(el, 'summary')).to.equal('The network says “credible evidence” shows new arrests…');
    expect(textOf(el, 'author')).to.equal('By Daniel Villarreal');
    expect(textOf(el, 'date')).to.equal(mediumDate('2017-07-10T09:00:00Z', 'en'));
    expect(part<HTMLImageElement>(el, 'image')!.alt).to.equal('A rainbow flag in the rain');
    await expect(el).to.be.accessible();
  });

  it('<related-stories src> lists the posts', async () => {
    const el = await fixture<RelatedStories>(html`<related-stories lang="en" loading="eager" src=${fixtureUrl('wpcom-posts.json')}></related-stories>`);
    await until(() => el.state === 'ready');
    await el.updateComplete;
    expect([...el.shadowRoot!.querySelectorAll('[part=title]')].map((t) => t.textContent)).to.deep.equal(['Nirvana’s 1992 Benefit', 'No picture here']);
    await expect(el).to.be.accessible();
  });
});
