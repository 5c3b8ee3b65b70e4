/**
 * What the scripts that drive the built Storybook share (storybook-smoke.js, visual-test.js): a
 * static server for `storybook-static/`, the story list from its index.json, and a recorder of
 * the preview's "story finished" events.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

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

async function sendFile(response, file) {
  const info = await stat(file);
  if (!info.isFile()) throw Object.assign(new Error('not a file'), { code: 'ENOENT' });
  const cacheable = !/\.(html|json)$/.test(file);
  response.writeHead(200, {
    'Content-Type': types[extname(file)] ?? 'application/octet-stream',
    'Content-Length': info.size,
    'Cache-Control': cacheable ? 'public, max-age=3600' : 'no-cache',
  });
  createReadStream(file).pipe(response);
}

/** `file` inside `dir`, or undefined when the path would leave it. */
function inside(dir, path) {
  const file = normalize(join(dir, decodeURIComponent(path)));
  return file === dir || file.startsWith(dir + sep) ? file : undefined;
}

/**
 * Serves `dir` on 127.0.0.1 under the URL folder `base` (`/` or e.g. `/docs/storybook/`, as a site
 * publishing the build in a sub-folder would), plus extra folders by URL prefix (`mounts`).
 * Every request that finds no file is passed to `onMissing(pathname)`. Resolves with the server;
 * its `address().port` is the port.
 */
export function serve(dir, { base = '/', mounts = {}, onMissing = () => {} } = {}) {
  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
    try {
      // Chromium asks every new origin for one; the build has only favicon.svg.
      if (pathname === '/favicon.ico') return void response.writeHead(204).end();
      const mount = Object.keys(mounts).find((prefix) => pathname.startsWith(prefix));
      let file;
      if (mount) file = inside(mounts[mount], pathname.slice(mount.length));
      else if (pathname.startsWith(base)) {
        const rest = pathname.slice(base.length);
        file = inside(dir, rest === '' ? 'index.html' : rest);
      }
      if (!file) throw Object.assign(new Error('outside'), { code: 'ENOENT' });
      await sendFile(response, file);
    } catch {
      onMissing(pathname);
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
    }
  });
  return new Promise((resolveServer, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolveServer(server));
  });
}

/** The build's stories and docs pages (index.json), or an error saying to build first. */
export async function storyIndex(dir) {
  try {
    return Object.values(JSON.parse(await readFile(join(dir, 'index.json'), 'utf8')).entries);
  } catch {
    throw new Error(`${join(dir, 'index.json')} not found: run \`npm run build-storybook\` first.`);
  }
}

/**
 * Runs in the page before Storybook: wraps the preview channel's `emit` to record the events that
 * say how a story ended (in `window.__smokeEvents`), reducing addon-a11y's report to its violations.
 */
export function recordStorybookEvents() {
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
      return { storyId: payload?.storyId, status: payload?.status, violations };
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

/**
 * Waits until the story has finished (rendered, played, checked by axe) or `timeout` ms passed;
 * resolves with the recorded events and whether it finished. With `storyId`, only that story's
 * "finished" event counts.
 */
export async function storyEvents(page, types, timeout, storyId) {
  return page
    .waitForFunction(
      (wanted, id) =>
        window.__smokeEvents.some(
          (event) => wanted.includes(event.type) && (!id || event.type !== 'storyFinished' || event.storyId === id),
        ) && window.__smokeEvents,
      { timeout, polling: 50 },
      types,
      storyId,
    )
    .then(async (handle) => ({ finished: true, events: await handle.jsonValue() }))
    .catch(async () => ({ finished: false, events: await page.evaluate(() => window.__smokeEvents) }));
}
