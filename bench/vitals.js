// Core Web Vitals of the demo pages, measured as a partner's visitors' browsers report them: the
// `web-vitals` library (what PageSpeed Insights and the Chrome UX Report use) on each demo/*.html,
// loaded with the script tag as the demo ships it, in headless Chromium. Used by `npm run bench`
// (CLS, LCP and INP at two widths) and by test/node/demo-vitals.test.ts (CLS, in CI).
//
// The network is slowed the way a real visit is: every script file of dist/ arrives 150 ms late and
// every feed response 800 ms late, so the widgets' code and their posts arrive after the page's
// first paint, which is when a widget that does not hold its box moves the page.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDemo } from '../demo/server.js';
import { root } from './sizes.js';

/** The demo pages, by file name. */
export const demoPages = readdirSync(join(root, 'demo'))
  .filter((name) => name.endsWith('.html'))
  .sort();

/** Viewports: a laptop and a phone. */
export const viewports = {
  1200: { width: 1200, height: 800 },
  390: { width: 390, height: 844, isMobile: true, hasTouch: true },
};

export const delays = { script: 150, feed: 800 };

/** The good-guest target: what a widget may move the page by, in CLS. */
export const clsTarget = 0.02;

const VITALS = '/__vitals/';

// Same-origin module files, so they run under the demo's strict CSP (script-src 'self', Trusted
// Types) like any script of the partner's own. The attribution build names what shifted.
const files = {
  'web-vitals.js': readFileSync(join(root, 'node_modules/web-vitals/dist/web-vitals.attribution.js')),
  'report.js': readFileSync(join(root, 'bench/vitals-report.js')),
};

/**
 * Starts the demo server (its feed built from the seed, `dist/` as built) on a free port. Resolves
 * to `{ origin, close }`.
 */
export async function startDemoServer() {
  // The demo writes its feed with the package's command line, which `npm run build:types` compiles;
  // `npm test` builds only the bundle before the tests.
  if (!existsSync(join(root, 'dist/cli/main.js'))) {
    const built = spawnSync('npm', ['run', 'build:types', '--silent'], { cwd: root, stdio: 'inherit' });
    if (built.status !== 0) throw new Error('npm run build:types failed: the demo needs the command line for its feed');
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'trade-widgets-vitals-'));
  const { server, origin } = await startDemo({ port: 0, quiet: true, dataDir, log: () => {} });
  return {
    origin,
    close: async () => {
      await new Promise((resolve) => server.close(resolve));
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Serves the vitals files, adds them to each HTML page (a module script at the top of `<head>`),
 * and holds back script files of dist/ and feed responses by `delays`.
 */
async function slowNetwork(tab) {
  await tab.setRequestInterception(true);
  tab.on('request', async (request) => {
    const url = new URL(request.url());
    try {
      if (url.pathname.startsWith(VITALS)) {
        const body = files[url.pathname.slice(VITALS.length)];
        return await request.respond({ status: body ? 200 : 404, contentType: 'text/javascript', body: body ?? '' });
      }
      if (request.resourceType() === 'document') {
        const response = await fetch(url, { headers: request.headers() });
        const headers = Object.fromEntries(response.headers);
        let body = await response.text();
        if ((headers['content-type'] ?? '').startsWith('text/html')) {
          body = body.replace(/<head>/i, `<head><script type="module" src="${VITALS}report.js"></script>`);
        }
        delete headers['content-length'];
        delete headers['content-encoding'];
        return await request.respond({ status: response.status, headers, body });
      }
      if (/^\/api\/feed/.test(url.pathname)) await wait(delays.feed);
      else if (url.pathname.startsWith('/dist/') && url.pathname.endsWith('.js')) await wait(delays.script);
      await request.continue();
    } catch {
      // The page went away (the context closed) while a request waited.
    }
  });
}

/** Resolves once every widget on the page shows its content (or an error), or after `timeout` ms. */
async function widgetsSettled(tab, timeout = 8000) {
  await tab
    .waitForFunction(
      () =>
        [...document.querySelectorAll('trade-news-feed, trade-post, broker-contact-form')].every((element) => {
          const root = element.shadowRoot;
          return root && root.childElementCount && !root.querySelector('[part~="skeleton"], [aria-busy="true"]');
        }),
      { timeout, polling: 100 },
    )
    .catch(() => undefined);
}

/** Real input, as a reader gives it: "Load more", typing in a feed's search box and in the contact form. */
async function interact(tab) {
  const inShadow = (selector) =>
    tab.evaluateHandle((css) => {
      for (const host of document.querySelectorAll('trade-news-feed, broker-contact-form')) {
        const found = host.shadowRoot?.querySelector(css);
        if (found) return found;
      }
      return null;
    }, selector);
  const done = [];
  const more = (await inShadow('[part~="load-more-button"]')).asElement();
  if (more) {
    await more.click();
    done.push('Load more');
    await wait(400);
  }
  for (const [selector, what, words] of [
    ['[part~="search-input"]', 'search', 'duty'],
    ['input[name="name"]', 'form', 'Ana'],
  ]) {
    const input = (await inShadow(selector)).asElement();
    if (!input) continue;
    await input.click();
    await tab.keyboard.type(words, { delay: 60 });
    done.push(what);
    await wait(400);
  }
  if (!done.length) {
    await tab.mouse.click(5, 5);
    done.push('click');
  }
  return done;
}

/**
 * One cold visit to `page` at `viewport`, in its own browser context: CLS once the widgets have
 * settled (every change reported), then with `inp` real input, LCP and INP. Values in ms (CLS has
 * no unit).
 */
export async function measurePage(browser, origin, page, viewport, { inp = true } = {}) {
  const context = await browser.createBrowserContext();
  try {
    const tab = await context.newPage();
    await tab.setViewport(viewport);
    await slowNetwork(tab);
    await tab.goto(`${origin}/${page}`, { waitUntil: 'load' });
    await widgetsSettled(tab);
    // Late shifts (an image arriving, a font) count too.
    await wait(700);
    const settled = await tab.evaluate(() => window.__vitals);
    if (!settled) throw new Error(`${page}: web-vitals did not load`);
    const result = { page, width: viewport.width, ...settled };
    if (inp) {
      result.input = await interact(tab);
      await wait(300);
      Object.assign(
        result,
        await tab.evaluate(() => ({
          lcp: window.__vitals.lcp,
          lcpTarget: window.__vitals.lcpTarget,
          inp: window.__vitals.inp,
          inpTarget: window.__vitals.inpTarget,
        })),
      );
    }
    return result;
  } finally {
    await context.close();
  }
}
