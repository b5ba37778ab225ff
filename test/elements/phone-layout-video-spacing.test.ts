// A <video-embed> on a phone while its document loads, with WCAG 1.4.12's text spacing and the
// page's text at 100–200 %: its title's room holds (split from phone-layout-video.test.ts: a
// test file has two minutes).
import { setViewport } from '@web/test-runner-commands';
import { clearLoaderCache } from '../../src/core/loader.js';
import { BUILT_IN_LOCALES, DEFAULT_VIEWPORT } from '../support/small-screens.js';
import { PHONES, TEXT_SIZES, expectNothingMovesWhileLoading } from './phone-layout-helpers.js';
import { slowVideo, titleShown } from './phone-layout-video-cases.js';

describe('<video-embed> on a phone while its document loads, with the text spacing of WCAG 1.4.12 (nothing moves)', () => {
  after(() => setViewport(DEFAULT_VIEWPORT));
  afterEach(() => clearLoaderCache());

  // Letters and words spaced wider wrap sooner, which a room chosen by the width cannot see: at
  // 320 px with the text at 200 % the seed's 43-character title took five lines where four were
  // kept, and what was under the video moved by a line (48 px) as its document came (until
  // 2026-12-07).
  for (const phone of PHONES) {
    for (const size of TEXT_SIZES) {
      for (const lang of BUILT_IN_LOCALES) {
        it(`keeps its height at ${phone.width} px with the page’s text at ${size} (${lang}, a short title)`, async () => {
          await setViewport(phone);
          document.documentElement.style.fontSize = size;
          try {
            const { el, below } = await slowVideo(lang);
            await expectNothingMovesWhileLoading(el, below, () => titleShown(el), true);
          } finally {
            document.documentElement.style.fontSize = '';
          }
        });
      }
    }
  }
});
