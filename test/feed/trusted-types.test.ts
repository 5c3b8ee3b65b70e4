import { expect } from '@open-wc/testing';
import { loadFeed, parseFeed, type FeedError } from '../../src/feed/public.js';
import { enforceCsp, feedUrl, fixtureText, json, stubFetch, titledFeed } from '../helpers/index.js';

/**
 * The partner page's CSP from API.md, enforced for this file's page: string-to-DOM parsing, XML
 * included, needs a Trusted Types policy; the data layer uses the library's `trade-widgets` one.
 */
enforceCsp();

describe('the data layer under enforced Trusted Types', () => {
  it('is on a page that refuses string parsing', () => {
    expect(() => new DOMParser().parseFromString('<a/>', 'application/xml')).to.throw(TypeError);
  });

  it('reads every JSON format as usual', async () => {
    for (const name of ['json-feed.json', 'wordpress.json', 'ghost.json', 'simple.json']) {
      expect(parseFeed(await fixtureText(name)).posts.length, name).to.be.above(0);
    }
    stubFetch(() => json(titledFeed(2)));
    expect((await loadFeed(feedUrl())).posts).to.have.length(2);
  });

  it('reads RSS and Atom through the trade-widgets policy, which blesses nothing else', async () => {
    const rss = await fixtureText('rss.xml');
    expect(parseFeed(rss).posts).to.have.length(3);
    expect(parseFeed(await fixtureText('atom.xml')).posts.length).to.be.above(0);
    stubFetch(() => new Response(rss, { headers: { 'Content-Type': 'application/rss+xml' } }));
    expect((await loadFeed(feedUrl('rss', 'xml'))).posts).to.have.length(3);
    // Other string parsing on the page is still refused.
    expect(() => new DOMParser().parseFromString('<a/>', 'application/xml')).to.throw(TypeError);
  });

  it('broken XML is still a parse error, never a TypeError', () => {
    let error: FeedError | undefined;
    try {
      parseFeed('<rss><channel></rss>');
    } catch (thrown) {
      error = thrown as FeedError;
    }
    expect(error?.name).to.equal('FeedError');
    expect(error?.kind).to.equal('parse');
  });
});
