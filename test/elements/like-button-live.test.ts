import { expect, fixture, html } from '@open-wc/testing';
import type { LikeButton } from '../../src/elements/like-button/define.js';
import '../../src/elements/like-button/define.js';
import { visitorId } from '../../src/elements/like-button/visitor-store.js';
import { article, hits, uniqueKey } from '../support/fixtures.js';
import { nextEvent, until } from '../support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import { button, likesUrl, pressed, status } from './like-button-helpers.js';

// Contract §4 "Live state": a button with an endpoint but no count asks
// `GET <endpoint>?visitor=<id>` before showing a number, and shows its placeholder until then.

const placeholder = (el: LikeButton): boolean => !!el.shadowRoot!.querySelector('[part=status] .bar');
const gets = async (key: string) => (await hits(key)).filter((hit) => hit.method === 'GET');

/** Makes `visitor` like the article of `key` (with `base` other likes) on the fake server, as another page would have. */
async function likedBefore(key: string, visitor: string, base: number): Promise<void> {
  await fetch(likesUrl(key, { base }), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ visitor, liked: true }) });
}

describe('<like-button> live state', () => {
  it('with only an endpoint, shows the placeholder, then the count the endpoint gives', async () => {
    const key = uniqueKey('live');
    const el = await fixture<LikeButton>(html`<like-button endpoint=${likesUrl(key, { base: 41, delay: 300 })}></like-button>`);
    expect(placeholder(el), 'placeholder while asking').to.equal(true);
    expect(status(el)).to.not.match(/\d|Be first/);
    expect(button(el).disabled).to.equal(true);
    await expect(el).to.be.accessible();
    await until(() => status(el) === '41 people like this.', 5000, 'the live count');
    expect(button(el).disabled).to.equal(false);
    expect(button(el).getAttribute('aria-pressed')).to.equal('false');
    const [hit, ...more] = await gets(key);
    expect(more).to.have.length(0);
    expect(new URL(hit!.url, location.href).pathname).to.equal('/test-api/likes');
    await expect(el).to.be.accessible();
  });

  it('sends the visitor id it keeps, and shows "liked" when the server says so', async () => {
    const key = uniqueKey('live-liked');
    // The id this page keeps (an earlier test's, or one made now). Not read from localStorage:
    // test files run in parallel windows of one origin, and another may store its own meanwhile.
    const visitor = visitorId();
    await likedBefore(key, visitor, 2);
    const el = await fixture<LikeButton>(html`<like-button endpoint=${likesUrl(key, { base: 2 })}></like-button>`);
    await until(() => status(el) === 'You and 2 others like this.', 5000, 'the live state');
    expect(button(el).getAttribute('aria-pressed')).to.equal('true');
    const [hit] = await gets(key);
    expect(new URL(hit!.url, location.href).searchParams.get('visitor')).to.equal(visitor);
  });

  it('asks it too, quietly, when the visitor liked here before: the count given may be from before the like (a cached document)', async () => {
    const key = uniqueKey('live-remembered');
    const endpoint = likesUrl(key, { base: 4 });
    await likedBefore(key, visitorId(), 4);
    const remembered = `story-widgets:liked:${new URL(endpoint, location.href).href}`;
    localStorage.setItem(remembered, '1');
    try {
      // The page's document was read before the like: 4.
      const el = await fixture<LikeButton>(html`<like-button endpoint=${endpoint} count="4"></like-button>`);
      expect(placeholder(el), 'no placeholder: the count given shows meanwhile').to.equal(false);
      await until(() => status(el) === 'You and 4 others like this.', 5000, 'the live state');
      expect(await gets(key)).to.have.length(1);
    } finally {
      localStorage.removeItem(remembered);
    }
  });

  it('leaves nothing in storage for an article the reader only read; an unlike stays remembered', async () => {
    const key = uniqueKey('live-read-only');
    const endpoint = likesUrl(key, { base: 3 });
    const remembered = `story-widgets:liked:${new URL(endpoint, location.href).href}`;
    const el = await fixture<LikeButton>(html`<like-button endpoint=${endpoint}></like-button>`);
    await until(() => status(el) === '3 people like this.', 5000, 'the live count');
    expect(localStorage.getItem(remembered), 'no key for a mere read').to.equal(null);
    try {
      button(el).click();
      await until(() => status(el) === 'You and 3 others like this.', 5000, 'the like');
      expect(localStorage.getItem(remembered)).to.equal('1');
      button(el).click();
      await until(() => status(el) === '3 people like this.' && !el.shadowRoot!.querySelector('[aria-busy=true]'), 5000, 'the unlike');
      await until(() => localStorage.getItem(remembered) === '0', 5000, 'the unlike remembered');
    } finally {
      localStorage.removeItem(remembered);
    }
  });

  it('asks for a document whose likes have an endpoint and no count', async () => {
    const key = uniqueKey('live-doc');
    const data = article({ likes: { endpoint: likesUrl(key, { base: 7 }) } });
    const el = await fixture<LikeButton>(html`<like-button .data=${data}></like-button>`);
    await until(() => status(el) === '7 people like this.', 5000, 'the live count');
  });

  it('asks for it with an empty count="" (a template’s empty value is no count, not 0)', async () => {
    for (const count of ['', '  ']) {
      const key = uniqueKey('live-empty');
      const el = await fixture<LikeButton>(html`<like-button endpoint=${likesUrl(key, { base: 7 })} count=${count}></like-button>`);
      await until(() => status(el) === '7 people like this.', 5000, `the live count with count="${count}"`);
      expect(await gets(key)).to.have.length(1);
    }
  });

  it('keeps ?visitor= before a fragment of the endpoint (the browser drops what follows #)', async () => {
    const key = uniqueKey('live-fragment');
    const visitor = visitorId();
    const el = await fixture<LikeButton>(html`<like-button endpoint=${`${likesUrl(key, { base: 3 })}#likes`}></like-button>`);
    await until(() => status(el) === '3 people like this.', 5000, 'the live count');
    const [hit] = await gets(key);
    expect(new URL(hit!.url, location.href).searchParams.get('visitor')).to.equal(visitor);
  });

  it('asks nothing when a count is given (attribute or document)', async () => {
    const key = uniqueKey('live-none');
    const attribute = await fixture<LikeButton>(html`<like-button endpoint=${likesUrl(key, { base: 5 })} count="3"></like-button>`);
    const data = article({ likes: { count: 4, endpoint: likesUrl(`${key}-doc`) } });
    const documented = await fixture<LikeButton>(html`<like-button .data=${data}></like-button>`);
    expect(status(attribute)).to.equal('3 people like this.');
    expect(status(documented)).to.equal('4 people like this.');
    expect(await gets(key)).to.have.length(0);
    expect(await gets(`${key}-doc`)).to.have.length(0);
  });

  it('asks once for every button of the page with the same endpoint', async () => {
    const key = uniqueKey('live-shared');
    const endpoint = likesUrl(key, { base: 12, delay: 100 });
    const el = await fixture<HTMLElement>(html`<div><like-button endpoint=${endpoint}></like-button><like-button endpoint=${endpoint}></like-button></div>`);
    const [first, second] = [...el.querySelectorAll('like-button')] as LikeButton[];
    await until(() => status(first!) === '12 people like this.' && status(second!) === '12 people like this.', 5000, 'both counts');
    expect(await gets(key)).to.have.length(1);
  });

  it('when the live state fails: fires error, shows no number, and a like still works', async () => {
    const key = uniqueKey('live-fail');
    const endpoint = likesUrl(key, { fail: 1, base: 9 });
    const el = document.createElement('like-button');
    el.setAttribute('endpoint', endpoint);
    const error = nextEvent<CustomEvent<{ reason: string }>>(el, 'error');
    document.body.append(el);
    try {
      expect((await error).detail.reason).to.equal('http');
      await el.updateComplete;
      expect(el.getAttribute('state')).to.equal('ready');
      expect(status(el), 'no made-up count').to.equal('');
      expect(placeholder(el)).to.equal(false);
      expect(el.shadowRoot!.querySelector('[part=status]')!.getBoundingClientRect().height, 'the line keeps its height').to.be.greaterThan(10);
      expect(button(el).disabled).to.equal(false);
      await expect(el).to.be.accessible();
      const change = nextEvent<CustomEvent<{ count: number }>>(el, 'like-change');
      button(el).click();
      expect((await change).detail.count).to.equal(10);
      await el.updateComplete;
      expect(status(el)).to.equal('You and 9 others like this.');
    } finally {
      el.remove();
    }
  });

  it('when the live state fails, a like pressed from the keyboard keeps the focus, and shows as pressed while it is sent', async () => {
    const key = uniqueKey('live-fail-keys');
    const el = document.createElement('like-button');
    el.setAttribute('endpoint', likesUrl(key, { fail: 1, base: 9, delay: 600 }));
    const error = nextEvent<CustomEvent<{ reason: string }>>(el, 'error');
    document.body.append(el);
    try {
      await error;
      await el.updateComplete;
      button(el).focus();
      const change = nextEvent(el, 'like-change');
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      const seen = () => ({ focused: el.shadowRoot!.activeElement === button(el), disabled: button(el).disabled, pressed: pressed(el), live: el.shadowRoot!.querySelector('[part=status]')!.getAttribute('aria-live'), placeholder: placeholder(el) });
      expect(seen(), 'while the like is sent').to.deep.equal({ focused: true, disabled: false, pressed: 'true', live: 'polite', placeholder: false });
      await change;
      await el.updateComplete;
      expect(seen(), 'once it is saved').to.deep.equal({ focused: true, disabled: false, pressed: 'true', live: 'polite', placeholder: false });
      expect(status(el)).to.equal('You and 9 others like this.');
      await sendKeys({ press: 'Space' });
      await until(() => status(el) === '9 people like this.', 5000, 'a second press taking it back');
    } finally {
      el.remove();
    }
  });

  it('ignores a live answer that is not {count, liked}', async () => {
    const key = uniqueKey('live-junk');
    const el = document.createElement('like-button');
    el.setAttribute('endpoint', likesUrl(key, { body: '{"count":"12","liked":"yes"}' }));
    const error = nextEvent<CustomEvent<{ reason: string }>>(el, 'error');
    document.body.append(el);
    try {
      expect((await error).detail.reason).to.equal('invalid');
      await el.updateComplete;
      expect(status(el)).to.equal('');
    } finally {
      el.remove();
    }
  });
});
