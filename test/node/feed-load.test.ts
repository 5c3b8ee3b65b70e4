// loadFeed in Node, against a real server on 127.0.0.1: no sessionStorage and no DOMParser here,
// so every request goes out, requests in flight are still shared, and RSS says how to convert it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { clearFeedCache, isFeedError, loadFeed, parseFeed } from '../../src/feed/index.js';

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
    assert.equal(feed.posts.length, 3);
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

  it('fails with a format error for RSS, which needs DOMParser here', async () => {
    assert.equal(await kindOf(loadFeed(`${base}/rss.xml`)), 'format');
  });

  it('fails with kinds http, timeout and network', async () => {
    assert.equal(await kindOf(loadFeed(`${base}/down`)), 'http');
    assert.equal(await kindOf(loadFeed(`${base}/hang`, { timeout: 100 })), 'timeout');
    assert.equal(await kindOf(loadFeed('http://127.0.0.1:1/feed.json')), 'network');
    assert.equal(await kindOf(loadFeed('/relative/without/a/page.json')), 'network');
  });
});
