// Runs every test in headless Chromium. Finds the browser first and explains how to get one if missing.
import { spawn } from 'node:child_process';
import { findChrome, INSTALL_HELP } from './find-chrome.mjs';

const chrome = findChrome();
if (!chrome) {
  console.error(INSTALL_HELP);
  console.log('tests: 0 passed, 1 failed');
  process.exit(1);
}
const runner = spawn(process.execPath, ['node_modules/@web/test-runner/dist/bin.js', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROME_PATH: chrome },
});
runner.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
