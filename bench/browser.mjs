// Headless system Chromium through playwright-core (never downloads a browser).
import { chromium } from 'playwright-core';
import { CHROME_ARGS, requireBrowser } from '../scripts/find-browser.mjs';

export function launch() {
  return chromium.launch({ executablePath: requireBrowser(), headless: true, args: CHROME_ARGS });
}
