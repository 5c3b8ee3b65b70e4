import { expect, fixture, html } from '@open-wc/testing';
// A page that has not loaded the WordPress and Ghost readers (see cms-on-demand.test.ts).
import type { TradeNewsFeed } from '../../src/components/trade-news-feed/trade-news-feed.js';
import { titles } from '../components/trade-news-feed/helpers.js';
import { readersRequested } from './cms-readers.js';
import { feedUrl, fixtureText, json, nextEvent, shadow, stubFetch, titledFeed } from '../helpers/index.js';

describe('<trade-news-feed> given raw Ghost items before their reader is loaded', () => {
  it('shows the placeholder, not the posts of its src, then the given posts once the reader is there', async () => {
    stubFetch(() => json(titledFeed(['From src'])));
    const el = await fixture<TradeNewsFeed>(html`<trade-news-feed src=${feedUrl()}></trade-news-feed>`);
    await nextEvent(el, 'trade-feed-load');
    expect(titles(el)).to.deep.equal(['From src']);

    const { posts } = JSON.parse(await fixtureText('ghost.json')) as { posts: unknown[] };
    const loaded = nextEvent(el, 'trade-feed-load');
    el.posts = posts;
    await el.updateComplete;
    expect(shadow(el).querySelector('[part~="skeleton"]')).to.not.equal(null);
    expect(titles(el)).to.deep.equal([]);
    expect(el.posts).to.deep.equal([]);
    expect((await loaded).detail).to.include({ skipped: 0, source: 'property' });
    expect(titles(el)).to.deep.equal([
      'Maritime Regulator Hit by Cyberattack',
      'Members-only: Duty Drawback in Practice',
    ]);
    expect(el.posts).to.have.length(2);
    expect(readersRequested()).to.equal(true);
  });
});
