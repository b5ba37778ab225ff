import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { clearLoaderCache } from '../../src/core/loader.js';
import { loaderSettings } from '../../src/core/loader-settings.js';
import type { ArticleCard } from '../../src/elements/article-card/article-card.js';
import type { WidgetErrorDetail } from '../../src/core/story-widget.js';
import { type Json, article, docUrl, uniqueKey } from '../support/fixtures.js';
import { nextEvent, until } from '../support/wait.js';
import { card, mediumDate, part, parts, rect, shadow, textOf } from './article-card-helpers.js';
import { warningsDuring } from '../support/console-warnings.js';

const PUBLISHED = '2017-07-10T09:00:00Z';
const TITLE = 'Chechnya’s Anti-LGBTQ Purge Has Restarted, Says Russian LGBTQ Network';
/** The seed's image, 16:9 so the default placeholder box matches it. */
const wideImage = (extra: Json = {}): Json => ({ src: '/img/wide.jpg', alt: 'A rainbow flag', width: 1600, height: 900, credit: 'strixcode via iStock', ...extra });
const link = (el: ArticleCard): HTMLAnchorElement | null => part<HTMLAnchorElement>(el, 'link');
const img = (el: ArticleCard): HTMLImageElement | null => part<HTMLImageElement>(el, 'image');

describe('<article-card> fields', () => {
  afterEach(() => clearLoaderCache());

  it('shows the title linked to the article, the summary, "By {name}", the date, the image and its credit', async () => {
    const el = await card(article());
    expect(el.getAttribute('state')).to.equal('ready');
    const title = part(el, 'title')!;
    expect(title.localName).to.equal('h3');
    expect(title.textContent!.trim()).to.equal(TITLE);
    expect(link(el)!.href).to.equal('https://news.example/2017/07/chechnya-purge-restarted/');
    expect(link(el)!.textContent).to.equal(TITLE);
    expect(textOf(el, 'summary')).to.match(/^The Russian LGBT Network, which has helped/);
    expect(textOf(el, 'author')).to.equal('By Staff writer');
    // The document gives the author a url; the title stays the card's one link (contract §7).
    expect(part(el, 'author')!.querySelector('a')).to.equal(null);
    const time = part(el, 'date')!;
    expect(time.localName).to.equal('time');
    expect(time.getAttribute('datetime')).to.equal('2017-07-10T09:00:00.000Z');
    expect(time.textContent).to.equal(mediumDate(PUBLISHED, 'en'));
    expect(textOf(el, 'meta')).to.equal(`By Staff writer · ${mediumDate(PUBLISHED, 'en')}`);
    const image = img(el)!;
    expect(image.getAttribute('src')).to.equal(new URL('/img/chechnya-purge.jpg', location.href).href);
    expect(image.alt).to.equal('A rainbow flag held up against a grey sky');
    expect(image.getAttribute('width')).to.equal('1200');
    expect(image.getAttribute('height')).to.equal('630');
    expect(image.getAttribute('loading')).to.equal('lazy');
    expect(image.getAttribute('decoding')).to.equal('async');
    expect(textOf(el, 'credit')).to.equal('Featured image by strixcode via iStock');
    expect(shadow(el).querySelectorAll('a'), 'the title is the one link').to.have.length(1);
  });

  it('fires load once ready, without bubbling', async () => {
    const el = document.createElement('article-card');
    let bubbled = false;
    document.body.addEventListener('load', () => (bubbled = true), { once: true, capture: false });
    const loaded = nextEvent(el, 'load');
    el.data = article();
    document.body.append(el);
    await loaded;
    expect(bubbled).to.equal(false);
    el.remove();
  });

  it('renders the title as plain text, and the card as not clickable, without a url', async () => {
    const el = await card(article({ url: undefined }));
    expect(part(el, 'title')!.textContent!.trim()).to.equal(TITLE);
    expect(link(el)).to.equal(null);
    expect(shadow(el).querySelector('.title a')).to.equal(null);
  });

  it('leaves out the summary when there is none', async () => {
    const el = await card(article({ summary: undefined }));
    expect(part(el, 'summary')).to.equal(null);
    expect(part(el, 'title')).to.not.equal(null);
  });

  it('shows the author as text when the author has no url either', async () => {
    const el = await card(article({ author: { name: 'Daniel Villarreal' } }));
    expect(textOf(el, 'author')).to.equal('By Daniel Villarreal');
    expect(part(el, 'author')!.querySelector('a')).to.equal(null);
  });

  it('leaves out the author when there is none, keeping the date', async () => {
    const el = await card(article({ author: undefined }));
    expect(part(el, 'author')).to.equal(null);
    expect(textOf(el, 'meta')).to.equal(mediumDate(PUBLISHED, 'en'));
  });

  it('leaves out the date when there is none, or it is not a date', async () => {
    // A day past the month's end too, which the parser would roll over into the next month.
    // In RFC 822 too, as feeds and some CMSs write it: V8 showed 1 March and 1 July.
    for (const published of [undefined, 'someday', '2024-02-30', '2023-02-29T10:00:00Z', '2017-06-31T23:00:00+02:00', 'Fri, 30 Feb 2024 10:00:00 GMT', '31 Jun 2024 23:00 +0100']) {
      const el = await card(article({ published }));
      expect(part(el, 'date')).to.equal(null);
      expect(textOf(el, 'meta')).to.equal('By Staff writer');
    }
  });

  it('shows the last day of a month, a leap day, and a late hour in another zone as the document gives them', async () => {
    const dates = [['2024-02-29', '2024-02-29'], ['2017-06-30T23:30:00-05:00', '2017-07-01T04:30:00.000Z'], ['2017-12-31', '2017-12-31']];
    // RFC 822, with a four- or two-digit year.
    dates.push(['Thu, 29 Feb 2024 10:00:00 GMT', '2024-02-29T10:00:00.000Z'], ['Thu, 29 Feb 24 23:30:00 -0300', '2024-03-01T02:30:00.000Z'], ['Sun, 30 Jun 2024 23:00 +0100', '2024-06-30T22:00:00.000Z']);
    for (const [published, datetime] of dates) {
      const el = await card(article({ published }));
      expect(part(el, 'date')!.getAttribute('datetime')).to.equal(datetime);
    }
  });

  it('leaves out the meta line without author and date', async () => {
    const el = await card(article({ author: undefined, published: undefined }));
    expect(part(el, 'meta')).to.equal(null);
  });

  it('leaves out the image, its box and its credit when there is no image', async () => {
    const el = await card(article({ image: undefined }));
    expect(img(el)).to.equal(null);
    expect(part(el, 'media')).to.equal(null);
    expect(part(el, 'credit')).to.equal(null);
    expect(rect(el, 'title').top).to.equal(rect(el, 'card').top);
  });

  it('shows the image without a credit line when the image has no credit', async () => {
    const el = await card(article({ image: wideImage({ credit: undefined }) }));
    expect(img(el)).to.not.equal(null);
    expect(part(el, 'credit')).to.equal(null);
  });

  it('gives an image without alt an empty alt (decorative), never none', async () => {
    const el = await card(article({ image: wideImage({ alt: undefined }) }));
    expect(img(el)!.getAttribute('alt')).to.equal('');
  });

  it('keeps the image ratio from width/height, and 16:9 when they are unknown', async () => {
    const known = await card(article(), { width: '400px' });
    expect(rect(known, 'media').height).to.be.closeTo((400 * 630) / 1200, 1);
    const unknown = await card(article({ image: { src: '/img/x.jpg', alt: '' } }), { width: '400px' });
    expect(img(unknown)!.hasAttribute('width')).to.equal(false);
    expect(rect(unknown, 'media').height).to.be.closeTo((400 * 9) / 16, 1);
  });

  it('keeps an image box of a hostile ratio (1 × 99 999) within the screen’s height, its image cropped', async () => {
    const el = await card(article({ image: { src: '/img/x.jpg', alt: '', width: 1, height: 99_999 } }), { width: '400px' });
    expect(rect(el, 'media').height).to.be.closeTo(innerHeight, 1);
    expect(el.getBoundingClientRect().height).to.be.below(innerHeight + 400);
    const portrait = await card(article({ image: { src: '/img/x.jpg', alt: '', width: 600, height: 900 } }), { width: '200px' });
    expect(rect(portrait, 'media').height, 'a real portrait keeps its ratio').to.be.closeTo(300, 1);
  });

  it('drops the ratio of its last image when the next one has no width/height', async () => {
    const el = await card(article(), { width: '400px' });
    expect(rect(el, 'media').height).to.be.closeTo((400 * 630) / 1200, 1);
    el.data = article({ image: { src: '/img/x.jpg', alt: '' } });
    await el.updateComplete;
    expect(rect(el, 'media').height).to.be.closeTo((400 * 9) / 16, 1);
  });

  it('keeps the image box, empty, when the image fails to load (no broken-image icon)', async () => {
    const el = await card(article({ image: wideImage({ src: '/img/does-not-exist.jpg' }) }));
    await until(() => img(el)!.classList.contains('broken'), 3000, 'the image error');
    expect(getComputedStyle(img(el)!).visibility).to.equal('hidden');
    expect(rect(el, 'media').height).to.be.closeTo((360 * 9) / 16, 1);
  });

  it('shows a later image that loads in the frame a broken one left', async () => {
    const el = await card(article({ image: wideImage({ src: '/img/does-not-exist.jpg' }) }));
    await until(() => img(el)!.classList.contains('broken'), 3000, 'the image error');
    el.data = article({ image: wideImage({ src: '/stories/public/img/nirvana.svg' }) });
    await until(() => img(el)!.complete && img(el)!.naturalWidth > 0, 3000, 'the good image');
    await until(() => getComputedStyle(img(el)!).visibility === 'visible', 3000, 'the good image shown');
    expect(img(el)!.classList.contains('broken')).to.equal(false);
  });

  it('marks title and summary with the article language', async () => {
    const el = await card(article({ language: 'fr' }), { lang: 'en' });
    expect(part(el, 'title')!.getAttribute('lang')).to.equal('fr');
    expect(part(el, 'summary')!.getAttribute('lang')).to.equal('fr');
    expect(part(el, 'image')!.getAttribute('lang'), 'the image’s alt text, in the article’s language').to.equal('fr');
  });
});

describe('<article-card> heading level', () => {
  it('renders the title in an <h3> by default', async () => {
    const el = await fixture<ArticleCard>(html`<article-card .data=${article()}></article-card>`);
    expect(part(el, 'title')!.localName).to.equal('h3');
    expect(el.headingLevel).to.equal(3);
  });

  it('follows heading-level 1–6, and falls back to 3 outside that range', async () => {
    for (const level of [1, 2, 4, 5, 6]) {
      const el = await card(article(), { headingLevel: level });
      expect(part(el, 'title')!.localName).to.equal(`h${level}`);
    }
    const el = await card(article(), { headingLevel: 9 });
    expect(part(el, 'title')!.localName).to.equal('h3');
  });
});

describe('<article-card> layouts', () => {
  it('reflects layout="vertical" by default and puts the image above the text', async () => {
    const el = await fixture<ArticleCard>(html`<article-card .data=${article()} style="inline-size: 500px"></article-card>`);
    expect(el.getAttribute('layout')).to.equal('vertical');
    expect(rect(el, 'media').bottom).to.be.at.most(rect(el, 'title').top);
    expect(rect(el, 'media').width).to.be.closeTo(500, 1);
  });

  it('horizontal: puts the image beside the text in a wide container', async () => {
    const el = await card(article(), { layout: 'horizontal', width: '800px' });
    const media = rect(el, 'media');
    const title = rect(el, 'title');
    expect(media.right).to.be.at.most(title.left);
    expect(media.top).to.be.closeTo(title.top, 1);
    expect(media.width).to.be.closeTo(0.4 * 800, 1);
  });

  it('horizontal: stacks image and text in a narrow container (a container query, not the viewport)', async () => {
    const el = await card(article(), { layout: 'horizontal', width: '300px' });
    expect(rect(el, 'media').bottom).to.be.at.most(rect(el, 'title').top);
    expect(rect(el, 'media').width).to.be.closeTo(300, 1);
  });

  it('minimal: shows the title and the meta line only', async () => {
    const el = await card(article(), { layout: 'minimal' });
    expect(el.getAttribute('layout')).to.equal('minimal');
    expect(link(el)!.textContent).to.equal(TITLE);
    expect(textOf(el, 'meta')).to.equal(`By Staff writer · ${mediumDate(PUBLISHED, 'en')}`);
    expect(img(el)).to.equal(null);
    expect(part(el, 'media')).to.equal(null);
    expect(part(el, 'summary')).to.equal(null);
    expect(part(el, 'credit')).to.equal(null);
  });

  it('treats an unknown layout as vertical', async () => {
    const el = await card(article(), { layout: 'diagonal' });
    expect(img(el)).to.not.equal(null);
    expect(rect(el, 'media').bottom).to.be.at.most(rect(el, 'title').top);
  });

  it('switches layout at run time', async () => {
    const el = await card(article(), { width: '800px' });
    el.layout = 'minimal';
    await el.updateComplete;
    expect(img(el)).to.equal(null);
    expect(el.getAttribute('layout')).to.equal('minimal');
  });
});

describe('<article-card> safety', () => {
  afterEach(() => clearLoaderCache());

  for (const url of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x', 'http://[bad']) {
    it(`renders the title unlinked when url is ${url.slice(0, 16)}…`, async () => {
      const el = await card(article({ url }));
      expect(el.getAttribute('state')).to.equal('ready');
      expect(link(el)).to.equal(null);
      expect(part(el, 'title')!.textContent!.trim()).to.equal(TITLE);
    });
  }

  for (const src of ['javascript:alert(1)', 'data:image/png;base64,iVBORw0KGgo=']) {
    it(`shows no image (and no credit) when image.src is ${src.slice(0, 16)}…`, async () => {
      const el = await card(article({ image: wideImage({ src }) }));
      expect(img(el)).to.equal(null);
      expect(part(el, 'credit')).to.equal(null);
      expect(shadow(el).querySelector('img')).to.equal(null);
    });
  }

  it('shows the author as text when author.url is javascript:', async () => {
    const el = await card(article({ author: { name: 'Mallory', url: 'javascript:alert(1)' } }));
    expect(textOf(el, 'author')).to.equal('By Mallory');
    expect(part(el, 'author')!.querySelector('a')).to.equal(null);
  });

  it('renders markup in the document as text', async () => {
    const el = await card(article({ title: '<img src=x onerror=alert(1)>', summary: '<b>bold</b>' }));
    expect(link(el)!.textContent).to.equal('<img src=x onerror=alert(1)>');
    expect(textOf(el, 'summary')).to.equal('<b>bold</b>');
    expect(shadow(el).querySelector('b, .title img')).to.equal(null);
  });

  it('resolves relative URLs against the fetched document’s own URL', async () => {
    const body = JSON.stringify({
      title: 'Relative',
      url: '../stories/relative/',
      author: { name: 'Ann', url: 'authors/ann/' },
      image: { src: '../img/relative.jpg', alt: '' },
    });
    const src = docUrl(uniqueKey('card-relative'), { body });
    const el = await fixture<ArticleCard>(html`<article-card src=${src}></article-card>`);
    await until(() => el.state === 'ready');
    await el.updateComplete;
    const base = new URL(src, location.href);
    expect(link(el)!.href).to.equal(new URL('../stories/relative/', base).href);
    expect(link(el)!.href).to.equal(`${location.origin}/stories/relative/`);
    expect(img(el)!.src).to.equal(`${location.origin}/img/relative.jpg`);
  });

  it('shows a title of thousands of unbreakable characters whole, without overflowing (never clamped)', async () => {
    const title = `${'Supercalifragilistic'.repeat(60)} ${'word '.repeat(300)}`.trim();
    const el = await card(article({ title }), { width: '320px' });
    const box = part(el, 'card')!;
    expect(el.getBoundingClientRect().width).to.equal(320);
    expect(box.scrollWidth).to.be.at.most(box.clientWidth);
    const heading = part(el, 'title')!;
    expect(heading.scrollWidth).to.be.at.most(heading.clientWidth);
    expect(heading.scrollHeight).to.be.at.most(heading.clientHeight);
    // Cut only by the parser's 2 000-character limit.
    expect(link(el)!.textContent).to.equal(title.slice(0, 1999) + '…');
  });
});

describe('<article-card> locales', () => {
  it('speaks English: "Featured image by …", "By …", the date in English', async () => {
    const el = await card(article(), { lang: 'en' });
    expect(textOf(el, 'credit')).to.equal('Featured image by strixcode via iStock');
    expect(textOf(el, 'author')).to.equal('By Staff writer');
    expect(textOf(el, 'date')).to.equal(mediumDate(PUBLISHED, 'en'));
    expect(textOf(el, 'date')).to.match(/^Jul 10, 2017$/);
  });

  it('speaks French: "Image : …", "Par …", the date in French', async () => {
    const el = await card(article(), { lang: 'fr' });
    expect(textOf(el, 'credit')).to.equal('Image : strixcode via iStock');
    expect(textOf(el, 'author')).to.equal('Par Staff writer');
    expect(textOf(el, 'date')).to.equal(mediumDate(PUBLISHED, 'fr'));
    expect(textOf(el, 'date')).to.match(/^10 juil\. 2017$/);
  });

  it('follows a lang change on an ancestor', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><article-card .data=${article()}></article-card></div>`);
    const el = wrapper.querySelector('article-card')!;
    await el.updateComplete;
    expect(textOf(el, 'author')).to.equal('By Staff writer');
    wrapper.lang = 'fr';
    await until(() => textOf(el, 'author') === 'Par Staff writer', 2000, 'French texts');
    expect(textOf(el, 'date')).to.equal(mediumDate(PUBLISHED, 'fr'));
  });
});

describe('<article-card> right to left', () => {
  const pair = async (dir: 'ltr' | 'rtl'): Promise<ArticleCard> => {
    const wrapper = await fixture<HTMLDivElement>(html`<div dir=${dir} lang="ar">
      <article-card .data=${article({ language: 'ar', title: 'عنوان المقال' })} layout="horizontal" style="inline-size: 800px"></article-card>
    </div>`);
    const el = wrapper.querySelector('article-card')!;
    await el.updateComplete;
    return el;
  };

  it('mirrors the horizontal layout under dir="rtl": the image on the right, text aligned right', async () => {
    const rtl = await pair('rtl');
    const ltr = await pair('ltr');
    expect(getComputedStyle(part(rtl, 'card')!).direction).to.equal('rtl');
    expect(rect(rtl, 'media').left).to.be.at.least(rect(rtl, 'title').right);
    expect(rect(ltr, 'media').right).to.be.at.most(rect(ltr, 'title').left);
    // Author before date in reading order: on the right in RTL.
    const author = part(rtl, 'author')!.getBoundingClientRect();
    const date = part(rtl, 'date')!.getBoundingClientRect();
    expect(author.left).to.be.greaterThan(date.right);
    expect(Math.round(rect(rtl, 'meta').right)).to.equal(Math.round(rect(rtl, 'title').right));
  });
});

describe('<article-card> placeholder and error box (no layout shift)', () => {
  const saved = { ...loaderSettings };
  afterEach(() => {
    Object.assign(loaderSettings, saved);
    clearLoaderCache();
  });

  /** Height of the card while loading (delayed endpoint), then once ready. */
  async function heights(body: Json, attrs: { layout?: string; style?: string } = {}): Promise<[number, number, ArticleCard]> {
    const src = docUrl(uniqueKey('card-shift'), { delay: 300, body: JSON.stringify(body) });
    const el = await fixture<ArticleCard>(html`<article-card
      src=${src}
      layout=${attrs.layout ?? 'vertical'}
      style="inline-size: 360px; ${attrs.style ?? ''}"
    ></article-card>`);
    expect(el.state).to.equal('loading');
    const before = el.getBoundingClientRect().height;
    await nextEvent(el, 'load');
    await el.updateComplete;
    return [before, el.getBoundingClientRect().height, el];
  }

  it('shows a busy placeholder of the final size while loading (16:9 image)', async () => {
    const [before, after, el] = await heights(article({ image: wideImage() }));
    expect(before).to.be.greaterThan(200);
    expect(after).to.equal(before);
    expect(el.state).to.equal('ready');
  });

  it('keeps the size with --sw-image-ratio set to the site’s image ratio (1200 × 630)', async () => {
    const [before, after] = await heights(article(), { style: '--sw-image-ratio: 1200 / 630' });
    expect(after).to.equal(before);
  });

  it('keeps the size when summary, author, date and credit are missing', async () => {
    const [before, after] = await heights({ title: 'Only a title', image: { src: '/img/a.jpg', alt: '' } });
    expect(after).to.equal(before);
  });

  it('keeps the size in the horizontal and minimal layouts', async () => {
    for (const layout of ['horizontal', 'minimal']) {
      const [before, after] = await heights(article({ image: wideImage() }), { layout });
      expect(after, layout).to.equal(before);
    }
  });

  it('says "Loading…" to screen readers only, and is aria-busy', async () => {
    const el = await fixture<ArticleCard>(html`<article-card lang="fr" src=${docUrl(uniqueKey('card-busy'), { delay: 300 })}></article-card>`);
    const box = part(el, 'card')!;
    expect(box.getAttribute('aria-busy')).to.equal('true');
    const hidden = shadow(el).querySelector('.visually-hidden')!;
    expect(hidden.textContent).to.equal('Chargement…');
    expect(hidden.getBoundingClientRect().width).to.be.at.most(1);
    expect(img(el)).to.equal(null);
    await nextEvent(el, 'load');
    expect(part(el, 'card')!.hasAttribute('aria-busy')).to.equal(false);
  });

  it('draws the placeholder with no source yet (idle)', async () => {
    const el = await fixture<ArticleCard>(html`<article-card style="inline-size: 360px"></article-card>`);
    expect(el.state).to.equal('idle');
    expect(part(el, 'card')!.getAttribute('aria-busy')).to.equal('true');
    const idle = el.getBoundingClientRect().height;
    el.data = article({ image: wideImage() });
    await until(() => el.state === 'ready');
    await el.updateComplete;
    expect(el.getBoundingClientRect().height).to.equal(idle);
  });

  it('colours its placeholder with --sw-placeholder, like the other widgets (the older --sw-placeholder-color still works)', async () => {
    const fill = async (style: string): Promise<string> => {
      const el = await fixture<ArticleCard>(html`<article-card style=${style}></article-card>`);
      return getComputedStyle(part(el, 'media')!).backgroundColor;
    };
    expect(await fill('--sw-placeholder: rgb(1, 2, 3)')).to.equal('rgb(1, 2, 3)');
    expect(await fill('--sw-placeholder-color: rgb(4, 5, 6)')).to.equal('rgb(4, 5, 6)');
    expect(await fill('--sw-placeholder: rgb(1, 2, 3); --sw-placeholder-color: rgb(4, 5, 6)')).to.equal('rgb(1, 2, 3)');
  });

  it('renders nothing on error and takes no space (0×0)', async () => {
    loaderSettings.retries = 0;
    const el = await fixture<ArticleCard>(html`<article-card src=${docUrl(uniqueKey('card-404'), { status: 404 })} style="inline-size: 360px"></article-card>`);
    expect(el.getBoundingClientRect().height).to.be.greaterThan(0);
    await until(() => el.state === 'error');
    await el.updateComplete;
    const { width, height } = el.getBoundingClientRect();
    expect([width, height]).to.deep.equal([0, 0]);
    expect(shadow(el).textContent!.trim()).to.equal('');
    expect(shadow(el).querySelector('img, a, [part=card]')).to.equal(null);
  });

  it('shows the fallback slot’s content, and only that, on error', async () => {
    loaderSettings.retries = 0;
    const el = await fixture<ArticleCard>(html`<article-card src=${docUrl(uniqueKey('card-fallback'), { status: 404 })}>
      <a slot="fallback" href="/story/">Read the story</a>
    </article-card>`);
    const fallback = el.querySelector('a')!;
    expect(fallback.getBoundingClientRect().height).to.equal(0);
    await until(() => el.state === 'error');
    await el.updateComplete;
    expect(fallback.assignedSlot?.name).to.equal('fallback');
    expect(fallback.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(part(el, 'card')).to.equal(null);
  });
});

describe('<article-card> invalid documents', () => {
  for (const [name, data] of [
    ['without a title', article({ title: undefined })],
    ['with an empty title', article({ title: '   ' })],
  ] as const) {
    it(`goes to error, reason invalid, ${name}`, async () => {
      const el = document.createElement('article-card');
      const failed = nextEvent<CustomEvent<WidgetErrorDetail>>(el, 'error');
      el.data = data;
      let event!: CustomEvent<WidgetErrorDetail>;
      const warnings = await warningsDuring(async () => {
        document.body.append(el);
        event = await failed;
      });
      expect(el.getAttribute('state')).to.equal('error');
      expect(event.detail.reason).to.equal('invalid');
      expect(warnings.join('\n')).to.contain('title');
      el.remove();
    });
  }
});

describe('<article-card> accessibility', () => {
  const saved = { ...loaderSettings };
  afterEach(() => {
    Object.assign(loaderSettings, saved);
    clearLoaderCache();
  });

  it('is axe-clean while loading', async () => {
    const el = await fixture<ArticleCard>(html`<article-card src=${docUrl(uniqueKey('card-axe-loading'), { delay: 2000 })}></article-card>`);
    expect(el.state).to.equal('loading');
    await expect(el).to.be.accessible();
  });

  it('is axe-clean when ready, in every layout', async () => {
    for (const layout of ['vertical', 'horizontal', 'minimal']) {
      const el = await card(article(), { layout, width: '700px' });
      await expect(el).to.be.accessible();
    }
  });

  it('is axe-clean on error', async () => {
    loaderSettings.retries = 0;
    const el = await fixture<ArticleCard>(html`<article-card src=${docUrl(uniqueKey('card-axe-error'), { status: 500 })}></article-card>`);
    await until(() => el.state === 'error');
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  /** What holds the focus, through the card's shadow root. */
  const focused = (el: ArticleCard): Element | null => (document.activeElement === el ? shadow(el).activeElement : document.activeElement);

  async function tabStops(data: Json): Promise<{ el: ArticleCard; stops: (Element | null)[] }> {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <button id="before">before</button><article-card .data=${data}></article-card><button id="after">after</button>
    </div>`);
    const el = wrapper.querySelector('article-card')!;
    await el.updateComplete;
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    const stops: (Element | null)[] = [];
    for (let i = 0; i < 4; i += 1) {
      await sendKeys({ press: 'Tab' });
      stops.push(focused(el));
      if (document.activeElement?.id === 'after') break;
    }
    return { el, stops };
  }

  it('keyboard: Tab reaches the title link exactly once, with a visible focus ring around the card', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <button id="before">before</button><article-card .data=${article({ author: { name: 'Ann' } })}></article-card><button id="after">after</button>
    </div>`);
    const el = wrapper.querySelector('article-card')!;
    await el.updateComplete;
    const title = link(el)!;
    expect(getComputedStyle(title, '::after').outlineStyle).to.equal('none');
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(title);
    expect(title.matches(':focus-visible')).to.equal(true);
    const ring = getComputedStyle(title, '::after');
    expect(ring.outlineStyle).to.equal('solid');
    expect(ring.outlineWidth).to.equal('2px');
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement!.id).to.equal('after');
  });

  it('keyboard: with an author url too, the title link is the one tab stop (contract §7)', async () => {
    const { el, stops } = await tabStops(article({ author: { name: 'Ann', url: 'https://news.example/author/ann/' } }));
    expect(textOf(el, 'author')).to.equal('By Ann');
    expect(stops.slice(0, 2)).to.deep.equal([link(el), document.getElementById('after')]);
    expect(shadow(el).querySelectorAll('a')).to.have.length(1);
  });

  it('has no tab stop without a url and an author url', async () => {
    const { stops } = await tabStops(article({ url: undefined, author: { name: 'Ann' } }));
    expect(stops[0]!.id).to.equal('after');
  });

  it('makes the whole card clickable through the title link, its author line too', async () => {
    const el = await card(article({ author: { name: 'Ann', url: 'https://news.example/author/ann/' } }), { width: '400px' });
    const at = (r: DOMRect): Element | null => shadow(el).elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    expect(at(rect(el, 'summary'))).to.equal(link(el));
    expect(at(rect(el, 'media'))).to.equal(link(el));
    expect(at(rect(el, 'author'))).to.equal(link(el));
    expect(shadow(el).querySelectorAll('a a, a button, button')).to.have.length(0);
  });

  it('inherits the page’s font and colour', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="font-family: Georgia, serif; color: rgb(10, 20, 30)">
      <article-card .data=${article()}></article-card>
    </div>`);
    const el = wrapper.querySelector('article-card')!;
    await el.updateComplete;
    for (const name of ['title', 'summary', 'link']) {
      const style = getComputedStyle(part(el, name)!);
      expect(style.fontFamily, name).to.equal('Georgia, serif');
      expect(style.color, name).to.equal('rgb(10, 20, 30)');
    }
    expect(parts(el, 'meta')).to.have.length(1);
  });
});

describe('<article-card> long words and other languages', () => {
  /** A 64-letter German compound: no break opportunity anywhere. */
  const LONG_WORD = 'Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichenträger';

  it('keeps a 64-letter author name inside a 360 px column, the whole name readable', async () => {
    const column = await fixture<HTMLElement>(html`<div style="inline-size: 360px"><article-card .data=${article({ author: { name: LONG_WORD } })}></article-card></div>`);
    const el = column.querySelector('article-card')!;
    await el.updateComplete;
    expect(el.getBoundingClientRect().width).to.be.at.most(360);
    const author = part(el, 'author')!;
    expect(author.getBoundingClientRect().right).to.be.at.most(column.getBoundingClientRect().right);
    expect(author.textContent).to.contain(LONG_WORD);
    expect(author.scrollWidth).to.be.at.most(author.clientWidth);
  });

  it('never clamps the title: a title of many lines is shown whole', async () => {
    const title = Array(12).fill(TITLE).join(' ');
    const column = await fixture<HTMLElement>(html`<div style="inline-size: 320px"><article-card .data=${article({ title })}></article-card></div>`);
    const el = column.querySelector('article-card')!;
    await el.updateComplete;
    const heading = part(el, 'title')!;
    expect(heading.scrollHeight).to.be.at.most(heading.clientHeight);
    expect(getComputedStyle(heading).overflow).to.equal('visible');
  });

  it('gives the English title, summary and author name on a French page their own lang and dir="auto"', async () => {
    const page = await fixture<HTMLElement>(html`<div lang="fr"><article-card .data=${article({ language: 'en', author: { name: 'Staff writer', url: 'https://news.example/a/' } })}></article-card></div>`);
    const el = page.querySelector('article-card')!;
    await el.updateComplete;
    const name = part(el, 'author')!.querySelector('[lang]')!;
    expect(part(el, 'author')!.textContent).to.equal('Par Staff writer');
    for (const node of [part(el, 'title')!, part(el, 'summary')!, name]) expect([node.getAttribute('lang'), node.getAttribute('dir')]).to.deep.equal(['en', 'auto']);
  });
});
