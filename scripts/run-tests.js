// `npm test`: the browser tests in every installed engine, one engine after another (Chromium with
// coverage, then Firefox and WebKit), the long-task tests of test/perf on their own in Chromium,
// then the Node tests of the data layer and the command line. Chromium is required; an engine
// that is not installed is skipped with one line saying how to add it. With CI=true every engine
// is required. A test file or two that fail in an engine run once more on their own, and are named
// as flaky at the end when they pass then.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
const flaky = [];
const failedFilesPath = join(mkdtempSync(join(tmpdir(), 'trade-widgets-')), 'failed.json');
/** The test files the last run wrote as failed (web-test-runner.config.js), or none. */
function failedFiles() {
  try {
    return JSON.parse(readFileSync(failedFilesPath, 'utf8'));
  } catch {
    return [];
  }
}
for (const name of installed) {
  const started = Date.now();
  // Coverage comes from V8, so only Chromium measures it.
  const coverage = name === 'chromium' ? ['--coverage'] : [];
  rmSync(failedFilesPath, { force: true });
  let status = run(['test:browser', '--', ...coverage, ...logging], {
    TEST_ENGINES: name,
    TEST_FAILED_FILES: failedFilesPath,
  });
  const files = status ? failedFiles() : [];
  // A test file or two that fail once (a browser busy with the rest of the machine) run once more,
  // on their own; they are named as flaky whether they pass then or not. Anything else stands.
  if (files.length && files.length <= 3) {
    console.log(`${name}: failed in ${files.join(', ')}; running ${files.length > 1 ? 'them' : 'it'} once more`);
    status = run(['test:browser', '--', '--files', ...files, ...logging], { TEST_ENGINES: name });
    if (!status) flaky.push(`${name}: ${files.join(', ')}`);
  }
  console.log(`${name}: ${status ? 'failed' : 'passed'} in ${Math.round((Date.now() - started) / 1000)} s`);
  if (status) failed.push(name);
}
// The long-task tests time the main thread, so they run alone: one page at a time and without
// coverage instrumentation, which slows every function it counts. Long-task entries are Chromium's.
const perf = run(['test:browser', '--', '--files', 'test/perf/**/*.test.ts', '--concurrency', '1', ...logging], {
  TEST_ENGINES: 'chromium',
});
const node = run(['test:node']);
for (const line of flaky) console.warn(`Flaky (failed, then passed on their own): ${line}`);
if (failed.length) console.error(`Browser tests failed in: ${failed.join(', ')}`);
process.exit(failed.length || perf || node ? 1 : 0);
