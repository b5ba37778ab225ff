import { expect, fixture, html } from '@open-wc/testing';
import { clearLoaderCache } from '../../src/core/loader.js';
import { loaderSettings } from '../../src/core/loader-settings.js';
import '../../src/elements/related-stories/define.js';
import type { RelatedStories } from '../../src/elements/related-stories/related-stories.js';
import { type Json, article, docUrl, hits, uniqueKey } from '../support/fixtures.js';
import { nextEvent, sleep, until } from '../support/wait.js';

/** A related item of the document. */
const story = (n: number, extra: Json = {}): Json => ({ url: `https://news.example/story-${n}/`, title: `Story ${n}`, ...extra });
/** A JSON Feed 1.1 with these items. */
const feed = (items: Json[], extra: Json = {}): Json => ({ version: 'https://jsonfeed.org/version/1.1', title: 'News', items, ...extra });

const shadow = (el: RelatedStories): ShadowRoot => el.shadowRoot!;
const items = (el: RelatedStories): HTMLLIElement[] => [...shadow(el).querySelectorAll<HTMLLIElement>('li[part=item]')];
const titles = (el: RelatedStories): string[] => items(el).map((li) => li.querySelector('[part=title]')!.textContent!);
const hrefs = (el: RelatedStories): string[] => items(el).map((li) => li.querySelector('a')!.href);
const heading = (el: RelatedStories): HTMLElement => shadow(el).querySelector<HTMLElement>('[part=heading]')!;

async function related(data: Json, attributes: { limit?: string; lang?: string } = {}): Promise<RelatedStories> {
  const el = await fixture<RelatedStories>(html`<related-stories .data=${data} limit=${attributes.limit ?? '4'} lang=${attributes.lang ?? 'en'}></related-stories>`);
  await el.updateComplete;
  return el;
}

/** Puts the test page at `path` (keeping its query) for the current-page rules; returns the undo. */
function pageAt(path: string): () => void {
  const original = location.href;
  history.replaceState(history.state, '', `${path}${location.search}`);
  return () => history.replaceState(history.state, '', original);
}

describe('<related-stories> sources', () => {
  afterEach(() => clearLoaderCache());

  it('lists the related stories of the article document, each one link with its title', async () => {
    const el = await related(article());
    expect(el.getAttribute('state')).to.equal('ready');
    expect(heading(el).textContent!.trim()).to.equal('Related Stories');
    expect(titles(el)).to.deep.equal([
      'These Hornet Users Had Our Favorite Posts of the Past Week',
      'Campy Cult Classic \'Girls Will Be Girls\' Is Getting Remastered in Time for Pride Month',
      'Nirvana Pushed Back Against Homophobia and Kink-Shaming at This 1992 Benefit Concert',
      'Motivate Yourself to Get Fit Without All the Body-Shaming',
    ]);
    expect(hrefs(el)[0]).to.equal('https://news.example/2017/07/users-favorite-posts-week/');
    for (const li of items(el)) expect(li.querySelectorAll('a')).to.have.length(1);
    expect(shadow(el).querySelector('ul')!.getAttribute('part')).to.equal('list');
  });

  it('shows a thumbnail, lazy and with width/height, and a localised date', async () => {
    const el = await related(article());
    const img = items(el)[0]!.querySelector('img')!;
    expect(img.getAttribute('part')).to.equal('image');
    expect(img.src).to.equal(new URL('/img/favorite-posts.jpg', location.href).href);
    expect(img.getAttribute('loading')).to.equal('lazy');
    expect(img.getAttribute('decoding')).to.equal('async');
    expect(img.getAttribute('width')).to.equal('400');
    expect(img.getAttribute('height')).to.equal('225');
    expect(img.getAttribute('alt')).to.equal('');
    expect(getComputedStyle(img).aspectRatio).to.equal('16 / 9');
    const time = items(el)[0]!.querySelector('time')!;
    expect(time.getAttribute('part')).to.equal('date');
    expect(time.getAttribute('datetime')).to.equal('2017-07-08T15:00:00.000Z');
    expect(time.textContent).to.equal(new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(new Date('2017-07-08T15:00:00Z')));
  });

  it('shows no thumbnail nor date where the item has none, and keeps an alt the source gives', async () => {
    const el = await related(article({ related: [story(1), story(2, { image: { src: '/a.jpg', alt: 'A cat' }, published: '2020-02-29' })] }));
    const [first, second] = items(el);
    expect(first!.querySelector('img')).to.equal(null);
    expect(first!.querySelector('time')).to.equal(null);
    expect(second!.querySelector('img')!.alt).to.equal('A cat');
    // A date without a time is that day everywhere.
    expect(second!.querySelector('time')!.getAttribute('datetime')).to.equal('2020-02-29');
    expect(second!.querySelector('time')!.textContent).to.equal('Feb 29, 2020');
  });

  it('shows an RFC 822 date whose day its month has, and none for 30 February (the parser’s 1 March)', async () => {
    const dates = ['Fri, 30 Feb 2024 10:00:00 GMT', 'Thu, 29 Feb 2024 10:00:00 GMT', '31 Jun 2024 23:00 +0100', 'Thu, 29 Feb 24 23:30:00 -0300'];
    const el = await related(article({ related: dates.map((published, n) => story(n, { published })) }));
    const times = items(el).map((item) => item.querySelector('time')?.getAttribute('datetime'));
    expect(times).to.deep.equal([undefined, '2024-02-29T10:00:00.000Z', undefined, '2024-03-01T02:30:00.000Z']);
    expect(items(el)[1]!.querySelector('time')!.textContent).to.equal('Feb 29, 2024');
  });

  // A year, or a year and month, is a date without a time too (it was read as UTC midnight, the
  // day before west of UTC, and written as an instant).
  it('keeps a year or a month without a time as it is, that day everywhere', async () => {
    const el = await related(article({ related: [story(1, { published: '2017' }), story(2, { published: '2017-07' })] }));
    const times = items(el).map((item) => item.querySelector('time')!);
    expect(times.map((time) => time.getAttribute('datetime'))).to.deep.equal(['2017', '2017-07']);
    expect(times.map((time) => time.textContent)).to.deep.equal(['Jan 1, 2017', 'Jul 1, 2017']);
  });

  it('reads a JSON Feed 1.1 from src: url, title, image, date_published', async () => {
    const key = uniqueKey('related-feed');
    const body = JSON.stringify(
      feed([
        { id: '1', url: '/2024/one/', title: 'One', image: '/img/one.jpg', date_published: '2024-05-01T08:00:00Z', summary: 'S' },
        { id: '2', url: 'https://news.example/two/', title: 'Two' },
      ]),
    );
    const el = document.createElement('related-stories');
    el.loading = 'eager';
    el.src = docUrl(key, { body });
    const loaded = nextEvent(el, 'load');
    document.body.append(el);
    await loaded;
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['One', 'Two']);
    // Relative URLs inside the feed resolve against the feed's own URL.
    expect(hrefs(el)[0]).to.equal(new URL('/2024/one/', location.href).href);
    expect(items(el)[0]!.querySelector('img')!.src).to.equal(new URL('/img/one.jpg', location.href).href);
    expect(items(el)[0]!.querySelector('time')!.getAttribute('datetime')).to.equal('2024-05-01T08:00:00.000Z');
    expect(await hits(key)).to.have.length(1);
    el.remove();
  });

  it('reads a JSON Feed given as the data property', async () => {
    const el = await related(feed([{ url: 'https://news.example/a/', title: 'A' }]));
    expect(titles(el)).to.deep.equal(['A']);
  });

  it('leaves out the feed item for the current page, ignoring #hash and a trailing slash', async () => {
    const undo = pageAt('/news/2024/this-story/');
    try {
      const here = location.href;
      const noSlash = `${location.origin}/news/2024/this-story${location.search}`;
      const el = await related(
        feed([
          { url: here, title: 'This page' },
          { url: 'https://news.example/other/', title: 'Other' },
          { url: `${here}#comments`, title: 'This page, comments' },
          { url: noSlash, title: 'This page, no slash' },
          { url: `${location.origin}/news/2024/this-story/?page=2`, title: 'Page two' },
        ]),
      );
      expect(titles(el)).to.deep.equal(['Other', 'Page two']);
    } finally {
      undo();
    }
  });

  it('leaves out the current page however the reader arrived (utm_*, fbclid, gclid), and so linked by a feed', async () => {
    const undo = pageAt('/news/2024/this-story/');
    const plain = location.href;
    history.replaceState(history.state, '', `${plain}&utm_source=newsletter&utm_medium=email&fbclid=abc`);
    try {
      const el = await related(
        feed([
          { url: plain, title: 'This page' },
          { url: `${plain}&utm_source=feed`, title: 'This page, from the feed service' },
          { url: `${plain}&gclid=x`, title: 'This page, from an ad' },
          { url: `${plain}&page=2`, title: 'Page two' },
          { url: 'https://news.example/other/?utm_source=feed', title: 'Other' },
        ]),
      );
      expect(titles(el)).to.deep.equal(['Page two', 'Other']);
    } finally {
      undo();
    }
  });

  it('keeps an item that differs from the page by a slash ending the query', async () => {
    const undo = pageAt('/news/story');
    try {
      const el = await related(feed([{ url: `${location.href}/`, title: 'Not this page' }]));
      expect(titles(el)).to.deep.equal(['Not this page']);
    } finally {
      undo();
    }
  });

  it('leaves out the current page from the document\'s related list too', async () => {
    const el = await related(article({ related: [story(1, { url: `${location.href}#top` }), story(2)] }));
    expect(titles(el)).to.deep.equal(['Story 2']);
  });
});

describe('<related-stories> limit and skip rules', () => {
  it('shows at most 4 stories by default', async () => {
    const el = await related(article({ related: [1, 2, 3, 4, 5, 6].map((n) => story(n)) }));
    expect(titles(el)).to.deep.equal(['Story 1', 'Story 2', 'Story 3', 'Story 4']);
  });

  it('shows at most `limit` stories', async () => {
    const el = await related(article({ related: [1, 2, 3, 4, 5, 6].map((n) => story(n)) }), { limit: '2' });
    expect(titles(el)).to.deep.equal(['Story 1', 'Story 2']);
    el.setAttribute('limit', '5');
    await el.updateComplete;
    expect(titles(el)).to.have.length(5);
  });

  for (const bad of ['0', '-1', '2.5', 'many', '']) {
    it(`treats limit="${bad}" as 4`, async () => {
      const el = await related(article({ related: [1, 2, 3, 4, 5, 6].map((n) => story(n)) }), { limit: bad });
      expect(titles(el)).to.have.length(4);
    });
  }

  it('skips items without a url, with a javascript: url or an empty title, before the limit', async () => {
    const el = await related(
      article({
        related: [
          { title: 'No url' },
          story(1, { url: 'javascript:alert(1)' }),
          story(2, { title: '' }),
          story(3, { title: '   ' }),
          story(4, { url: 'data:text/html,hi' }),
          story(5),
          story(6),
        ],
      }),
      { limit: '2' },
    );
    expect(titles(el)).to.deep.equal(['Story 5', 'Story 6']);
    expect(hrefs(el).every((h) => h.startsWith('https://'))).to.equal(true);
  });

  it('skips the same in a JSON Feed', async () => {
    const el = await related(
      feed([{ title: 'No url' }, { url: 'javascript:alert(1)', title: 'JS' }, { url: 'https://news.example/x/', title: '' }, { url: 'https://news.example/y/', title: 'Y' }]),
    );
    expect(titles(el)).to.deep.equal(['Y']);
  });

  it('renders exactly `limit` items out of 20 000, quickly', async () => {
    const many = Array.from({ length: 20_000 }, (_, n) => ({ url: `https://news.example/s/${n}/`, title: `Story ${n}`, image: `/img/${n}.jpg` }));
    const start = performance.now();
    const fromFeed = await related(feed(many), { limit: '3' });
    const fromDocument = await related(article({ related: many.map((m) => ({ ...m, image: undefined })) }));
    expect(performance.now() - start).to.be.below(2000);
    expect(titles(fromFeed)).to.deep.equal(['Story 0', 'Story 1', 'Story 2']);
    expect(items(fromDocument)).to.have.length(4);
    expect(shadow(fromFeed).querySelectorAll('img, a')).to.have.length(6);
  });
});

describe('<related-stories> heading', () => {
  it('uses the heading attribute instead of the default text', async () => {
    const el = await fixture<RelatedStories>(html`<related-stories heading="Read next" .data=${article()}></related-stories>`);
    expect(heading(el).textContent!.trim()).to.equal('Read next');
  });

  it('keeps the default text for an empty or blank heading attribute (no empty heading)', async () => {
    for (const text of ['', '   ']) {
      const el = await fixture<RelatedStories>(html`<related-stories heading=${text} .data=${article()}></related-stories>`);
      expect(heading(el).textContent!.trim()).to.equal('Related Stories');
      await expect(el).to.be.accessible();
    }
  });

  it('shows what is slotted in the heading slot, inside the heading element', async () => {
    const el = await fixture<RelatedStories>(html`<related-stories heading="Ignored" .data=${article()}><span slot="heading">More <em>from us</em></span></related-stories>`);
    const slot = heading(el).querySelector<HTMLSlotElement>('slot[name=heading]')!;
    const assigned = slot.assignedElements();
    expect(assigned).to.have.length(1);
    expect(assigned[0]!.textContent).to.equal('More from us');
    expect(heading(el).getBoundingClientRect().height).to.be.above(0);
  });

  it('is an <h2> by default', async () => {
    const el = await related(article());
    expect(heading(el).localName).to.equal('h2');
  });

  for (const level of [1, 2, 3, 4, 5, 6]) {
    it(`is an <h${level}> with heading-level="${level}"`, async () => {
      const el = await fixture<RelatedStories>(html`<related-stories heading-level=${level} .data=${article()}></related-stories>`);
      expect(heading(el).localName).to.equal(`h${level}`);
      expect(shadow(el).querySelectorAll('h1, h2, h3, h4, h5, h6')).to.have.length(1);
    });
  }

  for (const [given, tag] of [['0', 'h1'], ['9', 'h6'], ['Infinity', 'h6'], ['1e400', 'h6'], ['-Infinity', 'h1'], ['abc', 'h2'], ['', 'h2']] as const) {
    it(`makes heading-level="${given}" an <${tag}>`, async () => {
      const el = await fixture<RelatedStories>(html`<related-stories heading-level=${given} .data=${article()}></related-stories>`);
      expect(heading(el).localName).to.equal(tag);
    });
  }

  it('says "Articles similaires" in French, with French dates', async () => {
    const el = await related(article(), { lang: 'fr' });
    expect(heading(el).textContent!.trim()).to.equal('Articles similaires');
    expect(items(el)[0]!.querySelector('time')!.textContent).to.equal(
      new Intl.DateTimeFormat('fr', { dateStyle: 'medium' }).format(new Date('2017-07-08T15:00:00Z')),
    );
  });

  it('follows a lang change', async () => {
    const el = await related(article(), { lang: 'en' });
    el.setAttribute('lang', 'fr');
    await until(() => heading(el).textContent!.trim() === 'Articles similaires');
  });
});

describe('<related-stories> languages, failures and broken thumbnails', () => {
  afterEach(() => clearLoaderCache());

  const titleSpans = (el: RelatedStories): HTMLElement[] => items(el).map((li) => li.querySelector<HTMLElement>('[part=title]')!);

  it('gives English titles on a French page their own lang and dir="auto" (the item’s language, then the document’s), and their thumbnails’ alt text', async () => {
    const image = { src: '/img/thumb.jpg', alt: 'A thumbnail' };
    const page = await fixture<HTMLElement>(html`<div lang="fr"><related-stories .data=${article({
      language: 'en',
      related: [story(1, { language: 'de', image }), story(2, { image })],
    })}></related-stories></div>`);
    const el = page.querySelector('related-stories')!;
    await el.updateComplete;
    expect(heading(el).textContent).to.equal('Articles similaires');
    expect(titleSpans(el).map((span) => [span.lang, span.dir])).to.deep.equal([
      ['de', 'auto'],
      ['en', 'auto'],
    ]);
    expect(items(el).map((li) => li.querySelector('img')!.lang)).to.deep.equal(['de', 'en']);
  });

  it('reads each JSON Feed 1.1 item’s language, the feed’s standing in', async () => {
    const page = await fixture<HTMLElement>(html`<div lang="fr"><related-stories .data=${feed([story(1, { language: 'en' }), story(2)], { language: 'ar' })}></related-stories></div>`);
    const el = page.querySelector('related-stories')!;
    await el.updateComplete;
    expect(titleSpans(el).map((span) => span.lang)).to.deep.equal(['en', 'ar']);
  });

  it('renders nothing and takes no space (0×0) when the document fails', async () => {
    const saved = { ...loaderSettings };
    loaderSettings.retries = 0;
    const el = document.createElement('related-stories');
    el.loading = 'eager';
    el.src = docUrl(uniqueKey('related-404'), { status: 404 });
    const failed = nextEvent(el, 'error');
    document.body.append(el);
    await failed.finally(() => Object.assign(loaderSettings, saved));
    await el.updateComplete;
    const { width, height } = el.getBoundingClientRect();
    expect([width, height]).to.deep.equal([0, 0]);
    expect(shadow(el).textContent!.trim()).to.equal('');
    el.remove();
  });

  it('shows a broken thumbnail as an empty frame of its size, not a broken-image icon', async () => {
    const el = await related(article({ related: [story(1, { image: { src: '/no/such/thumb.png', alt: 'A thumbnail' } }), story(2, { image: { src: '/no/such/other.png', alt: '' } })] }));
    const before = items(el)[0]!.querySelector('.thumb')!.getBoundingClientRect();
    await until(() => !shadow(el).querySelector('img'), 5000, 'broken thumbnails replaced');
    const frame = items(el)[0]!.querySelector('.thumb')!;
    expect(frame.localName).to.equal('span');
    expect(frame.getBoundingClientRect().height).to.be.closeTo(before.height, 1);
    expect(getComputedStyle(frame).backgroundColor).not.to.equal('rgba(0, 0, 0, 0)');
  });
});

describe('<related-stories> loading', () => {
  afterEach(() => clearLoaderCache());

  it('is lazy unless loading="eager": a value it does not know, or none after one, fetches nothing far below', async () => {
    const bogus = uniqueKey('loading-bogus');
    const removed = uniqueKey('loading-removed');
    const root = await fixture<HTMLDivElement>(html`<div>
      <div style="block-size:${innerHeight * 6}px"></div>
      <related-stories loading="bogus" src=${docUrl(bogus)}></related-stories>
      <related-stories loading="lazy" src=${docUrl(removed)}></related-stories>
    </div>`);
    const [first, second] = root.querySelectorAll('related-stories');
    second!.removeAttribute('loading');
    expect([first!.loading, second!.loading]).to.deep.equal(['lazy', 'lazy']);
    await sleep(300);
    expect(await hits(bogus)).to.have.length(0);
    expect(await hits(removed)).to.have.length(0);
    expect([first!.state, second!.state]).to.deep.equal(['idle', 'idle']);
  });
});
