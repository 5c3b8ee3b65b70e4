import { readFileSync } from 'node:fs';
import { layoutPage, slowFiles, testPages } from './pages.js';
import { slowScripts } from './slow-scripts.js';

/**
 * Test-server additions: response headers and endpoints that browser tests load by URL.
 *
 * - The partner pages at /test/pages/<name>.html, built from one table in ./pages.js; those whose
 *   name starts with `csp-` come with the strict Content-Security-Policy partners use, so a test
 *   can load them in an iframe and count violations.
 * - POST /test-api/contact answers like the demo's contact endpoint.
 * - POST /test-api/views/<log> records each view a `<trade-post views-endpoint>` sends (its body,
 *   content type and any cookie), and GET of the same URL answers what that log holds.
 * - CDN-shaped URLs for the script-tag files in dist/, as partners paste them: a bare package URL
 *   `/npm/trade-widgets@<any version>` serving the loader itself (as jsDelivr does), a redirecting
 *   `/npm/trade-widgets` (a 302 to the versioned file, as unpkg does), the package's files under
 *   `/npm/trade-widgets@<this version>/dist/` only, and a renamed copy at `/partner/js/widgets.js`
 *   with the other files under `/partner/trade-widgets/`.
 * - /test/pages/layout.html, a partner page around one widget for the layout-shift tests, and
 *   /slow/<ms>/<path>, any of these answered late (a distant CDN, a slow feed).
 * - Partner pages whose script files are slow, under /test/slow/<run>/ (./slow-scripts.js), with
 *   a timeline of what the server saw when.
 * - /test/server/unreachable-sw.js may control the whole origin (`Service-Worker-Allowed: /`): a
 *   test registers it to make one module fail to load, as for a visitor who lost the connection.
 */
const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

async function cdnUrls(context, next) {
  const { path } = context;
  if (path === '/npm/trade-widgets') {
    context.redirect(`/npm/trade-widgets@${version}/dist/trade-widgets.min.js`);
    context.status = 302;
    return;
  }
  const versioned = `/npm/trade-widgets@${version}/dist/`;
  if (/^\/npm\/trade-widgets@[^/]+\/?$/.test(path) || path === '/partner/js/widgets.js') {
    context.url = '/dist/trade-widgets.min.js';
  } else if (path.startsWith(versioned)) {
    context.url = `/dist/${path.slice(versioned.length)}`;
  } else if (path.startsWith('/partner/trade-widgets/')) {
    context.url = `/dist/${path.slice('/partner/trade-widgets/'.length)}`;
  }
  return next();
}

async function contactEndpoint(context, next) {
  if (context.path !== '/test-api/contact') return next();
  context.status = 200;
  context.type = 'application/json';
  context.body = JSON.stringify({ ok: true, id: 'test' });
}

/** The views received, per log name. */
const viewLogs = new Map();

async function viewsEndpoint(context, next) {
  const log = /^\/test-api\/views\/([\w-]+)$/.exec(context.path)?.[1];
  if (!log) return next();
  const entries = viewLogs.get(log) ?? [];
  viewLogs.set(log, entries);
  if (context.method === 'POST') {
    let body = '';
    for await (const chunk of context.req) body += chunk;
    entries.push({ body, type: context.get('content-type'), cookie: context.get('cookie') || null });
  }
  context.status = 200;
  context.type = 'application/json';
  context.body = JSON.stringify(context.method === 'POST' ? { ok: true } : entries);
}

async function serviceWorkerScope(context, next) {
  await next();
  if (context.path === '/test/server/unreachable-sw.js') context.set('Service-Worker-Allowed', '/');
}

export const testServerMiddleware = [
  slowFiles,
  cdnUrls,
  testPages,
  slowScripts,
  layoutPage,
  contactEndpoint,
  viewsEndpoint,
  serviceWorkerScope,
];
