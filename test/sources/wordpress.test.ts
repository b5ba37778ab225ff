import { expect, fixture, html } from '@open-wc/testing';
import { clearLoaderCache } from '../../src/core/loader.js';
import '../../src/elements/article-card/define.js';
import '../../src/elements/article-context/define.js';
import '../../src/elements/like-button/define.js';
import '../../src/elements/related-stories/define.js';
import type { ArticleCard } from '../../src/elements/article-card/article-card.js';
import type { RelatedStories } from '../../src/elements/related-stories/related-stories.js';
import { mediumDate, part, textOf } from '../elements/article-card-helpers.js';
import { nextEvent, until } from '../support/wait.js';
import { readDocument } from '../../src/sources/read-document.js';
import { fixtureUrl, loadFixture, readFixture, readValue } from './helpers.js';
import { warningsDuring } from '../support/console-warnings.js';

describe('WordPress REST: one post', () => {
  it('reads title.rendered with its entities decoded and tags dropped', async () => {
    expect((await readFixture('wp-post-embed.json')).title).to.equal('Chechnya’s Anti-LGBTQ Purge Has Restarted – Says Russian LGBTQ Network');
  });

  it('reads excerpt.rendered as a plain-text summary', async () => {
    expect((await readFixture('wp-post-embed.json')).summary).to.equal('The network says “credible evidence” shows new arrests…');
  });

  it('reads date_gmt as UTC', async () => {
    const { published } = await readFixture('wp-post-embed.json');
    // Said explicitly: a test browser in UTC would read the bare time the same either way.
    expect(published).to.equal('2017-07-10T09:00:00Z');
    expect(Date.parse(published!)).to.equal(Date.UTC(2017, 6, 10, 9));
  });

  it('reads link, lang, the embedded author and the embedded featured image', async () => {
    const article = await readFixture('wp-post-embed.json');
    expect(article).to.deep.include({
      url: 'https://news.example/2017/07/chechnya-purge-restarted/',
      language: 'en',
      author: { name: 'Daniel Villarreal', url: 'https://news.example/author/dv/' },
      image: { src: new URL('/wp-content/uploads/2017/07/chechnya.jpg', fixtureUrl('x')).href, alt: 'A rainbow flag in the rain', width: 1200, height: 630 },
    });
  });

  it('takes jetpack_featured_media_url when nothing is embedded', async () => {
    const post = (await loadFixture('wp-post-embed.json')) as Record<string, unknown>;
    const { _embedded: _, ...plain } = post;
    const result = readDocument(plain, 'https://news.example/');
    expect(result.ok && result.value.image).to.deep.include({ src: 'https://news.example/wp-content/uploads/2017/07/fallback.jpg', alt: '', width: undefined });
  });

  it('reads jetpack-related-posts as related stories, leaving out an unsafe one', async () => {
    const { related } = await readFixture('wp-post-embed.json');
    expect(related.map(({ title, url }) => [title, url])).to.deep.equal([['Nirvana’s 1992 Benefit', new URL('/2017/06/nirvana-1992-benefit/', fixtureUrl('x')).href]]);
    expect(related[0]!.image).to.include({ alt: 'Kurt on stage', width: 350, height: 200 });
  });
});

describe('WordPress REST: as plugins and sites publish it', () => {
  const post = (fields: Record<string, unknown>) => ({ id: 1, link: 'https://blog.example/ete/', title: { rendered: 'L&#8217;été' }, ...fields });
  const jetpack = (...dates: string[]) => post({ 'jetpack-related-posts': dates.map((date, i) => ({ url: `/p${i}/`, title: `P${i}`, date })) });

  it('takes the featured image at its large size, else medium_large, not the upload itself', () => {
    const sizes = {
      medium: { source_url: '/up/a-300x200.jpg', width: 300, height: 200 },
      medium_large: { source_url: '/up/a-768x512.jpg', width: 768, height: 512 },
      large: { source_url: '/up/a-1024x683.jpg', width: 1024, height: 683 },
    };
    const media = (details: unknown) => post({ _embedded: { 'wp:featuredmedia': [{ alt_text: 'A field', source_url: '/up/a-scaled.jpg', media_details: details }] } });
    expect(readValue(media({ width: 2560, height: 1707, sizes })).image).to.deep.equal({ src: 'https://news.example/up/a-1024x683.jpg', alt: 'A field', width: 1024, height: 683 });
    const { large: _, ...smaller } = sizes;
    expect(readValue(media({ width: 2560, height: 1707, sizes: smaller })).image).to.include({ src: 'https://news.example/up/a-768x512.jpg', width: 768 });
    const unsafe = { ...sizes, large: { source_url: 'javascript:alert(1)', width: 1024, height: 683 } };
    expect(readValue(media({ width: 2560, height: 1707, sizes: unsafe })).image).to.include({ src: 'https://news.example/up/a-768x512.jpg' });
    expect(readValue(media({ width: 2560, height: 1707, sizes: {} })).image).to.include({ src: 'https://news.example/up/a-scaled.jpg', width: 2560 });
  });

  it('reads WPML: the post’s locale as its language, its translations with their titles', () => {
    const article = readValue(
      post({
        wpml_current_locale: 'fr_FR',
        wpml_translations: [
          { locale: 'en_US', id: 10, post_title: 'Summer &amp; the sea', href: 'https://blog.example/summer/' },
          { locale: 'de_DE', id: 11, post_title: 'Sommer', href: 'javascript:alert(1)' },
          { locale: 'not a locale!', id: 12, post_title: 'x', href: 'https://blog.example/x/' },
        ],
      }),
    );
    expect(article.language).to.equal('fr-FR');
    expect(article.translations).to.deep.equal([{ language: 'en-US', url: 'https://blog.example/summer/', title: 'Summer & the sea' }]);
    expect(readValue(post({ lang: 'fr', wpml_current_locale: 'de_DE' })).language, 'Polylang first').to.equal('fr');
  });

  it('reads Jetpack’s related dates in the site’s own format, a numeric one by the order its list shows', () => {
    const dates = (...given: string[]) => readValue(jetpack(...given)).related.map((story) => story.published);
    expect(dates('July 10, 2017', '2017-07-10', '10. Juli 2017')).to.deep.equal(['July 10, 2017', '2017-07-10', '10. Juli 2017']);
    // d/m/Y, which Date.parse reads month first: known by a day over 12 in the list.
    expect(dates('10/07/2017', '25/12/2016')).to.deep.equal(['2017-07-10', '2016-12-25']);
    expect(dates('07/10/2017', '12/25/2016')).to.deep.equal(['2017-07-10', '2016-12-25']);
    expect(dates('10.07.2017')).to.deep.equal(['2017-07-10']);
    // Nothing says which: no date rather than a wrong one; nor 31 June.
    expect(dates('10/07/2017', '03/04/2017')).to.deep.equal([undefined, undefined]);
    expect(dates('31.06.2017', '25/12/2016', '12/25/2016')).to.deep.equal([undefined, undefined, undefined]);
  });

  it('reads each Jetpack related date once, for the list’s order and the story alike (a page’s data may hold getters)', () => {
    let reads = 0;
    const related = ['10/07/2017', '25/12/2016', 'July 10, 2017'].map((date, i) => ({
      url: `/p${i}/`,
      title: `P${i}`,
      get date() {
        reads++;
        return date;
      },
    }));
    expect(readValue(post({ 'jetpack-related-posts': related })).related.map((story) => story.published)).to.deep.equal(['2017-07-10', '2016-12-25', 'July 10, 2017']);
    expect(reads).to.equal(3);
  });
});

describe('WordPress REST: a collection', () => {
  it('is a list of stories, leaving out a post without a safe link', async () => {
    const article = await readFixture('wp-posts.json');
    expect(article.list).to.equal(true);
    expect(article.related.map((story) => story.title)).to.deep.equal(['A Weekend on the Ridge & Beyond', 'Fit Without Body‑Shaming']);
  });
});

describe('WordPress REST: an empty collection', () => {
  afterEach(() => clearLoaderCache());

  it('is a list of none, as an empty category answers', () => {
    expect(readValue([])).to.deep.include({ list: true, related: [] });
  });

  it('<related-stories src> shows nothing, with no error', async () => {
    const el = await fixture<RelatedStories>(html`<related-stories loading="eager"></related-stories>`);
    let failed = false;
    el.addEventListener('error', () => (failed = true));
    el.src = `/test-api/encoded?encoding=utf8&type=application%2Fjson&text=${encodeURIComponent('[]')}`;
    await until(() => el.state === 'ready' || el.state === 'error');
    await el.updateComplete;
    expect(el.state).to.equal('ready');
    expect(failed).to.equal(false);
    expect(el.shadowRoot!.querySelectorAll('[part=item]')).to.have.length(0);
  });
});

describe('WordPress REST in the widgets', () => {
  afterEach(() => clearLoaderCache());

  it('<article-card src> shows the post: title, summary, author, date, image', async () => {
    const el = await fixture<ArticleCard>(html`<article-card lang="en" src=${fixtureUrl('wp-post-embed.json')}></article-card>`);
    await until(() => el.state === 'ready');
    await el.updateComplete;
    expect(textOf(el, 'title')).to.equal('Chechnya’s Anti-LGBTQ Purge Has Restarted – Says Russian LGBTQ Network');
    expect(part(el, 'title')!.querySelector('em')).to.equal(null);
    expect(textOf(el, 'summary')).to.equal('The network says “credible evidence” shows new arrests…');
    expect(textOf(el, 'author')).to.equal('By Daniel Villarreal');
    expect(textOf(el, 'date')).to.equal(mediumDate('2017-07-10T09:00:00Z', 'en'));
    expect(part<HTMLImageElement>(el, 'image')!.alt).to.equal('A rainbow flag in the rain');
    await expect(el).to.be.accessible();
  });

  it('<article-card> given a collection is an error that says it is a list', async () => {
    const el = await fixture<ArticleCard>(html`<article-card></article-card>`);
    const failed = nextEvent<CustomEvent>(el, 'error');
    const warnings = await warningsDuring(async () => {
      el.src = fixtureUrl('wp-posts.json');
      expect((await failed).detail.reason).to.equal('invalid');
    });
    expect(el.state).to.equal('error');
    expect(warnings.join('\n')).to.match(/feed or collection is a list/);
    expect(part(el, 'title')).to.equal(null);
  });

  it('<related-stories src> lists a collection', async () => {
    const el = await fixture<RelatedStories>(html`<related-stories loading="eager" src=${fixtureUrl('wp-posts.json')}></related-stories>`);
    await until(() => el.state === 'ready');
    await el.updateComplete;
    expect([...el.shadowRoot!.querySelectorAll('[part=title]')].map((t) => t.textContent)).to.deep.equal(['A Weekend on the Ridge & Beyond', 'Fit Without Body‑Shaming']);
  });

  it('<like-button> in a context reading a post needs its endpoint, and says so without one', async () => {
    const warnings = await warningsDuring(async () => {
      const el = await fixture(html`<article-context src=${fixtureUrl('wp-post-embed.json')}><like-button></like-button><like-button count="3" endpoint="/test-api/likes?key=wp-context"></like-button></article-context>`);
      const [without, withEndpoint] = [...el.querySelectorAll('like-button')];
      await until(() => without!.state === 'error' && withEndpoint!.state === 'ready');
      await withEndpoint!.updateComplete;
      expect(withEndpoint!.shadowRoot!.querySelector('[part=status]')!.textContent).to.equal('3 people like this.');
    });
    expect(warnings).to.deep.equal([`<like-button>: invalid — the document has no "likes": give the button an endpoint (${fixtureUrl('wp-post-embed.json')})`]);
  });

  it('<article-context> hands a collection on as the related stories of an empty document', async () => {
    const el = await fixture(html`<article-context src=${fixtureUrl('wp-posts.json')}><related-stories loading="eager"></related-stories><article-card></article-card></article-context>`);
    const related = el.querySelector('related-stories')!;
    await until(() => related.state === 'ready');
    await related.updateComplete;
    expect(related.shadowRoot!.querySelectorAll('[part=item]')).to.have.length(2);
    await until(() => el.querySelector('article-card')!.state === 'error');
  });
});
