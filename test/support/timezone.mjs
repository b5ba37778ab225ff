// Another time zone for browser tests: the server command `emulate-timezone`, payload an IANA
// zone ('Asia/Tokyo') or '' for the machine's own. The test machine runs in UTC, where reading a
// date as local time or as UTC comes to the same: a test of time-zone handling sets a zone with
// an offset. Chromium applies it to the page's `Date` and `Intl` at once (CDP
// Emulation.setTimezoneOverride, through the test page's puppeteer page).
import { pageCommand } from './page-command.mjs';

export const timezonePlugin = pageCommand(
  'emulate-timezone',
  (payload) => typeof payload === 'string',
  "a time zone or ''",
  (page, zone) => page.emulateTimezone(zone || undefined),
);
