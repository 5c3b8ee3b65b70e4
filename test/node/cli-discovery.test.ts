// `trade-widgets feed` given a blog's address instead of its feed: a WordPress 6.1 site (home page,
// REST API with _embed, RSS with Yoast SEO, Atom) served the way WordPress serves it, and the JSON
// Feed the command writes from it: names decoded, summaries without markers or footers.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, beforeEach, describe, it } from 'node:test';
import { main } from '../../src/cli/main.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const SITE = 'https://broker.example.com';

async function run(...args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out, err };
}

let server: Server;
let base: string;
let dir: string;
let out: string;
/** Paths the server was asked for, in order. */
let requests: string[] = [];
/** Whether the REST API answers 401, as a site that closes it to visitors does. */
let restClosed = false;

/** A fixture with the site's address replaced by the test server's (JSON escapes its slashes). */
const fixture = (name: string) =>
  readFileSync(join(root, 'test/fixtures/feeds/real', name), 'utf8')
    .replaceAll(SITE, base)
    .replaceAll(SITE.replaceAll('/', '\\/'), base.replaceAll('/', '\\/'));

const page = (head: string) =>
  `<!DOCTYPE html>\n<html lang="en-US"><head>${head}</head><body><p>Hello</p></body></html>`;

before(async () => {
  server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', base);
    requests.push(url.pathname + url.search);
    const send = (type: string, body: string, headers: Record<string, string> = {}) => {
      response.writeHead(200, { 'Content-Type': type, ...headers });
      response.end(body);
    };
    switch (url.pathname) {
      case '/':
        return send('text/html; charset=UTF-8', fixture('wordpress-home.html'));
      case '/wp-json/wp/v2/posts':
        if (restClosed) {
          response.writeHead(401, { 'Content-Type': 'application/json; charset=UTF-8' });
          return response.end(
            '{"code":"rest_not_logged_in","message":"You are not currently logged in.","data":{"status":401}}',
          );
        }
        // WordPress's own answer: CORS, paging headers.
        return send('application/json; charset=UTF-8', fixture('wordpress-6.1-rest.json'), {
          'Access-Control-Allow-Origin': '*',
          'X-WP-Total': '3',
          'X-WP-TotalPages': '1',
        });
      case '/feed/':
        return send('application/rss+xml; charset=UTF-8', fixture('wordpress-yoast.rss.xml'));
      case '/feed/atom/':
        return send('application/atom+xml; charset=UTF-8', fixture('wordpress.atom.xml'));
      case '/blog/':
        return send(
          'text/html',
          page(
            '<base href="/news/"><link rel="alternate" type="application/atom+xml" title="Atom" href="../feed/atom/">' +
              '<link rel="alternate" type="application/rss+xml" title="RSS" href="/feed/">',
          ),
        );
      case '/plain/':
        return send('text/html', page('<title>No feeds here</title><link rel="stylesheet" href="/site.css">'));
      default:
        response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = mkdtempSync(join(tmpdir(), 'trade-widgets-discovery-'));
  out = join(dir, 'feed.json');
  requests = [];
  restClosed = false;
});

interface Item {
  title: string;
  summary?: string;
  content_html?: string;
  image?: string;
  authors?: { name: string }[];
  tags?: string[];
}
const written = () => JSON.parse(readFileSync(out, 'utf8')) as { title: string; home_page_url?: string; items: Item[] };

/** What a published item must never carry from these platforms. */
function clean(items: Item[]): void {
  for (const item of items) {
    assert.doesNotMatch(item.summary ?? '', /\[…\]|&|Continue reading|appeared first on|[\u0080-\u009f]/, item.summary);
    assert.doesNotMatch(item.content_html ?? '', /appeared first on|addtoany/);
    for (const author of item.authors ?? []) assert.doesNotMatch(author.name, /&amp;|&#/);
    assert.ok(!(item.tags ?? []).includes('Uncategorized'), String(item.tags));
  }
}

describe('trade-widgets feed <a web page>', () => {
  it('reads the WordPress REST API a WordPress home page announces, and says so on stderr', async () => {
    const result = await run('feed', `${base}/`, '--out', out);
    assert.equal(result.code, 0, result.err.join('\n'));
    assert.deepEqual(result.err, [
      `trade-widgets: ${base}/ is a web page; reading the WordPress REST API it announces: ${base}/wp-json/wp/v2/posts?_embed`,
    ]);
    assert.deepEqual(requests, ['/', '/wp-json/wp/v2/posts?_embed']);
    const feed = written();
    // The REST API names no site: the page does (og:site_name), and is the home page.
    assert.equal(feed.title, 'Harbor & Gate Customs Brokers');
    assert.equal(feed.home_page_url, `${base}/`);
    clean(feed.items);
    const [exclusions, isf, deMinimis] = feed.items;
    assert.deepEqual(exclusions!.authors?.[0]?.name, 'Harbor & Gate Editorial');
    assert.equal(isf!.authors?.[0]?.name, 'Dana O’Neil');
    // Featured images, which WordPress's RSS lacks.
    assert.equal(exclusions!.image, `${base}/wp-content/uploads/2024/03/container-port.jpg`);
    assert.match(isf!.summary!, /Send your supplier’s commercial invoice .* the booking is confirmed\.$/);
    assert.equal(deMinimis!.summary, 'Congress is weighing changes to the $800 de minimis threshold.');
    assert.deepEqual(deMinimis!.tags, ['Tariffs & Duties']);
  });

  it('reads the RSS feed when the REST API is closed to visitors, and says why', async () => {
    restClosed = true;
    const result = await run('feed', `${base}/`, '--out', out);
    assert.equal(result.code, 0, result.err.join('\n'));
    assert.equal(result.err.length, 2);
    assert.match(
      result.err[1]!,
      /HTTP 401 .*; reading the RSS feed the page also announces: http:\/\/127\.0\.0\.1:\d+\/feed\/$/,
    );
    const feed = written();
    assert.equal(feed.items.length, 3);
    clean(feed.items);
    assert.equal(feed.items[1]!.title, 'Why Importers Don’t Need a New Bond This Year');
  });

  it('takes the format --format names, and resolves relative addresses against <base href>', async () => {
    const rss = await run('feed', `${base}/`, '--out', out, '--format', 'rss');
    assert.equal(rss.code, 0, rss.err.join('\n'));
    assert.match(rss.err[0]!, /reading the RSS feed it announces: http:\/\/127\.0\.0\.1:\d+\/feed\/$/);
    clean(written().items);
    const atom = await run('feed', `${base}/blog/`, '--out', out);
    assert.equal(atom.code, 0, atom.err.join('\n'));
    assert.match(atom.err[0]!, /reading the Atom feed it announces: http:\/\/127\.0\.0\.1:\d+\/feed\/atom\/$/);
    const feed = written();
    clean(feed.items);
    assert.deepEqual(
      feed.items.map((item) => item.authors?.map((a) => a.name)),
      [['Harbor & Gate Editorial'], ['Dana O’Neil'], ['Harbor & Gate Editorial']],
    );
  });

  it('fails in one line, writing nothing, when the page announces no feed', async () => {
    writeFileSync(out, '{"keep":"me"}');
    const result = await run('feed', `${base}/plain/`, '--out', out);
    assert.equal(result.code, 1);
    assert.equal(result.err.length, 1);
    assert.match(
      result.err[0]!,
      /^trade-widgets: http:\/\/127\.0\.0\.1:\d+\/plain\/ is a web page that announces no feed \(no <link rel="alternate"> of type RSS, Atom or JSON Feed, nor a WordPress REST API\): give the feed's own address\. Nothing was written\.$/,
    );
    assert.equal(readFileSync(out, 'utf8'), '{"keep":"me"}');
    const atom = await run('feed', `${base}/`, '--out', out, '--format', 'atom');
    assert.equal(atom.code, 1);
    assert.match(atom.err[0]!, /is a web page that announces no atom feed/);
  });

  it('reads a saved home page file, whose links are absolute', async () => {
    const file = join(dir, 'home.html');
    writeFileSync(file, fixture('wordpress-home.html'));
    const result = await run('feed', file, '--out', out);
    assert.equal(result.code, 0, result.err.join('\n'));
    assert.match(result.err[0]!, /home\.html is a web page; reading the WordPress REST API it announces/);
    assert.equal(written().items.length, 3);
  });

  it("publishes a Blogger Atom feed and a Medium RSS feed with the post's own words only", async () => {
    for (const name of ['blogger-read-more.atom.xml', 'medium.rss.xml']) {
      const result = await run('feed', join(root, 'test/fixtures/feeds/real', name), '--out', out);
      assert.equal(result.code, 0, result.err.join('\n'));
      const { items } = written();
      for (const item of items) {
        assert.doesNotMatch(item.summary ?? '', /Read more|originally published/);
        assert.doesNotMatch(item.content_html ?? '', /originally published/);
      }
    }
  });
});
