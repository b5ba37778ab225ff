// The server's pages read a story's date by the widgets' rule (server/document-fields.mjs
// `isoDate`, src/core/json-guards.ts `date`), on the cases the widgets are held to
// (test/fixtures/calendar-days.json, test/sources/calendar-days.test.ts): the same date or none,
// on the page (`<time datetime>`) and in its JSON-LD (`datePublished`), in any time zone.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { afterEach, describe, it } from 'node:test';
import { articlePage } from '../../server/article-page.mjs';
import { articleLinkedData } from '../../server/article-json-ld.mjs';
import { isoDate } from '../../server/document-fields.mjs';

const ORIGIN = 'https://news.example';
const cases = JSON.parse(readFileSync(new URL('../fixtures/calendar-days.json', import.meta.url), 'utf8'));

/** The date a page shows for `published`, and the one its JSON-LD names: each an instant, or null. */
function dates(published) {
  const time = /<time datetime="([^"]*)">/.exec(articlePage({ id: 'd', title: 'T', published }, ORIGIN));
  return [time?.[1] ?? null, articleLinkedData({ title: 'T', published }, ORIGIN).datePublished ?? null];
}

describe('a story’s date on the server’s pages', () => {
  const zone = process.env.TZ;
  afterEach(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  // Tokyo: a local midnight is the day before in UTC; Samoa skipped 30 December 2011, whose
  // local midnight is the 31st there (Node applies TZ when it changes).
  for (const [timeZone, inEffect] of [['UTC', () => new Date(2024, 5, 30).getTimezoneOffset() === 0], ['Asia/Tokyo', () => new Date(2024, 5, 30).getTimezoneOffset() === -540], ['Pacific/Apia', () => new Date(2011, 11, 30).getDate() === 31]]) {
    it(`is none for a day its month lacks, in any order, or for no year; else the instant the widgets show (${timeZone})`, () => {
      process.env.TZ = timeZone;
      assert.ok(inEffect(), `the process runs in ${timeZone}`);
      for (const published of cases.none) assert.deepEqual(dates(published), [null, null], published);
      // Read here, in the zone: a local time is that zone's. A document's day written alone (no
      // time) is its midnight UTC, the day the page shows in UTC: at the zone's own midnight it
      // was the day before in Tokyo.
      for (const [published, iso] of Object.entries(cases.dates)) {
        const instant = new Date(/\d:\d/.test(published) ? iso : iso.slice(0, 10)).toISOString();
        assert.deepEqual(dates(published), [instant, instant], published);
      }
      assert.deepEqual(dates('Fri, 30 Dec 2011 12:00:00 GMT'), ['2011-12-30T12:00:00.000Z', '2011-12-30T12:00:00.000Z']);
      assert.deepEqual(dates('Jul 1, 2024 00:30 GMT'), ['2024-07-01T00:30:00.000Z', '2024-07-01T00:30:00.000Z']);
    });
  }
});

describe('a story’s date of a long run of digits and dots, on the server', () => {
  /** `start`, then `run` again and again, cut at `length` characters. */
  const hostile = (start, run, length) => (start + run.repeat(length)).slice(0, length);

  /**
   * How many times longer reading `hostile(start, run, size * 10)` takes than at `size`, the
   * fastest of five tries each (test/support/growth.ts, for Node): 10 to 17 here when each is read
   * in one pass (a string of 100 000 costs a little more than its length says), 100 when a day,
   * month or year is tried from each digit to the end of the run (a year of any length, `\d{4,}`,
   * tried after digits too: 59 times from 2 000 characters to 20 000, and no end in two minutes
   * at 100 000).
   */
  function growth(start, run, size) {
    const read = (length) => {
      const published = hostile(start, run, length);
      const started = performance.now();
      for (let round = 0; round < 20; round++) isoDate(published);
      return performance.now() - started;
    };
    let small = Infinity;
    let large = Infinity;
    for (let round = 0; round < 5; round++) {
      small = Math.min(small, read(size));
      large = Math.min(large, read(size * 10));
      // A second is far past what one pass takes: the verdict is in.
      if (large > 1000) break;
    }
    return large / Math.max(small, 0.5);
  }

  it('is read in one pass: 100 000 characters take about ten times as long as 10 000, not a hundred', () => {
    // The server reads a date uncut (the widgets cut every string at 2 000 characters). Runs of
    // digits, of digits and dots, of years and dots (year-first days), a dotted date's start, a
    // year then dots, a day then a time's digits and colons (asctime's).
    for (const [start, run] of [['', '1'], ['', '1.'], ['', '12.'], ['', '2024.'], ['10.02.2024', '.1'], ['2024', '.'], ['Feb 1 ', '1:']]) {
      const times = growth(start, run, 10_000);
      assert.ok(times < 40, `${start}${run}: ${times.toFixed(1)} times`);
    }
  });
});
