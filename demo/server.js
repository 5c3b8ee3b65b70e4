// The demo: a partner's site that embeds the widgets through the script-tag build, with the two
// endpoints a real deployment has — the published JSON Feed and the contact form's receiver.
//
//   node demo/server.js [--port 8080]      (npm start builds first, then runs this)
//
// The feed is made at start-up from demo/data/seed.rss with the package's own command line, the
// way the broker publishes theirs. Accepted contact messages are appended to
// demo/.data/submissions.ndjson; views of full posts (`views-endpoint`) are counted in
// demo/.data/views.json (see views.js), the feed serves the live counts, and /report.html charts
// views per post and leads per partner site. The contact endpoint is the model for the README's backend notes:
// one record per Idempotency-Key however many retries arrive at once, records built only from the
// known fields, exact media types, and logs that a message cannot forge.
import { createServer } from 'node:http';
import { createHash, randomUUID } from 'node:crypto';
import { appendFile, mkdir, readdir, readFile, stat } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateContact } from './contact-validation.js';
import { ViewStore, withLiveCounts } from './views.js';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const demoDir = join(root, 'demo');
const distDir = join(root, 'dist');
const defaultDataDir = join(demoDir, '.data');
/** The charting library of the report page, a devDependency served from node_modules. */
const vendorFiles = { '/vendor/chart.umd.min.js': join(root, 'node_modules/chart.js/dist/chart.umd.min.js') };

const strictCsp =
  "script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html dompurify trade-widgets";

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.rss': 'application/rss+xml; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
};

function arg(name, fallback) {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
}

const brokerProfiles = [
  'https://x.com/tradelogicintl',
  'https://www.linkedin.com/company/tradelogicintl',
  'https://www.facebook.com/tradelogicintl',
  'https://www.youtube.com/@tradelogicintl',
  'https://www.instagram.com/tradelogicintl',
];

/** Runs `trade-widgets feed` on the seed RSS; the demo's feed endpoint serves what it writes. */
function buildFeed(origin, dataDir) {
  const result = spawnSync(
    process.execPath,
    [
      join(root, 'bin/trade-widgets.js'),
      'feed',
      join(demoDir, 'data/seed.rss'),
      '--out',
      join(dataDir, 'feed.json'),
      '--feed-url',
      `${origin}/api/feed.json`,
      '--home-page-url',
      `${origin}/`,
      // The broker's profiles, as the seed page lists them at its foot: the feeds' "Follow" row.
      ...brokerProfiles.flatMap((url) => ['--profile', url]),
    ],
    { encoding: 'utf8' },
  );
  if (result.status !== 0) {
    throw new Error(`Could not build the demo feed: ${(result.stderr || result.error?.message || '').trim()}`);
  }
}

function send(res, status, body, headers = {}) {
  res.writeHead(status, { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', ...headers });
  res.end(body);
}

/** Text for one log line: control characters (newlines, escape sequences) shown escaped, never obeyed. */
export function forLog(value) {
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  return String(value).replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => {
    const named = { '\n': '\\n', '\r': '\\r', '\t': '\\t' }[c];
    return named ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

/**
 * Whether a GET may be answered 304: `If-None-Match` decides when sent (it takes precedence),
 * otherwise `If-Modified-Since` against the modification time (HTTP dates have whole seconds).
 */
function notModified(req, etag, modified) {
  const match = req.headers['if-none-match'];
  if (match !== undefined) return match.split(',').some((tag) => tag.trim() === etag || tag.trim() === '*');
  const since = Date.parse(req.headers['if-modified-since'] ?? '');
  return Number.isFinite(since) && Math.floor(modified.getTime() / 1000) * 1000 <= since;
}

function sendJson(res, status, value, headers = {}) {
  send(res, status, JSON.stringify(value), { 'Content-Type': types['.json'], ...headers });
}

const cors = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Headers': 'Content-Type, Accept, Idempotency-Key, If-None-Match, If-Modified-Since',
  'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
  'Access-Control-Expose-Headers': 'ETag, Last-Modified, Retry-After',
};

/**
 * Serves a generated feed page with the live view counts and validators, so the widgets'
 * revalidation gets 304s until a count changes. `no-cache`: every use asks (cheaply), so a reload
 * after a counted view shows the new number.
 */
async function serveFeed(req, res, { dataDir, views }, name) {
  const file = join(dataDir, name);
  let info;
  try {
    info = await stat(file);
  } catch {
    return sendJson(res, 404, { error: 'No such feed page' }, cors);
  }
  const body = withLiveCounts(await readFile(file), views);
  const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
  const modified = new Date(Math.max(info.mtime.getTime(), views.changed));
  const headers = {
    ...cors,
    'Content-Type': 'application/feed+json; charset=utf-8',
    'Cache-Control': 'no-cache',
    ETag: etag,
    'Last-Modified': modified.toUTCString(),
  };
  if (notModified(req, etag, modified)) return send(res, 304, undefined, headers);
  send(res, 200, body, headers);
}

async function readBody(req, limit = 64 * 1024) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > limit) throw Object.assign(new Error('Message too large'), { status: 413 });
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The two media types the form sends, compared exactly (parameters such as charset aside). */
const mediaTypes = new Set(['application/json', 'application/x-www-form-urlencoded']);

function mediaType(header) {
  return String(header ?? '')
    .split(';')[0]
    .trim()
    .toLowerCase();
}

const badRequest = (message) => Object.assign(new Error(message), { status: 400 });

/** `_meta[page]`, `_meta[utm][utm_source]`… of a url-encoded form, read back into an object. */
function fromForm(text) {
  const data = {};
  for (const [key, value] of new URLSearchParams(text)) {
    const path = /^([^[\]]+)((?:\[[^[\]]*\])*)$/.exec(key);
    if (!path) continue;
    const names = [path[1], ...[...path[2].matchAll(/\[([^[\]]*)\]/g)].map((m) => m[1])];
    let target = data;
    for (const name of names.slice(0, -1)) {
      if (typeof target[name] !== 'object' || target[name] === null) target[name] = {};
      target = target[name];
    }
    target[names.at(-1)] = value;
  }
  return data;
}

function parseSubmission(type, text) {
  if (type === 'application/json') {
    try {
      return JSON.parse(text);
    } catch {
      throw badRequest('Malformed JSON');
    }
  }
  return fromForm(text);
}

const fields = ['name', 'email', 'phone', 'company', 'message', 'topic'];
const metaFields = ['page', 'referrer', 'locale', 'submittedAt'];

/** Only what the form sends, as strings; nothing a client adds (an `id`, say) reaches the record. */
function knownFields(data) {
  const record = {};
  for (const name of fields) if (typeof data[name] === 'string') record[name] = data[name].trim();
  if (data.consent !== undefined) record.consent = data.consent === true || data.consent === 'true';
  const meta = data._meta;
  if (meta && typeof meta === 'object') {
    const kept = {};
    for (const name of metaFields) if (typeof meta[name] === 'string') kept[name] = meta[name].slice(0, 2048);
    if (meta.utm && typeof meta.utm === 'object') {
      kept.utm = {};
      for (const [name, value] of Object.entries(meta.utm)) {
        if (/^utm_[a-z]{1,20}$/.test(name) && typeof value === 'string') kept.utm[name] = value.slice(0, 200);
      }
    }
    record._meta = kept;
  }
  return record;
}

/** Idempotency keys: visible ASCII (a UUID is 36 characters), kept a day, at most `maxKeys` of them. */
const keyPattern = /^[\x21-\x7e]{1,200}$/;

/**
 * The answers given per Idempotency-Key. A key is reserved (with the promise of its answer) before
 * the message is processed, so retries arriving at the same time wait for that one answer instead
 * of storing the message again. Only successful answers are kept: after a refusal the same key may
 * carry a corrected message.
 */
class KeyStore {
  constructor({ ttl, max, now }) {
    Object.assign(this, { ttl, max, now, entries: new Map() });
  }

  /** Drops expired keys; the map is in creation order, so the oldest come first. */
  prune() {
    const cutoff = this.now() - this.ttl;
    for (const [key, entry] of this.entries) {
      if (entry.at > cutoff) break;
      this.entries.delete(key);
    }
  }

  get(key) {
    this.prune();
    return this.entries.get(key);
  }

  reserve(key, digest, answer) {
    while (this.entries.size >= this.max) this.entries.delete(this.entries.keys().next().value);
    const entry = { at: this.now(), digest, answer };
    this.entries.set(key, entry);
    return entry;
  }

  release(key, entry) {
    if (this.entries.get(key) === entry) this.entries.delete(key);
  }
}

async function receiveContact(req, res, context) {
  const { dataDir, keys, log, now } = context;
  const type = mediaType(req.headers['content-type']);
  if (!mediaTypes.has(type)) {
    return sendJson(res, 415, { error: 'Send application/json or application/x-www-form-urlencoded' }, cors);
  }
  const key = req.headers['idempotency-key'];
  if (key !== undefined && !keyPattern.test(key)) {
    return sendJson(res, 400, { error: 'Idempotency-Key must be 1 to 200 visible ASCII characters' }, cors);
  }
  let text;
  try {
    text = await readBody(req);
  } catch (error) {
    return sendJson(
      res,
      error.status ?? 400,
      { error: error.status ? error.message : 'Could not read the body' },
      cors,
    );
  }
  const digest = createHash('sha256').update(`${type}\n${text}`).digest('base64url');

  if (key !== undefined) {
    const seen = keys.get(key);
    if (seen && seen.digest !== digest) {
      return sendJson(
        res,
        422,
        {
          error: 'This Idempotency-Key was already used for a different message: send a new message with a new key.',
          errors: [{ field: '', message: 'This key belongs to another message.' }],
        },
        cors,
      );
    }
    if (seen) {
      const { status, body } = await seen.answer;
      return sendJson(res, status, body, { ...cors, 'Idempotent-Replayed': 'true' });
    }
  }

  // Reserved before any further await: a retry arriving now finds the key and waits for this answer.
  let settle;
  const answer = new Promise((resolve) => (settle = resolve));
  const entry = key === undefined ? undefined : keys.reserve(key, digest, answer);
  const result = await processMessage(text, type, key, { dataDir, log, now });
  if (entry && result.status !== 200) keys.release(key, entry);
  settle(result);
  sendJson(res, result.status, result.body, cors);
}

/** Checks and stores one message; never throws, and never answers with internal details. */
async function processMessage(text, type, key, { dataDir, log, now }) {
  let data;
  try {
    data = parseSubmission(type, text);
  } catch (error) {
    return { status: 400, body: { error: error.message } };
  }
  const errors = validateContact(data);
  if (errors.length) return { status: 422, body: { errors } };

  const id = randomUUID();
  // The server's own fields last: nothing in the message can stand in for them.
  const record = { ...knownFields(data), id, receivedAt: new Date(now()).toISOString(), idempotencyKey: key ?? null };
  try {
    await mkdir(dataDir, { recursive: true });
    await appendFile(join(dataDir, 'submissions.ndjson'), `${JSON.stringify(record)}\n`);
  } catch (error) {
    log(`contact: could not store a message: ${forLog(error.message)}`);
    return { status: 500, body: { error: 'The message could not be stored: please try again.' } };
  }
  log(`contact: ${forLog(record.name)} <${forLog(record.email)}> — ${forLog(record.message.slice(0, 60))}`);
  return { status: 200, body: { ok: true, id } };
}

/** The posts of the published feed (every page): id → title. */
async function knownPosts(dataDir) {
  const posts = new Map();
  const names = (await readdir(dataDir).catch(() => [])).filter((name) => /^feed(-\d+)?\.json$/.test(name));
  for (const name of names) {
    try {
      const { items } = JSON.parse(await readFile(join(dataDir, name), 'utf8'));
      for (const item of Array.isArray(items) ? items : []) {
        if (typeof item?.id === 'string') posts.set(item.id, typeof item.title === 'string' ? item.title : item.id);
      }
    } catch {
      // A page being rewritten: its posts are known again on the next request.
    }
  }
  return posts;
}

/** Most bytes of one view: `{ id, url, page }` with room for long URLs. */
const VIEW_MAX_BYTES = 4096;

/**
 * POST /api/views, what `<trade-post views-endpoint>` sends: JSON only, at most 4 KiB, the id of a
 * post the feed publishes, counted at most once per post per visitor address per 30 minutes.
 * Answers `{ ok: true, counted }`; nothing about the visitor is stored.
 */
async function receiveView(req, res, { dataDir, views, log }) {
  if (mediaType(req.headers['content-type']) !== 'application/json') {
    return sendJson(res, 415, { error: 'Send application/json' }, cors);
  }
  let data;
  try {
    data = JSON.parse(await readBody(req, VIEW_MAX_BYTES));
  } catch (error) {
    return sendJson(res, error.status ?? 400, { error: error.status ? error.message : 'Malformed JSON' }, cors);
  }
  const { id, url, page } = data ?? {};
  const optional = (value) => value == null || (typeof value === 'string' && value.length <= 2048);
  if (typeof id !== 'string' || !optional(url) || !optional(page)) {
    return sendJson(res, 400, { error: 'Send { "id": string, "url": string?, "page": string? }' }, cors);
  }
  if (!(await knownPosts(dataDir)).has(id)) return sendJson(res, 422, { error: 'No such post' }, cors);
  const counted = await views.count(id, req.socket.remoteAddress ?? '');
  if (counted) log(`view: ${forLog(id)} on ${forLog(page ?? 'an unknown page')}`);
  sendJson(res, 200, { ok: true, counted }, cors);
}

/** The site a lead came from: the origin of the page the form was on. */
function siteOf(page) {
  try {
    const { origin } = new URL(page);
    return origin === 'null' ? 'unknown' : origin;
  } catch {
    return 'unknown';
  }
}

/** Days the report covers. */
const REPORT_DAYS = 30;

/**
 * GET /api/report.json: views per post and contact-form leads per partner site (from the form's
 * `_meta.page`) over the last 30 days, for /report.html.
 */
async function serveReport(res, { dataDir, views, now }) {
  const posts = await knownPosts(dataDir);
  const counts = views.since(REPORT_DAYS);
  const since = now() - REPORT_DAYS * 24 * 60 * 60 * 1000;
  const leads = new Map();
  const lines = (await readFile(join(dataDir, 'submissions.ndjson'), 'utf8').catch(() => '')).split('\n');
  for (const line of lines) {
    let record;
    try {
      record = JSON.parse(line);
    } catch {
      continue;
    }
    if (!(Date.parse(record?.receivedAt) >= since)) continue;
    const site = siteOf(record._meta?.page);
    leads.set(site, (leads.get(site) ?? 0) + 1);
  }
  const byCount = (a, b) => b.count - a.count || a.label.localeCompare(b.label);
  sendJson(res, 200, {
    days: REPORT_DAYS,
    generatedAt: new Date(now()).toISOString(),
    views: [...posts].map(([id, title]) => ({ id, label: title, count: counts[id] ?? 0 })).sort(byCount),
    leads: [...leads].map(([site, count]) => ({ label: site, count })).sort(byCount),
  });
}

/** Static files from demo/ (and the built bundle under /dist/), never outside those folders. */
async function serveStatic(req, res, pathname) {
  const [base, rel] = pathname.startsWith('/dist/') ? [distDir, pathname.slice(6)] : [demoDir, pathname.slice(1)];
  let name;
  try {
    name = decodeURIComponent(rel);
  } catch {
    return send(res, 400, 'Bad request: malformed percent-encoding', { 'Content-Type': 'text/plain; charset=utf-8' });
  }
  const file = normalize(join(base, name || 'index.html'));
  if (!file.startsWith(base + sep) || file.includes(`${sep}.data${sep}`)) return send(res, 403, 'Forbidden');
  let body;
  let info;
  try {
    [body, info] = await Promise.all([readFile(file), stat(file)]);
  } catch {
    return send(res, 404, 'Not found', { 'Content-Type': 'text/plain; charset=utf-8' });
  }
  const headers = {
    'Content-Type': types[extname(file)] ?? 'application/octet-stream',
    'Last-Modified': info.mtime.toUTCString(),
  };
  if (notModified(req, undefined, info.mtime)) return send(res, 304, undefined, headers);
  // Every demo page is a strict-CSP page: the widgets must work under the policy partners use.
  if (extname(file) === '.html') headers['Content-Security-Policy'] = strictCsp;
  send(res, 200, body, headers);
}

async function handle(req, res, context) {
  let pathname;
  try {
    ({ pathname } = new URL(req.url ?? '/', 'http://localhost'));
  } catch {
    return send(res, 400, 'Bad request', { 'Content-Type': 'text/plain; charset=utf-8' });
  }
  if (req.method === 'OPTIONS') return send(res, 204, undefined, cors);
  if (pathname === '/api/views') {
    if (req.method !== 'POST') return sendJson(res, 405, { error: 'POST only' }, { ...cors, Allow: 'POST' });
    return receiveView(req, res, context);
  }
  if (pathname === '/api/report.json' && req.method === 'GET') return serveReport(res, context);
  if (Object.hasOwn(vendorFiles, pathname) && req.method === 'GET') {
    return send(res, 200, await readFile(vendorFiles[pathname]), { 'Content-Type': types['.js'] });
  }
  if (pathname === '/api/contact') {
    if (req.method !== 'POST') return sendJson(res, 405, { error: 'POST only' }, { ...cors, Allow: 'POST' });
    return receiveContact(req, res, context);
  }
  const feedPage = /^\/api\/(feed(?:-\d+)?\.json)$/.exec(pathname);
  if (feedPage) return serveFeed(req, res, context, feedPage[1]);
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed');
  return serveStatic(req, res, pathname);
}

/**
 * Starts the demo server. `dataDir` holds the generated feed and the received messages;
 * `feed: false` skips generating the feed (tests that only need the contact endpoint). `log`
 * receives one line per event; `now`, `keyTtl` (ms, a day) and `maxKeys` set how long and how
 * many Idempotency-Keys are kept.
 */
export async function startDemo({
  port = 8080,
  host = '127.0.0.1',
  quiet = false,
  dataDir = defaultDataDir,
  feed = true,
  log = (line) => console.log(line),
  now = () => Date.now(),
  keyTtl = 24 * 60 * 60 * 1000,
  maxKeys = 10_000,
} = {}) {
  await mkdir(dataDir, { recursive: true });
  const views = await new ViewStore({ dataDir, now }).load();
  const context = { dataDir, log, now, views, keys: new KeyStore({ ttl: keyTtl, max: maxKeys, now }) };
  const server = createServer((req, res) => {
    handle(req, res, context).catch((error) => {
      log(`error: ${forLog(error?.stack ?? error)}`);
      if (!res.headersSent) send(res, 500, 'Internal error', { 'Content-Type': 'text/plain; charset=utf-8' });
      else res.end();
    });
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, ok);
  });
  const origin = `http://localhost:${server.address().port}`;
  if (feed) buildFeed(origin, dataDir);
  if (!quiet) {
    console.log(`trade-widgets demo: ${origin}/`);
    console.log(`  dark theme ${origin}/dark.html · Spanish ${origin}/es.html · strict CSP ${origin}/csp.html`);
    console.log(`  feed ${origin}/api/feed.json · contact POST ${origin}/api/contact → demo/.data/submissions.ndjson`);
    console.log(`  views POST ${origin}/api/views → demo/.data/views.json · report ${origin}/report.html`);
  }
  return { server, origin };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(arg('--port', process.env.PORT ?? 8080));
  startDemo({ port }).catch((error) => {
    console.error(error.code === 'EADDRINUSE' ? `Port ${port} is in use: try PORT=8081 npm start` : error.message);
    process.exit(1);
  });
}
