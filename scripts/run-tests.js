// `npm test`: the browser tests in every installed engine, one engine after another (Chromium with
// coverage, then Firefox and WebKit), the long-task tests of test/perf on their own in Chromium,
// then the Node tests of the data layer and the command line. Chromium is required; an engine
// that is not installed is skipped with one line saying how to add it. With CI=true every engine
// is required.
import { spawnSync } from 'node:child_process';
import { engines } from './engines.js';

const ci = Boolean(process.env.CI) && process.env.CI !== 'false';
const installed = Object.keys(engines).filter((name) => engines[name].find());
const missing = Object.keys(engines).filter((name) => !installed.includes(name));

if (!installed.includes('chromium') || (ci && missing.length)) {
  for (const name of missing) console.error(engines[name].missing);
  if (ci && installed.includes('chromium')) console.error('CI=true: every engine is required.');
  process.exit(1);
}
for (const name of missing) console.warn(`Skipping ${name}: ${engines[name].missing}`);

const run = (args, env = {}) =>
  spawnSync('npm', ['run', ...args], {
    stdio: 'inherit',
    shell: process.platform === 'win32',
    env: { ...process.env, ...env },
  }).status ?? 1;

// The script-tag tests load dist/trade-widgets.min.js on real pages, so it is built first.
const bundle = run(['build:bundle']);
if (bundle) process.exit(bundle);

const logging = ci ? ['--static-logging'] : [];
const failed = [];
for (const name of installed) {
  const started = Date.now();
  // Coverage comes from V8, so only Chromium measures it.
  const coverage = name === 'chromium' ? ['--coverage'] : [];
  const status = run(['test:browser', '--', ...coverage, ...logging], { TEST_ENGINES: name });
  console.log(`${name}: ${status ? 'failed' : 'passed'} in ${Math.round((Date.now() - started) / 1000)} s`);
  if (status) failed.push(name);
}
// The long-task tests time the main thread, so they run alone: one page at a time and without
// coverage instrumentation, which slows every function it counts. Long-task entries are Chromium's.
const perf = run(['test:browser', '--', '--files', 'test/perf/**/*.test.ts', '--concurrency', '1', ...logging], {
  TEST_ENGINES: 'chromium',
});
const node = run(['test:node']);
if (failed.length) console.error(`Browser tests failed in: ${failed.join(', ')}`);
process.exit(failed.length || perf || node ? 1 : 0);
