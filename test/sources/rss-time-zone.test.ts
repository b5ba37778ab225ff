// RSS dates in a time zone other than the test machine's UTC, where reading a date as local time
// or as UTC comes to the same: in Tokyo (UTC+9, no summer time) a local midnight is the day
// before in UTC, so a reader that read an RFC 822 date's day as local midnight and checked it in
// UTC, or showed its GMT time as local, would drop a real day or show another hour; in Samoa
// (below) one that checked the day in local time alone would drop the day the clocks skipped.
import { executeServerCommand } from '@web/test-runner-commands';
import { expect, fixture, html } from '@open-wc/testing';
import { readXml } from '../../src/core/xml-document.js';
import '../../src/elements/related-stories/define.js';
import type { RelatedStories } from '../../src/elements/related-stories/related-stories.js';
import { until } from '../support/wait.js';
import { readValue } from './helpers.js';

const rss = (dates: string[]): string =>
  `<rss version="2.0"><channel><title>Site</title>${dates.map((date, i) => `<item><title>S${i}</title><link>https://news.example/${i}</link><pubDate>${date}</pubDate></item>`).join('')}</channel></rss>`;

/** Each item's date as the reader keeps it, in the feed's order (every one given newest first). */
function published(dates: string[]): (string | undefined)[] {
  const xml = readXml(rss(dates));
  if (!xml.ok) throw new Error(xml.failure.message);
  return readValue(xml.json).related.map(({ published }) => published);
}

describe('an RSS date in Tokyo (UTC+9), not the machine’s UTC', () => {
  before(async () => {
    await executeServerCommand('emulate-timezone', 'Asia/Tokyo');
    // Else this file would test UTC again and prove nothing.
    expect(new Date(2024, 5, 30).getTimezoneOffset()).to.equal(-540);
  });
  after(() => executeServerCommand('emulate-timezone', ''));

  it('keeps the day the feed wrote: its day is checked in UTC, where local midnight would be the day before', () => {
    const dates = ['Tue, 31 Dec 2024 23:00:00 UT', 'Mon, 01 Jul 2024 00:30:00 +0000', 'Sun, 30 Jun 2024 23:00:00 GMT', 'Thu, 29 Feb 2024 10:00:00 GMT'];
    expect(published(dates)).to.deep.equal(dates);
    // A day its month lacks is still none.
    expect(published(['Sat, 31 Aug 2024 10:00:00 GMT', 'Fri, 30 Feb 2024 10:00:00 GMT'])).to.deep.equal(['Sat, 31 Aug 2024 10:00:00 GMT', undefined]);
  });

  it('keeps the day of a date in another order, or with a two-digit year, checked in UTC too', () => {
    const dates = ['Mon, Jul 1 2024 00:30:00 GMT', 'Jul 1, 2024 00:30 GMT', '7/1/2024 00:30 GMT', '1-Jul-2024 00:30 GMT', 'Mon, 01 Jul 24 00:30:00 GMT'];
    expect(published(dates)).to.deep.equal(dates);
  });

  it('<related-stories> shows a GMT time in the reader’s zone: 23:00 GMT on 31 December is 1 January in Tokyo', async () => {
    const text = rss(['Tue, 31 Dec 2024 23:00:00 GMT']);
    const el = await fixture<RelatedStories>(
      html`<related-stories lang="en" loading="eager" src=${`/test-api/encoded?encoding=utf8&type=application%2Frss%2Bxml&text=${encodeURIComponent(text)}`}></related-stories>`,
    );
    await until(() => el.state === 'ready');
    await el.updateComplete;
    const time = el.shadowRoot!.querySelector('[part=item] time')!;
    expect([time.getAttribute('datetime'), time.textContent!.trim()]).to.deep.equal(['2024-12-31T23:00:00.000Z', 'Jan 1, 2025']);
  });
});

// Samoa skipped Friday 30 December 2011 (UTC−10 to UTC+14): there, that day's local midnight is
// the 31st, so a day checked in local time ("30 Dec 2011" read as local midnight) drops a real
// date. In Tokyo, above, local midnight exists on every day, and that check passes unseen.
describe('an RSS date in Samoa (Pacific/Apia), on the day its clocks skipped', () => {
  before(async () => {
    await executeServerCommand('emulate-timezone', 'Pacific/Apia');
    expect(new Date(2011, 11, 30).getDate(), 'the 30th has no local midnight there').to.equal(31);
  });
  after(() => executeServerCommand('emulate-timezone', ''));

  it('keeps a date of 30 December 2011, a day everywhere in UTC', () => {
    const dates = ['Fri, 30 Dec 2011 12:00:00 GMT', 'Thu, 29 Dec 2011 08:00:00 GMT'];
    expect(published(dates)).to.deep.equal(dates);
  });
});
