import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { clearLoaderCache } from '../../src/core/loader.js';
import { likeSettings } from '../../src/elements/like-button/like-request.js';
import type { LikeButton } from '../../src/elements/like-button/define.js';
import '../../src/elements/like-button/define.js';
import '../../src/elements/article-context/define.js';
import { article, docUrl, hits, uniqueKey } from '../support/fixtures.js';
import { axNode } from '../support/accessibility-tree.js';
import { nextEvent, until } from '../support/wait.js';
import { button, status } from './like-button-helpers.js';

const defaults = { ...likeSettings };
const likesUrl = (key: string, extra = ''): string => `/test-api/likes?key=${encodeURIComponent(key)}${extra}`;

// Counts of the issue; "liked" rows use the same total count (k = count − 1).
const COUNTS = [0, 1, 2, 5, 21, 1234] as const;
const ar = (n: number): string => new Intl.NumberFormat('ar').format(n);

const TEXTS: Record<string, { name: string; notLiked: string[]; liked: string[] }> = {
  en: {
    name: 'Like',
    notLiked: ['Be first to like this.', '1 person likes this.', '2 people like this.', '5 people like this.', '21 people like this.', '1,234 people like this.'],
    liked: ['You like this.', 'You like this.', 'You and 1 other like this.', 'You and 4 others like this.', 'You and 20 others like this.', 'You and 1,233 others like this.'],
  },
  fr: {
    name: 'J’aime',
    notLiked: [
      'Soyez le premier à aimer ceci.',
      '1 personne aime ceci.',
      '2 personnes aiment ceci.',
      '5 personnes aiment ceci.',
      '21 personnes aiment ceci.',
      '1\u202f234 personnes aiment ceci.',
    ],
    liked: [
      'Vous aimez ceci.',
      'Vous aimez ceci.',
      'Vous et 1 autre personne aimez ceci.',
      'Vous et 4 autres personnes aimez ceci.',
      'Vous et 20 autres personnes aimez ceci.',
      'Vous et 1\u202f233 autres personnes aimez ceci.',
    ],
  },
  ru: {
    name: 'Нравится',
    notLiked: [
      'Станьте первым, кому это понравится.',
      'Это нравится 1 человеку.',
      'Это нравится 2 людям.',
      'Это нравится 5 людям.',
      'Это нравится 21 человеку.',
      'Это нравится 1\u00a0234 людям.',
    ],
    liked: [
      'Вам это нравится.',
      'Вам это нравится.',
      'Это нравится вам и ещё 1 человеку.',
      'Это нравится вам и ещё 4 людям.',
      'Это нравится вам и ещё 20 людям.',
      'Это нравится вам и ещё 1\u00a0233 людям.',
    ],
  },
  ar: {
    name: 'إعجاب',
    notLiked: [
      'كن أول من يُعجب بهذا.',
      'أُعجب بهذا شخص واحد.',
      'أُعجب بهذا شخصان.',
      `أُعجب بهذا ${ar(5)} أشخاص.`,
      `أُعجب بهذا ${ar(21)} شخصًا.`,
      `أُعجب بهذا ${ar(1234)} شخصًا.`,
    ],
    liked: [
      'أعجبك هذا.',
      'أعجبك هذا.',
      'أُعجبت بهذا أنت وشخص آخر.',
      `أُعجبت بهذا أنت و${ar(4)} أشخاص آخرين.`,
      `أُعجبت بهذا أنت و${ar(20)} شخصًا آخر.`,
      `أُعجبت بهذا أنت و${ar(1233)} شخصًا آخر.`,
    ],
  },
};

describe('<like-button> texts', () => {
  for (const [lang, texts] of Object.entries(TEXTS)) {
    it(`says the ${lang} sentences at ${COUNTS.join(', ')}, not liked and liked, and keeps the name "${texts.name}"`, async () => {
      const root = await fixture(html`<div lang=${lang}>
        ${COUNTS.map((n) => html`<like-button count=${n}></like-button>`)}
        ${COUNTS.map((n) => html`<like-button count=${n} liked></like-button>`)}
      </div>`);
      const buttons = [...root.querySelectorAll('like-button')];
      // A render that shows a document may wait for the Intl warm-up (src/core/intl-warmup.ts).
      await Promise.all(buttons.map((el) => el.updateComplete));
      expect(buttons.map(status)).to.deep.equal([...texts.notLiked, ...texts.liked]);
      for (const el of buttons) expect(button(el).textContent!.trim()).to.equal(texts.name);
    });
  }

  // A compact count of millions takes the form of a million ("1 M"): in Spanish and Portuguese a
  // noun of quantity, followed by "de" (CLDR's "many"). French keeps the contract's texts (§4),
  // which have no such form; English has none.
  const fmt = (lang: string, n: number): string => new Intl.NumberFormat(lang, { notation: 'compact' }).format(n);
  const MILLIONS: Record<string, (n: string, k: string) => [string, string]> = {
    fr: (n, k) => [`${n} personnes aiment ceci.`, `Vous et ${k} autres personnes aimez ceci.`],
    es: (n, k) => [`A ${n} de personas les gusta esto.`, `A ti y a ${k} de personas más les gusta esto.`],
    pt: (n, k) => [`${n} de pessoas curtiram isto.`, `Você e mais ${k} de pessoas curtiram isto.`],
    en: (n, k) => [`${n} people like this.`, `You and ${k} others like this.`],
  };
  for (const [lang, sentences] of Object.entries(MILLIONS)) {
    it(`says a count of millions in ${lang} as a native reader writes it (1 000 000 and 2 345 678, not liked and liked)`, async () => {
      const counts = [1_000_000, 2_345_678];
      const root = await fixture(html`<div lang=${lang}>${counts.map((n) => html`<like-button count=${n}></like-button><like-button count=${n} liked></like-button>`)}</div>`);
      const buttons = [...root.querySelectorAll('like-button')];
      await Promise.all(buttons.map((el) => el.updateComplete));
      expect(buttons.map(status)).to.deep.equal(counts.flatMap((n) => sentences(fmt(lang, n), fmt(lang, n - 1))));
    });
  }

  it('marks the number in the sentence as part "count"', async () => {
    const el = await fixture<LikeButton>(html`<like-button count="1234"></like-button>`);
    expect(el.shadowRoot!.querySelector('[part=count]')!.textContent).to.equal('1,234');
  });

  it('marks the number as part "count" in the singular too ("1 person likes this.")', async () => {
    const el = await fixture<LikeButton>(html`<like-button count="1"></like-button>`);
    expect(status(el)).to.equal('1 person likes this.');
    expect(el.shadowRoot!.querySelector('[part=count]')?.textContent).to.equal('1');
  });

  it('follows a lang change', async () => {
    const root = await fixture(html`<div lang="en"><like-button count="5"></like-button></div>`);
    const el = root.querySelector('like-button')!;
    root.setAttribute('lang', 'fr');
    await until(() => status(el) === '5 personnes aiment ceci.');
    expect(button(el).textContent!.trim()).to.equal('J’aime');
  });
});

describe('<like-button> data and states', () => {
  afterEach(() => {
    Object.assign(likeSettings, defaults);
    clearLoaderCache();
  });

  it('without an endpoint shows a disabled button and still the count', async () => {
    const el = await fixture<LikeButton>(html`<like-button count="3"></like-button>`);
    expect(el.getAttribute('state')).to.equal('ready');
    // A disabled button gets no click at all (nor focus): this is what keeps a click from doing
    // anything, so a click here could not fail on its own.
    expect(button(el).disabled).to.equal(true);
    expect(status(el)).to.equal('3 people like this.');
  });

  it('ignores an endpoint that is not http(s): disabled', async () => {
    const el = await fixture<LikeButton>(html`<like-button count="2" endpoint="javascript:alert(1)"></like-button>`);
    expect(button(el).disabled).to.equal(true);
    expect(status(el)).to.equal('2 people like this.');
  });

  it('is idle with a placeholder when it has neither a document nor count/endpoint', async () => {
    const el = await fixture<LikeButton>(html`<like-button></like-button>`);
    expect(el.getAttribute('state')).to.equal('idle');
    expect(button(el).disabled).to.equal(true);
    expect(el.shadowRoot!.querySelector('.bar')).to.exist;
  });

  it('reads likes.count and likes.endpoint of the data document, before the attributes', async () => {
    const key = uniqueKey('doc-likes');
    const el = await fixture<LikeButton>(html`<like-button count="99" .data=${article({ likes: { count: 5, endpoint: likesUrl(key, '&base=5') } })}></like-button>`);
    expect(status(el)).to.equal('5 people like this.');
    const change = nextEvent<CustomEvent>(el, 'like-change');
    button(el).click();
    expect((await change).detail).to.deep.equal({ liked: true, count: 6 });
    expect(await hits(key)).to.have.length(1);
  });

  it('takes the document of the nearest article-context', async () => {
    const key = uniqueKey('ctx');
    const root = await fixture(html`<article-context src=${docUrl(key, { body: JSON.stringify(article({ likes: { count: 21 } })) })}>
      <like-button></like-button>
    </article-context>`);
    const el = root.querySelector('like-button')!;
    await until(() => el.state === 'ready');
    await el.updateComplete;
    expect(status(el)).to.equal('21 people like this.');
    expect(button(el).disabled).to.equal(true);
  });

  it('keeps waiting for its own lazy src when its attributes change inside an article-context', async () => {
    const key = uniqueKey('ctx-lazy');
    const root = await fixture(html`<article-context src=${docUrl(key, { body: JSON.stringify(article({ likes: { count: 21 } })) })}>
      <like-button src=${docUrl(uniqueKey('own'))} loading="lazy" style="display: block; margin-block-start: 500vh"></like-button>
    </article-context>`);
    const context = root as HTMLElement & { state: string };
    await until(() => context.state === 'ready');
    const el = root.querySelector('like-button')!;
    el.setAttribute('count', '3');
    await el.updateComplete;
    expect(el.state).to.equal('idle');
    expect(status(el)).not.to.contain('21');
  });

  it('goes to error (invalid) when the document has no likes and there are no attributes', async () => {
    const el = document.createElement('like-button');
    el.data = article({ likes: undefined });
    const failed = nextEvent<CustomEvent>(el, 'error');
    document.body.append(el);
    expect((await failed).detail.reason).to.equal('invalid');
    expect(el.getAttribute('state')).to.equal('error');
    el.remove();
  });

  it('takes count and endpoint attributes set after its context’s document without likes made it an error', async () => {
    const key = uniqueKey('ctx-late');
    const context = await fixture(html`<article-context .data=${article({ likes: undefined })}><like-button></like-button></article-context>`);
    const el = context.querySelector('like-button')!;
    await until(() => el.state === 'error');
    el.setAttribute('endpoint', likesUrl(key, '&base=2'));
    el.setAttribute('count', '2');
    await until(() => el.state === 'ready');
    await el.updateComplete;
    expect(status(el)).to.equal('2 people like this.');
    expect(button(el).disabled).to.equal(false);
  });

  it('uses the count attribute when the document has no likes', async () => {
    const el = await fixture<LikeButton>(html`<like-button count="2" .data=${article({ likes: undefined })}></like-button>`);
    expect(el.getAttribute('state')).to.equal('ready');
    expect(status(el)).to.equal('2 people like this.');
  });

  it('fires load when it is ready from its attributes', async () => {
    const el = document.createElement('like-button');
    el.setAttribute('count', '1');
    const loaded = nextEvent(el, 'load');
    document.body.append(el);
    await loaded;
    el.remove();
  });

  it('toggles with Enter and Space, and shows a focus ring', async () => {
    const key = uniqueKey('keys');
    const el = await fixture<LikeButton>(html`<like-button endpoint=${likesUrl(key)} count="0"></like-button>`);
    button(el).focus();
    const liked = nextEvent<CustomEvent>(el, 'like-change');
    await sendKeys({ press: 'Enter' });
    expect((await liked).detail.liked).to.equal(true);
    expect(getComputedStyle(button(el)).outlineStyle).to.equal('solid');
    const unliked = nextEvent<CustomEvent>(el, 'like-change');
    await sendKeys({ press: 'Space' });
    expect((await unliked).detail.liked).to.equal(false);
  });
});

describe('<like-button> accessibility (axe) in every state', () => {
  afterEach(() => {
    Object.assign(likeSettings, defaults);
  });

  it('idle placeholder', async () => {
    await expect(await fixture(html`<like-button></like-button>`)).to.be.accessible();
  });

  it('ready, not liked', async () => {
    await expect(await fixture(html`<like-button endpoint=${likesUrl(uniqueKey('a11y'))} count="3"></like-button>`)).to.be.accessible();
  });

  it('liked', async () => {
    const el = await fixture<LikeButton>(html`<like-button endpoint=${likesUrl(uniqueKey('a11y'))} count="3"></like-button>`);
    const change = nextEvent(el, 'like-change');
    button(el).click();
    await change;
    await expect(el).to.be.accessible();
  });

  it('pending', async () => {
    const el = await fixture<LikeButton>(html`<like-button endpoint=${likesUrl(uniqueKey('a11y'), '&delay=1500')} count="3"></like-button>`);
    button(el).click();
    await el.updateComplete;
    expect(button(el).classList.contains('pending')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  // The French text as the contract's table writes it.
  for (const [lang, text] of [['en', 'Couldn’t save your like. Try again.'], ['fr', 'Impossible d’enregistrer votre « j’aime ». Réessayez.']]) {
    it(`failure (${lang})`, async () => {
      const el = await fixture<LikeButton>(html`<like-button lang=${lang} endpoint=${likesUrl(uniqueKey('a11y'), '&status=503')} count="3"></like-button>`);
      const failed = nextEvent(el, 'error');
      button(el).click();
      await failed;
      await el.updateComplete;
      expect(status(el)).to.equal(text);
      await expect(el).to.be.accessible();
    });
  }

  it('disabled (no endpoint)', async () => {
    await expect(await fixture(html`<like-button count="3" liked></like-button>`)).to.be.accessible();
  });

  it('error (document without likes)', async () => {
    const el = await fixture<LikeButton>(html`<like-button .data=${article({ likes: undefined })}></like-button>`);
    expect(el.getAttribute('state')).to.equal('error');
    await expect(el).to.be.accessible();
  });

  it('right-to-left (ar)', async () => {
    await expect(await fixture(html`<div lang="ar" dir="rtl"><like-button count="5"></like-button></div>`)).to.be.accessible();
  });
});

describe('<like-button> counts, failures and its description', () => {
  afterEach(() => clearLoaderCache());

  it('writes a count from 10 000 up in compact notation', async () => {
    const en = await fixture<LikeButton>(html`<like-button lang="en" .data=${article({ likes: { count: 12_345 } })}></like-button>`);
    expect(status(en)).to.equal('12K people like this.');
    const fr = await fixture<LikeButton>(html`<like-button lang="fr" .data=${article({ likes: { count: 1_234_567 } })}></like-button>`);
    expect(status(fr)).to.equal('1,2\u00a0M personnes aiment ceci.');
    // The noun follows the unit ("тыс."), not the count's last digits (21 001 alone: "человеку").
    const ru = await fixture<LikeButton>(html`<like-button lang="ru" .data=${article({ likes: { count: 21_001 } })}></like-button>`);
    expect(status(ru)).to.equal('Это нравится 21\u00a0тыс. людям.');
    const below = await fixture<LikeButton>(html`<like-button lang="en" .data=${article({ likes: { count: 9_999 } })}></like-button>`);
    expect(status(below)).to.equal('9,999 people like this.');
  });

  it('treats a count of 1e300 (or 2.5, or -4) as no count: no 301 digits', async () => {
    for (const count of [1e300, 2.5, -4]) {
      const el = await fixture<LikeButton>(html`<like-button lang="en" .data=${article({ likes: { count } })}></like-button>`);
      expect(status(el), String(count)).to.equal('Be first to like this.');
    }
    const attribute = await fixture<LikeButton>(html`<like-button lang="en" count="1e300"></like-button>`);
    expect(status(attribute)).to.equal('Be first to like this.');
  });

  it('renders nothing and takes no space (0×0) when its document fails', async () => {
    const el = document.createElement('like-button');
    el.data = article({ likes: undefined });
    const failed = nextEvent(el, 'error');
    document.body.append(el);
    await failed;
    await el.updateComplete;
    const { width, height } = el.getBoundingClientRect();
    expect([width, height]).to.deep.equal([0, 0]);
    expect(el.shadowRoot!.textContent!.trim()).to.equal('');
    el.remove();
  });

  it('is described by its status line: "Like, toggle button, not pressed, 3 people like this."', async () => {
    const el = await fixture<LikeButton>(html`<like-button id="described" lang="en" count="3" endpoint=${likesUrl(uniqueKey('described'))}></like-button>`);
    expect(button(el).getAttribute('aria-describedby')).to.equal(el.shadowRoot!.querySelector('[part=status]')!.id);
    // What a screen reader gets: Chromium's accessibility tree.
    const node = await axNode('#described', 'button');
    expect(node).to.include({ name: 'Like', description: '3 people like this.', pressed: false });
  });

  it('once clicked, is described by its sentence alone: the room kept for a notice is not read', async () => {
    const el = await fixture<LikeButton>(html`<like-button id="described-clicked" lang="en" count="3" endpoint=${likesUrl(uniqueKey('described-clicked'), '&base=3')}></like-button>`);
    const changed = nextEvent(el, 'like-change');
    button(el).click();
    await changed;
    await el.updateComplete;
    const rooms = [...el.shadowRoot!.querySelectorAll('[data-room]')].map((room) => room.getAttribute('data-room'));
    expect(rooms, 'the room kept').to.deep.equal(['Couldn’t save your like. Try again.', 'Busy right now: your like will be sent in a moment.']);
    const node = await axNode('#described-clicked', 'button');
    expect(node).to.include({ name: 'Like', description: 'You and 3 others like this.', pressed: true });
  });

  it('with two buttons of one article, announces a like once: only the pressed button’s status line is live', async () => {
    const endpoint = likesUrl(uniqueKey('announced-once'), '&base=3');
    const wrapper = await fixture(html`<div><like-button count="3" endpoint=${endpoint}></like-button><like-button count="3" endpoint=${endpoint}></like-button></div>`);
    const [top, bottom] = [...wrapper.querySelectorAll('like-button')] as LikeButton[];
    const live = (el: LikeButton): string | null => el.shadowRoot!.querySelector('[part=status]')!.getAttribute('aria-live');
    for (const [pressedOne, other] of [[bottom!, top!], [top!, bottom!]]) {
      button(pressedOne).focus();
      const changed = nextEvent(pressedOne, 'like-change');
      await sendKeys({ press: 'Enter' });
      await changed;
      await Promise.all([top!.updateComplete, bottom!.updateComplete]);
      // Both show the new state; a screen reader hears it from the button the reader pressed only.
      expect(status(other)).to.equal(status(pressedOne));
      expect([live(pressedOne), live(other)]).to.deep.equal(['polite', 'off']);
    }
  });
});
