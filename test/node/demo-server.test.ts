import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
// @ts-expect-error -- plain JavaScript module without types
import { startDemo } from '../../demo/server.js';

// The demo's endpoints are the real receiving end for the demo page, so they are held to what a
// real backend does: validate, store once per idempotency key, answer conditional requests.

let server: Server;
let origin: string;
let dataDir: string;

before(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'trade-widgets-demo-'));
  ({ server, origin } = await startDemo({ port: 0, quiet: true, dataDir, feed: false }));
});

after(async () => {
  server.close();
  await rm(dataDir, { recursive: true, force: true });
});

const post = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${origin}/api/contact`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...headers },
    body: JSON.stringify(body),
  });

const valid = { name: 'Ada Importer', email: 'ada@example.com', message: 'Need help with an entry.' };

describe('demo contact endpoint', () => {
  it('answers 422 with an error per bad field', async () => {
    const response = await post({ name: '', email: 'not-an-email', message: '' });
    assert.equal(response.status, 422);
    const { errors } = await response.json();
    assert.deepEqual(
      errors.map((e: { field: string }) => e.field),
      ['name', 'email', 'message'],
    );
  });

  it('stores an accepted message once per idempotency key', async () => {
    const first = await post(valid, { 'Idempotency-Key': 'key-1' });
    const again = await post(valid, { 'Idempotency-Key': 'key-1' });
    assert.equal(first.status, 200);
    assert.deepEqual(await again.json(), await first.json());
    const lines = (await readFile(join(dataDir, 'submissions.ndjson'), 'utf8')).trim().split('\n');
    assert.equal(lines.length, 1);
    assert.equal(JSON.parse(lines[0]!).email, 'ada@example.com');
  });

  it('accepts url-encoded forms too', async () => {
    const response = await fetch(`${origin}/api/contact`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(valid).toString(),
    });
    assert.equal(response.status, 200);
  });

  it('refuses bodies that are neither JSON nor a form', async () => {
    const response = await fetch(`${origin}/api/contact`, { method: 'POST', body: 'hello' });
    assert.equal(response.status, 415);
  });
});

describe('demo feed endpoint', () => {
  it('serves the generated feed with validators and answers 304 to a matching If-None-Match', async () => {
    await writeFile(
      join(dataDir, 'feed.json'),
      JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', items: [] }),
    );
    const first = await fetch(`${origin}/api/feed.json`);
    assert.equal(first.status, 200);
    assert.equal(first.headers.get('access-control-allow-origin'), '*');
    const etag = first.headers.get('etag');
    assert.ok(etag);
    const second = await fetch(`${origin}/api/feed.json`, { headers: { 'If-None-Match': etag } });
    assert.equal(second.status, 304);
  });
});

describe('demo pages', () => {
  it('serves every page under the strict partner CSP', async () => {
    const response = await fetch(`${origin}/index.html`);
    assert.match(response.headers.get('content-security-policy') ?? '', /require-trusted-types-for 'script'/);
  });

  it('never serves files outside the demo folder or its stored messages', async () => {
    assert.equal((await fetch(`${origin}/.data/submissions.ndjson`)).status, 403);
    assert.equal((await fetch(`${origin}/..%2Fpackage.json`)).status, 403);
  });
});
