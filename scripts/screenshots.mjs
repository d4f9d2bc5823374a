// Takes the demo's screenshots in headless Chromium: the README's three (docs/screenshots/), and with --all
// every widget at 1280 and 375 px in en, de and ru, light and dark (into screenshots/, not committed), to look
// at after a visual change. Run `npm run build` first (`npm run screenshots` does).
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome, INSTALL_HELP } from './find-chrome.mjs';

const chrome = findChrome();
if (!chrome) {
  console.error(INSTALL_HELP);
  process.exit(1);
}

// The demo server on its default port, or the next free one.
const { PORT: _port, ...env } = process.env;
const server = spawn(process.execPath, ['scripts/serve.mjs'], { env, stdio: ['ignore', 'pipe', 'inherit'] });
const demo = await new Promise((resolve, reject) => {
  server.stdout.on('data', (chunk) => {
    const url = /http:\/\/localhost:\d+\/demo\//.exec(String(chunk));
    if (url) resolve(url[0]);
  });
  server.on('exit', () => reject(new Error('the demo server stopped')));
});

const browser = await puppeteer.launch({ executablePath: chrome, args: CHROME_ARGS });

/** The demo at a width, language and theme, scrolled to `selector` (or the top), as a PNG. */
async function shot(path, { width, height = 900, lang = 'en', theme = 'default', selector, element = false }) {
  const page = await browser.newPage();
  await page.setViewport({ width, height });
  await page.goto(`${demo}?lang=${lang}&theme=${theme}`, { waitUntil: 'networkidle0' });
  await page.evaluate(() => document.fonts.ready);
  if (selector && element) {
    const target = await page.$(selector);
    await target.scrollIntoView();
    await target.screenshot({ path });
  } else {
    if (selector) await page.evaluate((s) => document.querySelector(s).scrollIntoView(), selector);
    await page.screenshot({ path });
  }
  await page.close();
  console.log(path);
}

try {
  mkdirSync('docs/screenshots', { recursive: true });
  await shot('docs/screenshots/demo-1280.png', { width: 1280, selector: '#compare-heading' });
  await shot('docs/screenshots/demo-375-dark-de.png', {
    width: 375,
    height: 812,
    lang: 'de',
    theme: 'dark',
    selector: '#eligibility-heading',
  });
  await shot('docs/screenshots/card-1280-brand-ru.png', {
    width: 1280,
    lang: 'ru',
    theme: 'brand',
    selector: '#demo-card',
    element: true,
  });
  if (process.argv.includes('--all')) {
    mkdirSync('screenshots', { recursive: true });
    for (const lang of ['en', 'de', 'ru'])
      for (const theme of ['default', 'dark'])
        for (const width of [1280, 375])
          for (const widget of ['compare', 'eligibility', 'card'])
            await shot(`screenshots/${widget}-${width}-${lang}-${theme}.png`, { width, lang, theme, selector: `#${widget}-heading` });
  }
} finally {
  await browser.close();
  server.kill();
}
