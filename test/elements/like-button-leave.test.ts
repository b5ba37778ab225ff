// A reader who changes their mind while the first like is in flight, then leaves the page: what
// the server ends with. The page is a frame of its own (its own module and sessions), so it can
// really go away: its script never runs again, and only requests already made still arrive
// (keepalive). The fake endpoint records each POST as it comes, then holds it 400 ms before it
// applies and answers it: it applies them in the order they came.
import { expect } from '@open-wc/testing';
import '../../src/elements/like-button/define.js';
import { uniqueKey } from '../support/fixtures.js';
import { sleep, until } from '../support/wait.js';
import { likesUrl, sent } from './like-button-helpers.js';

/** A page with one like button for `endpoint`, in a frame; resolves once its button is ready. */
async function page(endpoint: string): Promise<{ frame: HTMLIFrameElement; click: () => void; status: () => string; errors: string[] }> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<script type="module">import '/src/elements/like-button/define.ts';</script><like-button endpoint="${endpoint}" count="2"></like-button>`;
  document.body.append(frame);
  const ready = () => frame.contentDocument?.querySelector('like-button')?.getAttribute('state') === 'ready';
  await until(ready, 8000, 'the framed button');
  const el = frame.contentDocument!.querySelector('like-button')!;
  const errors: string[] = [];
  el.addEventListener('error', (event) => errors.push(JSON.stringify((event as CustomEvent).detail)));
  const status = () => el.shadowRoot!.querySelector('[part=status]')!.textContent!.trim();
  return { frame, click: () => el.shadowRoot!.querySelector('button')!.click(), status, errors };
}

/** The `liked` of each POST the fake endpoint got, in order: it applies them in that order. */
const liked = async (key: string): Promise<boolean[]> => (await sent(key)).map((body) => body.liked);

describe('<like-button>: a change of mind, then the page goes away', () => {
  for (const [name, leave] of [
    ['navigates away', (frame: HTMLIFrameElement) => frame.contentWindow!.location.replace('about:blank')],
    ['closes the page', (frame: HTMLIFrameElement) => frame.remove()],
  ] as const) {
    for (const first of [true, false]) {
      it(`${first ? 'likes then unlikes' : 'unlikes then likes'} while the first is in flight, then ${name}: the server keeps the last`, async () => {
        const key = uniqueKey('leave');
        const endpoint = likesUrl(key, { delay: 400 });
        const { frame, click, status } = await page(endpoint);
        if (!first) {
          // Liked before: the reader now unlikes, then likes again.
          click();
          await until(() => status() === 'You like this.', 5000, 'the first like');
        }
        click();
        await sleep(30);
        click();
        leave(frame);
        // Every request made has been answered by then (and none is made once the page has gone).
        await sleep(1200);
        const kept = await liked(key);
        expect(kept.at(-1), `the POSTs the server got: ${JSON.stringify(kept)}`).to.equal(first ? false : true);
        // The next page shows it as the reader left it.
        expect(localStorage.getItem(`story-widgets:liked:${new URL(endpoint, location.href).href}`)).to.equal(first ? '0' : '1');
        frame.remove();
      });
    }
  }

  // The page lives on: the reader switched tabs (a phone's app switch looks the same, and the
  // page may then be killed unseen), or left it for the back/forward cache and came back.
  for (const [name, hide, show] of [
    ['is hidden (another tab), then shown again', 'visibilitychange', 'visibilitychange'],
    ['goes into the back/forward cache, then comes back', 'pagehide', 'pageshow'],
  ] as const) {
    it(`likes then unlikes while the like is in flight, ${name}: the unlike leaves at once, and the page works on`, async () => {
      const key = uniqueKey('hidden');
      const { frame, click, status, errors } = await page(likesUrl(key, { delay: 400, base: 2 }));
      const win = frame.contentWindow! as Window & typeof globalThis;
      click();
      await sleep(30);
      click();
      const signal = (type: string) =>
        type === 'visibilitychange'
          ? frame.contentDocument!.dispatchEvent(new win.Event(type, { bubbles: true }))
          : win.dispatchEvent(new win.PageTransitionEvent(type, { persisted: true }));
      signal(hide);
      // The other signal of the same leaving (a browser fires pagehide, then visibilitychange) sends nothing more.
      signal(hide === 'pagehide' ? 'visibilitychange' : 'pagehide');
      await sleep(200);
      expect(await liked(key), 'before the like is answered').to.deep.equal([true, false]);
      signal(show);
      // The like's answer comes: the page sends the unlike once more, as the server may have got
      // the two in either order, and shows the reader's last wish throughout.
      expect(status()).to.equal('2 people like this.');
      await until(() => !frame.contentDocument!.querySelector('like-button')!.shadowRoot!.querySelector('.pending'), 5000, 'the answers');
      expect(await liked(key)).to.deep.equal([true, false, false]);
      expect(status()).to.equal('2 people like this.');
      expect(errors).to.deep.equal([]);
      // And a click works as ever.
      click();
      await until(() => status() === 'You and 2 others like this.', 5000, 'the like');
      frame.remove();
    });
  }
});
