// The demo: a partner's site that embeds the widgets through the script-tag build, with the two
// endpoints a real deployment has — the published JSON Feed and the contact form's receiver.
//
//   node demo/server.js [--port 8080]      (npm start builds first, then runs this)
//
// The feed is made at start-up from demo/data/seed.rss with the package's own command line, the
// way the broker publishes theirs. Accepted contact messages are appended to
// demo/.data/submissions.ndjson.
import { createServer } from 'node:http';
import { createHash, randomUUID } from 'node:crypto';
import { appendFile, mkdir, readFile, stat } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateContact } from './contact-validation.js';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const demoDir = join(root, 'demo');
const distDir = join(root, 'dist');
const defaultDataDir = join(demoDir, '.data');

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
    ],
    { encoding: 'utf8' },
  );
  if (result.status !== 0) {
    throw new Error(`Could not build the demo feed: ${(result.stderr || result.error?.message || '').trim()}`);
  }
}

function send(res, status, body, headers = {}) {
  res.writeHead(status, { 'Cache-Control': 'no-store', ...headers });
  res.end(body);
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

/** Serves a generated feed page with validators so the widgets' revalidation gets 304s. */
async function serveFeed(req, res, dataDir, name) {
  const file = join(dataDir, name);
  let info;
  try {
    info = await stat(file);
  } catch {
    return sendJson(res, 404, { error: 'No such feed page' }, cors);
  }
  const body = await readFile(file);
  const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
  const lastModified = info.mtime.toUTCString();
  const headers = {
    ...cors,
    'Content-Type': 'application/feed+json; charset=utf-8',
    'Cache-Control': 'public, max-age=60',
    ETag: etag,
    'Last-Modified': lastModified,
  };
  if (req.headers['if-none-match'] === etag) return send(res, 304, undefined, headers);
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

function parseSubmission(type, text) {
  if (type.includes('application/json')) return JSON.parse(text);
  if (type.includes('application/x-www-form-urlencoded')) return Object.fromEntries(new URLSearchParams(text));
  throw Object.assign(new Error('Send JSON or a url-encoded form'), { status: 415 });
}

async function receiveContact(req, res, dataDir, answered) {
  const key = req.headers['idempotency-key'];
  if (typeof key === 'string' && answered.has(key)) {
    return sendJson(res, 200, answered.get(key), { ...cors, 'Idempotent-Replayed': 'true' });
  }
  let data;
  try {
    data = parseSubmission(String(req.headers['content-type'] ?? ''), await readBody(req));
  } catch (error) {
    return sendJson(res, error.status ?? 400, { error: error.status ? error.message : 'Malformed body' }, cors);
  }
  const errors = validateContact(data);
  if (errors.length) return sendJson(res, 422, { errors }, cors);

  const id = randomUUID();
  const record = { id, receivedAt: new Date().toISOString(), idempotencyKey: key ?? null, ...data };
  await mkdir(dataDir, { recursive: true });
  await appendFile(join(dataDir, 'submissions.ndjson'), `${JSON.stringify(record)}\n`);
  console.log(`contact: ${data.name} <${data.email}> — ${String(data.message).slice(0, 60)}`);
  const answer = { ok: true, id };
  if (typeof key === 'string') answered.set(key, answer);
  sendJson(res, 200, answer, cors);
}

/** Static files from demo/ (and the built bundle under /dist/), never outside those folders. */
async function serveStatic(req, res, pathname) {
  const [base, rel] = pathname.startsWith('/dist/') ? [distDir, pathname.slice(6)] : [demoDir, pathname.slice(1)];
  const file = normalize(join(base, decodeURIComponent(rel) || 'index.html'));
  if (!file.startsWith(base + sep) || file.includes(`${sep}.data${sep}`)) return send(res, 403, 'Forbidden');
  let body;
  try {
    body = await readFile(file);
  } catch {
    return send(res, 404, 'Not found', { 'Content-Type': 'text/plain; charset=utf-8' });
  }
  const headers = { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' };
  // Every demo page is a strict-CSP page: the widgets must work under the policy partners use.
  if (extname(file) === '.html') headers['Content-Security-Policy'] = strictCsp;
  send(res, 200, body, headers);
}

async function handle(req, res, dataDir, answered) {
  const { pathname } = new URL(req.url ?? '/', 'http://localhost');
  if (req.method === 'OPTIONS') return send(res, 204, undefined, cors);
  if (pathname === '/api/contact') {
    if (req.method !== 'POST') return sendJson(res, 405, { error: 'POST only' }, { ...cors, Allow: 'POST' });
    return receiveContact(req, res, dataDir, answered);
  }
  const feedPage = /^\/api\/(feed(?:-\d+)?\.json)$/.exec(pathname);
  if (feedPage) return serveFeed(req, res, dataDir, feedPage[1]);
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed');
  return serveStatic(req, res, pathname);
}

/**
 * Starts the demo server. `dataDir` holds the generated feed and the received messages;
 * `feed: false` skips generating the feed (tests that only need the contact endpoint).
 */
export async function startDemo({
  port = 8080,
  host = '127.0.0.1',
  quiet = false,
  dataDir = defaultDataDir,
  feed = true,
} = {}) {
  await mkdir(dataDir, { recursive: true });
  // Answers to keys already seen: a retried message gets the first answer and is stored once.
  const answered = new Map();
  const server = createServer((req, res) => {
    handle(req, res, dataDir, answered).catch((error) => {
      console.error(error);
      if (!res.headersSent) send(res, 500, 'Internal error');
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
