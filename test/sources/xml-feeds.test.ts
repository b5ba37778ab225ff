import { expect, fixture, html } from '@open-wc/testing';
import { clearLoaderCache, loadJson } from '../../src/core/loader.js';
import { readXml } from '../../src/core/xml-document.js';
import '../../src/elements/article-card/define.js';
import '../../src/elements/related-stories/define.js';
import type { ArticleCard } from '../../src/elements/article-card/article-card.js';
import type { RelatedStories } from '../../src/elements/related-stories/related-stories.js';
import { readDocument } from '../../src/sources/read-document.js';
import { nextEvent, until } from '../support/wait.js';
import type { Article } from '../../src/core/article.js';
import { fixtureUrl, readFixture, readValue } from './helpers.js';
import { warningsDuring } from '../support/console-warnings.js';

const titles = (el: RelatedStories): string[] => [...el.shadowRoot!.querySelectorAll('[part=title]')].map((title) => title.textContent!);

describe('RSS 2.0', () => {
  it('reads each item: title (entities decoded), link, date, description as text', async () => {
    const [first, second] = (await readFixture('rss.xml')).related;
    expect(first).to.deep.include({
      title: 'Chechnya’s Anti-LGBTQ Purge Has Restarted – Network',
      url: 'https://news.example/2017/07/chechnya-purge-restarted/',
      summary: 'Credible evidence of new arrests.',
    });
    expect(Date.parse(first!.published!)).to.equal(Date.UTC(2017, 6, 10, 9));
    expect(second).to.deep.include({ title: 'Nirvana’s 1992 Benefit', url: new URL('/2017/06/nirvana-1992-benefit/', fixtureUrl('x')).href, summary: 'A concert & a cause.', published: '2017-06-01T12:00:00Z' });
  });

  it('takes the image from media:thumbnail, else an image enclosure (not an audio one)', async () => {
    const [first, second, third] = (await readFixture('rss.xml')).related;
    expect(first!.image).to.deep.equal({ src: new URL('/img/chechnya-thumb.jpg', fixtureUrl('x')).href, alt: '', width: 400, height: 225 });
    expect(second!.image).to.include({ src: 'https://cdn.news.example/nirvana.jpg' });
    expect(third!.image).to.equal(undefined);
  });

  it('is a list: an item without a safe link is left out', async () => {
    const article = await readFixture('rss.xml');
    expect(article).to.include({ list: true, title: 'News Example', url: 'https://news.example/', language: 'en-US' });
    expect(article.related.map((story) => story.title)).to.not.include('Unsafe link');
  });
});

describe('Atom 1.0', () => {
  it('reads each entry: title of type html as text, the rel="alternate" link, published, summary', async () => {
    const [first] = (await readFixture('atom.xml')).related;
    expect(first).to.deep.include({
      title: 'Chechnya’s Purge Has Restarted',
      url: new URL('/2017/07/chechnya-purge-restarted/', fixtureUrl('x')).href,
      published: '2017-07-10T09:00:00Z',
      summary: 'Credible evidence',
      image: { src: 'https://news.example/img/chechnya.jpg', alt: '', width: undefined, height: undefined },
    });
  });

  it('reads a text title as it is, a link without rel, updated, xhtml content and an image enclosure link', async () => {
    const [, second] = (await readFixture('atom.xml')).related;
    expect(second).to.deep.include({ title: 'Tom & Jerry <3', url: 'https://news.example/2017/06/tom-and-jerry/', published: '2017-06-01T12:00:00Z', summary: 'Cat and mouse.' });
    expect(second!.image).to.include({ src: 'https://news.example/img/tom.png' });
  });

  it('leaves out an entry without a link', async () => {
    const article = await readFixture('atom.xml');
    expect(article.related).to.have.length(2);
    expect(article).to.include({ list: true, title: 'News Example', url: 'https://news.example/', language: 'en' });
  });
});

/** An XML feed's text read as the loader reads it. */
function feed(text: string): Article {
  const xml = readXml(text);
  if (!xml.ok) throw new Error(xml.failure.message);
  return readValue(xml.json);
}
const MEDIA = 'xmlns:media="http://search.yahoo.com/mrss/"';
const rssItem = (item: string, namespaces = ''): Article =>
  feed(`<rss version="2.0" ${namespaces}><channel><title>Site</title><item><title>Story</title>${item}</item></channel></rss>`);

describe('feeds that mix vocabularies', () => {
  it('takes a media:content that does not say what it is as the image, not one that says it is a video', () => {
    const image = (content: string): string | undefined => rssItem(`<link>https://news.example/s/</link>${content}`, MEDIA).related[0]!.image?.src;
    expect(image('<media:content width="140" url="https://i.news.example/s.jpg"/>')).to.equal('https://i.news.example/s.jpg');
    expect(image('<media:content medium="image" url="https://i.news.example/m.jpg"/>')).to.equal('https://i.news.example/m.jpg');
    expect(image('<media:content type="video/mp4" url="https://v.news.example/s.mp4"/>')).to.equal(undefined);
    expect(image('<media:content medium="video" url="https://v.news.example/s.mp4"/><media:thumbnail url="https://i.news.example/t.jpg"/>')).to.equal('https://i.news.example/t.jpg');
  });

  // CONTRACT §2a: `media:thumbnail`, `media:content`, an image `enclosure`, in that order, wherever
  // each stands in the item.
  it('prefers media:thumbnail to media:content, and media:content to an image enclosure, whatever their order', () => {
    const image = (content: string): string | undefined => rssItem(`<link>https://news.example/s/</link>${content}`, MEDIA).related[0]!.image?.src;
    const enclosure = '<enclosure type="image/jpeg" length="1" url="https://i.news.example/big.jpg"/>';
    const content = '<media:content medium="image" url="https://i.news.example/content.jpg"/>';
    const thumbnail = '<media:thumbnail url="https://i.news.example/thumb.jpg"/>';
    expect(image(enclosure + content + thumbnail)).to.equal('https://i.news.example/thumb.jpg');
    expect(image(enclosure + content)).to.equal('https://i.news.example/content.jpg');
    expect(image(`<media:group>${content}</media:group>${enclosure}`)).to.equal('https://i.news.example/content.jpg');
    expect(image(enclosure + '<enclosure type="image/png" length="1" url="https://i.news.example/second.png"/>')).to.equal('https://i.news.example/big.jpg');
  });

  it('reads an RSS item’s and channel’s own <link>, not an <atom:link> before it', () => {
    const ATOM = 'xmlns:atom="http://www.w3.org/2005/Atom"';
    const article = feed(
      `<rss version="2.0" ${ATOM}><channel><title>Site</title><atom:link rel="self" href="https://news.example/feed/"/><link>https://news.example/</link>` +
        '<item><title>Story</title><atom:link rel="related" href="https://other.example/"/><link>https://news.example/s/</link></item></channel></rss>',
    );
    expect(article.url).to.equal('https://news.example/');
    expect(article.related.map((story) => story.url)).to.deep.equal(['https://news.example/s/']);
  });

  it('reads an Atom entry’s own <content>, not a <media:content> before it, and xhtml as separate paragraphs', () => {
    const entry = (body: string): Article =>
      feed(`<feed xmlns="http://www.w3.org/2005/Atom" ${MEDIA}><title>Site</title><entry><title>Story</title><link href="https://news.example/s/"/>${body}</entry></feed>`);
    const withMedia = entry('<media:content url="https://i.news.example/s.jpg" medium="image"/><content type="html">&lt;p&gt;Body text&lt;/p&gt;</content>').related[0]!;
    expect(withMedia).to.deep.include({ summary: 'Body text', image: { src: 'https://i.news.example/s.jpg', alt: '', width: undefined, height: undefined } });
    const xhtml = entry('<summary type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>One</p><p>Two &amp; three</p></div></summary>').related[0]!;
    expect(xhtml.summary).to.equal('One Two & three');
  });

  it('reads an RSS title as text when it holds no entity ("Vec<T> in Rust"), and decodes one that does', () => {
    const title = (escaped: string): string | undefined => feed(`<rss version="2.0"><channel><title>Site</title><item><title>${escaped}</title><link>https://news.example/s/</link></item></channel></rss>`).related[0]!.title;
    // Hugo and other template engines escape once: after the XML parser, no entity is left.
    expect(title('Vec&lt;T&gt; in Rust')).to.equal('Vec<T> in Rust');
    expect(title('The &lt;dialog&gt; element')).to.equal('The <dialog> element');
    expect(title('Why a&lt;b and b&gt;c')).to.equal('Why a<b and b>c');
    // WordPress escapes its entities again: decoded once.
    expect(title('Don&amp;#8217;t  panic &amp;amp; run')).to.equal('Don’t panic & run');
    expect(title('<![CDATA[x < y & how]]>')).to.equal('x < y & how');
  });

  it('takes a permalink guid as the link of an item that has none (podcasts), not one that says it is no permalink or a bare id', () => {
    const url = (item: string): string | undefined => rssItem(item).related[0]?.url;
    expect(url('<guid isPermaLink="true">https://pod.example/ep2</guid>')).to.equal('https://pod.example/ep2');
    expect(url('<guid>https://pod.example/ep3</guid>')).to.equal('https://pod.example/ep3');
    expect(url('<guid isPermaLink="false">https://pod.example/?p=4</guid>')).to.equal(undefined);
    expect(url('<guid>1f3a9c</guid>')).to.equal(undefined);
    expect(url('<guid>javascript:alert(1)</guid>')).to.equal(undefined);
    expect(url('<link>https://news.example/s/</link><guid>https://pod.example/ep5</guid>')).to.equal('https://news.example/s/');
  });

  it('resolves Atom links and images against xml:base, the feed’s and the entry’s (RFC 4287 §2)', () => {
    const atom = (attributes: string, entryAttributes: string): Article =>
      feed(
        `<feed xmlns="http://www.w3.org/2005/Atom" ${MEDIA} ${attributes}><title>Site</title><link href="./"/>` +
          `<entry ${entryAttributes}><title>A</title><link href="2024/01/05/a.html"/><media:thumbnail url="assets/a.png"/></entry></feed>`,
      );
    const github = atom('xml:base="https://example.github.io/proj/"', '');
    expect(github.url).to.equal('https://example.github.io/proj/');
    expect(github.related[0]).to.deep.include({ url: 'https://example.github.io/proj/2024/01/05/a.html' });
    expect(github.related[0]!.image?.src).to.equal('https://example.github.io/proj/assets/a.png');
    // An entry's own, relative to the feed's.
    expect(atom('xml:base="https://blog.example/"', 'xml:base="archive/"').related[0]!.url).to.equal('https://blog.example/archive/2024/01/05/a.html');
    // None: the feed's URL; one that cannot be a base leaves it.
    expect(atom('', '').related[0]!.url).to.equal('https://news.example/2024/01/05/a.html');
    expect(atom('xml:base="javascript:alert(1)"', '').related[0]!.url).to.equal('https://news.example/2024/01/05/a.html');
  });

  it('takes the image of the best kind whose URL can be shown: an empty thumbnail hides nothing, a video’s thumbnail counts, isDefault first, no avatar', () => {
    const image = (content: string): string | undefined => rssItem(`<link>https://news.example/s/</link>${content}`, MEDIA).related[0]!.image?.src;
    expect(image('<media:thumbnail url=""/><media:content url="https://i.news.example/a.jpg" medium="image"/>')).to.equal('https://i.news.example/a.jpg');
    expect(image('<media:thumbnail url="javascript:x"/><enclosure type="image/jpeg" url="https://i.news.example/e.jpg"/>')).to.equal('https://i.news.example/e.jpg');
    expect(image('<media:content url="https://v.news.example/b.mp4" type="video/mp4" medium="video"><media:thumbnail url="https://i.news.example/b.jpg"/></media:content>')).to.equal('https://i.news.example/b.jpg');
    expect(
      image('<media:group><media:content url="https://i.news.example/small.jpg" medium="image" width="150"/><media:content url="https://i.news.example/big.jpg" medium="image" width="1200" isDefault="true"/></media:group>'),
    ).to.equal('https://i.news.example/big.jpg');
    // WordPress.com: the author's Gravatar first in every item, then the post's picture.
    expect(
      image('<media:content url="https://1.gravatar.com/avatar/abc?s=96&amp;d=identicon&amp;r=G" medium="image"><media:title type="html">admin</media:title></media:content><media:content url="https://example.files.wordpress.com/2024/04/photo.jpg" medium="image"/>'),
    ).to.equal('https://example.files.wordpress.com/2024/04/photo.jpg');
  });

  it('takes dc:date when pubDate is empty, and updated when published is', () => {
    const rss = rssItem('<link>https://news.example/s/</link><pubDate></pubDate><dc:date>2017-07-10T09:00:00Z</dc:date>', 'xmlns:dc="http://purl.org/dc/elements/1.1/"');
    expect(rss.related[0]!.published).to.equal('2017-07-10T09:00:00Z');
    // Dublin Core's address as some feeds write it, without its last slash.
    const noSlash = rssItem('<link>https://news.example/s/</link><dc:date>2017-07-11T09:00:00Z</dc:date>', 'xmlns:dc="http://purl.org/dc/elements/1.1"');
    expect(noSlash.related[0]!.published).to.equal('2017-07-11T09:00:00Z');
    const atom = feed('<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>S</title><link href="https://news.example/s/"/><published> </published><updated>2017-06-01T12:00:00Z</updated></entry></feed>');
    expect(atom.related[0]!.published).to.equal('2017-06-01T12:00:00Z');
  });
});

describe('an RSS date', () => {
  const published = (pubDate: string): string | undefined => rssItem(`<link>https://news.example/s/</link><pubDate>${pubDate}</pubDate>`).related[0]!.published;

  it('with a day its month does not have is no date, where the parser would say 1 March', () => {
    expect(['Fri, 30 Feb 2024 10:00:00 GMT', 'Sat, 29 Feb 2025 00:00:00 GMT', '31 Jun 2024 23:00 +0100', 'Fri, 30 feb 24 10:00:00 +0000'].map(published)).to.deep.equal([undefined, undefined, undefined, undefined]);
    const days = ['Thu, 29 Feb 2024 10:00:00 GMT', 'Thu, 29 Feb 24 23:30:00 -0300', 'Sun, 30 Jun 2024 23:00 +0100', 'Tue, 31 Dec 2024 23:00:00 -0500', '2024-02-29T10:00:00Z'];
    expect(days.map(published)).to.deep.equal(days);
  });

  it('of a hundred thousand digits is no date', () => {
    // How its reading grows with the digits is held in calendar-days.test.ts, under the
    // 2 000-character cut every reader's text() makes (here both sizes would be cut alike).
    expect(published(`${'1'.repeat(100_000)} Feb`)).to.equal(undefined);
  });

  it('in ISO 8601 past its month’s end is none in Atom too, so updated stands in', () => {
    // The readers' one rule for ISO days (json-guards' `date`): the card showed no date at all.
    const atom = feed('<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>S</title><link href="https://news.example/s/"/><published>2024-02-30T10:00:00Z</published><updated>2024-03-01T09:00:00Z</updated></entry></feed>');
    expect(atom.related[0]!.published).to.equal('2024-03-01T09:00:00Z');
  });

  it('in RFC 822 past its month’s end is none in Atom too, as feeds write it there', () => {
    const entry = (published: string): string | undefined =>
      feed(`<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>S</title><link href="https://news.example/s/"/><published>${published}</published><updated>2024-03-01T09:00:00Z</updated></entry></feed>`).related[0]!.published;
    expect(entry('Fri, 30 Feb 2024 10:00:00 GMT')).to.equal('2024-03-01T09:00:00Z');
    expect(entry('Thu, 29 Feb 2024 10:00:00 GMT')).to.equal('Thu, 29 Feb 2024 10:00:00 GMT');
  });

  it('past its month’s end leaves the item’s dc:date', () => {
    const rss = rssItem('<link>https://news.example/s/</link><pubDate>Fri, 30 Feb 2024 10:00:00 GMT</pubDate><dc:date>2024-03-01T09:00:00Z</dc:date>', 'xmlns:dc="http://purl.org/dc/elements/1.1/"');
    expect(rss.related[0]!.published).to.equal('2024-03-01T09:00:00Z');
  });
});

describe('the order of a feed’s stories', () => {
  const rss = (items: string[]): Article =>
    feed(`<rss version="2.0"><channel><title>Site</title>${items.map((item, i) => `<item><title>S${i}</title><link>https://news.example/${i}</link>${item}</item>`).join('')}</channel></rss>`);
  const titles = (article: Article): string[] => article.related.map(({ title }) => title);

  it('is newest first, as feed readers show it, when every item has a date (a feed written oldest first, RFC 822 dates)', () => {
    const dates = ['Sun, 09 Jul 2017 09:00:00 GMT', 'Mon, 10 Jul 2017 09:00:00 +0200', 'Mon, 10 Jul 2017 09:00:00 GMT', 'Mon, 10 Jul 2017 09:00:00 GMT'];
    // Equal dates keep the feed's order.
    expect(titles(rss(dates.map((date) => `<pubDate>${date}</pubDate>`)))).to.deep.equal(['S2', 'S3', 'S1', 'S0']);
    const atom = feed(
      `<feed xmlns="http://www.w3.org/2005/Atom">${['2017-07-01T00:00:00Z', '2017-07-03T00:00:00Z', '2017-07-02T00:00:00Z']
        .map((date, i) => `<entry><title>E${i}</title><link href="https://news.example/${i}"/><updated>${date}</updated></entry>`)
        .join('')}</feed>`,
    );
    expect(titles(atom)).to.deep.equal(['E1', 'E2', 'E0']);
  });

  it('is the feed’s own when an item has no date, or one that is no date, as nothing orders it', () => {
    expect(titles(rss(['<pubDate>Sun, 09 Jul 2017 09:00:00 GMT</pubDate>', '', '<pubDate>Mon, 10 Jul 2017 09:00:00 GMT</pubDate>']))).to.deep.equal(['S0', 'S1', 'S2']);
    expect(titles(rss(['<pubDate>Sun, 09 Jul 2017 09:00:00 GMT</pubDate>', '<pubDate>soon</pubDate>']))).to.deep.equal(['S0', 'S1']);
  });

  it('keeps the newest 100 of a longer feed written oldest first', () => {
    const items = Array.from({ length: 150 }, (_, i) => `<pubDate>${new Date(Date.UTC(2017, 0, 1 + i)).toUTCString()}</pubDate>`);
    const read = titles(rss(items));
    expect([read.length, read[0], read[99]]).to.deep.equal([100, 'S149', 'S50']);
  });
});

describe('XML that is not a feed', () => {
  it('a parse error is a failure whose reason says it is not a feed', () => {
    const result = readXml('<rss><channel><item></rss>');
    expect(result.ok || result.failure.reason).to.equal('not-feed');
  });

  it('well-formed XML of another kind is not a feed', () => {
    const xml = readXml('<svg xmlns="http://www.w3.org/2000/svg"/>');
    const result = xml.ok && readDocument(xml.json, 'https://news.example/');
    expect(result && !result.ok && result.failure.reason).to.equal('not-feed');
  });

  it('refuses an entity expansion bomb at once, without hanging the page', () => {
    const levels = Array.from({ length: 10 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`).join('');
    const bomb = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY l0 "lol">${levels}]><rss><channel><title>&l10;</title></channel></rss>`;
    // Chromium's own parser gives up on this one too; other engines may not: it is refused
    // before any parser sees it.
    const parse = DOMParser.prototype.parseFromString;
    let parsed = 0;
    DOMParser.prototype.parseFromString = function (this: DOMParser, ...args: Parameters<DOMParser['parseFromString']>) {
      parsed++;
      return parse.apply(this, args);
    };
    try {
      const result = readXml(bomb);
      expect(result.ok || result.failure).to.include({ reason: 'not-feed' });
      expect(parsed).to.equal(0);
    } finally {
      DOMParser.prototype.parseFromString = parse;
    }
  });

  it('reads a feed with a DOCTYPE that defines no entities (RSS 0.91 style)', () => {
    const xml = readXml(
      '<?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd"><rss version="0.91"><channel><item><title>Old</title><link>https://news.example/old/</link></item></channel></rss>',
    );
    const result = xml.ok && readDocument(xml.json, 'https://news.example/');
    expect(result && result.ok && result.value.related[0]!.title).to.equal('Old');
  });
});

describe('feeds over the network', () => {
  afterEach(() => clearLoaderCache());

  it('<related-stories src> lists an RSS feed', async () => {
    const el = await fixture<RelatedStories>(html`<related-stories loading="eager" src=${fixtureUrl('rss.xml')}></related-stories>`);
    await until(() => el.state === 'ready');
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Chechnya’s Anti-LGBTQ Purge Has Restarted – Network', 'Nirvana’s 1992 Benefit', 'Only a podcast']);
    expect(el.shadowRoot!.querySelector('script')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('<related-stories src> lists an Atom feed', async () => {
    const el = await fixture<RelatedStories>(html`<related-stories loading="eager" src=${fixtureUrl('atom.xml')}></related-stories>`);
    await until(() => el.state === 'ready');
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Chechnya’s Purge Has Restarted', 'Tom & Jerry <3']);
    expect(el.shadowRoot!.querySelector('img[part=image]:not([src^="https:"])')).to.equal(null);
  });

  it('<article-card> given a feed is an error that says it is a list, not a card titled with the site name', async () => {
    const el = await fixture<ArticleCard>(html`<article-card></article-card>`);
    const failed = nextEvent<CustomEvent>(el, 'error');
    const warnings = await warningsDuring(async () => {
      el.src = fixtureUrl('atom.xml');
      await failed;
    });
    expect(warnings.join('\n')).to.match(/feed or collection is a list/);
    expect(el.shadowRoot!.textContent).to.not.include('News Example');
  });

  it('<related-stories> says an XML answer that does not parse is not a feed', async () => {
    const el = await fixture<RelatedStories>(html`<related-stories loading="eager"></related-stories>`);
    const failed = nextEvent<CustomEvent>(el, 'error');
    el.src = `/test-api/encoded?encoding=utf8&type=application%2Frss%2Bxml&text=${encodeURIComponent('<rss><channel>')}`;
    expect((await failed).detail.reason).to.equal('not-feed');
    expect(el.state).to.equal('error');
  });

  it('honours the charset of Content-Type for XML: ISO-8859-1 and windows-1252', async () => {
    const rss = (title: string): string => `<rss version="2.0"><channel><item><title>${title}</title><link>https://news.example/a/</link></item></channel></rss>`;
    for (const [encoding, title] of [
      ['latin1', 'Tchétchénie : « purge »'],
      ['windows-1252', 'Chechnya’s purge – “evidence”…'],
    ]) {
      const url = `/test-api/encoded?encoding=${encoding}&type=${encodeURIComponent(`application/rss+xml; charset=${encoding === 'latin1' ? 'ISO-8859-1' : encoding}`)}&text=${encodeURIComponent(rss(title!))}`;
      const result = await loadJson(url);
      const article = result.ok && readDocument(result.json, result.url);
      expect(article && article.ok && article.value.related[0]!.title).to.equal(title);
    }
  });

  it('honours an XML declaration’s encoding when Content-Type names none', async () => {
    const text = '<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><item><title>Café</title><link>https://news.example/a/</link></item></channel></rss>';
    const result = await loadJson(`/test-api/encoded?encoding=latin1&type=text%2Fxml&text=${encodeURIComponent(text)}`);
    const article = result.ok && readDocument(result.json, result.url);
    expect(article && article.ok && article.value.related[0]!.title).to.equal('Café');
  });

  it('lets a UTF-8 byte order mark win over an XML declaration that names another encoding', async () => {
    const text = '\uFEFF<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><item><title>Café</title><link>https://news.example/a/</link></item></channel></rss>';
    const result = await loadJson(`/test-api/encoded?encoding=utf8&type=text%2Fxml&text=${encodeURIComponent(text)}`);
    const article = result.ok && readDocument(result.json, result.url);
    expect(article && article.ok && article.value.related[0]!.title).to.equal('Café');
  });

  it('reads a feed that declares UTF-16 on UTF-8 bytes (.NET’s StringWriter writes it) as UTF-8, as a browser does', async () => {
    for (const label of ['utf-16', 'UTF-16', 'utf-16le']) {
      const text = `<?xml version="1.0" encoding="${label}"?><rss version="2.0"><channel><item><title>Café</title><link>https://news.example/a/</link></item></channel></rss>`;
      const result = await loadJson(`/test-api/encoded?encoding=utf8&type=application%2Frss%2Bxml&text=${encodeURIComponent(text)}`);
      const article = result.ok && readDocument(result.json, result.url);
      expect(article && article.ok && article.value.related[0]!.title, label).to.equal('Café');
    }
  });

  it('honours the declaration of a feed known only by how it starts (no XML media type)', async () => {
    const text = '<?xml version="1.0" encoding="windows-1252"?><rss version="2.0"><channel><item><title>Tchétchénie – “purge”</title><link>https://news.example/a/</link></item></channel></rss>';
    const result = await loadJson(`/test-api/encoded?encoding=windows-1252&type=application%2Foctet-stream&text=${encodeURIComponent(text)}`);
    const article = result.ok && readDocument(result.json, result.url);
    expect(article && article.ok && article.value.related[0]!.title).to.equal('Tchétchénie – “purge”');
  });

  it('honours the charset of Content-Type for JSON', async () => {
    const json = JSON.stringify({ title: 'Tchétchénie – “purge”' });
    const result = await loadJson(`/test-api/encoded?encoding=windows-1252&type=${encodeURIComponent('application/json; charset=windows-1252')}&text=${encodeURIComponent(json)}`);
    expect(result.ok && (result.json as { title: string }).title).to.equal('Tchétchénie – “purge”');
  });
});
