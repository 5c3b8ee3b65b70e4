import { expect, fixture, html } from '@open-wc/testing';
// The data layer as the elements import it: a small table of named character references built in,
// the full HTML table loaded the first time a feed needs it. This file's page has not loaded it.
import { loadFeed } from '../../src/feed/index.js';
import type { TradePost } from '../../src/components/trade-post/trade-post.js';
import '../../src/trade-post.js';
import { feedUrl, json, jsonFeed, nextEvent, shadow, stubFetch } from '../helpers/index.js';

/** Whether the page has requested the module of the full table. */
const tableRequested = () =>
  performance.getEntriesByType('resource').some((entry) => /\/src\/feed\/entities\./.test(entry.name));

const titled = (...titles: string[]) => jsonFeed(titles.map((title, i) => ({ id: String(i), title })));

describe('named character references', () => {
  it('reads the ones blog systems write without the full table', async () => {
    stubFetch(() =>
      json(titled('Duty drawback [&hellip;]', 'Read on &rarr;', 'Caf&eacute; &copy 2024 &ndash; &rsquo;')),
    );
    const feed = await loadFeed(feedUrl());
    expect(feed.posts.map((post) => post.title)).to.deep.equal(['Duty drawback […]', 'Read on →', 'Café © 2024 – ’']);
    expect(tableRequested()).to.equal(false);
  });

  it('loads the full table for the others, in a feed and in the post property', async () => {
    const el = document.createElement('trade-post') as TradePost;
    el.post = { id: 'p', title: 'Cards &hearts;' };
    const announced: string[] = [];
    el.addEventListener('trade-post-load', (event) => announced.push(event.detail.post.title));
    const loaded = nextEvent(el, 'trade-post-load');
    await fixture(html`${el}`);
    await loaded;
    // Announced once, when the reference can be read, not first as written.
    expect(announced).to.deep.equal(['Cards ♥']);
    stubFetch(() => json(titled('&sbquo;Zoll&ldquo; &minus;5&thinsp;%')));
    // A thin space is white space, which titles collapse to one space.
    expect((await loadFeed(feedUrl())).posts[0]!.title).to.equal('‚Zoll“ −5 %');
    expect(tableRequested()).to.equal(true);
    await el.updateComplete;
    expect(el.post).to.deep.equal({ id: 'p', title: 'Cards &hearts;' });
    expect(shadow(el).querySelector('[part~="title"]')!.textContent!.trim()).to.equal('Cards ♥');
    expect(announced).to.deep.equal(['Cards ♥']);
  });
});
