import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LikeButton } from '../../src/elements/like-button/define.js';
import { article, hits, uniqueKey } from '../support/fixtures.js';
import { type ServerRender, addServerRendered, removeServerRendered, upgradedWhileHeld } from '../support/server-rendered.js';
import { nextEvent, sleep, until } from '../support/wait.js';
import { button, likesUrl, pressed, status } from './like-button-helpers.js';

// A server-rendered page (story-widgets/ssr) carries the like count it was rendered with, which
// a cache may have kept for hours. Once the browser takes the button over, it asks for the live
// state (contract §4) once, quietly: nothing on screen changes unless the answer does.

const requests = async (key: string, method: string) => (await hits(key)).filter((hit) => hit.method === method);

/** Waits (2 s at most) until the test API got a request of `method` under `key`. */
async function asked(key: string, method: string): Promise<void> {
  for (let tries = 0; tries < 100 && !(await requests(key, method)).length; tries++) await sleep(20);
}

/** A like button as the server writes it (a stand-in with its button and status line), `count` in its inline document. */
const likeRender = (endpoint: string, count: number): ServerRender => ({
  shadow: `<button part="button" aria-pressed="false"><span part="label">Like</span></button><p part="status">${count} people like this.</p>`,
  document: article({ likes: { count, endpoint } }),
});

/** A server-rendered `<like-button>`, which the script (its tag defined) takes over at once. */
async function serverRendered(endpoint: string, count: number): Promise<LikeButton> {
  const el = addServerRendered<LikeButton>('like-button', likeRender(endpoint, count));
  await el.updateComplete;
  return el;
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
  afterEach(removeServerRendered);

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

  // The server asks an endpoint whose document gives no count for one and writes it on the tag
  // (story-widgets/ssr): the button shows it as the server did, then the live count.
  it('takes over the count the server wrote on the tag for a document whose likes have none', async () => {
    const key = uniqueKey('takeover-written-count');
    const endpoint = likesUrl(key, { base: 45, delay: 300 });
    const el = addServerRendered<LikeButton>('like-button', { ...likeRender(endpoint, 41), attributes: 'count="41"', document: article({ likes: { endpoint } }) });
    await el.updateComplete;
    expectUsable(el, 41);
    await until(() => status(el) === '45 people like this.', 5000, 'the live count');
    expect(await requests(key, 'GET'), 'asked once').to.have.length(1);
  });

  it('changes nothing in the shadow root when the live state is the one the server rendered', async () => {
    const key = uniqueKey('takeover-same');
    const el = await serverRendered(likesUrl(key, { base: 41 }), 41);
    const records: MutationRecord[] = [];
    new MutationObserver((list) => records.push(...list)).observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true, attributes: true });
    // The GET was made; the test API answers at once: a moment later its answer is in.
    await asked(key, 'GET');
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
    const { el, release } = upgradedWhileHeld(LikeButton, 'early-click-like', likeRender(likesUrl(key, { base: 45, delay: 200 }), 41));
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
    const { el, release } = upgradedWhileHeld(LikeButton, 'early-twice-like', likeRender(likesUrl(key, { base: 41 }), 41));
    try {
      await sleep(50);
      button(el).click();
      button(el).click();
      el.shadowRoot!.querySelector<HTMLElement>('[part=status]')!.click();
    } finally {
      release();
    }
    await until(() => el.hasUpdated, 5000, 'the takeover');
    await asked(key, 'GET');
    await sleep(150);
    expect(status(el)).to.equal('41 people like this.');
    expect(pressed(el)).to.equal('false');
    expect(await requests(key, 'POST'), 'no like sent').to.have.length(0);
  });

  it('keeps the keyboard focus on the button through the takeover, where Space likes', async () => {
    const key = uniqueKey('takeover-focus');
    const { el, release } = upgradedWhileHeld(LikeButton, 'focused-takeover-like', likeRender(likesUrl(key, { base: 41 }), 41));
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
    await asked(key, 'GET');
    await sendKeys({ press: 'Space' });
    await until(() => status(el) === 'You and 41 others like this.', 5000, 'the like');
    expect(pressed(el)).to.equal('true');
    await asked(key, 'POST');
    expect(await requests(key, 'POST'), 'the like sent once').to.have.length(1);
  });
});
