import { expect } from '@open-wc/testing';
import { loadFeed, type FeedError } from '../../src/feed/index.js';
import { EARLY_REQUEST, startRequest, type EarlyRequest } from '../../src/feed/request.js';
import { deferred, feedUrl, hang, json, storedKeys, stubFetch, titledFeed, urls } from '../helpers/index.js';

// The data layer's side of the loader's early requests: an element's first load reads the request
// the loader started for it (LoadOptions.host) as it would its own fetch. The loader's side, on
// real pages, is in test/script-tag/early-request.test.ts.

/** An element as the loader leaves it: holding the early request for `url`. */
function hostOf(early: EarlyRequest | undefined): { [EARLY_REQUEST]?: EarlyRequest } {
  return { [EARLY_REQUEST]: early };
}

const titles = (feed: { posts: { title: string }[] }) => feed.posts.map((post) => post.title);

describe('loadFeed: the early request of its host', () => {
  it('reads it instead of fetching, once for every element of the URL, and caches it', async () => {
    const url = feedUrl();
    const calls = stubFetch(() => json(titledFeed(2)));
    const early = startRequest(url, 'auto', 300);
    const [a, b] = [hostOf(early), hostOf(early)];
    const feeds = await Promise.all([loadFeed(url, { host: a }), loadFeed(url, { host: b })]);
    expect(feeds.map(titles)).to.deep.equal([
      ['Post 1', 'Post 2'],
      ['Post 1', 'Post 2'],
    ]);
    expect(urls(calls)).to.deep.equal([url]);
    expect(storedKeys(url)).to.have.length(1);
    // Taken once: a later load of the same element (a refresh) asks by itself.
    expect(EARLY_REQUEST in a).to.equal(false);
    await loadFeed(url, { host: a, force: true });
    expect(calls).to.have.length(2);
  });

  it('never shows the response of another URL (src changed before the code arrived)', async () => {
    const [old, current] = [feedUrl(), feedUrl()];
    const calls = stubFetch((request) => json(titledFeed(request.url === old ? ['Old'] : ['Current'])));
    const feed = await loadFeed(current, { host: hostOf(startRequest(old, 'auto', 300)) });
    expect(titles(feed)).to.deep.equal(['Current']);
    expect(urls(calls)).to.deep.equal([old, current]);
  });

  it('sends nothing early while the cached copy is fresh, and revalidates a stale one with its validators', async () => {
    const url = feedUrl();
    const calls = stubFetch((request) =>
      request.headers.get('If-None-Match') === '"v1"'
        ? new Response(null, { status: 304 })
        : json(titledFeed(1), { headers: { etag: '"v1"' } }),
    );
    await loadFeed(url);
    expect(startRequest(url, 'auto', 300)).to.equal(undefined);
    const early = startRequest(url, 'auto', 0);
    expect(early?.headers).to.deep.equal({ 'If-None-Match': '"v1"' });
    const feed = await loadFeed(url, { cacheTtl: 0, host: hostOf(early) });
    expect(feed.fromCache).to.equal(true);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(calls.map((call) => call.headers.get('If-None-Match'))).to.deep.equal([null, '"v1"']);
  });

  it('fails with kind network, as its own fetch would, and stays quiet when nobody reads it', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (event: PromiseRejectionEvent) => unhandled.push(event.reason);
    window.addEventListener('unhandledrejection', onUnhandled);
    try {
      stubFetch(() => Promise.reject(new TypeError('Failed to fetch')));
      const url = feedUrl();
      const error = (await loadFeed(url, { host: hostOf(startRequest(url, 'auto', 300)) }).catch(
        (e: unknown) => e,
      )) as FeedError;
      expect(error.kind).to.equal('network');
      startRequest(feedUrl(), 'auto', 300);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(unhandled).to.deep.equal([]);
    } finally {
      window.removeEventListener('unhandledrejection', onUnhandled);
    }
  });

  it('fails with kind timeout when it has not answered within the timeout', async () => {
    stubFetch(hang);
    const url = feedUrl();
    const error = (await loadFeed(url, { timeout: 300, host: hostOf(startRequest(url, 'auto', 300)) }).catch(
      (e: unknown) => e,
    )) as FeedError;
    expect(error.kind).to.equal('timeout');
    expect(error.message).to.include('in 0.3 s');
  });

  it('aborts it when the last load reading it is aborted', async () => {
    const gate = deferred<Response>();
    const calls = stubFetch(() => gate.promise);
    const url = feedUrl();
    const controller = new AbortController();
    const load = loadFeed(url, { signal: controller.signal, host: hostOf(startRequest(url, 'auto', 300)) });
    controller.abort();
    expect(((await load.catch((e: unknown) => e)) as Error).name).to.equal('AbortError');
    expect(calls[0]!.signal.aborted).to.equal(true);
  });
});
