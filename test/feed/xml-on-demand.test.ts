import { expect } from '@open-wc/testing';
// The data layer as the elements import it: without the RSS and Atom reader and the RFC 822 date
// reader, which loadFeed loads the first time a feed needs them. This file's page imports nothing else of the data layer, so the
// tests run in order from a page that has not loaded the reader yet.
import { loadFeed, parseFeed, type FeedError } from '../../src/feed/index.js';
import { enforceCsp, feedUrl, fixtureText, json, stubFetch, titledFeed } from '../helpers/index.js';

// The partner page's strict CSP: the reader, once loaded, still parses through the trade-widgets policy.
enforceCsp();

/** Whether the page has requested the module of the RSS and Atom reader. */
const readerRequested = () =>
  performance
    .getEntriesByType('resource')
    .some((entry) => /\/src\/feed\/(xml-formats|xml|formats\/rss)\./.test(entry.name));

/** Whether the page has requested the module of the RFC 822 date reader. */
const datesRequested = () =>
  performance.getEntriesByType('resource').some((entry) => /\/src\/feed\/rfc-dates\./.test(entry.name));

describe('the RSS and Atom reader, loaded on demand', () => {
  it('is not downloaded for a JSON feed, nor are RFC 822 dates', async () => {
    stubFetch(() => json(titledFeed(2, { items: [{ id: 'a', title: 'A', date_published: '2023-10-05T14:30:00Z' }] })));
    expect((await loadFeed(feedUrl())).posts[0]!.datePublished).to.equal('2023-10-05T14:30:00Z');
    expect(readerRequested()).to.equal(false);
    expect(datesRequested()).to.equal(false);
  });

  it('is needed by the synchronous parseFeed of this module, which says where RSS is read', async () => {
    let error: FeedError | undefined;
    try {
      parseFeed(await fixtureText('rss.xml'));
    } catch (thrown) {
      error = thrown as FeedError;
    }
    expect(error?.kind).to.equal('format');
    expect(error?.message).to.contain('trade-widgets/feed');
    // An HTML page is still told apart without the reader.
    expect(() => parseFeed('<!doctype html><title>Log in</title>')).to.throw(/web page/);
    expect(readerRequested()).to.equal(false);
  });

  it('loads the RFC 822 date reader alone for a JSON feed that writes such dates', async () => {
    stubFetch(() => json([{ id: 'a', title: 'A', date: 'Tue, 10 Jun 2003 04:00:00 GMT' }]));
    const url = feedUrl();
    expect((await loadFeed(url)).posts[0]!.datePublished).to.equal('2003-06-10T04:00:00.000Z');
    // Served again from the cache, the date is read at once.
    expect((await loadFeed(url)).posts[0]!.datePublished).to.equal('2003-06-10T04:00:00.000Z');
    expect(datesRequested()).to.equal(true);
    expect(readerRequested()).to.equal(false);
  });

  it('loads for an RSS copy in sessionStorage, which is then served without a request', async () => {
    const url = feedUrl('cached', 'xml');
    const entry = { time: Date.now(), body: await fixtureText('rss.xml'), url };
    sessionStorage.setItem(`trade-widgets:feed:auto ${url}`, JSON.stringify(entry));
    const calls = stubFetch(() => json(titledFeed(1)));
    const feed = await loadFeed(url);
    expect(feed).to.include({ fromCache: true, stale: false });
    expect(feed.posts).to.have.length(3);
    expect(calls).to.have.length(0);
    expect(readerRequested()).to.equal(true);
  });

  it('reads fetched RSS and Atom through the trade-widgets policy, which blesses nothing else', async () => {
    const rss = await fixtureText('rss.xml');
    stubFetch(() => new Response(rss, { headers: { 'Content-Type': 'application/rss+xml' } }));
    expect((await loadFeed(feedUrl('rss', 'xml'))).posts).to.have.length(3);
    const atom = await fixtureText('atom.xml');
    stubFetch(() => new Response(atom, { headers: { 'Content-Type': 'application/atom+xml' } }));
    expect((await loadFeed(feedUrl('atom', 'xml'))).posts.length).to.be.above(0);
    // Once loaded, the reader serves the synchronous parseFeed too.
    expect(parseFeed(rss).posts).to.have.length(3);
    expect(() => new DOMParser().parseFromString('<a/>', 'application/xml')).to.throw(TypeError);
  });
});
