// Finds a Chromium for the tests: CHROME_PATH, then Debian's /usr/bin/chromium, then other usual places
// (including a Playwright download, if one exists). Exits 1 with install instructions when there is none.
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** How every headless Chromium of the project is started (tests and benchmark): no sandbox as root, no network chatter. */
export const CHROME_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function findChrome() {
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    ...playwrightChromes(),
  ].filter(Boolean);
  return candidates.find((path) => existsSync(path));
}

function playwrightChromes() {
  const cache = process.env.PLAYWRIGHT_BROWSERS_PATH ?? join(homedir(), '.cache', 'ms-playwright');
  try {
    return readdirSync(cache)
      .filter((name) => name.startsWith('chromium-'))
      .sort()
      .reverse()
      .flatMap((name) => [join(cache, name, 'chrome-linux', 'chrome'), join(cache, name, 'chrome-linux64', 'chrome')]);
  } catch {
    return [];
  }
}

export const INSTALL_HELP = `No Chromium found for the browser tests.
Looked at: $CHROME_PATH, /usr/bin/chromium, /usr/bin/chromium-browser, /usr/bin/google-chrome, Playwright's cache.
Install one:
  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium
  macOS:          brew install --cask chromium   (or set CHROME_PATH to Google Chrome)
or point CHROME_PATH at any Chrome or Chromium binary, e.g.
  CHROME_PATH=/path/to/chrome npm test`;
