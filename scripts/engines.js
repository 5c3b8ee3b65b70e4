// The browser engines the browser tests run in, how each is found on this machine, and how each is
// launched for web-test-runner: Chromium (required), Firefox ESR and WebKitGTK (each where installed;
// all three with CI=true). Used by web-test-runner.config.js and scripts/run-tests.js.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { chromeArgs, findChrome, noChromeMessage } from './find-chrome.js';

const firstExisting = (paths) => paths.find((path) => existsSync(path));
const fromEnv = (name, fallback) => {
  const value = process.env[name];
  return value ? (existsSync(value) ? value : undefined) : fallback();
};

/** Firefox: `FIREFOX_PATH` first, then Debian's ESR and the usual places. */
export const findFirefox = () =>
  fromEnv('FIREFOX_PATH', () =>
    firstExisting([
      '/usr/bin/firefox-esr',
      '/usr/bin/firefox',
      '/Applications/Firefox.app/Contents/MacOS/firefox',
      'C:\\Program Files\\Mozilla Firefox\\firefox.exe',
    ]),
  );

/** WebKitGTK's WebDriver and the MiniBrowser it drives: `WEBKIT_WEBDRIVER` / `WEBKIT_BROWSER` first. */
export function findWebKit() {
  const driver = fromEnv('WEBKIT_WEBDRIVER', () => firstExisting(['/usr/bin/WebKitWebDriver']));
  const browser = fromEnv('WEBKIT_BROWSER', () =>
    firstExisting([
      '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
      '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
      '/usr/lib/x86_64-linux-gnu/webkitgtk-6.0/MiniBrowser',
      '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
    ]),
  );
  // MiniBrowser has no headless mode: it needs a display, a real one or Xvfb.
  const display = process.env.DISPLAY || firstExisting(['/usr/bin/Xvfb']);
  return driver && browser && display ? { driver, browser } : undefined;
}

/** Each engine: how to find it, and the one line that says how to add it when it is missing. */
export const engines = {
  chromium: { find: findChrome, missing: noChromeMessage },
  firefox: {
    find: findFirefox,
    missing: 'Firefox not found: install it (Debian/Ubuntu: apt-get install firefox-esr) or set FIREFOX_PATH.',
  },
  webkit: {
    find: findWebKit,
    missing:
      "WebKit not found: install WebKitGTK's driver and a display server (Debian/Ubuntu: apt-get install webkit2gtk-driver xvfb), or set WEBKIT_WEBDRIVER and WEBKIT_BROWSER.",
  },
};

/** The engines `TEST_ENGINES` names (comma-separated; `all` for every one), Chromium when unset. */
export function requestedEngines(value = process.env.TEST_ENGINES) {
  const names = !value ? ['chromium'] : value === 'all' ? Object.keys(engines) : value.split(',').map((s) => s.trim());
  for (const name of names) if (!(name in engines)) throw new Error(`unknown engine "${name}" in TEST_ENGINES`);
  return names;
}

/** A port nobody listens on. */
const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

const children = [];
process.on('exit', () => {
  for (const child of children) child.kill();
});

/** Starts a program that lives as long as the test run. */
function startChild(command, args, options = {}) {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
  children.push(child);
  return child;
}

/** Starts Xvfb on a free display number and resolves with `:<n>` once it accepts clients. */
function startXvfb() {
  return new Promise((resolve, reject) => {
    const child = startChild('Xvfb', ['-displayfd', '1', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp']);
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) resolve(`:${out.trim()}`);
    });
    child.on('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it was ready`)));
  });
}

/** Starts WebKitWebDriver on a free port and resolves with the port once it answers. */
async function startWebKitWebDriver(driver, env) {
  const port = await freePort();
  const child = startChild(driver, [`--port=${port}`], { env });
  let exited;
  child.on('exit', (code) => (exited = code));
  for (let tries = 0; tries < 100; tries++) {
    if (exited !== undefined) throw new Error(`WebKitWebDriver exited (${exited})`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/status`)).ok) return port;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('WebKitWebDriver did not start');
}

/**
 * The web-test-runner launcher of `name`, or `undefined` when the engine is not installed.
 * `createPage` is the Chromium/Firefox page factory (one browser context per test file).
 */
export async function launcherFor(name, { createPage } = {}) {
  if (name === 'chromium') {
    const executablePath = findChrome();
    if (!executablePath) return undefined;
    const { chromeLauncher } = await import('@web/test-runner-chrome');
    return chromeLauncher({ launchOptions: { executablePath, headless: true, args: chromeArgs }, createPage });
  }
  if (name === 'firefox') {
    const executablePath = findFirefox();
    if (!executablePath) return undefined;
    const { puppeteerLauncher } = await import('@web/test-runner-puppeteer');
    // puppeteer drives Firefox over WebDriver BiDi; its prefs keep it off the network on its own.
    return puppeteerLauncher({
      launchOptions: {
        browser: 'firefox',
        executablePath,
        headless: true,
        extraPrefsFirefox: {
          'app.update.enabled': false,
          'browser.safebrowsing.malware.enabled': false,
          'browser.safebrowsing.phishing.enabled': false,
          'network.captive-portal-service.enabled': false,
          'network.connectivity-service.enabled': false,
        },
      },
      // Each page in a window of its own: a second tab in a window is hidden, and a hidden page
      // gets no animation frames, intersection changes or timely timers.
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage({ type: 'window' }),
    });
  }
  const webkit = findWebKit();
  if (!webkit) return undefined;
  const env = { ...process.env };
  if (!env.DISPLAY) env.DISPLAY = await startXvfb();
  const port = await startWebKitWebDriver(webkit.driver, env);
  const { webdriverLauncher } = await import('@web/test-runner-webdriver');
  return webdriverLauncher({
    hostname: '127.0.0.1',
    port,
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      // WebKitWebDriver speaks WebDriver classic only: no BiDi session.
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': { binary: webkit.browser, args: ['--automation'] },
    },
  });
}
