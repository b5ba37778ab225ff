// The README's Video snippet works as printed: pasted into a page (the jsDelivr URL pointed at
// the built file, the integrity kept), it shows a play button and requests nothing of YouTube.
import { expect } from '@open-wc/testing';
import { until } from '../support/wait.js';
import { ES, openPage } from './pages.js';

async function videoSnippet(): Promise<string> {
  const readme = await (await fetch('/README.md')).text();
  const section = readme.slice(readme.indexOf('\n## Video\n'));
  return /```html\n([\s\S]*?)```/.exec(section)![1]!;
}

describe('README: the Video snippet', () => {
  it('works as printed: a play button named after the video, nothing requested from another host', async () => {
    const snippet = (await videoSnippet()).replace(/https:\/\/cdn\.jsdelivr\.net\/npm\/story-widgets@[^/]+\/dist\/cdn\/story-widgets\.js/, ES);
    expect(snippet).to.include(`src="${ES}"`).and.to.include('integrity="sha384-');
    const page = await openPage('', snippet);
    const video = page.document.querySelector('video-embed')!;
    await until(() => video.getAttribute('state') === 'ready', 5000, 'the video ready');
    await until(() => !!video.shadowRoot?.querySelector('button'), 5000, 'the play button');
    expect(video.shadowRoot!.querySelector('button')!.textContent!.trim()).to.equal('Play video: YouTube Developers Live: Embedded Web Player Customization');
    expect(video.shadowRoot!.querySelector('[part~=notice]')!.textContent).to.equal('Plays from YouTube, which may set cookies.');
    const foreign = page.window.performance.getEntriesByType('resource').filter((entry) => new URL(entry.name).origin !== location.origin);
    expect(foreign.map((entry) => entry.name)).to.deep.equal([]);
    expect(page.window.warnings).to.deep.equal([]);
    page.frame.remove();
  });
});
