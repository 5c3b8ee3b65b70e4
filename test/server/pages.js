import { readFileSync } from 'node:fs';

/**
 * The partner pages the script-tag tests open in an iframe, served at /test/pages/<name>.html from
 * the table below: each one is the same shell (`record-errors.js` first, so the test can read what
 * went wrong inside the frame) around the page's own scripts and body. Pages whose name starts with
 * `csp-` are served with the strict Content-Security-Policy partners use. Relative URLs
 * (`feed.json`, `record-errors.js`, …) are files in test/pages/.
 */
export const strictCsp =
  "script-src 'self'; style-src 'self'; object-src 'none'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html dompurify trade-widgets";

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

const loader = '/dist/trade-widgets.min.js';
const allInOne = '/dist/trade-widgets.all.min.js';

/** A classic script tag; `attributes` as written in the page (`defer`, `data-base-path="…" async`). */
const script = (src, attributes = '') => `<script src="${src}"${attributes && ` ${attributes}`}></script>`;

const feed =
  '<trade-news-feed src="feed.json" limit="2"><a href="https://blog.example.com/">Fallback link</a></trade-news-feed>';
const form = '<broker-contact-form action="/test-api/contact"></broker-contact-form>';
/** The three widgets as a partner writes them, on the JSON feed in test/pages/feed.json. */
const widgets = [feed, '<trade-post src="feed.json" post-id="maritime-regulator-cyberattack"></trade-post>', form];

/**
 * Each page: the title after "trade-widgets test page: ", the scripts in its head after
 * record-errors.js, its body, and its language (English unless given).
 * @type {Record<string, { title: string; head: string[]; body: string[]; lang?: string }>}
 */
export const pages = {
  defer: { title: 'defer', head: [script(loader, 'defer')], body: widgets },
  async: { title: 'async', head: [script(loader, 'async')], body: widgets },
  'sync-head': { title: 'sync-head', head: [script(loader)], body: widgets },
  'sync-end': { title: 'sync-end', head: [], body: [...widgets, script(loader)] },
  twice: {
    title: 'twice',
    head: [script(loader, 'defer'), script(loader, 'async')],
    body: [...widgets, script(loader)],
  },
  'with-npm-build': {
    title: 'with-npm-build',
    head: [script(loader), '<script type="module" src="/src/index.ts"></script>'],
    body: widgets,
  },
  later: { title: 'elements created after load', head: [script(loader, 'defer')], body: [] },
  'no-widgets': { title: 'no widgets', head: [], body: [] },
  'form-only': { title: 'only the contact form', head: [script(loader, 'defer')], body: [form] },
  'missing-files': {
    title: 'sibling files that cannot be fetched',
    head: [script(loader, 'data-base-path="/nowhere/" defer')],
    body: [feed],
  },
  'register-language': {
    title: 'registerLanguage before the elements load',
    lang: 'de',
    head: [script(loader), script('register-language.js')],
    body: ['<trade-news-feed src="feed.json" limit="2"></trade-news-feed>'],
  },
  'no-sanitizer-api': {
    title: 'a browser without the HTML Sanitizer API',
    head: [script('no-sanitizer-api.js'), script(loader, 'defer')],
    body: widgets,
  },
  'csp-strict': { title: 'csp-strict', head: [script(loader, 'defer')], body: widgets },
  'csp-views': {
    title: 'csp-views: a full post below the fold that counts views, a feed with a Follow row',
    head: ['<link rel="stylesheet" href="views.css" />', script(loader, 'defer')],
    body: [
      '<trade-news-feed src="feed.json" limit="1" layout="compact" profiles="https://x.com/broker https://www.linkedin.com/company/broker"></trade-news-feed>',
      '<div class="spacer"></div>',
      '<trade-post src="feed.json" post-id="maritime-regulator-cyberattack" views-endpoint="/test-api/views/page"></trade-post>',
      '<div class="spacer"></div>',
    ],
  },
  'csp-strict-all': { title: 'csp-strict, all-in-one file', head: [script(allInOne, 'defer')], body: widgets },
  'csp-strict-rss': {
    title: 'csp-strict-rss',
    head: [script(loader, 'defer')],
    body: [
      '<trade-news-feed src="feed.rss.xml" limit="2"><a href="https://blog.example.com/">Fallback link</a></trade-news-feed>',
      '<trade-post src="feed.atom.xml" post-id="urn:uuid:2f6e4c1a-ace-entry"></trade-post>',
    ],
  },
  'all-in-one': { title: 'the all-in-one file, Spanish', lang: 'es', head: [script(allInOne, 'defer')], body: widgets },
  'cdn-bare': {
    title: 'bare package URL, Spanish',
    lang: 'es',
    head: [script(`/npm/trade-widgets@${version}`, 'defer')],
    body: widgets,
  },
  'cdn-redirect': {
    title: 'redirecting package URL, Spanish',
    lang: 'es',
    head: [script('/npm/trade-widgets', 'async')],
    body: widgets,
  },
  cards: {
    title: 'a feed of cards',
    head: [script(loader, 'defer')],
    body: ['<trade-news-feed src="feed.json" limit="2"></trade-news-feed>'],
  },
  'full-post': {
    title: 'one full post',
    head: [script(loader, 'defer')],
    body: ['<trade-post src="feed.json" post-id="maritime-regulator-cyberattack"></trade-post>'],
  },
  wordpress: {
    title: 'a feed from the WordPress REST API',
    head: [script(loader, 'defer')],
    body: ['<trade-news-feed src="wordpress.json" limit="2"></trade-news-feed>'],
  },
  'ghost-posts': {
    title: 'a feed given raw Ghost posts through its posts property',
    head: [script(loader, 'defer'), '<script type="module" src="ghost-posts.js"></script>'],
    body: ['<trade-news-feed limit="2"></trade-news-feed>'],
  },
  'wordpress-post': {
    title: 'a card given a raw WordPress post through its post property',
    head: [script(loader, 'defer'), '<script type="module" src="wordpress-post.js"></script>'],
    body: ['<trade-post variant="card"></trade-post>'],
  },
  'rare-entity': {
    title: 'a feed whose title uses a character reference beyond the built-in ones',
    head: [script(loader, 'defer')],
    body: ['<trade-news-feed src="rare-entity.json" limit="2"></trade-news-feed>'],
  },
  'windows-1252': {
    title: 'a card from a windows-1252 feed',
    head: [script('windows-1252.js'), script(loader, 'defer')],
    body: ['<trade-post variant="card" src="/feeds/windows-1252.json"></trade-post>'],
  },
  'cdn-renamed': {
    title: 'renamed file with data-base-path, Spanish',
    lang: 'es',
    head: [script('/partner/js/widgets.js', 'data-base-path="/partner/trade-widgets/" defer')],
    body: widgets,
  },
};

/** The HTML of the page `name`. */
export function pageHtml({ title, head, body, lang = 'en' }) {
  return [
    '<!doctype html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8" />',
    `<title>trade-widgets test page: ${title}</title>`,
    script('record-errors.js'),
    ...head,
    '</head>',
    '<body>',
    ...body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** Serves GET /test/pages/<name>.html for every page in the table; everything else goes on. */
export async function testPages(context, next) {
  const name = /^\/test\/pages\/([\w-]+)\.html$/.exec(context.path)?.[1];
  const page = name !== undefined && Object.hasOwn(pages, name) ? pages[name] : undefined;
  if (!page || context.method !== 'GET') return next();
  context.status = 200;
  context.type = 'text/html; charset=utf-8';
  if (name.startsWith('csp-')) context.set('Content-Security-Policy', strictCsp);
  context.body = pageHtml(page);
}

/**
 * GET /test/pages/layout.html?widget=<markup>&script=<sync|defer|async>: a partner's page for the
 * layout-shift tests — a heading, the widget, and the page's own text after it — with the loader
 * from /slow/150/ (it and every file it imports arrive 150 ms late, as from a distant CDN), pasted
 * as the snippet is (`blocking="render"`, no `defer`) or with `defer` or `async` added.
 */
export async function layoutPage(context, next) {
  if (context.path !== '/test/pages/layout.html' || context.method !== 'GET') return next();
  const mode = { defer: ' defer', async: ' async' }[context.query.script] ?? '';
  context.status = 200;
  context.type = 'text/html; charset=utf-8';
  context.body = [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8" />',
    '<meta name="viewport" content="width=device-width, initial-scale=1" />',
    '<title>trade-widgets test page: layout</title>',
    script('record-errors.js'),
    script('record-layout.js'),
    `<script src="/slow/150${loader}" blocking="render"${mode}></script>`,
    '</head>',
    '<body>',
    '<h1>A partner page</h1>',
    String(context.query.widget ?? ''),
    `<p id="after">${'The page’s own text, right after the widget. '.repeat(30)}</p>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** /slow/<ms>/<path>: <path>, answered `ms` milliseconds late. */
export async function slowFiles(context, next) {
  const match = /^\/slow\/(\d+)(\/.*)$/.exec(context.path);
  if (!match) return next();
  await new Promise((resolve) => setTimeout(resolve, Number(match[1])));
  context.url = match[2] + (context.querystring ? `?${context.querystring}` : '');
  return next();
}
