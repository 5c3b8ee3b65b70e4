import { expect } from '@open-wc/testing';
// A page that has not loaded the WordPress and Ghost readers (see cms-on-demand.test.ts).
import { loadFeed } from '../../src/feed/index.js';
import { readersRequested } from './cms-readers.js';
import { feedUrl, fixtureText, json, stubFetch, titledFeed } from '../helpers/index.js';

describe('the WordPress and Ghost readers, for a body that turns out to need them', () => {
  it('load for a Ghost copy in sessionStorage, which is then served without a request', async () => {
    const url = feedUrl('ghost-cached');
    const entry = { time: Date.now(), body: await fixtureText('ghost.json'), url };
    sessionStorage.setItem(`trade-widgets:feed:auto ${url}`, JSON.stringify(entry));
    const calls = stubFetch(() => json(titledFeed(1)));
    const feed = await loadFeed(url);
    expect(feed).to.include({ fromCache: true, stale: false });
    expect(feed.posts.map((post) => post.title)).to.deep.equal([
      'Maritime Regulator Hit by Cyberattack',
      'Members-only: Duty Drawback in Practice',
    ]);
    expect(calls).to.have.length(0);
    expect(readersRequested()).to.equal(true);
  });

  it('read a Ghost response from an address that does not say so', async () => {
    stubFetch(async () => json(await fixtureText('ghost.json')));
    expect((await loadFeed(feedUrl('ghost'))).posts).to.have.length(2);
  });
});
