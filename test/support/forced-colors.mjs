// Forced colours (Windows high contrast) for browser tests: the server command
// `emulate-forced-colors`, payload 'active' or 'none'. @web/test-runner-commands' emulateMedia
// does not pass `forcedColors` on to puppeteer, so this asks the test page's puppeteer page
// itself (Chromium then forces system colours, not only the media query).
// Puppeteer sends one list of emulated features at a time: this replaces an earlier
// emulateMedia's `reducedMotion` or `colorScheme`, and emulateMedia replaces this.
export const forcedColorsPlugin = {
  name: 'emulate-forced-colors',
  async executeCommand({ command, payload, session }) {
    if (command !== 'emulate-forced-colors') return undefined;
    if (payload !== 'active' && payload !== 'none') throw new Error(`emulate-forced-colors: 'active' or 'none', not ${JSON.stringify(payload)}`);
    if (session.browser.type !== 'puppeteer') throw new Error(`emulate-forced-colors: needs a puppeteer browser, not ${session.browser.type}`);
    await session.browser.getPage(session.id).emulateMediaFeatures([{ name: 'forced-colors', value: payload }]);
    return true;
  },
};
