// The README's Video snippet works as printed: pasted into a page (the jsDelivr URL pointed at
// the built file, the integrity kept), it shows a play button and requests nothing of YouTube.
import { expect } from '@open-wc/testing';
import { sleep, until } from '../support/wait.js';
import { ES, openPage } from './pages.js';

/**
 * The page refuses other hosts: a request to one (a poster from i.ytimg.com) then ends at once,
 * listed in resource timing. Let through, it is listed only once it ends: after the check, here
 * where it ends on a DNS failure.
 */
const SELF_ONLY = `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; style-src 'self' 'unsafe-inline'">`;

async function videoSnippet(): Promise<string> {
  const readme = await (await fetch('/README.md')).text();
  const section = readme.slice(readme.indexOf('\n## Video\n'));
  return /```html\n([\s\S]*?)```/.exec(section)![1]!;
}

describe('README: the Video snippet', () => {
  it('works as printed: a play button named after the video, nothing requested from another host', async () => {
    const snippet = (await videoSnippet()).replace(/https:\/\/cdn\.jsdelivr\.net\/npm\/story-widgets@[^/]+\/dist\/cdn\/story-widgets\.js/, ES);
    expect(snippet).to.include(`src="${ES}"`).and.to.include('integrity="sha384-');
    const page = await openPage(SELF_ONLY, snippet);
    const video = page.document.querySelector('video-embed')!;
    await until(() => video.getAttribute('state') === 'ready', 5000, 'the video ready');
    await until(() => !!video.shadowRoot?.querySelector('button'), 5000, 'the play button');
    // A lazy image is asked for at the frame after its render.
    await sleep(100);
    expect(video.shadowRoot!.querySelector('button')!.textContent!.trim()).to.equal('Play video: YouTube Developers Live: Embedded Web Player Customization');
    expect(video.shadowRoot!.querySelector('[part~=notice]')!.textContent).to.equal('Plays from YouTube, which may set cookies.');
    const foreign = page.window.performance.getEntriesByType('resource').filter((entry) => new URL(entry.name).origin !== location.origin);
    expect(foreign.map((entry) => entry.name)).to.deep.equal([]);
    expect(page.window.warnings).to.deep.equal([]);
    page.frame.remove();
  });

  // The chunk that defines <video-embed> may come after the first paint: the snippet's style then
  // holds the box the element will take (the ratio only, before: the title and notice pushed the
  // page down on arrival).
  for (const width of [880, 390, 320]) {
    it(`keeps the element's room before it is defined, at ${width} px: as tall as once ready`, async () => {
      const snippet = (await videoSnippet()).replace(/https:\/\/cdn\.jsdelivr\.net\/npm\/story-widgets@[^/]+\/dist\/cdn\/story-widgets\.js/, ES);
      const style = /<style>[\s\S]*?<\/style>/.exec(snippet)![0];
      const tag = /<video-embed\s[\s\S]*?<\/video-embed>/.exec(snippet)![0];
      const height = (page: Awaited<ReturnType<typeof openPage>>) => page.document.querySelector('video-embed')!.getBoundingClientRect().height;
      // The style and the tag without the script: never defined.
      const undefinedPage = await openPage(style, `<div style="width: ${width}px">${tag}</div>`);
      const before = height(undefinedPage);
      undefinedPage.frame.remove();
      const page = await openPage('', `<div style="width: ${width}px">${snippet}</div>`);
      const video = page.document.querySelector('video-embed')!;
      await until(() => video.getAttribute('state') === 'ready', 5000, 'the video ready');
      expect(before, 'the box before its code, against the ready element').to.be.closeTo(height(page), 0.5);
      page.frame.remove();
    });
  }
});
