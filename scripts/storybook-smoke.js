#!/usr/bin/env node
/**
 * Smoke check of the built Storybook (run after `npm run build-storybook`): serves
 * `storybook-static/` on 127.0.0.1, opens every story (and every docs page) in headless Chromium,
 * and fails on a page error, a console error, a story whose render or play function failed, an
 * accessibility violation reported by @storybook/addon-a11y, or any request to a host other than
 * 127.0.0.1. Chromium cannot resolve other hosts at all, so the check never reaches the network.
 *
 * Usage: node scripts/storybook-smoke.js [dir] [--filter <text>] [--pages <n>] [--verbose]
 * Prints one line per problem and a summary (`stories: 37 passed, 0 failed`); exits 1 on any problem.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome, noChromeMessage } from './find-chrome.js';

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

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** A static file server for the build. Hashed assets may be cached, so reloading each story is cheap. */
function serve(dir) {
  const server = createServer(async (request, response) => {
    try {
      const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
      // Chromium asks every new origin for one; the build has only favicon.svg.
      if (pathname === '/favicon.ico') return void response.writeHead(204).end();
      const file = normalize(join(dir, decodeURIComponent(pathname === '/' ? '/index.html' : pathname)));
      if (file !== dir && !file.startsWith(dir + sep)) throw Object.assign(new Error('outside'), { code: 'ENOENT' });
      const info = await stat(file);
      if (!info.isFile()) throw Object.assign(new Error('not a file'), { code: 'ENOENT' });
      const cacheable = !/\.(html|json)$/.test(file);
      response.writeHead(200, {
        'Content-Type': types[extname(file)] ?? 'application/octet-stream',
        'Content-Length': info.size,
        'Cache-Control': cacheable ? 'public, max-age=3600' : 'no-cache',
      });
      createReadStream(file).pipe(response);
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
    }
  });
  return new Promise((resolveServer, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolveServer(server));
  });
}

/**
 * Runs in the page before Storybook: wraps the preview channel's `emit` to record the events that
 * say how a story ended, reducing addon-a11y's report to its violations.
 */
function recordStorybookEvents() {
  const watched = new Set([
    'storyFinished',
    'storyErrored',
    'storyThrewException',
    'playFunctionThrewException',
    'unhandledErrorsWhilePlaying',
    'storyMissing',
    'docsRendered',
  ]);
  const events = [];
  Object.defineProperty(window, '__smokeEvents', { value: events });
  const summarize = (type, payload) => {
    if (type === 'storyFinished') {
      const violations = [];
      for (const report of payload?.reporters ?? []) {
        if (report.type !== 'a11y') continue;
        if (report.result?.error)
          violations.push(`axe could not run: ${String(report.result.error?.message ?? report.result.error)}`);
        for (const violation of report.result?.violations ?? []) {
          const targets = violation.nodes.map((node) => JSON.stringify(node.target)).join(', ');
          violations.push(`a11y ${violation.id} (${violation.impact}): ${violation.help} — ${targets}`);
        }
      }
      return { status: payload?.status, violations };
    }
    if (type === 'docsRendered' || type === 'storyMissing') return {};
    const list = Array.isArray(payload) ? payload : [payload];
    return { messages: list.map((error) => String(error?.message ?? error).split('\n')[0]) };
  };
  let channel;
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(next) {
      channel = next;
      if (!next || next.__smokeWrapped) return;
      next.__smokeWrapped = true;
      const emit = next.emit.bind(next);
      next.emit = (type, ...args) => {
        if (watched.has(type)) events.push({ type, ...summarize(type, args[0]) });
        return emit(type, ...args);
      };
    },
  });
}

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
    await page.goto(`${baseUrl}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=${viewMode}`, {
      waitUntil: 'load',
    });
    const done = entry.type === 'docs' ? ['docsRendered'] : ['storyFinished', 'storyMissing', 'storyErrored'];
    const events = await page
      .waitForFunction(
        (types) => window.__smokeEvents.some((event) => types.includes(event.type)) && window.__smokeEvents,
        { timeout: STORY_TIMEOUT_MS, polling: 50 },
        done,
      )
      .then((handle) => handle.jsonValue())
      .catch(() => {
        problems.push(`did not finish within ${STORY_TIMEOUT_MS / 1000} s`);
        return page.evaluate(() => window.__smokeEvents);
      });
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
    index = JSON.parse(await readFile(join(root, 'index.json'), 'utf8'));
  } catch {
    console.error(`${join(root, 'index.json')} not found: run \`npm run build-storybook\` first.`);
    return 1;
  }
  const entries = Object.values(index.entries)
    .filter((entry) => entry.type === 'story' || entry.type === 'docs')
    .filter((entry) => !options.filter || entry.id.includes(options.filter));
  if (entries.length === 0) {
    console.error('No stories found in index.json.');
    return 1;
  }

  const server = await serve(root);
  const { port } = server.address();
  const baseUrl = `http://127.0.0.1:${port}`;
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
