// A <video-embed> in a page column while its document loads, for the phone-layout tests of the
// video (phone-layout-video.test.ts, …-video-spacing.test.ts).
import { fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { VideoEmbed } from '../../src/elements/video-embed/video-embed.js';
import { type Json, article, docUrl, uniqueKey } from '../support/fixtures.js';

/**
 * A video in a story, a paragraph under it, its document 400 ms late: the seed article's video
 * (a 43-character title) with `video` over it.
 */
export async function slowVideo(lang: string, video: Json = {}): Promise<{ el: VideoEmbed; below: HTMLElement }> {
  const document = article();
  document.video = { ...(document.video as Json), ...video };
  const page = await fixture<HTMLElement>(html`<main style="padding-inline: 1em; line-height: 1.5" lang=${lang} dir=${lang === 'ar' ? 'rtl' : 'ltr'}>
    <video-embed src=${docUrl(uniqueKey('phone-video'), { delay: 400, body: JSON.stringify(document) })}></video-embed>
    <p>Under the video</p>
  </main>`);
  return { el: page.querySelector('video-embed')!, below: page.querySelector('p')! };
}

/** The title under the box, for the messages. */
export const titleShown = (el: VideoEmbed): string => `the title "${el.shadowRoot!.querySelector('.title')?.textContent}"`;
