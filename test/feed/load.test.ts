import { expect, waitUntil } from '@open-wc/testing';
import { clearFeedCache, loadFeed, type FeedError, type LoadedFeed } from '../../src/feed/public.js';
import {
  deferred,
  drain,
  feedUrl,
  fixtureText,
  hang,
  json,
  storedKeys,
  stubFetch,
  titledFeed,
} from '../helpers/index.js';

/** The rejection of `promise`, failing the test when it resolves. */
async function rejection(promise: Promise<unknown>): Promise<FeedError> {
  try {
    await promise;
  } catch (error) {
    return error as FeedError;
  }
  throw new Error('expected the promise to reject');
}

const titles = (feed: LoadedFeed) => feed.posts.map((post) => post.title);

/** A server that answers with a feed of `count` posts once the test opens the gate; returns the requests and the gate. */
function gatedServer(count: number): { calls: Request[]; gate: { resolve: () => void } } {
  const gate = deferred<void>();
  const calls = stubFetch(async () => {
    await gate.promise;
    return json(titledFeed(count));
  });
  return { calls, gate };
}

describe('loadFeed: fetching', () => {
  it('fetches and parses a feed, resolving relative links against the feed URL', async () => {
    const url = feedUrl();
    const calls = stubFetch(() => json(titledFeed(2)));
    const feed = await loadFeed(url);
    expect(titles(feed)).to.deep.equal(['Post 1', 'Post 2']);
    expect(feed.posts[0]!.url).to.equal('https://news.example.com/posts/1');
    expect(feed).to.include({ fromCache: false, stale: false, skipped: 0, title: 'Test feed' });
    expect(calls).to.have.length(1);
    expect(calls[0]!.url).to.equal(url);
    expect(calls[0]!.headers.has('If-None-Match')).to.equal(false);
  });

  it('resolves a relative feed URL against the page', async () => {
    // A fetch of its own sees the URL exactly as the data layer passes it.
    const asked: string[] = [];
    const path = `/feeds/relative-${Date.now()}.json`;
    const fetch = async (input: RequestInfo | URL) => {
      asked.push(input instanceof Request ? input.url : String(input));
      return json(titledFeed(1));
    };
    await loadFeed(path, { fetch });
    expect(asked).to.deep.equal([new URL(path, location.href).href]);
    expect(asked[0]!.startsWith(location.origin)).to.equal(true);
  });

  it('uses the fetch passed in options instead of the global one', async () => {
    const global = stubFetch(() => json(titledFeed(1)));
    let own = 0;
    const feed = await loadFeed(feedUrl(), {
      fetch: async () => {
        own += 1;
        return json(titledFeed(['Own']));
      },
    });
    expect(titles(feed)).to.deep.equal(['Own']);
    expect(own).to.equal(1);
    expect(global).to.have.length(0);
  });

  it('reads RSS through the same path', async () => {
    const rss = await fixtureText('rss.xml');
    stubFetch(() => new Response(rss, { headers: { 'Content-Type': 'application/rss+xml' } }));
    const feed = await loadFeed(feedUrl('rss', 'xml'));
    expect(feed.posts).to.have.length(3);
    expect(feed.nextUrl).to.equal('https://blog.example.com/feed/?paged=2');
  });

  it('honours a forced format', async () => {
    stubFetch(() => json({ items: [{ id: 'a', title: 'Forced' }] }));
    expect(titles(await loadFeed(feedUrl(), { format: 'json-feed' }))).to.deep.equal(['Forced']);
    stubFetch(() => json({ items: [{ id: 'a', title: 'Forced' }] }));
    expect((await rejection(loadFeed(feedUrl()))).kind).to.equal('format');
  });
});

describe('loadFeed: paging', () => {
  it('builds the WordPress next page from X-WP-TotalPages, keeping the other parameters', async () => {
    const wordpress = await fixtureText('wordpress.json');
    stubFetch(() => json(wordpress, { headers: { 'X-WP-Total': '9', 'X-WP-TotalPages': '3' } }));
    const base = `https://blog.example.com/wp-json/wp/v2/posts?_embed&per_page=3&t=${Date.now()}`;
    const first = await loadFeed(base);
    const next = new URL(first.nextUrl!);
    expect(next.searchParams.get('page')).to.equal('2');
    expect(next.searchParams.get('per_page')).to.equal('3');
    expect(next.searchParams.has('_embed')).to.equal(true);
    const second = await loadFeed(first.nextUrl!);
    expect(new URL(second.nextUrl!).searchParams.get('page')).to.equal('3');
    const last = await loadFeed(second.nextUrl!);
    expect(last.nextUrl).to.equal(undefined);
  });

  it('has no WordPress next page without the header', async () => {
    stubFetch(async () => json(await fixtureText('wordpress.json')));
    expect((await loadFeed(feedUrl())).nextUrl).to.equal(undefined);
  });

  it('follows Ghost pagination and JSON Feed next_url', async () => {
    const ghost = await fixtureText('ghost.json');
    stubFetch(() => json(ghost));
    const url = `https://ghost.example.com/ghost/api/content/posts/?key=k&limit=2&n=${Date.now()}`;
    const next = new URL((await loadFeed(url)).nextUrl!);
    expect(next.searchParams.get('page')).to.equal('2');
    expect(next.searchParams.get('key')).to.equal('k');
    stubFetch(() => json(titledFeed(1, { next_url: '?page=2' })));
    const jsonUrl = feedUrl();
    expect((await loadFeed(jsonUrl)).nextUrl).to.equal(`${jsonUrl}?page=2`);
  });
});

describe('loadFeed: errors', () => {
  it('fails with kind timeout when the server does not answer in time', async () => {
    const calls = stubFetch(hang);
    const started = Date.now();
    const error = await rejection(loadFeed(feedUrl(), { timeout: 60 }));
    expect(error.kind).to.equal('timeout');
    expect(error.message).to.match(/No answer from https:\/\/news\.example\.com\/.* in 0\.06 s/);
    expect(Date.now() - started).to.be.below(2000);
    // Nobody waits any more, so the request itself is cancelled.
    expect(calls[0]!.signal!.aborted).to.equal(true);
  });

  it('times out also when the headers came but the body hangs', async () => {
    stubFetch(
      (call) =>
        new Response(
          new ReadableStream({
            start(controller) {
              controller.enqueue(new TextEncoder().encode('{"version":'));
              call.signal?.addEventListener('abort', () => controller.error(call.signal!.reason));
            },
          }),
        ),
    );
    expect((await rejection(loadFeed(feedUrl(), { timeout: 60 }))).kind).to.equal('timeout');
  });

  it('fails with kind http and the status for a non-2xx answer', async () => {
    stubFetch(() => new Response('Internal error', { status: 500 }));
    const error = await rejection(loadFeed(feedUrl()));
    expect(error.kind).to.equal('http');
    expect(error.status).to.equal(500);
    expect(error.message).to.contain('HTTP 500');
    stubFetch(() => new Response('Not found', { status: 404 }));
    const missing = await rejection(loadFeed(feedUrl()));
    expect(missing).to.include({ kind: 'http', status: 404 });
    expect(missing.message).to.contain('check the address');
  });

  it('fails with kind network when fetch rejects', async () => {
    stubFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    const error = await rejection(loadFeed(feedUrl()));
    expect(error.kind).to.equal('network');
    expect(error.message).to.contain('Could not reach https://news.example.com/');
    expect((error as Error & { cause?: unknown }).cause).to.be.instanceOf(TypeError);
  });

  it('fails with kind network when fetch throws synchronously', async () => {
    window.fetch = (() => {
      throw new TypeError('blocked');
    }) as typeof fetch;
    expect((await rejection(loadFeed(feedUrl()))).kind).to.equal('network');
  });

  it('fails with kind network for an address that is not http(s)', async () => {
    const calls = stubFetch(() => json(titledFeed(1)));
    for (const url of ['javascript:alert(1)', 'data:application/json,[]', 'ftp://example.com/feed.json', 'http://']) {
      expect((await rejection(loadFeed(url))).kind).to.equal('network');
    }
    expect(calls).to.have.length(0);
  });

  it('fails with kind parse for an HTML page where a feed was expected', async () => {
    const login = await fixtureText('login.html');
    stubFetch(() => new Response(login, { headers: { 'Content-Type': 'text/html' } }));
    const error = await rejection(loadFeed(feedUrl()));
    expect(error.kind).to.equal('parse');
    expect(error.message).to.contain('web page');
  });

  it('fails with kind format for JSON that is no feed', async () => {
    stubFetch(() => json({ code: 'rest_no_route', message: 'No route' }));
    expect((await rejection(loadFeed(feedUrl()))).kind).to.equal('format');
  });

  it('does not cache a failure', async () => {
    const url = feedUrl();
    stubFetch(() => new Response('busy', { status: 503 }));
    await rejection(loadFeed(url));
    const calls = stubFetch(() => json(titledFeed(1)));
    expect(titles(await loadFeed(url))).to.deep.equal(['Post 1']);
    expect(calls).to.have.length(1);
  });
});

describe('loadFeed: shared requests and aborting', () => {
  it('makes one request for several callers of the same URL, each with its own posts array', async () => {
    const url = feedUrl();
    const { calls, gate } = gatedServer(3);
    const loads = [loadFeed(url), loadFeed(url), loadFeed(url)];
    gate.resolve();
    const feeds = await Promise.all(loads);
    expect(calls).to.have.length(1);
    expect(feeds.map(titles)).to.deep.equal([titles(feeds[0]!), titles(feeds[0]!), titles(feeds[0]!)]);
    feeds[0]!.posts.reverse();
    expect(feeds[1]!.posts[0]!.title).to.equal('Post 1');
  });

  it('makes separate requests for different URLs', async () => {
    const calls = stubFetch(() => json(titledFeed(1)));
    await Promise.all([loadFeed(feedUrl()), loadFeed(feedUrl())]);
    expect(calls).to.have.length(2);
  });

  it("rejects only the caller that aborts, with its signal's reason; the others get the feed", async () => {
    const url = feedUrl();
    const { calls, gate } = gatedServer(2);
    const controller = new AbortController();
    const aborted = loadFeed(url, { signal: controller.signal });
    const other = loadFeed(url);
    controller.abort();
    const error = (await rejection(aborted)) as unknown as DOMException;
    expect(error.name).to.equal('AbortError');
    expect(calls[0]!.signal!.aborted).to.equal(false);
    gate.resolve();
    expect(titles(await other)).to.deep.equal(['Post 1', 'Post 2']);
    expect(calls).to.have.length(1);
  });

  it('rejects with a custom abort reason', async () => {
    stubFetch(hang);
    const controller = new AbortController();
    const load = loadFeed(feedUrl(), { signal: controller.signal });
    const reason = new Error('element disconnected');
    controller.abort(reason);
    expect(await rejection(load)).to.equal(reason);
  });

  it('cancels the request when every caller has aborted, and a later call starts a new one', async () => {
    const url = feedUrl();
    const calls = stubFetch((request, index) => (index === 0 ? hang(request) : json(titledFeed(1))));
    const first = new AbortController();
    const second = new AbortController();
    const loads = [loadFeed(url, { signal: first.signal }), loadFeed(url, { signal: second.signal })];
    first.abort();
    expect(calls[0]!.signal!.aborted).to.equal(false);
    second.abort();
    await Promise.all(loads.map(rejection));
    expect(calls[0]!.signal!.aborted).to.equal(true);
    expect(titles(await loadFeed(url))).to.deep.equal(['Post 1']);
    expect(calls).to.have.length(2);
  });

  it('rejects at once, without a request, when the signal is already aborted', async () => {
    const calls = stubFetch(() => json(titledFeed(1)));
    const error = (await rejection(loadFeed(feedUrl(), { signal: AbortSignal.abort() }))) as unknown as DOMException;
    expect(error.name).to.equal('AbortError');
    expect(calls).to.have.length(0);
  });

  it('gives each caller its own timeout on a shared request', async () => {
    const url = feedUrl();
    const { gate } = gatedServer(1);
    const quick = loadFeed(url, { timeout: 30 });
    const patient = loadFeed(url, { timeout: 4000 });
    expect((await rejection(quick)).kind).to.equal('timeout');
    gate.resolve();
    expect(titles(await patient)).to.deep.equal(['Post 1']);
  });
});

describe('loadFeed: the sessionStorage cache', () => {
  it('serves a fresh copy without a request, from sessionStorage', async () => {
    const url = feedUrl();
    const calls = stubFetch(() => json(titledFeed(2)));
    await loadFeed(url);
    expect(storedKeys(url)).to.have.length(1);
    const again = await loadFeed(url);
    expect(again).to.include({ fromCache: true, stale: false });
    expect(titles(again)).to.deep.equal(['Post 1', 'Post 2']);
    expect(calls).to.have.length(1);
  });

  it('after cacheTtl serves the copy at once and revalidates it with the validators', async () => {
    const url = feedUrl();
    const calls = stubFetch((_, index) =>
      index === 0
        ? json(titledFeed(1), { headers: { ETag: '"v1"', 'Last-Modified': 'Fri, 01 Dec 2023 10:00:00 GMT' } })
        : new Response(null, { status: 304 }),
    );
    await loadFeed(url);
    let revalidated = 0;
    const stale = await loadFeed(url, { cacheTtl: 0, onRevalidate: () => revalidated++ });
    expect(stale).to.include({ fromCache: true, stale: false });
    expect(titles(stale)).to.deep.equal(['Post 1']);
    await waitUntil(() => calls.length === 2);
    expect(calls[1]!.headers.get('If-None-Match')).to.equal('"v1"');
    expect(calls[1]!.headers.get('If-Modified-Since')).to.equal('Fri, 01 Dec 2023 10:00:00 GMT');
    await drain();
    expect(revalidated).to.equal(0);
    // The 304 renewed the copy: within cacheTtl it is used without a request again.
    expect(await loadFeed(url)).to.include({ fromCache: true });
    expect(calls).to.have.length(2);
  });

  it('stores a changed feed from the revalidation and tells onRevalidate', async () => {
    const url = feedUrl();
    const calls = stubFetch((_, index) => json(titledFeed(index === 0 ? ['Old'] : ['New', 'Old'])));
    await loadFeed(url);
    const fresh = deferred<LoadedFeed>();
    const served = await loadFeed(url, { cacheTtl: 0, onRevalidate: fresh.resolve });
    expect(titles(served)).to.deep.equal(['Old']);
    const update = await fresh.promise;
    expect(titles(update)).to.deep.equal(['New', 'Old']);
    expect(update).to.include({ fromCache: false, stale: false });
    expect(calls[1]!.headers.has('If-None-Match')).to.equal(false);
    expect(titles(await loadFeed(url))).to.deep.equal(['New', 'Old']);
  });

  it('does not call onRevalidate when the server sent the same feed again', async () => {
    const url = feedUrl();
    const calls = stubFetch(() => json(titledFeed(1)));
    await loadFeed(url);
    let revalidated = 0;
    await loadFeed(url, { cacheTtl: 0, onRevalidate: () => revalidated++ });
    await waitUntil(() => calls.length === 2);
    await drain();
    expect(revalidated).to.equal(0);
  });

  it('does not call onRevalidate for a caller that aborted meanwhile', async () => {
    const url = feedUrl();
    const calls = stubFetch((_, index) => json(titledFeed(index === 0 ? ['Old'] : ['New'])));
    await loadFeed(url);
    const controller = new AbortController();
    let revalidated = 0;
    await loadFeed(url, { cacheTtl: 0, signal: controller.signal, onRevalidate: () => revalidated++ });
    controller.abort();
    await waitUntil(() => calls.length === 2);
    await drain();
    expect(revalidated).to.equal(0);
    expect(titles(await loadFeed(url))).to.deep.equal(['New']);
  });

  it('shares one background revalidation between callers', async () => {
    const url = feedUrl();
    const calls = stubFetch(() => json(titledFeed(1), { headers: { ETag: '"same"' } }));
    await loadFeed(url);
    await Promise.all([loadFeed(url, { cacheTtl: 0 }), loadFeed(url, { cacheTtl: 0 }), loadFeed(url, { cacheTtl: 0 })]);
    await drain();
    expect(calls).to.have.length(2);
  });

  it('with force asks the server even when the copy is fresh, conditionally', async () => {
    const url = feedUrl();
    const calls = stubFetch((_, index) =>
      index === 0
        ? json(titledFeed(['Old']), { headers: { ETag: '"a"' } })
        : json(titledFeed(['Newer']), { headers: { ETag: '"b"' } }),
    );
    await loadFeed(url);
    const forced = await loadFeed(url, { force: true });
    expect(calls).to.have.length(2);
    expect(calls[1]!.headers.get('If-None-Match')).to.equal('"a"');
    expect(forced).to.include({ fromCache: false, stale: false });
    expect(titles(forced)).to.deep.equal(['Newer']);
  });

  it('with force and a 304 returns the cached posts', async () => {
    const url = feedUrl();
    stubFetch((_, index) =>
      index === 0 ? json(titledFeed(['Kept']), { headers: { ETag: '"a"' } }) : new Response(null, { status: 304 }),
    );
    await loadFeed(url);
    const forced = await loadFeed(url, { force: true });
    expect(titles(forced)).to.deep.equal(['Kept']);
    expect(forced.stale).to.equal(false);
  });

  it('returns the saved copy with stale: true when the network fails', async () => {
    const url = feedUrl();
    stubFetch(() => json(titledFeed(['Saved'])));
    await loadFeed(url);
    stubFetch(() => Promise.reject(new TypeError('offline')));
    const offline = await loadFeed(url, { force: true });
    expect(offline).to.include({ fromCache: true, stale: true });
    expect(titles(offline)).to.deep.equal(['Saved']);
  });

  it('returns the saved copy with stale: true on a timeout or a server error', async () => {
    const url = feedUrl();
    stubFetch(() => json(titledFeed(['Saved'])));
    await loadFeed(url);
    stubFetch(hang);
    expect(await loadFeed(url, { force: true, timeout: 40 })).to.include({ stale: true });
    stubFetch(() => new Response('down', { status: 503 }));
    expect(await loadFeed(url, { force: true })).to.include({ stale: true });
  });

  it('tells onRevalidate the expired copy is stale when its background revalidation fails', async () => {
    const url = feedUrl();
    stubFetch(() => json(titledFeed(['Saved'])));
    await loadFeed(url);
    stubFetch(() => new Response('down', { status: 503 }));
    const told = new Promise<LoadedFeed>((resolve) => {
      void loadFeed(url, { cacheTtl: 0, onRevalidate: resolve }).then((shown) =>
        expect(shown).to.include({ fromCache: true, stale: false }),
      );
    });
    const stale = await told;
    expect(stale).to.include({ fromCache: true, stale: true });
    expect(titles(stale)).to.deep.equal(['Saved']);
  });

  it('still rejects an aborted caller even with a saved copy', async () => {
    const url = feedUrl();
    stubFetch(() => json(titledFeed(1)));
    await loadFeed(url);
    stubFetch(hang);
    const controller = new AbortController();
    const load = loadFeed(url, { force: true, signal: controller.signal });
    controller.abort();
    expect(((await rejection(load)) as unknown as DOMException).name).to.equal('AbortError');
  });

  it('asks again without validators when the conditional request fails (a CORS preflight refused)', async () => {
    const url = feedUrl();
    const calls = stubFetch((call, index) => {
      if (index === 0) return json(titledFeed(['Old']), { headers: { ETag: '"x"' } });
      if (call.headers.has('If-None-Match')) return Promise.reject(new TypeError('CORS preflight failed'));
      return json(titledFeed(['New']), { headers: { ETag: '"y"' } });
    });
    await loadFeed(url);
    const forced = await loadFeed(url, { force: true });
    expect(titles(forced)).to.deep.equal(['New']);
    expect(calls).to.have.length(3);
    expect(calls[2]!.headers.has('If-None-Match')).to.equal(false);
    // From then on this feed is asked plainly.
    await loadFeed(url, { force: true });
    expect(calls).to.have.length(4);
    expect(calls[3]!.headers.has('If-None-Match')).to.equal(false);
  });

  it('checks a stored copy like any feed: tampered entries lose unsafe URLs', async () => {
    const url = feedUrl();
    stubFetch(() => json(titledFeed(1)));
    await loadFeed(url);
    const [key] = storedKeys(url);
    const stored = sessionStorage.getItem(key!)!;
    sessionStorage.setItem(key!, stored.replace('/posts/1', 'javascript:alert(1)'));
    const feed = await loadFeed(url);
    expect(feed.fromCache).to.equal(true);
    expect(feed.posts[0]!.url).to.equal(undefined);
  });

  it('ignores and replaces a corrupt entry', async () => {
    const url = feedUrl();
    const calls = stubFetch(() => json(titledFeed(1)));
    await loadFeed(url);
    const [key] = storedKeys(url);
    for (const corrupt of [
      '{not json',
      'null',
      '{"time":"yesterday"}',
      '{"time":1,"body":42}',
      '{"time":1,"body":"<html>"}',
    ]) {
      sessionStorage.setItem(key!, corrupt);
      expect(titles(await loadFeed(url))).to.deep.equal(['Post 1']);
    }
    expect(calls).to.have.length(6);
    expect(JSON.parse(sessionStorage.getItem(key!)!))
      .to.have.property('time')
      .that.is.a('number');
  });

  it('works when the storage quota is exhausted, and drops the older copy', async () => {
    const url = feedUrl();
    stubFetch(() => json(titledFeed(['Old'])));
    await loadFeed(url);
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function () {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    };
    try {
      stubFetch(() => json(titledFeed(['New'])));
      expect(titles(await loadFeed(url, { force: true }))).to.deep.equal(['New']);
      expect(storedKeys(url)).to.have.length(0);
    } finally {
      Storage.prototype.setItem = setItem;
    }
    const calls = stubFetch(() => json(titledFeed(['Again'])));
    expect(titles(await loadFeed(url))).to.deep.equal(['Again']);
    expect(calls).to.have.length(1);
  });

  it('works when storage is disabled (reading sessionStorage throws)', async () => {
    const descriptor = Object.getOwnPropertyDescriptor(window, 'sessionStorage')!;
    Object.defineProperty(window, 'sessionStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    try {
      const url = feedUrl();
      const calls = stubFetch(() => json(titledFeed(1)));
      expect(titles(await loadFeed(url))).to.deep.equal(['Post 1']);
      expect(titles(await loadFeed(url))).to.deep.equal(['Post 1']);
      expect(calls).to.have.length(2);
      clearFeedCache();
    } finally {
      Object.defineProperty(window, 'sessionStorage', descriptor);
    }
  });

  it('clearFeedCache removes only what this library stored', async () => {
    const url = feedUrl();
    stubFetch(() => json(titledFeed(1)));
    await loadFeed(url);
    sessionStorage.setItem('host-page-key', 'keep me');
    clearFeedCache();
    expect(storedKeys(url)).to.have.length(0);
    expect(sessionStorage.getItem('host-page-key')).to.equal('keep me');
    sessionStorage.removeItem('host-page-key');
  });

  it('keeps caches apart per format', async () => {
    const url = feedUrl();
    const calls = stubFetch(() => json({ items: [{ id: 'a', title: 'A' }] }));
    await loadFeed(url, { format: 'json-feed' });
    await rejection(loadFeed(url));
    expect(calls).to.have.length(2);
  });
});

describe('loadFeed: scale', () => {
  it('parses a 10,000-item feed without stalling the page', async () => {
    const items = Array.from({ length: 10_000 }, (_, i) => ({
      id: `post-${i}`,
      url: `https://news.example.com/posts/${i}`,
      title: `Post number ${i} about tariffs &amp; duties`,
      summary: 'A short summary of the post that a reader sees in the list.',
      content_html: `<p>Body of post ${i} with <a href="https://example.com/${i}">a link</a>.</p>`,
      image: `https://news.example.com/img/${i}.jpg`,
      date_published: '2023-12-01T10:00:00Z',
      tags: ['Tariffs', 'Customs'],
      authors: [{ name: 'Stephen Fodor', avatar: 'https://news.example.com/a.jpg' }],
      _trade: { views: i, comments: i % 7 },
    }));
    const body = JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', items });
    stubFetch(() => json(body));
    // The machine's speed right now, from a linear job on the same text: on a busy machine the bound grows.
    const calibrate = performance.now();
    JSON.parse(body);
    const bound = Math.max(3000, 40 * (performance.now() - calibrate));
    const started = performance.now();
    const feed = await loadFeed(feedUrl());
    const elapsed = performance.now() - started;
    expect(feed.posts).to.have.length(10_000);
    expect(feed.posts[9999]!.views).to.equal(9999);
    // Generous for a shared test machine; a quadratic step would take many seconds.
    expect(elapsed).to.be.below(bound);
  });
});
