// The benchmark's loopback server: the built bundles, the bench pages, generated feeds and images.
// It counts every request by path so the request checks can tell what the page really fetched.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { imageSvg } from './data.js';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** `path` inside `dir`, or undefined when it would climb out of it. */
function inside(dir, path) {
  const full = normalize(join(dir, path));
  return full === dir || full.startsWith(dir + sep) ? full : undefined;
}

/**
 * Serves, on 127.0.0.1 and a free port:
 * - `/dist/…` from the build output (`dist`), `/…` from `bench/pages/`;
 * - `/baseline/…` from another build (`baseline`), to compare with, and `/<page>.html?build=baseline`:
 *   the page with that build's files in place of `/dist/`'s;
 * - `/build/…` from in-memory files (`files`: path → bytes), e.g. the data layer bundled for a page;
 * - `/feeds/<name>` from `feeds` (name → JSON text), never cacheable by the browser, so only the
 *   library's own cache can spare a request;
 * - `/img/<n>.svg`, a small image per post.
 */
export async function startServer({ root, dist = join(root, 'dist'), baseline, feeds = new Map(), files = new Map() }) {
  const counts = new Map();
  /** Milliseconds every script file of a build, and every feed, waits before it is sent (see `setLatency`). */
  let latency = { scripts: 0, feeds: 0 };
  const late = (ms) => ms && new Promise((resolve) => setTimeout(resolve, ms));
  const pagesDir = join(root, 'bench', 'pages');
  const distDir = dist;

  const server = createServer(async (request, response) => {
    const { pathname, searchParams } = new URL(request.url ?? '/', 'http://127.0.0.1');
    counts.set(pathname, (counts.get(pathname) ?? 0) + 1);
    const send = (status, type, body, headers = {}) => {
      response.writeHead(status, { 'content-type': type, 'access-control-allow-origin': '*', ...headers });
      response.end(body);
    };
    try {
      if (pathname.startsWith('/feeds/')) {
        const text = feeds.get(pathname.slice('/feeds/'.length));
        if (text === undefined) return send(404, 'text/plain', 'no such feed');
        await late(latency.feeds);
        return send(200, 'application/feed+json; charset=utf-8', text, { 'cache-control': 'no-store' });
      }
      if (pathname.startsWith('/img/')) {
        const n = Number.parseInt(pathname.slice('/img/'.length), 10) || 1;
        return send(200, types['.svg'], imageSvg(n), { 'cache-control': 'max-age=3600' });
      }
      if (pathname.startsWith('/build/')) {
        const bytes = files.get(pathname.slice('/build/'.length));
        if (!bytes) return send(404, 'text/plain', 'not built');
        return send(200, types[extname(pathname)] ?? 'application/octet-stream', bytes, {
          'cache-control': 'no-cache',
        });
      }
      if (request.method === 'POST') {
        request.resume();
        return send(200, types['.json'], '{"ok":true}');
      }
      const page = /^\/([\w-]+\.html)$/.exec(pathname)?.[1];
      if (page && baseline && searchParams.get('build') === 'baseline') {
        const html = await readFile(join(pagesDir, page), 'utf8');
        return send(200, types['.html'], html.replaceAll('/dist/', '/baseline/'), { 'cache-control': 'no-cache' });
      }
      const build = /^\/(dist|baseline)\//.exec(pathname)?.[1];
      const buildDir = build === 'dist' ? distDir : build && baseline;
      const file = build
        ? buildDir && inside(buildDir, pathname.slice(build.length + 2))
        : inside(pagesDir, pathname === '/' ? 'index.html' : pathname.slice(1));
      if (!file) return send(403, 'text/plain', 'forbidden');
      const body = await readFile(file);
      if (build && extname(file) === '.js') await late(latency.scripts);
      return send(200, types[extname(file)] ?? 'application/octet-stream', body, { 'cache-control': 'no-cache' });
    } catch {
      return send(404, 'text/plain', 'not found');
    }
  });

  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    feeds,
    files,
    /** Requests seen for `path` since the last `resetCounts()`. */
    count: (path) => counts.get(path) ?? 0,
    resetCounts: () => counts.clear(),
    /**
     * From now on, every script file of a build (`/dist/`, `/baseline/`) is sent `scripts` ms late,
     * and every feed `feeds` ms late: a CDN and a blog server farther away than loopback.
     */
    setLatency: ({ scripts = 0, feeds = 0 } = {}) => void (latency = { scripts, feeds }),
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
