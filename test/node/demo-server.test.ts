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
/** Every line the server logged. */
const logged: string[] = [];
/** The server's clock, moved by the tests that check expiry. */
let clock = Date.parse('2026-01-05T10:00:00Z');

before(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'trade-widgets-demo-'));
  ({ server, origin } = await startDemo({
    port: 0,
    quiet: true,
    dataDir,
    feed: false,
    log: (line: string) => logged.push(line),
    now: () => clock,
    maxKeys: 50,
  }));
});

after(async () => {
  server.close();
  await rm(dataDir, { recursive: true, force: true });
});

const records = async (): Promise<Record<string, unknown>[]> =>
  (await readFile(join(dataDir, 'submissions.ndjson'), 'utf8').catch(() => ''))
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);

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
    const before = (await records()).length;
    const first = await post(valid, { 'Idempotency-Key': 'key-1' });
    const again = await post(valid, { 'Idempotency-Key': 'key-1' });
    assert.equal(first.status, 200);
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    assert.deepEqual(await again.json(), await first.json());
    const stored = (await records()).slice(before);
    assert.equal(stored.length, 1);
    assert.equal(stored[0]!.email, 'ada@example.com');
  });

  it('stores one record for 20 concurrent retries of one message, and gives all the same answer', async () => {
    const before = (await records()).length;
    const message = { ...valid, message: 'Twenty retries at once.' };
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => post(message, { 'Idempotency-Key': 'concurrent-1' })),
    );
    const answers = await Promise.all(responses.map((r) => r.json()));
    assert.deepEqual(
      responses.map((r) => r.status),
      Array(20).fill(200),
    );
    assert.equal(new Set(answers.map((a: { id: string }) => a.id)).size, 1);
    const stored = (await records()).slice(before);
    assert.equal(stored.length, 1);
    assert.equal(stored[0]!.id, answers[0].id);
  });

  it('refuses a key reused for a different message with a 422 that says so, and keeps the first', async () => {
    const first = await post(valid, { 'Idempotency-Key': 'reused-1' });
    assert.equal(first.status, 200);
    const before = (await records()).length;
    const other = await post({ ...valid, message: 'A different message.' }, { 'Idempotency-Key': 'reused-1' });
    assert.equal(other.status, 422);
    assert.match((await other.json()).error, /Idempotency-Key was already used for a different message/);
    assert.equal((await records()).length, before);
  });

  it('lets a key carry a corrected message after a refusal', async () => {
    const bad = await post({ ...valid, email: 'nope' }, { 'Idempotency-Key': 'corrected-1' });
    assert.equal(bad.status, 422);
    const good = await post(valid, { 'Idempotency-Key': 'corrected-1' });
    assert.equal(good.status, 200);
  });

  it('forgets keys after 24 hours', async () => {
    const message = { ...valid, message: 'Sent again the next day.' };
    const first = await (await post(message, { 'Idempotency-Key': 'day-1' })).json();
    clock += 24 * 60 * 60 * 1000 + 1;
    const later = await post(message, { 'Idempotency-Key': 'day-1' });
    assert.equal(later.status, 200);
    assert.equal(later.headers.get('idempotent-replayed'), null);
    assert.notEqual((await later.json()).id, first.id);
  });

  it('keeps at most the configured number of keys, dropping the oldest', async () => {
    const first = await (await post(valid, { 'Idempotency-Key': 'cap-0' })).json();
    for (let i = 1; i <= 50; i++) await post(valid, { 'Idempotency-Key': `cap-${i}` });
    const again = await post(valid, { 'Idempotency-Key': 'cap-0' });
    assert.equal(again.headers.get('idempotent-replayed'), null);
    assert.notEqual((await again.json()).id, first.id);
    const recent = await post(valid, { 'Idempotency-Key': 'cap-50' });
    assert.equal(recent.headers.get('idempotent-replayed'), 'true');
  });

  it('refuses keys that are too long or not visible ASCII', async () => {
    assert.equal((await post(valid, { 'Idempotency-Key': 'k'.repeat(201) })).status, 400);
    assert.equal((await post(valid, { 'Idempotency-Key': 'two words' })).status, 400);
    assert.equal((await post(valid, { 'Idempotency-Key': 'k'.repeat(200) })).status, 200);
  });

  it('builds records from the known fields, with its own id, time and key', async () => {
    const response = await post(
      {
        ...valid,
        id: 'forged-id',
        receivedAt: '1999-01-01T00:00:00.000Z',
        idempotencyKey: 'forged-key',
        admin: true,
        __proto__: { polluted: true },
        _meta: { page: 'https://partner.example/contact', utm: { utm_source: 'news', evil: 'x' }, extra: 1 },
      },
      { 'Idempotency-Key': 'forge-1' },
    );
    const { id } = await response.json();
    const record = (await records()).find((r) => r.id === id)!;
    assert.equal(record.idempotencyKey, 'forge-1');
    assert.equal(record.receivedAt, new Date(clock).toISOString());
    assert.equal(record.admin, undefined);
    assert.equal(record.polluted, undefined);
    assert.deepEqual(record._meta, { page: 'https://partner.example/contact', utm: { utm_source: 'news' } });
    assert.deepEqual(Object.keys(record).slice(-3), ['id', 'receivedAt', 'idempotencyKey']);
  });

  it('accepts url-encoded forms too, reading nested _meta keys back', async () => {
    const body = new URLSearchParams({ ...valid, id: 'forged', '_meta[page]': 'https://partner.example/' });
    const response = await fetch(`${origin}/api/contact`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: body.toString(),
    });
    assert.equal(response.status, 200);
    const { id } = await response.json();
    const record = (await records()).find((r) => r.id === id)!;
    assert.deepEqual(record._meta, { page: 'https://partner.example/' });
  });

  it('accepts exactly application/json and application/x-www-form-urlencoded', async () => {
    const send = (type: string | undefined, body: string) =>
      fetch(`${origin}/api/contact`, { method: 'POST', headers: type ? { 'Content-Type': type } : {}, body });
    const json = JSON.stringify(valid);
    assert.equal((await send('application/json; charset=utf-8', json)).status, 200);
    assert.equal((await send('Application/JSON', json)).status, 200);
    for (const type of [
      'text/plain',
      'application/jsonp',
      'application/json-patch+json',
      'text/json',
      'multipart/form-data',
    ]) {
      assert.equal((await send(type, json)).status, 415, type);
    }
    assert.equal((await fetch(`${origin}/api/contact`, { method: 'POST', body: 'hello' })).status, 415);
  });

  it('answers malformed JSON with a 400', async () => {
    const response = await fetch(`${origin}/api/contact`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"name":',
    });
    assert.equal(response.status, 400);
  });

  it('logs a message on one line whatever it holds', async () => {
    logged.length = 0;
    const name = 'Eve\ncontact: Forged <forged@example.com> — \u001b[2J\u001b]0;title\u0007';
    const response = await post({ ...valid, name });
    assert.equal(response.status, 200);
    assert.equal(logged.length, 1);
    // eslint-disable-next-line no-control-regex -- no control character may reach the log
    assert.doesNotMatch(logged[0]!, /[\u0000-\u001f\u007f]/);
    assert.match(logged[0]!, /Eve\\ncontact: Forged/);
  });
});

describe('demo feed endpoint', () => {
  it('answers 304 to If-Modified-Since when the feed has not changed since', async () => {
    await writeFile(
      join(dataDir, 'feed.json'),
      JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', items: [] }),
    );
    const first = await fetch(`${origin}/api/feed.json`);
    const lastModified = first.headers.get('last-modified')!;
    assert.ok(lastModified);
    const same = await fetch(`${origin}/api/feed.json`, { headers: { 'If-Modified-Since': lastModified } });
    assert.equal(same.status, 304);
    const older = new Date(Date.parse(lastModified) - 60_000).toUTCString();
    assert.equal((await fetch(`${origin}/api/feed.json`, { headers: { 'If-Modified-Since': older } })).status, 200);
  });

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

  it('answers bad percent-encoding with a 400, never a 500 or a stack trace', async () => {
    for (const path of ['/%E0%A4%A', '/%', '/dist/%C0%AF', '/%E0%A4%A.html']) {
      const response = await fetch(`${origin}${path}`);
      assert.equal(response.status, 400, path);
      assert.doesNotMatch(await response.text(), /at |Error/);
    }
  });

  it('sends X-Content-Type-Options: nosniff on every answer', async () => {
    for (const response of [
      await fetch(`${origin}/index.html`),
      await fetch(`${origin}/missing.html`),
      await fetch(`${origin}/api/contact`),
      await post(valid),
    ]) {
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff', response.url);
    }
  });

  it('answers 304 to If-Modified-Since for pages', async () => {
    const first = await fetch(`${origin}/index.html`);
    const lastModified = first.headers.get('last-modified')!;
    const same = await fetch(`${origin}/index.html`, { headers: { 'If-Modified-Since': lastModified } });
    assert.equal(same.status, 304);
  });

  it('never serves files outside the demo folder or its stored messages', async () => {
    assert.equal((await fetch(`${origin}/.data/submissions.ndjson`)).status, 403);
    assert.equal((await fetch(`${origin}/..%2Fpackage.json`)).status, 403);
  });
});
