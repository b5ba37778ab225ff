import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LikeButton } from '../../src/elements/like-button/define.js';
import { holdWarmUp } from '../../src/core/intl-warmup.js';
import { defineElement } from '../../src/core/registry.js';
import { article, hits, uniqueKey } from '../support/fixtures.js';
import { nextEvent, sleep, until } from '../support/wait.js';
import { button, likesUrl, pressed, status } from './like-button-helpers.js';

// A server-rendered page (story-widgets/ssr) carries the like count it was rendered with, which
// a cache may have kept for hours. Once the browser takes the button over, it asks for the live
// state (contract §4) once, quietly: nothing on screen changes unless the answer does.

const requests = async (key: string, method: string) => (await hits(key)).filter((hit) => hit.method === method);

/** Waits (2 s at most) until the test API got the live state's GET under `key`. */
async function liveStateAsked(key: string): Promise<void> {
  for (let tries = 0; tries < 100 && !(await requests(key, 'GET')).length; tries++) await sleep(20);
}

/**
 * A `<like-button>` (or `tag`) as `story-widgets/ssr` writes it (its shadow root here a stand-in
 * with the server's button and status line), with `count` in its inline document, added to the
 * page.
 */
function addServerRendered(endpoint: string, count: number, tag = 'like-button'): LikeButton {
  const host = document.createElement('div');
  host.className = 'server-rendered';
  const doc = article({ likes: { count, endpoint } });
  host.setHTMLUnsafe(
    `<${tag}><template shadowrootmode="open"><button part="button" aria-pressed="false"><span part="label">Like</span></button><p part="status">${count} people like this.</p></template><script type="application/json">${JSON.stringify(doc)}</script></${tag}>`,
  );
  document.body.append(host);
  return host.firstElementChild as LikeButton;
}

/** A server-rendered `<like-button>`, which the script (its tag defined) takes over at once. */
async function serverRendered(endpoint: string, count: number): Promise<LikeButton> {
  const el = addServerRendered(endpoint, count);
  await el.updateComplete;
  return el;
}

/**
 * A server-rendered button of a new tag that the page had before the script: defining the tag
 * upgrades it, and its takeover waits its turn, held here by the ICU warm-up (`release` ends it).
 */
function upgradedWhileHeld(endpoint: string, count: number, tag: string): { el: LikeButton; release: () => void } {
  const el = addServerRendered(endpoint, count, tag);
  const release = holdWarmUp();
  defineElement(tag, class extends LikeButton {});
  return { el, release };
}

/** The taken-over button while its refresh is in flight: as the server showed it, and usable. */
function expectUsable(el: LikeButton, count: number): void {
  expect(status(el)).to.equal(`${count} people like this.`);
  expect(button(el).disabled, 'not disabled').to.equal(false);
  expect(button(el).className, 'no pending look').to.equal('');
  expect(el.shadowRoot!.querySelector('.bar'), 'no placeholder').to.equal(null);
  expect(el.shadowRoot!.querySelector('[part=status]')!.getAttribute('aria-live')).to.equal('polite');
}

describe('<like-button> taken over from a server render', () => {
  afterEach(() => document.querySelectorAll('body > .server-rendered').forEach((host) => host.remove()));

  it('shows the live count once the endpoint gives a newer one, never disabled or pending meanwhile', async () => {
    const key = uniqueKey('takeover-newer');
    const el = await serverRendered(likesUrl(key, { base: 45, delay: 1000 }), 41);
    expectUsable(el, 41);
    await sleep(50);
    expectUsable(el, 41);
    expect(await requests(key, 'GET'), 'asked').to.have.length(1);
    await until(() => status(el) === '45 people like this.', 5000, 'the live count');
    expect(button(el).disabled).to.equal(false);
    expect(await requests(key, 'GET')).to.have.length(1);
  });

  it('changes nothing in the shadow root when the live state is the one the server rendered', async () => {
    const key = uniqueKey('takeover-same');
    const el = await serverRendered(likesUrl(key, { base: 41 }), 41);
    const records: MutationRecord[] = [];
    new MutationObserver((list) => records.push(...list)).observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true, attributes: true });
    // The GET was made; the test API answers at once: a moment later its answer is in.
    await liveStateAsked(key);
    expect(await requests(key, 'GET')).to.have.length(1);
    await sleep(150);
    await el.updateComplete;
    expect(records, 'no mutation after takeover').to.deep.equal([]);
    expectUsable(el, 41);
  });

  it('keeps the server’s count when the live state cannot be read, and says why in an error event', async () => {
    const key = uniqueKey('takeover-fails');
    const el = await serverRendered(likesUrl(key, { status: 500, delay: 100 }), 41);
    expect((await nextEvent<CustomEvent<{ reason: string }>>(el, 'error')).detail.reason).to.equal('http');
    await el.updateComplete;
    expectUsable(el, 41);
    expect(el.getAttribute('state')).to.equal('ready');
    expect(await requests(key, 'GET')).to.have.length(1);
  });

  it('sends a click made while the refresh is in flight once the live state is in, from that state', async () => {
    const key = uniqueKey('takeover-click');
    const el = await serverRendered(likesUrl(key, { base: 45, delay: 300 }), 41);
    button(el).click();
    await el.updateComplete;
    expect(status(el), 'the click shows at once').to.equal('You and 41 others like this.');
    await until(() => status(el) === 'You and 45 others like this.', 5000, 'the live count with the like');
    expect(await requests(key, 'GET')).to.have.length(1);
    expect(await requests(key, 'POST')).to.have.length(1);
  });
  it('keeps a click on the server’s button made before its takeover and likes once taken over', async () => {
    const key = uniqueKey('takeover-early-click');
    const { el, release } = upgradedWhileHeld(likesUrl(key, { base: 45, delay: 200 }), 41, 'early-click-like');
    try {
      await sleep(50);
      expect(el.hasUpdated, 'not taken over yet').to.equal(false);
      // The reader clicks the label inside the server's button, as a tap would land.
      el.shadowRoot!.querySelector<HTMLElement>('[part=label]')!.click();
      await sleep(50);
      expect(status(el), 'the server’s nodes until the takeover').to.equal('41 people like this.');
      expect(await requests(key, 'POST'), 'nothing sent before the takeover').to.have.length(0);
    } finally {
      release();
    }
    await until(() => el.hasUpdated, 5000, 'the takeover');
    expect(status(el), 'the like shows at the takeover').to.equal('You and 41 others like this.');
    expect(pressed(el)).to.equal('true');
    await until(() => status(el) === 'You and 45 others like this.', 5000, 'the live count with the like');
    expect(await requests(key, 'GET'), 'the live state asked once').to.have.length(1);
    expect(await requests(key, 'POST'), 'the like sent once').to.have.length(1);
  });

  it('makes nothing of two clicks on the server’s button, or one on its status line, before the takeover', async () => {
    const key = uniqueKey('takeover-early-twice');
    const { el, release } = upgradedWhileHeld(likesUrl(key, { base: 41 }), 41, 'early-twice-like');
    try {
      await sleep(50);
      button(el).click();
      button(el).click();
      el.shadowRoot!.querySelector<HTMLElement>('[part=status]')!.click();
    } finally {
      release();
    }
    await until(() => el.hasUpdated, 5000, 'the takeover');
    await liveStateAsked(key);
    await sleep(150);
    expect(status(el)).to.equal('41 people like this.');
    expect(pressed(el)).to.equal('false');
    expect(await requests(key, 'POST'), 'no like sent').to.have.length(0);
  });

  it('keeps the keyboard focus on the button through the takeover, where Space likes', async () => {
    const key = uniqueKey('takeover-focus');
    const { el, release } = upgradedWhileHeld(likesUrl(key, { base: 41 }), 41, 'focused-takeover-like');
    const serverButton = button(el);
    try {
      await sleep(50);
      serverButton.focus();
    } finally {
      release();
    }
    await until(() => el.hasUpdated, 5000, 'the takeover');
    expect(button(el), 'the script’s own button').not.to.equal(serverButton);
    expect(el.shadowRoot!.activeElement, 'the new button has the focus').to.equal(button(el));
    await liveStateAsked(key);
    await sendKeys({ press: 'Space' });
    await until(() => status(el) === 'You and 41 others like this.', 5000, 'the like');
    expect(pressed(el)).to.equal('true');
    for (let tries = 0; tries < 100 && !(await requests(key, 'POST')).length; tries++) await sleep(20);
    expect(await requests(key, 'POST'), 'the like sent once').to.have.length(1);
  });
});
