import { expect } from '@open-wc/testing';
import type { LikeButton } from '../../src/elements/like-button/define.js';
import '../../src/elements/like-button/define.js';
import { article, hits, uniqueKey } from '../support/fixtures.js';
import { nextEvent, sleep, until } from '../support/wait.js';
import { button, likesUrl, status } from './like-button-helpers.js';

// A server-rendered page (story-widgets/ssr) carries the like count it was rendered with, which
// a cache may have kept for hours. Once the browser takes the button over, it asks for the live
// state (contract §4) once, quietly: nothing on screen changes unless the answer does.

const requests = async (key: string, method: string) => (await hits(key)).filter((hit) => hit.method === method);

/**
 * A `<like-button>` as `story-widgets/ssr` writes it (its shadow root here a stand-in with the
 * server's status line), with `count` in its inline document, added to the page: the script
 * takes it over at once.
 */
async function serverRendered(endpoint: string, count: number): Promise<LikeButton> {
  const host = document.createElement('div');
  const doc = article({ likes: { count, endpoint } });
  host.setHTMLUnsafe(
    `<like-button><template shadowrootmode="open"><button part="button" aria-pressed="false">Like</button><p part="status">${count} people like this.</p></template><script type="application/json">${JSON.stringify(doc)}</script></like-button>`,
  );
  document.body.append(host);
  const el = host.firstElementChild as LikeButton;
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
  afterEach(() => document.querySelectorAll('body > div > like-button').forEach((el) => el.parentElement!.remove()));

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
    for (let tries = 0; tries < 100 && !(await requests(key, 'GET')).length; tries++) await sleep(20);
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
});
