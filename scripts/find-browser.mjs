// The one place that decides which Chromium the tests, the bench and the scripts use.
// Order: $CHROME_PATH, then the usual system paths. Never downloads a browser.
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];
const FIXED = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/snap/bin/chromium'];

/** Flags that work headless as root on a machine without a network. */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // Test files run in parallel tabs: keep background tabs' timers, frames and observers live.
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-renderer-backgrounding',
];

export const INSTALL_HINT =
  'No Chromium found. Install the system package (Debian/Ubuntu: `sudo apt-get install -y chromium`) or set CHROME_PATH to a Chrome/Chromium binary.';

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** @returns {string | undefined} the path of a Chromium binary, or undefined. */
export function findBrowser(env = process.env) {
  if (env.CHROME_PATH) return isExecutable(env.CHROME_PATH) ? env.CHROME_PATH : undefined;
  for (const path of FIXED) if (isExecutable(path)) return path;
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    for (const name of NAMES) {
      const candidate = join(dir, name);
      if (dir && isExecutable(candidate)) return candidate;
    }
  }
  return undefined;
}

/** Like findBrowser, but ends the process with one clear line when there is none. */
export function requireBrowser() {
  const path = findBrowser();
  if (!path) {
    const which = process.env.CHROME_PATH ? `CHROME_PATH=${process.env.CHROME_PATH} is not an executable file. ` : '';
    console.error(`story-widgets: ${which}${INSTALL_HINT}`);
    process.exit(2);
  }
  return path;
}
