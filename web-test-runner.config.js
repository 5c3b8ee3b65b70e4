import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { filePlugin } from '@web/test-runner-commands/plugins';
import { chromeArgs, findChrome, noChromeMessage } from './scripts/find-chrome.js';
import { testServerMiddleware } from './test/server/plugins.js';

const executablePath = findChrome();
if (!executablePath) {
  console.error(noChromeMessage);
  process.exit(1);
}

export default {
  // test/perf measures long tasks: `npm test` runs it on its own (see scripts/run-tests.js).
  files: ['test/**/*.test.ts', '!test/node/**', '!test/perf/**'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  // filePlugin: tests read fixture bytes as they are (the dev server re-encodes text files as UTF-8).
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }), filePlugin()],
  middleware: testServerMiddleware,
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath, headless: true, args: chromeArgs },
      // One browser context per test file: a second page in a shared context counts as a hidden
      // tab, where animation frames, IntersectionObserver and timers are paused or throttled.
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
    }),
  ],
  concurrency: 2,
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  testFramework: { config: { timeout: 5000 } },
  coverage: process.argv.includes('--coverage'),
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['src/cli/**', 'src/script-tag*.ts'],
    threshold: { lines: 85, statements: 85, functions: 80, branches: 70 },
    report: true,
    reportDir: 'coverage',
  },
};
