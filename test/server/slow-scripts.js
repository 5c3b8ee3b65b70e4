import { readFileSync } from 'node:fs';
import { pageHtml } from './pages.js';

/**
 * Partner pages whose script files are slow, for the tests of the loader's early feed requests
 * (test/script-tag/early-request.test.ts). Everything of a run lives under /test/slow/<run>/, so
 * the test reads the run's own timeline, whatever else the server does meanwhile; each visit of
 * the run opens its pages from a folder of its own, `/test/slow/<run>/<visit>/`, so its script
 * files are new URLs that no cache holds, while its feeds (`../feed.json`) are the run's:
 *
 * - `<visit>/<name>.html`: a page of the table below (the shell of ./pages.js);
 * - `trade-widgets.*.js`: the files of dist/, each held back {@link DELAY} ms (the loader, then
 *   every chunk it imports beside itself);
 * - `record-errors.js`, `record-feed-events.js`, `change-src.js`: the files of test/pages/;
 * - `feed.json` (test/pages/feed.json with an ETag, answering 304 to `If-None-Match`),
 *   `other.json` (another feed), `broken.json` (the connection drops: a network error);
 * - `log`: the run's timeline as JSON, `[{ visit?, file, arrived, sent?, ifNoneMatch? }]` in server
 *   milliseconds: when each request (for a page, a script or a feed) arrived, and for script files
 *   when their bytes started out.
 */
export const DELAY = 400;

const feedJson = readFileSync(new URL('../pages/feed.json', import.meta.url), 'utf8');
const ETAG = '"feed-v1"';
const otherJson = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Another feed',
  items: [{ id: 'other-post', title: 'A Post From Another Feed', content_text: 'Not the feed the page asked for.' }],
});

const script = (src, attributes = '') => `<script src="${src}"${attributes && ` ${attributes}`}></script>`;
const recorders = [script('record-feed-events.js')];
const feed = (attributes = '') =>
  `<trade-news-feed src="../feed.json" limit="2"${attributes && ` ${attributes}`}></trade-news-feed>`;
const post = '<trade-post src="../feed.json" post-id="maritime-regulator-cyberattack"></trade-post>';
/** Two feeds and a post of one URL, and a form: one request for all three. */
const widgets = [
  feed(),
  feed('layout="compact"'),
  post,
  '<broker-contact-form action="/test-api/contact"></broker-contact-form>',
];

/** @type {Record<string, { title: string; head: string[]; body: string[] }>} */
const pages = {
  defer: { title: 'slow scripts, defer', head: [...recorders, script('trade-widgets.min.js', 'defer')], body: widgets },
  async: { title: 'slow scripts, async', head: [...recorders, script('trade-widgets.min.js', 'async')], body: widgets },
  sync: { title: 'slow scripts, blocking', head: [...recorders, script('trade-widgets.min.js')], body: widgets },
  stale: {
    title: 'slow scripts, a feed cached for no time',
    head: [...recorders, script('trade-widgets.min.js', 'defer')],
    body: [feed('cache-ttl="0"')],
  },
  lazy: {
    title: 'slow scripts, a feed without src and a lazy feed below the fold',
    head: [...recorders, script('trade-widgets.min.js', 'defer')],
    body: ['<trade-news-feed></trade-news-feed>', '<div style="height: 3000px"></div>', feed('loading="lazy"')],
  },
  broken: {
    title: 'slow scripts, a feed whose server drops the connection',
    head: [...recorders, script('trade-widgets.min.js', 'defer')],
    body: ['<trade-news-feed src="../broken.json" limit="2"></trade-news-feed>'],
  },
  'src-changed': {
    title: 'slow scripts, sources changed before the code arrives',
    head: [...recorders, script('trade-widgets.min.js', 'defer'), script('change-src.js', 'defer')],
    body: [
      '<trade-news-feed src="../broken.json" limit="2"></trade-news-feed>',
      '<trade-post src="../other.json"></trade-post>',
    ],
  },
};

/** Timelines by run. */
const runs = new Map();
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export async function slowScripts(context, next) {
  const match = /^\/test\/slow\/([\w-]+)\/(?:([\w-]+)\/)?([\w.-]+)$/.exec(context.path);
  if (!match || context.method !== 'GET') return next();
  const [, run, visit, file] = match;
  if (!runs.has(run)) runs.set(run, []);
  const log = runs.get(run);
  const entry = { visit, file, arrived: Date.now() };
  const send = (status, type, body, headers = {}) => {
    context.status = status;
    if (type) context.type = type;
    for (const [name, value] of Object.entries(headers)) context.set(name, value);
    context.body = body;
  };

  if (file === 'log') return send(200, 'application/json', JSON.stringify(log));
  const page = /^([\w-]+)\.html$/.exec(file)?.[1];
  if (page !== undefined) {
    if (!Object.hasOwn(pages, page)) return send(404, 'text/plain', 'no such page');
    log.push(entry);
    return send(200, 'text/html; charset=utf-8', pageHtml(pages[page]));
  }
  if (/^trade-widgets\.[\w.-]+\.js$/.test(file)) {
    log.push(entry);
    await sleep(DELAY);
    entry.sent = Date.now();
    context.url = `/dist/${file}`;
    return next();
  }
  if (/^(record-errors|record-feed-events|change-src)\.js$/.test(file)) {
    context.url = `/test/pages/${file}`;
    return next();
  }
  if (!/\.json$/.test(file)) return next();
  entry.ifNoneMatch = context.get('if-none-match') || undefined;
  log.push(entry);
  if (file === 'broken.json') {
    // (A status other than the default 404, which the test runner would list as a missing file.)
    context.status = 200;
    context.req.socket.destroy();
    context.respond = false;
    return undefined;
  }
  const headers = { 'cache-control': 'no-store' };
  if (file === 'other.json') return send(200, 'application/feed+json', otherJson, headers);
  if (file !== 'feed.json') return send(404, 'text/plain', 'no such feed');
  if (entry.ifNoneMatch === ETAG) return send(304, undefined, '', { ...headers, etag: ETAG });
  return send(200, 'application/feed+json', feedJson, { ...headers, etag: ETAG });
}
