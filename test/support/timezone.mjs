// Another time zone for browser tests: the server command `emulate-timezone`, payload an IANA
// zone ('Asia/Tokyo') or '' for the machine's own. The test machine runs in UTC, where reading a
// date as local time or as UTC comes to the same: a test of time-zone handling sets a zone with
// an offset. Chromium applies it to the page's `Date` and `Intl` at once (CDP
// Emulation.setTimezoneOverride, through the test page's puppeteer page).
export const timezonePlugin = {
  name: 'emulate-timezone',
  async executeCommand({ command, payload, session }) {
    if (command !== 'emulate-timezone') return undefined;
    if (typeof payload !== 'string') throw new Error(`emulate-timezone: a time zone or '', not ${JSON.stringify(payload)}`);
    if (session.browser.type !== 'puppeteer') throw new Error(`emulate-timezone: needs a puppeteer browser, not ${session.browser.type}`);
    await session.browser.getPage(session.id).emulateTimezone(payload || undefined);
    return true;
  },
};
