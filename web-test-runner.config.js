import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { filePlugin } from '@web/test-runner-commands/plugins';
import { engines, launcherFor, requestedEngines } from './scripts/engines.js';
import { testServerMiddleware } from './test/server/plugins.js';

// TEST_ENGINES picks the engines: `chromium` (the default), `firefox`, `webkit`, a comma-separated
// list, or `all`. `npm test` runs each installed engine in turn (scripts/run-tests.js).
const names = requestedEngines();

// One browser context per test file: a second page in a shared context counts as a hidden tab,
// where animation frames, IntersectionObserver and timers are paused or throttled.
const createPage = async ({ browser }) => (await browser.createBrowserContext()).newPage();
const browsers = [];
for (const name of names) {
  const launcher = await launcherFor(name, { createPage });
  if (!launcher) {
    console.error(engines[name].missing);
    process.exit(1);
  }
  browsers.push(launcher);
}

/**
 * With TEST_FAILED_FILES set (scripts/run-tests.js sets it), writes there the test files that
 * failed, as a JSON list, so that `npm test` can run them once more and name them as flaky.
 */
const failedFilesReporter = (path) => ({
  onTestRunFinished({ sessions }) {
    const failed = [...new Set(sessions.filter((s) => !s.passed).map((s) => relative(process.cwd(), s.testFile)))];
    writeFileSync(path, JSON.stringify(failed));
  },
});

export default {
  // test/perf measures long tasks: `npm test` runs it on its own (see scripts/run-tests.js).
  files: ['test/**/*.test.ts', '!test/node/**', '!test/perf/**'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  // filePlugin: tests read fixture bytes as they are (the dev server re-encodes text files as UTF-8).
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }), filePlugin()],
  middleware: testServerMiddleware,
  browsers,
  // Chromium runs two pages at a time. Firefox and WebKit run one: WebDriver classic (WebKit) with
  // more than one puts every test file in an iframe of one window, and a Firefox window that is not
  // the focused one misses keyboard input (an Enter that should submit a form).
  concurrency: names.some((name) => name !== 'chromium') ? 1 : 2,
  reporters: [
    defaultReporter(),
    ...(process.env.TEST_FAILED_FILES ? [failedFilesReporter(process.env.TEST_FAILED_FILES)] : []),
  ],
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  testFramework: { config: { timeout: 5000 } },
  // MiniBrowser under Xvfb can be slow to open its first window on a busy machine.
  browserStartTimeout: 120000,
  coverage: process.argv.includes('--coverage'),
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['src/cli/**', 'src/script-tag*.ts'],
    threshold: { lines: 85, statements: 85, functions: 80, branches: 70 },
    report: true,
    reportDir: 'coverage',
  },
};
