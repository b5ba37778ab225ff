// A <video-embed> on a phone while its document loads: its title and notice hold their room, so
// nothing under it moves (split from phone-layout.test.ts: a test file has two minutes).
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { clearLoaderCache } from '../../src/core/loader.js';
import { BUILT_IN_LOCALES, DEFAULT_VIEWPORT, ZOOM_200 } from '../support/small-screens.js';
import { PHONES, expectNothingMovesWhileLoading } from './phone-layout-helpers.js';
import { slowVideo, titleShown } from './phone-layout-video-cases.js';

describe('<video-embed> on a phone while its document loads (nothing moves)', () => {
  after(() => setViewport(DEFAULT_VIEWPORT));
  afterEach(() => clearLoaderCache());

  // The demo's French video title, 89 characters: three lines on a phone.
  const LONG_TITLE = 'Une vidéo d’exemple à la place de celle de l’article (l’exemple d’intégration de YouTube)';
  for (const viewport of [...PHONES, ZOOM_200, { width: 1280, height: 800 }]) {
    for (const lang of BUILT_IN_LOCALES) {
      for (const { name, video, notice } of [
        { name: 'a short title', video: {}, notice: /YouTube/ },
        { name: 'a long title', video: { title: LONG_TITLE }, notice: /YouTube/ },
        // No notice at all: the room of YouTube's stays.
        { name: 'a video file', video: { url: 'https://news.example/media/clip.mp4' }, notice: /^$/ },
      ]) {
        // Title and notice reserved one line each; on a phone the title took two or three and
        // the notice two (every language but English at 320 px, Russian at 390), so what was
        // under the video moved down as its document arrived.
        it(`keeps its height at ${viewport.width} px (${lang}, ${name})`, async () => {
          await setViewport(viewport);
          const { el, below } = await slowVideo(lang, video);
          const shown = (): string => el.shadowRoot!.querySelector('.notice')!.textContent!;
          await expectNothingMovesWhileLoading(el, below, () => `the notice "${shown()}"`);
          expect(shown(), 'the notice').to.match(notice);
        });
      }
    }
  }

  // A reader's text at 200 % on a phone: the column is under 10em, and the seed's 43-character
  // title took four lines where three were kept.
  for (const lang of BUILT_IN_LOCALES) {
    it(`keeps its height at 320 px with the page’s text at 200 % (${lang}, a short title)`, async () => {
      await setViewport(PHONES[0]!);
      document.documentElement.style.fontSize = '200%';
      try {
        const { el, below } = await slowVideo(lang);
        await expectNothingMovesWhileLoading(el, below, () => titleShown(el));
      } finally {
        document.documentElement.style.fontSize = '';
      }
    });
  }
});
