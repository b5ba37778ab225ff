import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/article-card/define.js';
import '../../src/elements/related-stories/define.js';
import type { ArticleCard } from '../../src/elements/article-card/article-card.js';
import { part, textOf } from '../elements/article-card-helpers.js';
import { growth } from '../support/growth.js';
import { until } from '../support/wait.js';
import { readDocument } from '../../src/sources/read-document.js';
import { readFixture, readValue } from './helpers.js';
import { warningsDuring } from '../support/console-warnings.js';

type Json = Record<string, unknown>;
/** A NewsArticle block at the top level, with these fields. */
const block = (fields: Json): Json => ({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Headline', ...fields });

describe('schema.org JSON-LD', () => {
  it('follows @id links through an @graph, as SEO plugins write it', async () => {
    const article = await readFixture('jsonld-graph.json');
    expect(article).to.deep.include({
      title: 'Chechnya’s Anti-LGBTQ Purge Has Restarted',
      summary: 'The network says credible evidence shows new arrests.',
      url: 'https://news.example/2017/07/chechnya-purge-restarted/',
      language: 'en-US',
      published: '2017-07-10T09:00:00+00:00',
      author: { name: 'Daniel Villarreal', url: 'https://news.example/author/dv/' },
      image: { src: 'https://news.example/wp-content/uploads/2017/07/chechnya.jpg', alt: '', width: 1200, height: 630, credit: 'strixcode via iStock' },
    });
  });

  it('reads an ItemList of articles as related stories, leaving out an unsafe one', async () => {
    const { related } = await readFixture('jsonld-graph.json');
    expect(related.map(({ title }) => title)).to.deep.equal(['Nirvana’s 1992 Benefit', 'A Weekend on the Ridge']);
  });

  it('takes name when there is no headline, and mainEntityOfPage when there is no url', () => {
    expect(readValue(block({ headline: undefined, name: 'By name', mainEntityOfPage: 'https://news.example/a/' }))).to.include({ title: 'By name', url: 'https://news.example/a/' });
  });

  it('takes the page’s URL from mainEntityOfPage’s @id without the fragment that names its node (…#webpage)', () => {
    // Tech Monitor: no url, and a reference no node answers.
    expect(readValue(block({ mainEntityOfPage: { '@id': 'https://news.example/a#webpage' } })).url).to.equal('https://news.example/a');
    expect(readValue(block({ mainEntityOfPage: { '@type': 'WebPage', url: 'https://news.example/b/#main' } })).url).to.equal('https://news.example/b/');
    // The article's own url is kept as written.
    expect(readValue(block({ url: 'https://news.example/c/#comments', mainEntityOfPage: 'https://news.example/a/' })).url).to.equal('https://news.example/c/#comments');
  });

  it('reads image as a string, an ImageObject and a list', () => {
    const src = 'https://news.example/a.jpg';
    expect(readValue(block({ image: src })).image).to.include({ src });
    expect(readValue(block({ image: { '@type': 'ImageObject', url: src, width: '800', height: 450 } })).image).to.include({ src, width: 800, height: 450 });
    expect(readValue(block({ image: [src, 'https://news.example/b.jpg'] })).image).to.include({ src });
    expect(readValue(block({ image: [{ '@type': 'ImageObject', contentUrl: src }] })).image).to.include({ src });
    // Only a reference no node of the block answers: its @id when that names an image file.
    expect(readValue(block({ image: { '@id': `${src}?w=800` } })).image).to.include({ src: `${src}?w=800` });
    expect(readValue(block({ image: { '@id': 'https://news.example/a/#primaryimage' } })).image).to.equal(undefined);
  });

  it('falls back to thumbnailUrl, and to a later image, when the first image names nothing it can show', () => {
    const thumbnail = 'https://news.example/t.jpg';
    // An SEO plugin's node copied out of its graph (bukvy.org, TechCrunch, The San Francisco Standard).
    expect(readValue(block({ image: { '@id': 'https://news.example/a/#primaryimage' }, thumbnailUrl: thumbnail })).image).to.include({ src: thumbnail });
    expect(readValue(block({ image: ['', 'https://news.example/b.jpg'], thumbnailUrl: thumbnail })).image).to.include({ src: 'https://news.example/b.jpg' });
    expect(readValue(block({ image: 'javascript:alert(1)', thumbnailUrl: [thumbnail] })).image).to.include({ src: thumbnail });
    // An image that can be shown still comes first.
    expect(readValue(block({ image: 'https://news.example/a.jpg', thumbnailUrl: thumbnail })).image).to.include({ src: 'https://news.example/a.jpg' });
  });

  it('reads a width and height written in pixels ("1600px", schema.org’s "1600 px"), not in another unit', () => {
    const image = (width: unknown, height: unknown) => readValue(block({ image: { '@type': 'ImageObject', url: 'https://news.example/a.jpg', width, height } })).image;
    // Engadget writes them so.
    expect(image('1600px', '1069 PX')).to.include({ width: 1600, height: 1069 });
    expect(image('16cm', '9 in')).to.include({ width: undefined, height: undefined });
    expect(image('px', '1600px1069px')).to.include({ width: undefined, height: undefined });
  });

  it('reads a width of a hundred thousand spaces in one pass, not from every space', () => {
    const image = (spaces: number) => readValue(block({ image: { '@type': 'ImageObject', url: 'https://news.example/a.jpg', width: `${' '.repeat(spaces)}x` } })).image;
    expect(image(100_000)).to.include({ width: undefined });
    // Tried from every space, ten times the spaces took 54 times as long; in one pass, about four
    // (the rest of the block's reading is the same for both).
    const images = (spaces: number): void => {
      for (let round = 0; round < 20; round++) image(spaces);
    };
    expect(growth(images, 4_000, 10)).to.be.below(15);
  });

  it('reads author as an object, a list (the first) and a string', () => {
    expect(readValue(block({ author: { '@type': 'Person', name: 'Ann', url: 'https://news.example/ann/' } })).author).to.deep.equal({ name: 'Ann', url: 'https://news.example/ann/' });
    expect(readValue(block({ author: [{ '@type': 'Person', name: 'Ann' }, { '@type': 'Person', name: 'Bob' }] })).author).to.deep.equal({ name: 'Ann', url: undefined });
    expect(readValue(block({ author: 'Cy' })).author).to.deep.equal({ name: 'Cy', url: undefined });
  });

  it('drops a "By" written into the author’s name (the BBC’s "By Will Smale"), which the byline would double', () => {
    expect(readValue(block({ author: [{ '@type': 'Person', name: 'By Will Smale' }] })).author?.name).to.equal('Will Smale');
    expect(readValue(block({ author: 'by  Ann' })).author?.name).to.equal('Ann');
    expect([readValue(block({ author: 'Byron Smale' })).author?.name, readValue(block({ author: 'By' })).author?.name]).to.deep.equal(['Byron Smale', 'By']);
  });

  it('reads the first author’s first name when a name is a list, as NPR writes it', () => {
    expect(readValue(block({ author: { '@type': 'Person', name: ['Darian Woods', 'Sarah Gonzalez'] } })).author).to.deep.equal({ name: 'Darian Woods', url: undefined });
  });

  it('takes the url of the WebPage that mainEntityOfPage names, before its @id', () => {
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebPage', '@id': 'https://news.example/a/#webpage', url: 'https://news.example/a/' },
        { '@type': 'BlogPosting', headline: 'Post', mainEntityOfPage: { '@id': 'https://news.example/a/#webpage' } },
      ],
    };
    expect(readValue(graph).url).to.equal('https://news.example/a/');
  });

  it('falls back on thumbnailUrl, dateCreated and creator, as some sites give only those', () => {
    const read = readValue(block({ thumbnailUrl: 'https://news.example/t.jpg', dateCreated: '2024-01-02T03:04:05Z', creator: ['Ann Writer'] }));
    expect(read).to.deep.include({ published: '2024-01-02T03:04:05Z', author: { name: 'Ann Writer', url: undefined } });
    expect(read.image).to.include({ src: 'https://news.example/t.jpg' });
    // The article's own properties first.
    const own = readValue(block({ image: 'https://news.example/i.jpg', thumbnailUrl: 'https://news.example/t.jpg', datePublished: '2024-02-01', dateCreated: '2024-01-01', author: 'Bob', creator: 'Cy' }));
    expect([own.image?.src, own.published, own.author?.name]).to.deep.equal(['https://news.example/i.jpg', '2024-02-01', 'Bob']);
  });

  it('does not take a JobPosting for an article', () => {
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'JobPosting', title: 'Night editor', url: 'https://news.example/jobs/1' },
        { '@type': 'NewsArticle', headline: 'Real story', url: 'https://news.example/a/' },
      ],
    };
    expect(readValue(graph)).to.include({ title: 'Real story', url: 'https://news.example/a/' });
    for (const type of ['LiveBlogPosting', 'SocialMediaPosting', 'DiscussionForumPosting', 'schema:BlogPosting', 'TechArticle', 'APIReference', 'ScholarlyArticle', 'Report'])
      expect(readValue(block({ '@type': type })).title, type).to.equal('Headline');
  });

  it('reads a VideoObject whatever the prefix of its @type, as an article’s video or on its own', () => {
    const embedUrl = 'https://www.youtube.com/embed/M7lc1UVf-VE';
    for (const type of ['VideoObject', 'schema:VideoObject', 'https://schema.org/VideoObject', ['Thing', 'http://schema.org/VideoObject']]) {
      expect(readValue(block({ video: { '@type': type, name: 'Clip', embedUrl } })).video?.url, String(type)).to.equal(embedUrl);
      expect(readValue({ '@context': 'https://schema.org', '@type': type, name: 'Clip', embedUrl }).video, String(type)).to.include({ url: embedUrl, title: 'Clip' });
    }
    expect(readValue(block({ video: { '@type': 'https://schema.org/VideoObjectish', embedUrl } })).video).to.equal(undefined);
    // WordPress writes a title's quotes as entities, a video's name as well as the headline.
    expect(readValue(block({ video: { '@type': 'VideoObject', name: 'Don&#8217;t panic &amp; <b>relax</b>', embedUrl } })).video?.title).to.equal('Don’t panic & relax');
  });

  it('reads headline, name and the author’s name as plain text: "Vec<T>" keeps its words, an entity is decoded', () => {
    const read = readValue(block({ headline: 'Why Vec<T> beats Box<[T]> & more', author: { '@type': 'Person', name: 'Ann <Dev> Lee' } }));
    expect([read.title, read.author?.name]).to.deep.equal(['Why Vec<T> beats Box<[T]> & more', 'Ann <Dev> Lee']);
    expect(readValue(block({ headline: 'Don&#8217;t <em>panic</em>' })).title).to.equal('Don’t panic');
    expect(readValue(block({ headline: undefined, name: 'The <dialog> element' })).title).to.equal('The <dialog> element');
  });

  it('takes no link from a mainEntityOfPage that is no URL ("True", a UUID as its @id), which would resolve into a made-up one', () => {
    // Engadget writes "True", the Rams a UUID; both beside a url, which is read first.
    expect(readValue(block({ mainEntityOfPage: 'True' })).url).to.equal(undefined);
    expect(readValue(block({ mainEntityOfPage: { '@id': 'b15064f7-ffff-4c3e-9e6b-0d9c5e1f4a2b' } })).url).to.equal(undefined);
    // A path from the site's root still resolves against the page.
    expect(readValue(block({ mainEntityOfPage: '/2017/a/' })).url).to.equal('https://news.example/2017/a/');
  });

  it('finds an article nested as the mainEntity of a WebPage, and is not misled by a mere reference there', () => {
    const nested = readValue({ '@context': 'https://schema.org', '@type': 'WebPage', name: 'Page', mainEntity: { '@type': 'NewsArticle', headline: 'Nested', url: 'https://news.example/n/' } });
    expect(nested).to.include({ title: 'Nested', url: 'https://news.example/n/' });
    // A video page: its mainEntity names the video the article's `video` names too.
    const embedUrl = 'https://www.youtube.com/embed/M7lc1UVf-VE';
    const graph = readValue({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'NewsArticle', '@id': '#article', headline: 'In the graph', video: { '@id': '#video' } },
        { '@type': 'VideoObject', '@id': '#video', name: 'Clip', embedUrl },
        { '@type': 'WebPage', mainEntity: { '@id': '#video' } },
      ],
    });
    expect([graph.title, graph.video?.url]).to.deep.equal(['In the graph', embedUrl]);
    // A typed stub that names the article by its @id is no article of its own.
    const stub = readValue({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebPage', mainEntity: { '@type': 'NewsArticle', '@id': '#article' } },
        { '@type': 'NewsArticle', '@id': '#article', headline: 'The article', datePublished: '2017-07-10' },
      ],
    });
    expect([stub.title, stub.published]).to.deep.equal(['The article', '2017-07-10']);
  });

  it('takes the first author that has a name (an organisation without one may come first)', () => {
    const read = readValue(block({ author: [{ '@type': 'Organization', url: 'https://news.example/' }, { '@type': 'Person', name: 'Bob', url: 'https://news.example/bob/' }] }));
    expect(read.author).to.deep.equal({ name: 'Bob', url: 'https://news.example/bob/' });
  });

  it('names the chosen author once (a page’s data may hold getters)', () => {
    let reads = 0;
    const author = {
      '@type': 'Person',
      get name() {
        reads++;
        return 'By Ann Writer';
      },
    };
    expect(readValue(block({ author: [{ '@type': 'Organization' }, author] })).author).to.deep.equal({ name: 'Ann Writer', url: undefined });
    expect(reads).to.equal(1);
  });

  it('reads a date whose time is garbled ("2016-05-24T05:55%Z", as Inc. writes it) as its day, and no day that is none', () => {
    const published = (date: string) => [readValue(block({ datePublished: date })).published, readValue(block({ dateCreated: date })).published];
    expect(published('2016-05-24T05:55%Z')).to.deep.equal(['2016-05-24', '2016-05-24']);
    expect(published('2016-05-24 05:55 h')).to.deep.equal(['2016-05-24', '2016-05-24']);
    // A date that reads keeps its time; a day its month lacks, a month 13, a day alone, a
    // garbled day are no date.
    expect(published('2016-05-24T05:55Z')).to.deep.equal(['2016-05-24T05:55Z', '2016-05-24T05:55Z']);
    for (const date of ['2016-02-30T05:55%Z', '2016-13-01T05:55%Z', '2016-05-2xT05:55Z', '24-05-2016T05:55%Z']) expect(published(date), date).to.deep.equal([undefined, undefined]);
  });

  it('takes dateCreated when datePublished names a day its month does not have', () => {
    // The reader drops it (json-guards' `date`), so the next date stands in; the card showed none.
    expect(readValue(block({ datePublished: '2024-02-30T10:00:00Z', dateCreated: '2024-02-29T10:00:00Z' })).published).to.equal('2024-02-29T10:00:00Z');
  });

  it('reads a width and height given as a QuantitativeValue, and the first of a list of languages', () => {
    const image = { '@type': 'ImageObject', url: 'https://news.example/a.jpg', width: { '@type': 'QuantitativeValue', value: 1200 }, height: { '@type': 'QuantitativeValue', value: '675' } };
    expect(readValue(block({ image })).image).to.include({ width: 1200, height: 675 });
    expect(readValue(block({ inLanguage: ['de-DE', 'en'] })).language).to.equal('de-DE');
  });

  it('reads workTranslation and translationOfWork as translations, in place or by @id, each with a language and a safe URL', () => {
    const read = readValue({
      '@context': 'https://schema.org',
      '@graph': [
        {
          '@type': 'NewsArticle',
          headline: 'English',
          inLanguage: 'en',
          workTranslation: [
            { '@type': 'NewsArticle', inLanguage: 'fr-FR', url: 'https://news.example/fr/a/', headline: 'Fran&ccedil;ais' },
            { '@id': 'https://news.example/de/a/#article' },
            { '@type': 'NewsArticle', inLanguage: 'es', url: 'javascript:alert(1)' },
            { '@type': 'NewsArticle', url: 'https://news.example/xx/a/' },
            'https://news.example/it/a/',
          ],
          translationOfWork: { '@type': 'NewsArticle', inLanguage: { '@type': 'Language', name: 'Russian', alternateName: 'ru' }, url: '/ru/a/' },
        },
        { '@type': 'NewsArticle', '@id': 'https://news.example/de/a/#article', inLanguage: 'de', name: 'Deutsch' },
      ],
    });
    expect(read.translations).to.deep.equal([
      { language: 'fr-FR', url: 'https://news.example/fr/a/', title: 'Français' },
      { language: 'de', url: 'https://news.example/de/a/', title: 'Deutsch' },
      { language: 'ru', url: 'https://news.example/ru/a/', title: undefined },
    ]);
  });

  it('reads an ImageObject’s creditText as the credit line', () => {
    expect(readValue(block({ image: { '@type': 'ImageObject', url: 'https://news.example/a.jpg', creditText: 'Ann / Agency' } })).image).to.include({ credit: 'Ann / Agency' });
  });

  it('reads inLanguage as a tag or as a schema.org Language whose alternateName is the tag', () => {
    expect(readValue(block({ inLanguage: 'fr-FR' })).language).to.equal('fr-FR');
    expect(readValue(block({ inLanguage: { '@type': 'Language', name: 'French', alternateName: 'fr' } })).language).to.equal('fr');
    expect(readValue(block({ inLanguage: { '@type': 'Language', name: 'French' } })).language).to.equal(undefined);
  });

  it('finds the article in a top-level array, whatever the prefix of its @type', () => {
    const article = readValue([{ '@context': 'https://schema.org', '@type': 'WebSite', name: 'Site' }, { '@type': 'http://schema.org/BlogPosting', headline: 'Post' }]);
    expect(article.title).to.equal('Post');
  });

  // CONTRACT §2: unknown fields are ignored, JSON-LD's keywords too, when a site builds its
  // article document from its page's JSON-LD block (it was read as JSON-LD: no article in it).
  it('reads our own document that carries JSON-LD keywords as ours: its title, its likes', () => {
    for (const keywords of [{ '@context': 'https://schema.org' }, { '@context': 'https://schema.org', '@type': 'NewsArticle' }, { '@type': 'NewsArticle', '@id': '#a' }]) {
      const article = readValue({ ...keywords, title: 'Our title', url: '/ours', likes: { count: 3, endpoint: '/likes' } });
      expect(article, JSON.stringify(keywords)).to.deep.include({ title: 'Our title', url: 'https://news.example/ours' });
      expect(article.likes).to.deep.equal({ count: 3, endpoint: 'https://news.example/likes' });
    }
    // A JSON-LD article names its title `headline`; one without a text `title` stays JSON-LD.
    expect(readValue(block({ title: { '@value': 'x' } })).title).to.equal('Headline');
  });

  it('reads our own document without a title (a like button’s, a switcher’s, a list’s) that carries JSON-LD keywords as ours', () => {
    // Only <article-card> needs a title (CONTRACT §2): likes, translations or related make it ours.
    for (const keywords of [{ '@context': 'https://schema.org' }, { '@type': 'NewsArticle', '@id': '#a' }]) {
      const label = JSON.stringify(keywords);
      expect(readValue({ ...keywords, likes: { count: 3, endpoint: '/likes' } }).likes, label).to.deep.equal({ count: 3, endpoint: 'https://news.example/likes' });
      expect(readValue({ ...keywords, translations: [{ language: 'fr', url: '/fr/' }] }).translations, label).to.have.length(1);
      expect(readValue({ ...keywords, related: [{ url: '/b/', title: 'B' }] }).related, label).to.have.length(1);
    }
  });

  it('refuses a block with no article and no list', () => {
    const result = readDocument({ '@context': 'https://schema.org', '@type': 'Organization', name: 'News Example' }, 'https://news.example/');
    expect(result.ok || result.failure).to.include({ reason: 'invalid', message: 'no Article in the JSON-LD' });
  });
});

describe('schema.org JSON-LD in the widgets', () => {
  it('<article-card> reads an inline <script type="application/ld+json"> NewsArticle child', async () => {
    const el = await fixture<ArticleCard>(html`<article-card lang="en"
      ><script type="application/ld+json">
        {"@context":"https://schema.org","@type":"NewsArticle","headline":"Inline &amp; safe","url":"https://news.example/inline/","description":"<b>Bold</b> claim","author":[{"@type":"Person","name":"Ann"}]}
      </script></article-card
    >`);
    await until(() => el.state === 'ready');
    await el.updateComplete;
    expect(textOf(el, 'title')).to.equal('Inline & safe');
    expect(part<HTMLAnchorElement>(el, 'link')!.href).to.equal('https://news.example/inline/');
    expect(textOf(el, 'summary')).to.equal('Bold claim');
    expect(textOf(el, 'author')).to.equal('By Ann');
  });
});

describe('schema.org JSON-LD in the card', () => {
  it('without a headline (nor a name) is an error whose warning names "headline", as JSON-LD does, not our "title"', async () => {
    // GlobeNewswire writes `Headline`, which schema.org does not know.
    const data = block({ headline: undefined, Headline: 'Segment Launches Sources' });
    const warnings = await warningsDuring(async () => {
      const el = await fixture<ArticleCard>(html`<article-card lang="en" .data=${data}></article-card>`);
      await until(() => el.state === 'error');
    });
    expect(warnings).to.deep.equal([`<article-card>: invalid — the document has no "headline" (${location.href})`]);
  });

  it('a VideoObject on its own without a name is an error whose warning names "name"', async () => {
    const data = { '@context': 'https://schema.org', '@type': 'VideoObject', contentUrl: 'https://news.example/v.mp4' };
    const warnings = await warningsDuring(async () => {
      const el = await fixture<ArticleCard>(html`<article-card lang="en" .data=${data}></article-card>`);
      await until(() => el.state === 'error');
    });
    expect(warnings).to.deep.equal([`<article-card>: invalid — the document has no "name" (${location.href})`]);
  });

  it('shows no RFC 822 date whose day its month lacks, in the card and in its related list, and one that it has', async () => {
    // "Fri, 30 Feb 2024" showed as 1 March (V8 rolls it over), as "2024-02-30" no longer did.
    const item = (n: number, datePublished: string): Json => ({ '@type': 'ListItem', item: { '@type': 'BlogPosting', headline: `S${n}`, url: `https://news.example/${n}/`, datePublished } });
    const list = { '@type': 'ItemList', itemListElement: [item(1, 'Fri, 30 Feb 2024 10:00:00 GMT'), item(2, 'Thu, 29 Feb 2024 10:00:00 GMT'), item(3, 'Thu, 29 Feb 24 23:30:00 -0300')] };
    const shown = async (datePublished: string): Promise<[string | null | undefined, (string | null | undefined)[]]> => {
      const data = { '@context': 'https://schema.org', '@graph': [block({ datePublished }), list] };
      const card = await fixture<ArticleCard>(html`<article-card lang="en" .data=${data}></article-card>`);
      const related = await fixture<HTMLElement>(html`<related-stories lang="en" .data=${data}></related-stories>`);
      await until(() => card.state === 'ready' && related.getAttribute('state') === 'ready');
      await card.updateComplete;
      const times = [...related.shadowRoot!.querySelectorAll('li[part=item]')].map((li) => li.querySelector('time')?.getAttribute('datetime'));
      return [part(card, 'date')?.getAttribute('datetime'), times];
    };
    const related = [undefined, '2024-02-29T10:00:00.000Z', '2024-03-01T02:30:00.000Z'];
    expect(await shown('Fri, 30 Feb 2024 10:00:00 GMT')).to.deep.equal([undefined, related]);
    expect(await shown('Thu, 29 Feb 2024 10:00:00 GMT')).to.deep.equal(['2024-02-29T10:00:00.000Z', related]);
  });

  it('shows the day of a date whose time is garbled ("2016-05-24T05:55%Z"), that day everywhere', async () => {
    const el = await fixture<ArticleCard>(html`<article-card lang="en" .data=${block({ dateCreated: '2016-05-24T05:55%Z' })}></article-card>`);
    await until(() => el.state === 'ready');
    await el.updateComplete;
    expect(part(el, 'date')!.getAttribute('datetime')).to.equal('2016-05-24');
    expect(textOf(el, 'date')).to.equal('May 24, 2016');
  });
});

describe('schema.org JSON-LD that is hostile', () => {
  it('reads types and sizes that are objects with hostile toString/valueOf as nothing, without an exception', () => {
    const hostile = { toString: 1, valueOf: 1 };
    const article = readValue(block({ '@type': ['NewsArticle', hostile], image: { url: 'https://news.example/a.jpg', width: hostile, height: '450' } }));
    expect(article.image).to.include({ width: undefined, height: 450 });
    // A page, a translation, a size's value, a language or a credit that is such an object.
    const read = readValue(
      block({
        mainEntityOfPage: hostile,
        inLanguage: [hostile],
        image: { url: 'https://news.example/a.jpg', width: { value: hostile }, creditText: hostile },
        workTranslation: [hostile, { '@id': hostile, inLanguage: hostile, url: hostile }, { inLanguage: 'fr', url: hostile, '@id': hostile }],
        translationOfWork: { inLanguage: { alternateName: hostile }, url: 'https://news.example/x/' },
      }),
    );
    expect([read.url, read.language, read.image?.width, read.image?.credit, read.translations]).to.deep.equal([undefined, undefined, undefined, undefined, []]);
  });
});
