// `npm test`: every browser test in headless Chromium, then the Node tests of the data layer and the
// command line. Stops early with one line when there is no browser to test in.
import { spawnSync } from 'node:child_process';
import { findChrome, noChromeMessage } from './find-chrome.js';

if (!findChrome()) {
  console.error(noChromeMessage);
  process.exit(1);
}

const run = (args) =>
  spawnSync('npm', ['run', ...args], { stdio: 'inherit', shell: process.platform === 'win32' }).status ?? 1;

// The script-tag tests load dist/trade-widgets.min.js on real pages, so it is built first.
const bundle = run(['build:bundle']);
if (bundle) process.exit(bundle);

const browser = run(['test:browser', '--', '--coverage', ...(process.env.CI ? ['--static-logging'] : [])]);
const node = run(['test:node']);
process.exit(browser || node);
