// Contract §7: the card's date is in the reader's time zone. The test machine runs in UTC, where
// a date shown in UTC and one shown in local time are the same: in Tokyo (UTC+9) 23:30 UTC on
// 10 July is already 11 July, so a card that formatted in UTC (a `timeZone: 'UTC'`, or the day
// cut from the ISO string) would show the 10th.
import { executeServerCommand } from '@web/test-runner-commands';
import { expect } from '@open-wc/testing';
import { article } from '../support/fixtures.js';
import { card, part } from './article-card-helpers.js';

describe('<article-card> date in the reader’s time zone (Tokyo, UTC+9)', () => {
  before(async () => {
    await executeServerCommand('emulate-timezone', 'Asia/Tokyo');
    // Else this file would test UTC again and prove nothing.
    expect(new Date(2017, 6, 10).getTimezoneOffset()).to.equal(-540);
  });
  after(() => executeServerCommand('emulate-timezone', ''));

  it('shows 23:30 UTC on 10 July 2017 as 11 July, its datetime the instant', async () => {
    const el = await card(article({ published: '2017-07-10T23:30:00Z' }));
    const time = part(el, 'date')!;
    expect([time.getAttribute('datetime'), time.textContent!.trim()]).to.deep.equal(['2017-07-10T23:30:00.000Z', 'Jul 11, 2017']);
  });

  it('in French too: « 11 juil. 2017 »', async () => {
    const el = await card(article({ published: '2017-07-10T23:30:00Z' }), { lang: 'fr' });
    expect(part(el, 'date')!.textContent!.trim()).to.equal('11 juil. 2017');
  });
});
