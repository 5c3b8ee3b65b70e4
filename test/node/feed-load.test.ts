// loadFeed in Node (the package's `node` entry), against a real server on 127.0.0.1: no
// sessionStorage here, so every request goes out; requests in flight are still shared; RSS is read
// by the Node XML reader, in the encoding the server names.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { clearFeedCache, isFeedError, loadFeed, parseFeed } from '../../src/feed/node.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/feeds/${name}`, import.meta.url), 'utf8');

let server: Server;
let base = '';
const hits = new Map<string, number>();

before(async () => {
  server = createServer((request, response) => {
    const path = new URL(request.url!, 'http://127.0.0.1').pathname;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const send = (status: number, body: string, type: string) => {
      // A little latency, so that callers overlap.
      setTimeout(() => {
        response.writeHead(status, { 'Content-Type': type, ETag: '"v1"' });
        response.end(body);
      }, 30);
    };
    if (path === '/feed.json') return send(200, fixture('json-feed.json'), 'application/feed+json');
    if (path === '/wp') return send(200, fixture('wordpress.json'), 'application/json');
    if (path === '/rss.xml') return send(200, fixture('rss.xml'), 'application/rss+xml');
    if (path === '/latin1.xml') {
      setTimeout(() => {
        response.writeHead(200, { 'Content-Type': 'application/rss+xml; charset=ISO-8859-1' });
        response.end(
          Buffer.from(
            '<rss version="2.0"><channel><item><guid>1</guid><title>Caf\u00e9 cr\u00e8me</title></item></channel></rss>',
            'latin1',
          ),
        );
      }, 30);
      return;
    }
    if (path === '/hang') return;
    return send(503, 'Service Unavailable', 'text/plain');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => {
  clearFeedCache();
  server.closeAllConnections();
  server.close();
});

async function kindOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    assert.ok(isFeedError(error), String(error));
    return error.kind;
  }
  return 'none';
}

describe('loadFeed in Node', () => {
  it('loads and parses a JSON Feed, resolving relative links against its URL', async () => {
    const feed = await loadFeed(`${base}/feed.json`);
    // The untitled item takes its title from its text.
    assert.equal(feed.posts.length, 4);
    assert.equal(feed.posts[1]!.url, `${base}/post/importer-pleads-guilty`);
    assert.equal(feed.nextUrl, `${base}/feed-2.json`);
    assert.equal(feed.fromCache, false);
    assert.equal(feed.stale, false);
    assert.deepEqual(feed.posts, parseFeed(fixture('json-feed.json'), { baseUrl: `${base}/feed.json` }).posts);
  });

  it('shares a request in flight, and without sessionStorage asks again later', async () => {
    hits.delete('/wp');
    const feeds = await Promise.all([loadFeed(`${base}/wp`), loadFeed(`${base}/wp`), loadFeed(`${base}/wp`)]);
    assert.equal(hits.get('/wp'), 1);
    assert.ok(feeds.every((feed) => feed.posts.length === 3));
    await loadFeed(`${base}/wp`);
    assert.equal(hits.get('/wp'), 2);
  });

  it('reads RSS with the Node XML reader, decoding by the HTTP charset', async () => {
    const feed = await loadFeed(`${base}/rss.xml`);
    assert.equal(feed.title, 'Trade Logic – Customs & Trade News');
    assert.equal(feed.posts.length, 3);
    assert.equal((await loadFeed(`${base}/latin1.xml`)).posts[0]!.title, 'Café crème');
  });

  it('fails with kinds http, timeout and network', async () => {
    assert.equal(await kindOf(loadFeed(`${base}/down`)), 'http');
    assert.equal(await kindOf(loadFeed(`${base}/hang`, { timeout: 100 })), 'timeout');
    assert.equal(await kindOf(loadFeed('http://127.0.0.1:1/feed.json')), 'network');
    assert.equal(await kindOf(loadFeed('/relative/without/a/page.json')), 'network');
  });
});
