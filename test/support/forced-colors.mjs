// Forced colours (Windows high contrast) for browser tests: the server command
// `emulate-forced-colors`, payload 'active' or 'none'. @web/test-runner-commands' emulateMedia
// does not pass `forcedColors` on to puppeteer, so this asks the test page's puppeteer page
// itself (Chromium then forces system colours, not only the media query).
// Puppeteer sends one list of emulated features at a time: this replaces an earlier
// emulateMedia's `reducedMotion` or `colorScheme`, and emulateMedia replaces this.
import { pageCommand } from './page-command.mjs';

export const forcedColorsPlugin = pageCommand(
  'emulate-forced-colors',
  (payload) => payload === 'active' || payload === 'none',
  "'active' or 'none'",
  (page, value) => page.emulateMediaFeatures([{ name: 'forced-colors', value }]),
);
