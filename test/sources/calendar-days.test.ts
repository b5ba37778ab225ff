// The one calendar-day rule (json-guards' `date`) as a reader of each format sees it, on the
// cases the server's pages are held to as well (test/fixtures/calendar-days.json,
// test/server/calendar-days.test.mjs): a date in any order `Date.parse` reads ("February 30,
// 2024", "30-Feb-2024", "2/30/2024") is no date when its month lacks its day (the parser says
// 1 March), and RFC 822's two-digit years are years, with a zone's name or an offset alike.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/related-stories/define.js';
import type { RelatedStories } from '../../src/elements/related-stories/related-stories.js';
import cases from '../fixtures/calendar-days.json' with { type: 'json' };
import { growth } from '../support/growth.js';
import { until } from '../support/wait.js';
import { readValue } from './helpers.js';

/** Every case, then what a reader is shown: the instant in `datetime` (a day alone as it is), or no date at all. */
const dates = [...cases.none, ...Object.keys(cases.dates)];
const instant = (iso: string): string => (/^\d{4}-\d\d-\d\d$/.test(iso) ? iso : new Date(iso).toISOString());
const expected = Object.fromEntries(dates.map((date) => [date, date in cases.dates ? instant((cases.dates as Record<string, string>)[date]!) : null]));
/** A case and its number: its story is titled `S{i}`. */
type Story = readonly [date: string, i: number];
/** The cases ten at a time (a `src` holds at most 4 096 characters). */
const batches = Array.from({ length: Math.ceil(dates.length / 10) }, (_, batch) => dates.slice(batch * 10, batch * 10 + 10).map((date, i): Story => [date, batch * 10 + i]));
const encoded = (type: string, text: string): string => `/test-api/encoded?encoding=utf8&type=${encodeURIComponent(type)}&text=${encodeURIComponent(text)}`;

/** Each story's date as `<related-stories>` shows it, by the date its document wrote. */
async function shown(source: (stories: Story[]) => { data?: unknown; src?: string }): Promise<Record<string, string | null>> {
  const seen: Record<string, string | null> = {};
  for (const batch of batches) {
    const { data, src } = source(batch);
    const el = await fixture<RelatedStories>(html`<related-stories lang="en" loading="eager" limit="10" .data=${data} src=${src ?? ''}></related-stories>`);
    await until(() => el.state === 'ready');
    await el.updateComplete;
    const items = [...el.shadowRoot!.querySelectorAll('[part=item]')];
    expect(items.length, 'every story is shown').to.equal(batch.length);
    for (const item of items) seen[dates[+item.querySelector('[part=title]')!.textContent!.slice(1)]!] = item.querySelector('time')?.getAttribute('datetime') ?? null;
  }
  return seen;
}

/** The stories in our JSON. */
const ourJson = (stories: Story[]): { data: unknown } => ({ data: { title: 'Dates', related: stories.map(([published, i]) => ({ url: `/${i}`, title: `S${i}`, published })) } });

describe('a date past its month’s end, or in RFC 822 with a two-digit year, in every format', () => {
  it('our JSON', async () => {
    expect(await shown(ourJson)).to.deep.equal(expected);
  });

  it('a JSON Feed', async () => {
    const items = (stories: Story[]) => stories.map(([date_published, i]) => ({ id: `${i}`, url: `/${i}`, title: `S${i}`, date_published }));
    expect(await shown((stories) => ({ data: { version: 'https://jsonfeed.org/version/1.1', title: 'Dates', items: items(stories) } }))).to.deep.equal(expected);
  });

  it('JSON-LD, as Engadget writes its dates ("Mon, Jan 7 2019 15:37:00 EST")', async () => {
    const list = (stories: Story[]) => stories.map(([datePublished, i]) => ({ '@type': 'ListItem', item: { '@type': 'BlogPosting', headline: `S${i}`, url: `/${i}`, datePublished } }));
    expect(await shown((stories) => ({ data: { '@context': 'https://schema.org', '@type': 'ItemList', itemListElement: list(stories) } }))).to.deep.equal(expected);
  });

  it('Jetpack’s related posts, in the site’s own date format ("February 30, 2024")', async () => {
    const related = (stories: Story[]) => stories.map(([date, i]) => ({ url: `/${i}`, title: `S${i}`, date }));
    expect(await shown((stories) => ({ data: { id: 1, link: '/p', title: { rendered: 'P' }, 'jetpack-related-posts': related(stories) } }))).to.deep.equal(expected);
  });

  it('an RSS feed', async () => {
    const items = (stories: Story[]) => stories.map(([date, i]) => `<item><title>S${i}</title><link>/${i}</link><pubDate>${date}</pubDate></item>`).join('');
    expect(await shown((stories) => ({ src: encoded('application/rss+xml', `<rss version="2.0"><channel>${items(stories)}</channel></rss>`) }))).to.deep.equal(expected);
  });

  it('an Atom feed', async () => {
    const entries = (stories: Story[]) => stories.map(([date, i]) => `<entry><title>S${i}</title><link href="/${i}"/><published>${date}</published></entry>`).join('');
    expect(await shown((stories) => ({ src: encoded('application/atom+xml', `<feed xmlns="http://www.w3.org/2005/Atom">${entries(stories)}</feed>`) }))).to.deep.equal(expected);
  });
});

describe('a date’s day, checked by the calendar, not by `Date` reading the date again', () => {
  it('is the same in an engine that reads no date with " UTC" after it (other engines need not read "Feb 29 2024 UTC" as V8 does)', async () => {
    const engineDate = Date;
    globalThis.Date = new Proxy(Date, { construct: (target, args: unknown[]) => Reflect.construct(target, args.length == 1 && / UTC$/.test(String(args[0])) ? [NaN] : args) });
    try {
      expect(isNaN(+new Date('Feb 29 2024 UTC')), 'the engine reads no date given " UTC"').to.equal(true);
      expect(await shown(ourJson)).to.deep.equal(expected);
    } finally {
      globalThis.Date = engineDate;
    }
  });
});

describe('a date of a long run of digits or letters', () => {
  it('is read in one pass, not tried from each of them', () => {
    // Looking for a day from every digit, or a month's name from every letter, takes the square
    // of the run's length: ten times the run took 33 times as long with a day of any length (`\d+`
    // in place of one or two digits after no other), 62 with a month's name tried from every
    // letter; in one pass, 1 to 2. Runs of digits and dots go through the dotted date's rule and
    // the year-first and asctime days as well. A date is cut at 2 000 characters (json-guards'
    // `text`): the runs measured stay under that, or the longer would be no longer; a run of
    // 100 000 is read as its first 2 000 (the server's pages, which read it whole, are held to
    // one pass in test/server/calendar-days.test.mjs).
    for (const run of ['1', 'a', '1.', '2024.', '10.02.2024.']) {
      const dates = (length: number): void => {
        for (let round = 0; round < 40; round++) readValue({ title: 'T', published: `${run.repeat(length).slice(0, length)} Feb 1 ` });
      };
      expect(growth(dates, 190, 10), run).to.be.below(15);
      expect(readValue({ title: 'T', published: run.repeat(100_000).slice(0, 100_000) }).published, run).to.equal(undefined);
    }
  });
});
