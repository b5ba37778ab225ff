// The server's pages read a story's date by the widgets' rule (server/document-fields.mjs
// `isoDate`, src/core/json-guards.ts `date`), on the cases the widgets are held to
// (test/fixtures/calendar-days.json, test/sources/calendar-days.test.ts): the same date or none,
// on the page (`<time datetime>`) and in its JSON-LD (`datePublished`), in any time zone.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { afterEach, describe, it } from 'node:test';
import { articlePage } from '../../server/article-page.mjs';
import { articleLinkedData } from '../../server/article-json-ld.mjs';

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
      for (const [published, instant] of Object.entries(cases.dates)) assert.deepEqual(dates(published), [instant, instant], published);
      assert.deepEqual(dates('Fri, 30 Dec 2011 12:00:00 GMT'), ['2011-12-30T12:00:00.000Z', '2011-12-30T12:00:00.000Z']);
      assert.deepEqual(dates('Jul 1, 2024 00:30 GMT'), ['2024-07-01T00:30:00.000Z', '2024-07-01T00:30:00.000Z']);
    });
  }
});
