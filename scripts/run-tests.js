// `npm test`: every browser test in headless Chromium (the long-task tests of test/perf on their own),
// then the Node tests of the data layer and the command line. Stops early with one line when there
// is no browser to test in.
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

const logging = process.env.CI ? ['--static-logging'] : [];
const browser = run(['test:browser', '--', '--coverage', ...logging]);
// The long-task tests time the main thread, so they run alone: one page at a time and without
// coverage instrumentation, which slows every function it counts.
const perf = run(['test:browser', '--', '--files', 'test/perf/**/*.test.ts', '--concurrency', '1', ...logging]);
const node = run(['test:node']);
process.exit(browser || perf || node);
