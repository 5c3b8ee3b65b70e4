#!/usr/bin/env node
/**
 * Smoke check of the built Storybook (run after `npm run build-storybook`): serves
 * `storybook-static/` on 127.0.0.1 from a sub-folder (as a published site would), opens every story (and every docs page) in headless Chromium,
 * and fails on a page error, a console error, a story whose render or play function failed, an
 * accessibility violation reported by @storybook/addon-a11y, or any request to a host other than
 * 127.0.0.1. Chromium cannot resolve other hosts at all, so the check never reaches the network.
 *
 * Usage: node scripts/storybook-smoke.js [dir] [--filter <text>] [--pages <n>] [--verbose]
 * Prints one line per problem and a summary (`stories: 37 passed, 0 failed`); exits 1 on any problem.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome, noChromeMessage } from './find-chrome.js';
import { recordStorybookEvents, serve, storyEvents, storyIndex } from './storybook-harness.js';

const { values: options, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    filter: { type: 'string' },
    pages: { type: 'string', default: '2' },
    verbose: { type: 'boolean', default: false },
  },
});
const root = resolve(positionals[0] ?? 'storybook-static');
const pageCount = Math.max(1, Number.parseInt(options.pages, 10) || 1);
/** A story that has not finished by then (render, play, axe) counts as failed. */
const STORY_TIMEOUT_MS = 30_000;
/** Docs pages report no "finished" event per story; they get this long to settle after rendering. */
const DOCS_SETTLE_MS = 1_500;
/** The URL folder the build is served from. */
const PUBLISHED_UNDER = '/published/storybook/';

async function checkEntry(page, baseUrl, entry) {
  const problems = [];
  const listeners = {
    console: (message) => {
      if (message.type() !== 'error') return;
      const where = message.location()?.url;
      problems.push(`console error: ${message.text().split('\n')[0]}${where ? ` (${where})` : ''}`);
    },
    pageerror: (error) => problems.push(`page error: ${String(error?.message ?? error).split('\n')[0]}`),
    request: (request) => {
      const url = new URL(request.url());
      if (
        (url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'ws:' || url.protocol === 'wss:') &&
        url.hostname !== '127.0.0.1'
      ) {
        problems.push(`request to another host: ${url.href}`);
      }
    },
  };
  for (const [event, listener] of Object.entries(listeners)) page.on(event, listener);
  try {
    const viewMode = entry.type === 'docs' ? 'docs' : 'story';
    await page.goto(`${baseUrl}iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=${viewMode}`, {
      waitUntil: 'load',
    });
    const done = entry.type === 'docs' ? ['docsRendered'] : ['storyFinished', 'storyMissing', 'storyErrored'];
    const { finished, events } = await storyEvents(page, done, STORY_TIMEOUT_MS);
    if (!finished) problems.push(`did not finish within ${STORY_TIMEOUT_MS / 1000} s`);
    if (entry.type === 'docs') {
      await new Promise((settle) => setTimeout(settle, DOCS_SETTLE_MS));
    }
    for (const event of events) {
      if (event.type === 'storyFinished') {
        problems.push(...event.violations);
        if (event.status !== 'success' && event.violations.length === 0) problems.push('story finished with an error');
      } else if (event.type === 'storyMissing') {
        problems.push('story missing from the build');
      } else if (event.messages) {
        problems.push(...event.messages.map((message) => `${event.type}: ${message}`));
      }
    }
  } catch (error) {
    problems.push(`could not open: ${String(error?.message ?? error).split('\n')[0]}`);
  } finally {
    for (const [event, listener] of Object.entries(listeners)) page.off(event, listener);
  }
  return [...new Set(problems)];
}

async function main() {
  const executablePath = findChrome();
  if (!executablePath) {
    console.error(noChromeMessage);
    return 1;
  }
  let index;
  try {
    index = await storyIndex(root);
  } catch (error) {
    console.error(error.message);
    return 1;
  }
  const entries = index
    .filter((entry) => entry.type === 'story' || entry.type === 'docs')
    .filter((entry) => !options.filter || entry.id.includes(options.filter));
  if (entries.length === 0) {
    console.error('No stories found in index.json.');
    return 1;
  }

  // Served from a sub-folder, as a site publishing the build would: a path that assumes the
  // server's root would fail to load and show up as a console error.
  const server = await serve(root, { base: PUBLISHED_UNDER });
  const { port } = server.address();
  const baseUrl = `http://127.0.0.1:${port}${PUBLISHED_UNDER}`;
  const browser = await puppeteer.launch({
    executablePath,
    headless: true,
    // Every other host fails to resolve: a story that tries the network is reported, never served.
    args: [...chromeArgs, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
  });
  const results = { story: { passed: 0, failed: 0 }, docs: { passed: 0, failed: 0 } };
  let failures = 0;
  const started = Date.now();
  try {
    const queue = [...entries];
    const worker = async () => {
      // A window each, so no story runs in a hidden background tab (a feed pauses refreshes there).
      const page = await browser.newPage({ type: 'window' });
      await page.emulateFocusedPage(true);
      await page.setViewport({ width: 1200, height: 900 });
      await page.evaluateOnNewDocument(recordStorybookEvents);
      for (let entry = queue.shift(); entry; entry = queue.shift()) {
        const begun = Date.now();
        const problems = await checkEntry(page, baseUrl, entry);
        if (options.verbose) console.log(`${problems.length ? 'fail' : 'ok  '} ${entry.id} (${Date.now() - begun} ms)`);
        const tally = results[entry.type];
        if (problems.length) {
          tally.failed += 1;
          failures += 1;
          for (const problem of problems) console.log(`FAIL ${entry.id}: ${problem}`);
        } else {
          tally.passed += 1;
        }
      }
      await page.close();
    };
    await Promise.all(Array.from({ length: Math.min(pageCount, entries.length) }, worker));
  } finally {
    await browser.close();
    server.close();
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`stories: ${results.story.passed} passed, ${results.story.failed} failed`);
  console.log(`docs pages: ${results.docs.passed} passed, ${results.docs.failed} failed (${seconds} s)`);
  return failures ? 1 : 0;
}

process.exitCode = await main();
