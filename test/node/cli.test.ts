// `trade-widgets feed` against feeds served from 127.0.0.1 and files: every format, paging, the
// JSON Feed 1.1 it writes, and every way the source can fail, after which the old file must be
// exactly as it was.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, beforeEach, describe, it } from 'node:test';
import { main } from '../../src/cli/main.js';
import { version } from '../../src/version.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixture = (name: string) => readFileSync(join(root, 'test/fixtures/feeds', name), 'utf8');

/** Runs the command in-process and collects what it printed. */
async function run(...args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out, err };
}

const RFC_3339 = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/;
const absolute = (value: unknown) => typeof value === 'string' && /^https?:\/\/[^/]/.test(value);

/** Checks a written file against the JSON Feed 1.1 fields (https://www.jsonfeed.org/version/1.1/). */
function assertJsonFeed(feed: Record<string, unknown>): void {
  assert.equal(feed.version, 'https://jsonfeed.org/version/1.1');
  assert.equal(typeof feed.title, 'string');
  assert.ok((feed.title as string).length > 0);
  for (const key of ['home_page_url', 'feed_url']) if (key in feed) assert.ok(absolute(feed[key]), key);
  if ('next_url' in feed) assert.equal(typeof feed.next_url, 'string');
  assert.ok(Array.isArray(feed.items));
  // `_trade` is the feed-level extension (JSON Feed allows keys starting with an underscore).
  const allowed = new Set(['version', 'title', 'home_page_url', 'feed_url', 'next_url', 'items', '_trade']);
  if ('_trade' in feed) {
    const { profiles } = feed._trade as { profiles: unknown[] };
    assert.ok(profiles.length > 0 && profiles.every(absolute), 'profiles');
  }
  for (const key of Object.keys(feed)) assert.ok(allowed.has(key), `unexpected top-level key ${key}`);
  const ids = new Set<string>();
  for (const item of feed.items as Record<string, unknown>[]) {
    assert.equal(typeof item.id, 'string');
    assert.ok(!ids.has(item.id as string), `duplicate id ${String(item.id)}`);
    ids.add(item.id as string);
    assert.equal(typeof item.title, 'string');
    assert.ok(typeof item.content_html === 'string' || typeof item.content_text === 'string', 'content');
    for (const key of ['url', 'image']) if (key in item) assert.ok(absolute(item[key]), `${key} ${String(item[key])}`);
    for (const key of ['date_published', 'date_modified']) if (key in item) assert.match(item[key] as string, RFC_3339);
    if ('summary' in item) assert.equal(typeof item.summary, 'string');
    if ('tags' in item) assert.ok((item.tags as unknown[]).every((tag) => typeof tag === 'string'));
    if ('authors' in item) {
      for (const author of item.authors as Record<string, unknown>[]) {
        assert.equal(typeof author.name, 'string');
        for (const key of ['url', 'avatar']) if (key in author) assert.ok(absolute(author[key]));
      }
    }
    if ('_trade' in item) {
      for (const value of Object.values(item._trade as Record<string, unknown>)) {
        assert.ok(Number.isInteger(value) && (value as number) >= 0);
      }
    }
  }
}

/** The `key` of every item of `feed`, in order. */
const field = (feed: { items: Record<string, unknown>[] }, key: string) => feed.items.map((item) => item[key]);

const read = (path: string) =>
  JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown> & {
    items: Record<string, unknown>[];
  };

let server: Server;
let base = '';
const requests: string[] = [];

/** The second WordPress page: two more posts. */
const wordpressPage2 = JSON.stringify([
  {
    id: 1001,
    date_gmt: '2023-05-01T10:00:00',
    link: 'https://blog.example.com/older-1/',
    title: { rendered: 'Older one' },
  },
  {
    id: 1000,
    date_gmt: '2023-04-01T10:00:00',
    link: 'https://blog.example.com/older-2/',
    title: { rendered: 'Older two' },
  },
]);

before(async () => {
  server = createServer((request, response) => {
    const url = new URL(request.url!, 'http://127.0.0.1');
    requests.push(`${url.pathname}${url.search}`);
    const send = (status: number, body: string, type = 'application/json', headers: Record<string, string> = {}) => {
      response.writeHead(status, { 'Content-Type': type, ...headers });
      response.end(body);
    };
    switch (url.pathname) {
      case '/rss.xml':
        // Its next page on this server, so paging is followed for real.
        return send(
          200,
          fixture('rss.xml').replace('https://blog.example.com/feed/?paged=2', `${base}/rss-2.xml`),
          'application/rss+xml',
        );
      case '/rss-2.xml':
        return send(
          200,
          '<rss version="2.0"><channel><title>Page 2</title><item><guid>old</guid><title>An older post</title><pubDate>Mon, 02 Jan 2023 10:00:00 GMT</pubDate></item></channel></rss>',
          'application/rss+xml',
        );
      case '/feed.atom':
        return send(
          200,
          '<feed xmlns="http://www.w3.org/2005/Atom"><title>Customs Desk</title><entry><id>urn:older</id><title>Older entry</title><updated>2022-01-01T00:00:00Z</updated></entry></feed>',
          'application/atom+xml',
        );
      case '/seed.rss.xml':
        return send(200, fixture('seed.rss.xml'), 'application/rss+xml; charset=utf-8');
      case '/atom.xml':
        return send(200, fixture('atom.xml'), 'application/atom+xml');
      case '/feeds/feed.json':
        return send(200, fixture('json-feed.json'));
      case '/feeds/feed-2.json':
        return send(200, fixture('json-feed-2.json'));
      case '/feeds/broken-next.json':
        return send(
          200,
          JSON.stringify({
            version: 'https://jsonfeed.org/version/1.1',
            items: [{ id: 'a', title: 'A' }],
            next_url: '/500',
          }),
        );
      case '/simple.json':
        return send(200, fixture('simple.json'));
      case '/ghost/posts/': {
        const page = url.searchParams.get('page') ?? '1';
        if (page === '1') return send(200, fixture('ghost.json'));
        return send(
          200,
          JSON.stringify({
            posts: [{ id: 'g3', uuid: 'u3', title: 'Ghost page two', published_at: '2019-01-01T00:00:00.000Z' }],
            meta: { pagination: { page: 2, pages: 2, next: null } },
          }),
        );
      }
      case '/wp-json/wp/v2/posts':
        return send(
          200,
          url.searchParams.get('page') === '2' ? wordpressPage2 : fixture('wordpress.json'),
          'application/json',
          {
            'X-WP-Total': '5',
            'X-WP-TotalPages': '2',
          },
        );
      case '/redirect':
        response.writeHead(302, { Location: '/rss.xml' });
        return response.end();
      case '/500':
        return send(500, 'Internal Server Error', 'text/plain');
      case '/404':
        return send(404, 'Not Found', 'text/plain');
      case '/login':
        return send(200, fixture('login.html'), 'text/html');
      case '/not-a-feed.json':
        return send(200, fixture('not-a-feed.json'));
      case '/broken.xml':
        return send(200, fixture('broken.xml'), 'application/xml');
      case '/sitemap.xml':
        return send(200, fixture('sitemap.xml'), 'application/xml');
      case '/no-valid-items.json':
        return send(
          200,
          JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', items: [{ id: 'nothing-to-show' }] }),
        );
      case '/empty.json':
        return send(200, JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Empty', items: [] }));
      case '/hang':
        return; // Never answers.
      case '/hang-body':
        response.writeHead(200, { 'Content-Type': 'application/json' });
        return response.write('{"version": "https://jsonfeed.org/version/1.1", "items": [');
      case '/many.json': {
        const items = Array.from({ length: 45 }, (_, i) => ({
          id: `m${i}`,
          title: `Post ${i}`,
          url: `https://many.example.com/${i}`,
          content_text: `Body ${i}`,
          date_published: new Date(Date.UTC(2023, 0, 1 + i)).toISOString(),
        }));
        return send(200, JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Many', items }));
      }
      default:
        return send(404, 'Not Found', 'text/plain');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => {
  server.closeAllConnections();
  server.close();
});

let dir = '';
let out = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'trade-widgets-cli-'));
  out = join(dir, 'feed.json');
  requests.length = 0;
});

/** Runs `trade-widgets feed <source> --out <out> …options`, checks that it succeeded and wrote a valid JSON Feed, and returns both. */
async function feedFrom(source: string, ...options: string[]) {
  const result = await run('feed', source, '--out', out, ...options);
  assert.equal(result.code, 0, result.err.join('\n'));
  const feed = read(out);
  assertJsonFeed(feed);
  return { result, feed };
}

describe('trade-widgets feed: every source format', () => {
  it('turns RSS into a JSON Feed 1.1, newest first, following atom:link rel="next"', async () => {
    const { result, feed } = await feedFrom(`${base}/rss.xml`);
    assert.deepEqual(result.err, []);
    assert.match(result.out[0]!, /^Wrote 4 post\(s\) to /);
    assert.equal(feed.title, 'Trade Logic – Customs & Trade News');
    assert.equal(feed.home_page_url, 'https://blog.example.com');
    assert.equal(feed.next_url, undefined);
    assert.deepEqual(feed.items[0], {
      id: 'https://blog.example.com/?p=1187',
      title: 'Section 301 Duty Exclusions – What Importers’ Should Do',
      url: 'https://blog.example.com/2023/12/01/section-301/',
      summary:
        'Unless Congress acts quickly, the duty exclusions for certain products imported from China expire on Dec. 31st. Importers & brokers should plan now…',
      content_html: feed.items[0]!.content_html,
      image: 'https://blog.example.com/wp-content/uploads/2023/12/containers.jpg',
      date_published: '2023-12-01T14:30:00.000Z',
      authors: [{ name: 'Stephen Fodor' }],
      tags: ['Tariffs & Duties', 'China'],
      _trade: { comments: 4 },
    });
    assert.match(feed.items[0]!.content_html as string, /^<p>Unless Congress acts quickly/);
    assert.deepEqual(requests, ['/rss.xml', '/rss-2.xml']);
    assert.equal(feed.items[3]!.title, 'An older post');
  });

  it('turns Atom into a JSON Feed, resolving relative links against the feed link and following <link rel="next">', async () => {
    const { result, feed } = await feedFrom(`${base}/atom.xml`);
    assert.equal(feed.title, 'Customs Desk');
    const hashed = feed.items[2]!.id as string;
    assert.match(hashed, /^urn:hash:\w+$/);
    assert.deepEqual(
      feed.items.map((item) => [item.id, item.url, item.date_published]),
      [
        [
          'tag:atom.example.org,2023-12-01:/tariffs-2024',
          'https://atom.example.org/2023/12/tariffs-2024',
          '2023-12-01T14:30:00.000Z',
        ],
        [
          'urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a',
          'https://atom.example.org/2023/11/cargo-security',
          '2023-11-20T10:00:00.000Z',
        ],
        // No id and no link: a stable hash of its content names it.
        [hashed, undefined, '2023-11-01T10:00:00.000Z'],
        ['urn:older', undefined, '2022-01-01T00:00:00.000Z'],
      ],
    );
    assert.deepEqual(requests, ['/atom.xml', '/feed.atom?page=2']);
    assert.equal(
      feed.items[0]!.content_html,
      '<p>Several <strong>Section 301</strong> exclusions expire on December 31.</p>',
    );
    assert.equal(result.out[0]!, `Wrote 4 post(s) to ${out}.`);
  });

  it('follows a JSON Feed next_url until --limit, then sorts newest first and keeps _trade counts', async () => {
    const { feed } = await feedFrom(`${base}/feeds/feed.json`);
    assert.deepEqual(requests, ['/feeds/feed.json', '/feeds/feed-2.json']);
    // The untitled one is titled from its text; undated, it comes last.
    const ids = [
      '3',
      'importer-pleads-guilty',
      'linkedin-newsletter',
      'https://broker.example.com/post/maritime-regulator-cyberattack',
      'no-title',
    ];
    assert.deepEqual(field(feed, 'id'), ids);
    assert.deepEqual(feed.items[1]!._trade, { views: 42, comments: 3 });
    assert.deepEqual(feed.items[3]!._trade, { views: 18, comments: 0 });
    assert.equal(feed.items[3]!.image, `${base}/media/imo-cyberattack.jpg`);
    assert.equal(feed.items[0]!._trade, undefined);
  });

  it('reads WordPress page by page (X-WP-TotalPages) keeping the query', async () => {
    const { feed } = await feedFrom(`${base}/wp-json/wp/v2/posts?_embed&per_page=3`, '--limit', '4');
    assert.deepEqual(requests, [
      '/wp-json/wp/v2/posts?_embed&per_page=3',
      '/wp-json/wp/v2/posts?_embed=&per_page=3&page=2',
    ]);
    assert.deepEqual(field(feed, 'title'), [
      'Section 301 Duty Exclusions Set to Expire on 12/31/23 – What Importers’ Should Do',
      'Importer Pleads Guilty to Duty Evasion',
      'Subscribe to My LinkedIn Newsletter',
      'Older one',
    ]);
    assert.equal(feed.items[0]!.image, 'https://blog.example.com/wp-content/uploads/2023/12/containers.jpg');
    // A protected post has no body: its item still carries content, as JSON Feed requires.
    assert.equal(feed.items[2]!.content_text, '');
  });

  it('stops at --limit without fetching further pages', async () => {
    const result = await run('feed', `${base}/wp-json/wp/v2/posts?per_page=3`, '--out', out, '--limit', '2');
    assert.equal(result.code, 0);
    assert.equal(requests.length, 1);
    assert.equal(read(out).items.length, 2);
  });

  it('reads Ghost and follows meta.pagination.next', async () => {
    const { feed } = await feedFrom(`${base}/ghost/posts/?key=k&include=authors,tags`);
    assert.deepEqual(requests, [
      '/ghost/posts/?key=k&include=authors,tags',
      '/ghost/posts/?key=k&include=authors%2Ctags&page=2',
    ]);
    const titles = [
      'Members-only: Duty Drawback in Practice',
      'Maritime Regulator Hit by Cyberattack',
      'Ghost page two',
    ];
    assert.deepEqual(field(feed, 'title'), titles);
    assert.equal(feed.title, 'Posts');
  });

  it('reads the simple format, and follows a redirect', async () => {
    const simple = await run('feed', `${base}/simple.json`, '--out', out);
    assert.equal(simple.code, 0, simple.err.join('\n'));
    assertJsonFeed(read(out));
    assert.equal(read(out).title, 'Broker news');
    const redirected = await run('feed', `${base}/redirect`, '--out', out);
    assert.equal(redirected.code, 0, redirected.err.join('\n'));
    assert.equal(read(out).items.length, 4);
  });

  it('reads a file, RSS included, with --home-page-url as the base for relative links', async () => {
    const file = join(dir, 'blog.xml');
    writeFileSync(
      file,
      '<rss version="2.0"><channel><title>File</title><item><guid>g</guid><title>From a file</title><link>/p/1</link></item></channel></rss>',
    );
    const { feed } = await feedFrom(file, '--home-page-url', 'https://blog.example.com/');
    assert.equal(feed.home_page_url, 'https://blog.example.com/');
    assert.equal(feed.items[0]!.url, 'https://blog.example.com/p/1');
  });

  it('turns the seed page RSS into the demo feed', async () => {
    const { feed } = await feedFrom(
      join(root, 'test/fixtures/feeds/seed.rss.xml'),
      '--feed-url',
      'https://broker.example.com/feed.json',
      '--title',
      'Trade Logic news',
    );
    assert.equal(feed.title, 'Trade Logic news');
    assert.equal(feed.feed_url, 'https://broker.example.com/feed.json');
    assert.equal(feed.items.length, 4);
    assert.equal(
      feed.items[3]!.title,
      'Maritime Regulator Hit by Cyberattack, Data Possibly Stolen in Last Weeks CMA CGM Cyberattack',
    );
  });

  it("writes the broker's profiles (--profile, repeated) into every page as _trade.profiles", async () => {
    const profiles = ['https://x.com/tradelogicintl', 'https://www.linkedin.com/company/tradelogicintl'];
    const written = await run(
      'feed',
      `${base}/rss.xml`,
      '--out',
      out,
      '--page-size',
      '1',
      ...profiles.flatMap((url) => ['--profile', url]),
      '--profile',
      profiles[0]!,
    );
    assert.equal(written.code, 0, written.err.join('\n'));
    const pages = readdirSync(dir).filter((name) => /^feed(-\d+)?\.json$/.test(name));
    assert.ok(pages.length > 1);
    for (const name of pages) {
      const page = read(join(dir, name));
      assertJsonFeed(page);
      assert.deepEqual(page._trade, { profiles }, name);
    }
    // Republishing a JSON Feed keeps its profiles; without any, the feed has no _trade.
    const again = join(dir, 'again.json');
    assert.equal((await run('feed', out, '--out', again)).code, 0);
    assert.deepEqual(read(again)._trade, { profiles });
    assert.equal((await run('feed', `${base}/rss.xml`, '--out', out)).code, 0);
    assert.equal('_trade' in read(out), false);
  });

  it('writes an empty but valid feed for a blog without posts only with --allow-empty', async () => {
    writeFileSync(out, 'old');
    const refused = await run('feed', `${base}/empty.json`, '--out', out);
    assert.equal(refused.code, 1);
    assert.deepEqual(refused.err, [
      'trade-widgets: The source has no posts, so the feed was not replaced: pass --allow-empty to publish an empty feed.',
    ]);
    assert.equal(readFileSync(out, 'utf8'), 'old');
    const result = await run('feed', `${base}/empty.json`, '--out', out, '--allow-empty');
    assert.equal(result.code, 0, result.err.join('\n'));
    assert.deepEqual(read(out).items, []);
    assertJsonFeed(read(out));
  });

  it('honours --format', async () => {
    assert.equal((await run('feed', `${base}/rss.xml`, '--out', out, '--format', 'json-feed')).code, 1);
    assert.equal((await run('feed', `${base}/rss.xml`, '--out', out, '--format', 'rss')).code, 0);
  });
});

describe('trade-widgets feed: --page-size', () => {
  /** Writes the 45 posts of many.json in pages of 20 that link each other under `feedUrl`. */
  const inPagesOf20 = (feedUrl: string) =>
    run('feed', `${base}/many.json`, '--out', out, '--page-size', '20', '--feed-url', feedUrl);

  it('writes feed.json, feed-2.json, … linked by absolute next_url under --feed-url', async () => {
    const result = await inPagesOf20('https://cdn.example.com/news/feed.json');
    assert.equal(result.code, 0, result.err.join('\n'));
    assert.match(result.out[0]!, /Wrote 45 post\(s\) .* in 3 files \(feed\.json, feed-2\.json, feed-3\.json\)/);
    const pages = ['feed.json', 'feed-2.json', 'feed-3.json'].map((name) => read(join(dir, name)));
    pages.forEach(assertJsonFeed);
    assert.deepEqual(
      pages.map((page) => page.items.length),
      [20, 20, 5],
    );
    assert.deepEqual(
      pages.map((page) => page.feed_url),
      [
        'https://cdn.example.com/news/feed.json',
        'https://cdn.example.com/news/feed-2.json',
        'https://cdn.example.com/news/feed-3.json',
      ],
    );
    assert.deepEqual(
      pages.map((page) => page.next_url),
      ['https://cdn.example.com/news/feed-2.json', 'https://cdn.example.com/news/feed-3.json', undefined],
    );
    assert.equal(pages[0]!.items[0]!.id, 'm44');
    assert.equal(pages[2]!.items[4]!.id, 'm0');
  });

  it('links pages relatively without --feed-url, and removes pages left from a longer run', async () => {
    assert.equal((await run('feed', `${base}/many.json`, '--out', out, '--page-size', '10')).code, 0);
    assert.deepEqual(readdirSync(dir).sort(), [
      'feed-2.json',
      'feed-3.json',
      'feed-4.json',
      'feed-5.json',
      'feed.json',
    ]);
    assert.equal(read(out).next_url, 'feed-2.json');
    assert.equal((await run('feed', `${base}/many.json`, '--out', out, '--page-size', '20', '--limit', '30')).code, 0);
    assert.deepEqual(readdirSync(dir).sort(), ['feed-2.json', 'feed.json']);
    assert.equal(read(join(dir, 'feed-2.json')).next_url, undefined);
  });

  it('writes the pages a reader of the elements can follow back', async () => {
    const { parseFeed } = await import('../../src/feed/index.js');
    await inPagesOf20('https://cdn.example.com/feed.json');
    const first = parseFeed(readFileSync(out, 'utf8'), { baseUrl: 'https://cdn.example.com/feed.json' });
    assert.equal(first.nextUrl, 'https://cdn.example.com/feed-2.json');
    assert.equal(first.posts.length, 20);
  });
});

describe('trade-widgets feed: failures leave the old file untouched', () => {
  const OLD = '{"version":"https://jsonfeed.org/version/1.1","title":"Old","items":[]}\n';

  async function fails(args: string[], message: RegExp): Promise<void> {
    writeFileSync(out, OLD);
    const result = await run('feed', ...args, '--out', out);
    assert.equal(result.code, 1);
    assert.equal(result.err.length, 1);
    assert.equal(result.err[0]!.includes('\n'), false);
    assert.match(result.err[0]!, /^trade-widgets: /);
    assert.match(result.err[0]!, message);
    assert.deepEqual(result.out, []);
    assert.equal(readFileSync(out, 'utf8'), OLD);
    assert.deepEqual(readdirSync(dir), ['feed.json']);
  }

  it('network: nothing listening', async () => {
    await fails(['http://127.0.0.1:9/feed.json'], /Could not reach http:\/\/127\.0\.0\.1:9\/feed\.json/);
  });

  it('HTTP 500 and 404', async () => {
    await fails([`${base}/500`], /HTTP 500/);
    await fails([`${base}/404`], /HTTP 404/);
  });

  it('timeout: a server that never answers, or stops in the middle of the body', async () => {
    await fails([`${base}/hang`, '--timeout', '300'], /No answer from .* in 0\.3 s/);
    await fails([`${base}/hang-body`, '--timeout', '300'], /stopped sending within 0\.3 s/);
  });

  it('parse: an HTML login page, and XML that is not well-formed', async () => {
    await fails([`${base}/login`], /web page/);
    await fails([`${base}/broken.xml`], /not well-formed XML \(line 2/);
  });

  it('format: JSON or XML that is no feed, and a feed without a single valid item', async () => {
    await fails([`${base}/not-a-feed.json`], /Not a feed/);
    await fails([`${base}/sitemap.xml`], /<urlset> is not an RSS or Atom feed/);
    await fails([`${base}/no-valid-items.json`], /None of the 1 items/);
  });

  it('a missing file', async () => {
    await fails([join(dir, 'missing.xml')], /no such file/);
  });

  it('a next page failing after the first succeeded', async () => {
    await fails([`${base}/feeds/broken-next.json`], /HTTP 500 .* from http:\/\/127\.0\.0\.1:\d+\/500/);
  });

  it('does not follow the next_url of a file', async () => {
    const file = join(dir, 'source.json');
    writeFileSync(
      file,
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        items: [{ id: 'a', title: 'A' }],
        next_url: `${base}/500`,
      }),
    );
    const result = await run('feed', file, '--out', out);
    assert.equal(result.code, 0, result.err.join('\n'));
    assert.deepEqual(requests, []);
  });

  it('an --out that is a directory is refused before anything is read', async () => {
    const target = join(dir, 'taken');
    mkdirSync(join(target, 'feed.json'), { recursive: true });
    const result = await run('feed', `${base}/rss.xml`, '--out', join(target, 'feed.json'));
    assert.equal(result.code, 2);
    assert.match(result.err[0]!, /^trade-widgets: --out must be a regular file or a new name, and .* is a directory\./);
    assert.deepEqual(requests, []);
    assert.deepEqual(readdirSync(target), ['feed.json']);
  });

  // Root may write in any directory, so there is nothing to refuse when the tests run as root.
  const root = process.getuid?.() === 0;
  it(
    'a write that cannot happen (a read-only directory) leaves everything as it was',
    { skip: root && 'root writes anywhere' },
    async () => {
      const target = join(dir, 'locked');
      mkdirSync(target);
      chmodSync(target, 0o500);
      try {
        const result = await run('feed', `${base}/rss.xml`, '--out', join(target, 'feed.json'));
        assert.equal(result.code, 1);
        assert.match(
          result.err[0]!,
          /^trade-widgets: Could not write the feed: cannot write in .*locked \(EACCES\)\. Nothing was written\.$/,
        );
        assert.deepEqual(readdirSync(target), []);
      } finally {
        chmodSync(target, 0o700);
      }
    },
  );
});

describe('trade-widgets: usage', () => {
  it('--help and --version', async () => {
    const help = await run('--help');
    assert.equal(help.code, 0);
    assert.match(help.out[0]!, /^Usage: trade-widgets feed <url-or-file> --out feed\.json/);
    assert.match(help.out[0]!, /--page-size/);
    assert.deepEqual(await run('--version'), { code: 0, out: [version], err: [] });
  });

  it('mistakes in the command exit with 2 and one line', async () => {
    const cases: [string[], RegExp][] = [
      [[], /Name a command/],
      [['publish'], /Unknown command "publish"/],
      [['feed'], /Name the source/],
      [['feed', 'a.xml'], /--out is required/],
      [['feed', 'a.xml', 'b.xml', '--out', 'x.json'], /One source only/],
      [['feed', 'a.xml', '--out', 'x.json', '--format', 'yaml'], /--format must be one of/],
      [['feed', 'a.xml', '--out', 'x.json', '--limit', '0'], /--limit must be a whole number/],
      [['feed', 'a.xml', '--out', 'x.json', '--page-size', 'ten'], /--page-size must be a whole number/],
      [
        ['feed', 'a.xml', '--out', 'x.json', '--feed-url', 'javascript:alert(1)'],
        /--feed-url must be an http\(s\) URL/,
      ],
      [['feed', 'a.xml', '--out', 'x.json', '--nope'], /Unknown option '--nope'/],
      [['feed', 'a.xml', '--out', 'x.json', '--title', ' '], /--title must not be empty/],
      [['feed', 'a.xml', '--out', 'x.json', '--profile', 'ftp://x.com/a'], /--profile must be an http\(s\) URL/],
    ];
    for (const [args, message] of cases) {
      const result = await run(...args);
      assert.equal(result.code, 2, args.join(' '));
      assert.equal(result.err.length, 1);
      assert.match(result.err[0]!, message);
      assert.match(result.err[0]!, /See trade-widgets --help\.$/);
    }
  });
});

describe('bin/trade-widgets.js', () => {
  let home = '';
  before(() => {
    home = mkdtempSync(join(tmpdir(), 'trade-widgets-bin-'));
    cpSync(join(root, 'bin'), join(home, 'bin'), { recursive: true });
    // As in the package: its files are ES modules.
    writeFileSync(join(home, 'package.json'), '{ "type": "module" }\n');
  });
  after(() => rmSync(home, { recursive: true, force: true }));

  it('says to build first when dist is missing', () => {
    const result = spawnSync(process.execPath, [join(home, 'bin/trade-widgets.js'), '--help'], { encoding: 'utf8' });
    assert.equal(result.status, 1);
    assert.equal(result.stdout, '');
    assert.equal(result.stderr.trim().split('\n').length, 1);
    assert.match(result.stderr, /run `npm run build`/);
  });

  it('runs the built command and passes its exit code on', () => {
    mkdirSync(join(home, 'dist/cli'), { recursive: true });
    writeFileSync(join(home, 'dist/cli/main.js'), `export * from ${JSON.stringify(join(root, 'src/cli/main.ts'))};\n`);
    const node = (args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', join(home, 'bin/trade-widgets.js'), ...args], {
        cwd: root,
        encoding: 'utf8',
      });
    const ok = node(['feed', join(root, 'test/fixtures/feeds/seed.rss.xml'), '--out', out]);
    assert.equal(ok.status, 0, ok.stderr);
    assertJsonFeed(read(out));
    const usage = node(['feed']);
    assert.equal(usage.status, 2);
    const failure = node(['feed', join(dir, 'missing.json'), '--out', out]);
    assert.equal(failure.status, 1);
    assert.match(failure.stderr, /no such file/);
  });
});
