import { expect } from '@open-wc/testing';
import { messagesFor } from '../../src/i18n/catalogue.js';
import type { PluralForms } from '../../src/i18n/messages.js';
import { fill, formatNumber, selectPlural } from '../../src/i18n/plural.js';

const COUNTS = [0, 1, 2, 5, 21, 1234] as const;

/** The sentence a like-button shows for `n`, as the widget builds it. */
function sentence(locale: string, key: 'likeCount' | 'likeYouAndOthers', n: number): string {
  const forms: PluralForms = messagesFor(locale)[key];
  const number = formatNumber(locale, n);
  return fill(selectPlural(locale, forms, n), { n: number, k: number });
}

// U+202F (narrow no-break space) groups French thousands, U+00A0 Russian ones; Arabic (`ar`)
// uses Latin digits in CLDR.
const EXPECTED: Record<string, Record<'likeCount' | 'likeYouAndOthers', readonly string[]>> = {
  en: {
    likeCount: ['0 people like this.', '1 person likes this.', '2 people like this.', '5 people like this.', '21 people like this.', '1,234 people like this.'],
    likeYouAndOthers: [
      'You and 0 others like this.',
      'You and 1 other like this.',
      'You and 2 others like this.',
      'You and 5 others like this.',
      'You and 21 others like this.',
      'You and 1,234 others like this.',
    ],
  },
  fr: {
    likeCount: [
      '0 personne aime ceci.',
      '1 personne aime ceci.',
      '2 personnes aiment ceci.',
      '5 personnes aiment ceci.',
      '21 personnes aiment ceci.',
      '1\u202f234 personnes aiment ceci.',
    ],
    likeYouAndOthers: [
      'Vous et 0 autre personne aimez ceci.',
      'Vous et 1 autre personne aimez ceci.',
      'Vous et 2 autres personnes aimez ceci.',
      'Vous et 5 autres personnes aimez ceci.',
      'Vous et 21 autres personnes aimez ceci.',
      'Vous et 1\u202f234 autres personnes aimez ceci.',
    ],
  },
  ru: {
    likeCount: [
      'Это нравится 0 людям.',
      'Это нравится 1 человеку.',
      'Это нравится 2 людям.',
      'Это нравится 5 людям.',
      'Это нравится 21 человеку.',
      'Это нравится 1\u00a0234 людям.',
    ],
    likeYouAndOthers: [
      'Это нравится вам и ещё 0 людям.',
      'Это нравится вам и ещё 1 человеку.',
      'Это нравится вам и ещё 2 людям.',
      'Это нравится вам и ещё 5 людям.',
      'Это нравится вам и ещё 21 человеку.',
      'Это нравится вам и ещё 1\u00a0234 людям.',
    ],
  },
  ar: {
    likeCount: [
      'أُعجب بهذا 0 شخص.',
      'أُعجب بهذا شخص واحد.',
      'أُعجب بهذا شخصان.',
      'أُعجب بهذا 5 أشخاص.',
      'أُعجب بهذا 21 شخصًا.',
      'أُعجب بهذا 1,234 شخصًا.',
    ],
    likeYouAndOthers: [
      'أُعجبت بهذا أنت و0 شخص آخر.',
      'أُعجبت بهذا أنت وشخص آخر.',
      'أُعجبت بهذا أنت وشخصان آخران.',
      'أُعجبت بهذا أنت و5 أشخاص آخرين.',
      'أُعجبت بهذا أنت و21 شخصًا آخر.',
      'أُعجبت بهذا أنت و1,234 شخصًا آخر.',
    ],
  },
};

describe('plural forms', () => {
  for (const [locale, keys] of Object.entries(EXPECTED)) {
    for (const [key, sentences] of Object.entries(keys) as ['likeCount' | 'likeYouAndOthers', readonly string[]][]) {
      COUNTS.forEach((n, i) => {
        it(`${locale} ${key} ${n} → "${sentences[i]}"`, () => {
          expect(sentence(locale, key, n)).to.equal(sentences[i]);
        });
      });
    }
  }

  it('uses the forms of the base language for a regional locale', () => {
    expect(sentence('fr-CA', 'likeCount', 2)).to.equal('2 personnes aiment ceci.');
    expect(sentence('ru-UA', 'likeCount', 21)).to.equal('Это нравится 21 человеку.');
  });

  it('gives a compact count the form of its unit, not of its last digits', () => {
    // "21 тыс." and "12 ألف": the noun follows the unit's word. 21 001 alone would be "one"
    // ("человеку") in Russian, 12 345 "many" ("شخصًا") in Arabic.
    expect(sentence('ru', 'likeCount', 21_001)).to.equal('Это нравится 21\u00a0тыс. людям.');
    expect(sentence('ru', 'likeYouAndOthers', 1_000_001)).to.equal('Это нравится вам и ещё 1\u00a0млн людям.');
    expect(sentence('ar', 'likeCount', 12_345)).to.equal('أُعجب بهذا 12\u00a0ألف شخص.');
    expect(sentence('en', 'likeCount', 10_001)).to.equal('10K people like this.');
    // French writes "1,2 M de personnes": a site's own "many" form is the one for millions.
    const forms = { one: '{n} personne', many: '{n} de personnes', other: '{n} personnes' };
    expect(fill(selectPlural('fr', forms, 1_234_567), { n: formatNumber('fr', 1_234_567) })).to.equal('1,2\u00a0M de personnes');
    expect(fill(selectPlural('fr', forms, 12_001), { n: formatNumber('fr', 12_001) })).to.equal('12\u00a0k personnes');
    expect(fill(selectPlural('fr', forms, 999_999), { n: formatNumber('fr', 999_999) }), 'shown as a million').to.equal('1\u00a0M de personnes');
    expect(fill(selectPlural('fr', forms, 999_499), { n: formatNumber('fr', 999_499) })).to.equal('999\u00a0k personnes');
    expect(selectPlural('ru', messagesFor('ru').likeCount, 9_999)).to.equal(messagesFor('ru').likeCount.many, 'below 10 000, the count itself');
    expect(selectPlural('ru', messagesFor('ru').likeCount, 9_991)).to.equal(messagesFor('ru').likeCount.one);
  });

  it('falls back to "other" when a category has no form', () => {
    expect(selectPlural('ar', { other: 'x {n}' }, 2)).to.equal('x {n}');
    expect(selectPlural('ru', { one: 'one', other: 'other' }, 5)).to.equal('other');
  });
});

describe('formatNumber and fill', () => {
  it('writes counts from 10 000 up in the locale\'s compact notation', () => {
    expect(formatNumber('en', 10_000)).to.equal('10K');
    expect(formatNumber('en', 12_345)).to.equal('12K');
    expect(formatNumber('en', 1_234_567)).to.equal('1.2M');
    expect(formatNumber('fr', 1_234_567)).to.equal('1,2\u00a0M');
    expect(formatNumber('en', 2 ** 53 - 1)).to.equal('9007T');
  });

  it('writes numbers the way the locale does', () => {
    expect(formatNumber('en', 9999)).to.equal('9,999');
    expect(formatNumber('de', 9999)).to.equal('9.999');
    expect(formatNumber('fr', 1234)).to.equal('1\u202f234');
    expect(formatNumber('ru', 1234)).to.equal('1\u00a0234');
    // CLDR writes Arabic with Latin digits by default, Egyptian Arabic with Arabic-Indic ones.
    expect(formatNumber('ar', 1234)).to.equal('1,234');
    expect(formatNumber('ar-EG', 1234)).to.equal('١٬٢٣٤');
  });

  it('fills placeholders as plain text and leaves unknown ones', () => {
    expect(fill('By {name}', { name: '<b>Ann</b>' })).to.equal('By <b>Ann</b>');
    expect(fill('{a} and {b}', { a: '1' })).to.equal('1 and {b}');
    expect(fill('{n}{n}', { n: '$&' })).to.equal('$&$&');
  });
});
