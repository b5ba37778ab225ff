// <like-button> on a phone whose reader has larger text (Android's font size, a browser's
// default of 20 px or more), while its live count loads: the status line under the button is
// then under 10em wide, and the sentence takes three lines ("Sé el primero en indicar que te
// gusta.", "Станьте первым, кому это понравится." at 175–200 %) where two were kept, so what
// was under the button moved by a line when the count came.
import { setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import { clearLoaderCache } from '../../src/core/loader.js';
import { DEFAULT_VIEWPORT, PHONE } from '../support/small-screens.js';
import { expectLikeButtonStill } from './phone-layout-helpers.js';

describe('<like-button> at 320 px with the page’s text enlarged, while its live count loads (nothing moves)', () => {
  before(() => setViewport(PHONE));
  after(async () => {
    document.documentElement.style.fontSize = '';
    await setViewport(DEFAULT_VIEWPORT);
  });
  afterEach(() => clearLoaderCache());

  // The languages whose sentences wrap most (count 0 in es and ru, a large count in es, de).
  for (const root of ['125%', '150%', '175%', '200%']) {
    for (const lang of ['es', 'ru', 'de']) {
      for (const base of [0, 1234567]) {
        it(`keeps its height at 320 px with the page’s text at ${root} (${lang}, count ${base})`, async () => {
          document.documentElement.style.fontSize = root;
          try {
            await expectLikeButtonStill(lang, 'ltr', base);
          } finally {
            document.documentElement.style.fontSize = '';
          }
        });
      }
    }
  }
});
