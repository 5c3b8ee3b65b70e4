import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
// @ts-expect-error -- plain JavaScript module without types
import { startDemo } from '../../demo/server.js';

// The demo counts the views `<trade-post views-endpoint>` sends (POST /api/views), serves the live
// counts in its feed, and reports views per post and leads per partner site (/report.html).

let server: Server;
let origin: string;
let dataDir: string;
let clock = Date.parse('2026-03-10T12:00:00Z');
const DAY = 24 * 60 * 60 * 1000;

const feed = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Trade news',
  items: [
    {
      id: 'maritime-regulator-cyberattack',
      title: 'Maritime Regulator Hit',
      content_text: 'x',
      _trade: { views: 18, comments: 0 },
    },
    { id: 'importer-pleads-guilty', title: 'Importer Pleads Guilty', content_text: 'y' },
  ],
};

const start = () => startDemo({ port: 0, quiet: true, dataDir, feed: false, log: () => undefined, now: () => clock });

before(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'trade-widgets-views-'));
  await writeFile(join(dataDir, 'feed.json'), JSON.stringify(feed));
  ({ server, origin } = await start());
});

after(async () => {
  server.close();
  await rm(dataDir, { recursive: true, force: true });
});

const view = (body: unknown, type = 'application/json') =>
  fetch(`${origin}/api/views`, {
    method: 'POST',
    headers: { 'Content-Type': type },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

const viewsOf = async (id: string): Promise<unknown> => {
  const { items } = (await (await fetch(`${origin}/api/feed.json`)).json()) as typeof feed;
  return items.find((item) => item.id === id)?._trade?.views;
};

const page = 'https://partner.example.com/news';

describe('demo views endpoint', () => {
  it('refuses what is not one view of a known post, as JSON of a bounded size', async () => {
    const cases: [Response, number][] = [
      [await view('id=maritime-regulator-cyberattack', 'application/x-www-form-urlencoded'), 415],
      [await view('{"id": ', 'application/json'), 400],
      [await view({ id: 42 }), 400],
      [await view({ id: 'importer-pleads-guilty', page: 'x'.repeat(3000) }), 400],
      [await view({ id: 'importer-pleads-guilty', page: 'x'.repeat(5000) }), 413],
      [await view({ id: 'no-such-post', url: null, page }), 422],
      [await fetch(`${origin}/api/views`), 405],
    ];
    for (const [response, status] of cases) assert.equal(response.status, status, await response.text());
    assert.equal(await viewsOf('importer-pleads-guilty'), undefined);
  });

  it('counts once per post per visitor per 30 minutes, and the feed serves the live count', async () => {
    const id = 'maritime-regulator-cyberattack';
    const before = await fetch(`${origin}/api/feed.json`);
    const etag = before.headers.get('etag')!;
    assert.equal(before.headers.get('cache-control'), 'no-cache');
    const first = await view({ id, url: 'https://broker.example.com/post/1', page });
    assert.equal(first.status, 200);
    assert.deepEqual(await first.json(), { ok: true, counted: true });
    assert.equal(await viewsOf(id), 19);
    // The old copy is no longer current: a revalidation gets the new count, not a 304.
    assert.equal((await fetch(`${origin}/api/feed.json`, { headers: { 'If-None-Match': etag } })).status, 200);

    clock += 29 * 60 * 1000;
    assert.deepEqual(await (await view({ id, url: null, page })).json(), { ok: true, counted: false });
    assert.equal(await viewsOf(id), 19);
    clock += 60 * 1000;
    assert.deepEqual(await (await view({ id, page })).json(), { ok: true, counted: true });
    assert.equal(await viewsOf(id), 20);
    // Another post counts on its own; one without counts in the feed starts from 0.
    await view({ id: 'importer-pleads-guilty', page });
    assert.equal(await viewsOf('importer-pleads-guilty'), 1);
  });

  it('keeps the counts in views.json, written whole, with nothing about the visitor, across restarts', async () => {
    const names = await readdir(dataDir);
    assert.deepEqual(
      names.filter((name) => name.endsWith('.tmp')),
      [],
    );
    const stored = await readFile(join(dataDir, 'views.json'), 'utf8');
    assert.doesNotMatch(stored, /127\.0\.0\.1|::1|partner\.example\.com/);
    const { days } = JSON.parse(stored) as { days: Record<string, Record<string, number>> };
    assert.deepEqual(days, {
      'maritime-regulator-cyberattack': { '2026-03-10': 2 },
      'importer-pleads-guilty': { '2026-03-10': 1 },
    });
    server.close();
    ({ server, origin } = await start());
    assert.equal(await viewsOf('maritime-regulator-cyberattack'), 20);
  });

  it('stores many views at once without losing one', async () => {
    clock += DAY;
    // One visitor address here, so each is a different post's first view of the day... of two posts.
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        view({ id: i % 2 ? 'importer-pleads-guilty' : 'maritime-regulator-cyberattack', page }),
      ),
    );
    assert.deepEqual(
      answers.map((r) => r.status),
      Array(10).fill(200),
    );
    const { days } = JSON.parse(await readFile(join(dataDir, 'views.json'), 'utf8'));
    assert.equal(days['importer-pleads-guilty']['2026-03-11'], 1);
    assert.equal(days['maritime-regulator-cyberattack']['2026-03-11'], 1);
  });
});

describe('demo report', () => {
  it('gives views per post and leads per partner site over the last 30 days', async () => {
    const lead = (page: string, at: number) =>
      JSON.stringify({
        name: 'A',
        email: 'a@example.com',
        message: 'm',
        _meta: { page },
        receivedAt: new Date(at).toISOString(),
      });
    await writeFile(
      join(dataDir, 'submissions.ndjson'),
      [
        lead('https://partner.example.com/news?utm_source=x', clock),
        lead('https://partner.example.com/contact', clock - DAY),
        lead('https://other.example.org/', clock - 2 * DAY),
        lead('https://old.example.net/', clock - 40 * DAY),
        lead('not a url', clock),
        'not json',
        '',
      ].join('\n'),
    );
    // A view 31 days ago no longer counts in the report (it still counts in the feed).
    clock += 31 * DAY;
    await view({ id: 'importer-pleads-guilty', page });
    const report = await (await fetch(`${origin}/api/report.json`)).json();
    assert.equal(report.days, 30);
    assert.deepEqual(report.views, [
      { id: 'importer-pleads-guilty', label: 'Importer Pleads Guilty', count: 1 },
      { id: 'maritime-regulator-cyberattack', label: 'Maritime Regulator Hit', count: 0 },
    ]);
    clock -= 31 * DAY;
    const recent = await (await fetch(`${origin}/api/report.json`)).json();
    assert.deepEqual(
      recent.views.map((v: { count: number }) => v.count),
      [3, 2],
    );
    assert.deepEqual(recent.leads, [
      { label: 'https://partner.example.com', count: 2 },
      { label: 'https://other.example.org', count: 1 },
      { label: 'unknown', count: 1 },
    ]);
  });

  it('serves the report page under the strict CSP, and its charting library from node_modules', async () => {
    const html = await fetch(`${origin}/report.html`);
    assert.match(html.headers.get('content-security-policy') ?? '', /script-src 'self'/);
    const text = await html.text();
    assert.match(text, /<script src="\/vendor\/chart\.umd\.min\.js" defer><\/script>/);
    assert.doesNotMatch(text, /style=|<script>/);
    const library = await fetch(`${origin}/vendor/chart.umd.min.js`);
    assert.equal(library.status, 200);
    assert.match(library.headers.get('content-type')!, /^text\/javascript/);
    assert.match(await library.text(), /Chart\.js v4/);
  });
});
