// End to end in Chromium: the demo pages client-rendered (`?csr=1`) while every document
// answer is 500 ms late, measured by the bench's own code (bench/demo-page.mjs, which `npm run
// bench` reports): the placeholders hold each widget's place, so nothing moves as the documents
// arrive, and each document is asked for once, the lazy list's too once the page is scrolled.
// Needs the built CDN file: run after `npm run build` (`npm run test:e2e`).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEMO_PAGES, PHONE_VIEWPORTS, measureDemoPage } from '../../bench/demo-page.mjs';
import { e2eSkip } from '../support/e2e-site.mjs';

const skip = e2eSkip('demo loading', ['cdn/story-widgets.js']);
/** A story page with a video, which the bench's story page has not: it holds its place as `/` does. */
const VIDEO_STORY = '/stories/chechnya-purge-restarted';
const PAGES = [...DEMO_PAGES, VIDEO_STORY];
/** The pages with the video: a page that lost it would have nothing to move. */
const WITH_VIDEO = ['/', VIDEO_STORY];
/** @param {Awaited<ReturnType<typeof measureDemoPage>>} measured @param {string} path */
function assertVideoShown(measured, path) {
  if (WITH_VIDEO.includes(path)) assert.deepEqual(measured.widgets.filter((widget) => widget.startsWith('video-embed')), ['video-embed:ready'], 'the video shown');
}

describe('the demo pages while their documents load', { skip }, () => {
  for (const path of PAGES) {
    it(`${path}: no layout shift, each document requested once`, async () => {
      // It waits for every widget (a lazy one below the fold once scrolled to) to be ready or in error.
      const measured = await measureDemoPage(path);
      assert.ok(measured.apiRequests > 0, 'the page fetched its documents');
      assert.equal(measured.duplicateDocumentRequests, 0, 'a document requested twice');
      assert.deepEqual(measured.shifts, [], 'layout shifts while the documents arrived');
      assertVideoShown(measured, path);
    });
  }

  // The ES file defines <video-embed> when its chunk arrives: on a slow phone or network after the
  // first paint. The demo's rule for the undefined tag reserved the video's ratio only, so the
  // title and notice lines then pushed the text below down by 90 px at desktop width, 140 at
  // 320 px; it now reserves them too, as README's Video snippet does.
  // A window tall enough to show the text under the video (at 900 px it starts at the fold).
  for (const path of WITH_VIDEO) {
    it(`${path} with the video’s code late: no layout shift`, async () => {
      const measured = await measureDemoPage(path, { width: 1280, height: 1500 }, { videoChunkDelayMs: 1500 });
      assert.deepEqual(measured.shifts, [], 'layout shifts while the video’s code and the documents arrived');
      assertVideoShown(measured, path);
    });
  }

  // On a phone the switcher's sentence ("This post is also available in: Français and العربية")
  // takes two lines where its placeholder and the demo's CSS reserved one, so the picture and the
  // text below it moved down about 24 px as the document arrived (CLS 0.012–0.015 at 320 and
  // 390 px). Now both reserve two lines where the switcher is narrower than 32em.
  for (const viewport of PHONE_VIEWPORTS) {
    for (const path of PAGES) {
      it(`${path} at ${viewport.width} px: no layout shift`, async () => {
        const measured = await measureDemoPage(path, viewport);
        assert.deepEqual(measured.shifts, [], 'layout shifts while the documents arrived');
        assertVideoShown(measured, path);
      });
    }
  }
});
