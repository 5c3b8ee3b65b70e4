// What a partner page really downloads of ours through the script tag: real pages (bench/pages/
// size-*.html) loaded in headless Chromium from the loopback server, every response under /dist/
// noted, and each of those files measured as gzip -9. Shared by `npm run size` and `npm run bench`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome, noChromeMessage } from '../scripts/find-chrome.js';
import { jsonFeed, jsonFeedItems } from './data.js';
import { startServer } from './server.js';
import { brotli, gzip, root } from './sizes.js';

/**
 * The pages measured. `fallback` stands in for a browser without the HTML Sanitizer API (Firefox
 * and Safari today), so post bodies go through DOMPurify; `focus` is a selector, inside the
 * element of the same name, that a visitor focuses after load (a person starting on the form).
 */
export const sizePages = [
  { id: 'form', label: 'page with only the contact form', page: 'size-form.html' },
  {
    id: 'form-used',
    label: 'page with only the contact form, once a person starts on it',
    page: 'size-form.html',
    focus: ['broker-contact-form', 'input'],
  },
  { id: 'feed', label: 'page with only a feed of cards', page: 'size-feed.html' },
  { id: 'all-api', label: 'all three with a full post body (HTML Sanitizer API)', page: 'size-all.html' },
  {
    id: 'all-fallback',
    label: 'all three with a full post body (DOMPurify fallback)',
    page: 'size-all.html',
    fallback: true,
  },
];

function deleteSanitizerApi() {
  delete Element.prototype.setHTML;
  delete ShadowRoot.prototype.setHTML;
  delete Document.parseHTML;
  delete window.Sanitizer;
}

/** Resolves once every widget on the page has shown its data. */
function rendered() {
  const shadow = (selector) => document.querySelector(selector)?.shadowRoot;
  const done = () =>
    [...document.querySelectorAll('trade-news-feed')].every((feed) =>
      feed.shadowRoot?.querySelector('trade-post')?.shadowRoot?.querySelector('article, a'),
    ) &&
    [...document.querySelectorAll('trade-post')].every((post) => post.shadowRoot?.querySelector('blockquote')) &&
    [...document.querySelectorAll('broker-contact-form')].every((form) => form.shadowRoot?.querySelector('form')) &&
    Boolean(shadow('trade-news-feed') || shadow('trade-post') || shadow('broker-contact-form'));
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const check = () => {
      if (done()) resolve(true);
      else if (performance.now() - started > 10000) reject(new Error(`${document.title}: widgets did not render`));
      else setTimeout(check, 25);
    };
    check();
  });
}

/**
 * Loads each page in a fresh browser context (empty cache) and returns, per page, the files of ours
 * it fetched and their summed sizes. Starts its own server and browser unless given them.
 */
export async function measurePages({ dist = join(root, 'dist'), browser, server, pages = sizePages } = {}) {
  let ownBrowser;
  let ownServer;
  if (!browser) {
    const executablePath = findChrome();
    if (!executablePath) throw new Error(noChromeMessage);
    ownBrowser = await puppeteer.launch({ executablePath, args: chromeArgs, headless: true });
    browser = ownBrowser;
  }
  if (!server) {
    ownServer = await startServer({ root, dist });
    server = ownServer;
  }
  server.feeds.set('news.json', JSON.stringify(jsonFeed(jsonFeedItems(20, { origin: server.origin }))));
  const results = {};
  try {
    for (const spec of pages) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      const files = new Map();
      const missing = [];
      page.on('response', (response) => {
        const { pathname } = new URL(response.url());
        if (!pathname.startsWith('/dist/')) return;
        const file = pathname.slice('/dist/'.length);
        if (response.status() !== 200) missing.push(`${file} (${response.status()})`);
        else files.set(file, readFileSync(join(dist, file)));
      });
      if (spec.fallback) await page.evaluateOnNewDocument(deleteSanitizerApi);
      await page.goto(`${server.origin}/${spec.page}`, { waitUntil: 'load' });
      await page.evaluate(rendered);
      if (spec.focus) {
        const [host, selector] = spec.focus;
        await page.evaluate((h, s) => document.querySelector(h)?.shadowRoot?.querySelector(s)?.focus(), host, selector);
      }
      await page.waitForNetworkIdle({ idleTime: 300, timeout: 10000 });
      await context.close();
      if (missing.length) throw new Error(`${spec.page}: ${missing.join(', ')}`);
      const list = [...files]
        .map(([file, bytes]) => ({ file, min: bytes.length, gzip: gzip(bytes), brotli: brotli(bytes) }))
        .sort((a, b) => b.gzip - a.gzip);
      const sum = (key) => list.reduce((total, file) => total + file[key], 0);
      results[spec.id] = { ...spec, files: list, min: sum('min'), gzip: sum('gzip'), brotli: sum('brotli') };
    }
  } finally {
    await ownBrowser?.close();
    await ownServer?.close();
  }
  return results;
}
