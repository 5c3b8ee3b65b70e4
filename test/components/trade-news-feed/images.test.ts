import { expect, html } from '@open-wc/testing';
import type { TradeNewsFeed } from '../../../src/components/trade-news-feed/trade-news-feed.js';
import { cards, feedFixture, settled } from './helpers.js';
import { feedUrl, item, json, jsonFeed, shadow, stubFetch } from '../../helpers/index.js';

/**
 * The cards' images as the page's Largest Contentful Paint needs them: the cards the feed shows in
 * the first screen load theirs at once, every card further down waits until the reader comes near.
 * The feed measures where its cards stand once, when its posts first replace the placeholder.
 */

const picture = new URL('/test/components/trade-post/fixtures/port.svg', location.origin).href;

/** `count` items with a picture the test server has: a failed image is removed, and not looked at here. */
const items = (count: number) => Array.from({ length: count }, (_, i) => item(i + 1, { image: picture }));

const image = (card: HTMLElement) => shadow(card).querySelector('[part~="image"]')!;
const lazy = (card: HTMLElement) => image(card).getAttribute('loading') === 'lazy';

describe('<trade-news-feed> images', function () {
  this.timeout(15_000);
  const placed: Element[] = [];
  afterEach(() => {
    placed.splice(0).forEach((element) => element.remove());
  });

  it('loads the images of the cards in the first screen at once, and of the cards below lazily', async () => {
    const src = feedUrl();
    stubFetch(() => json(jsonFeed(items(8))));
    const el = await feedFixture(html`<trade-news-feed src=${src} limit="8"></trade-news-feed>`);
    const shown = cards(el);
    expect(shown).to.have.length(8);
    expect(lazy(shown[0]!)).to.equal(false);
    for (const card of shown) {
      const { top } = card.getBoundingClientRect();
      // The placeholder stands in for the cards, roughly: only those clearly in or out are checked.
      if (top > 1.5 * innerHeight) expect(lazy(card), `a card at ${Math.round(top)} px`).to.equal(true);
      if (!lazy(card)) expect(image(card).hasAttribute('fetchpriority')).to.equal(false);
    }
    expect(shown.some(lazy)).to.equal(true);
  });

  it('keeps every image lazy when the feed starts below the first screen', async () => {
    const spacer = document.createElement('div');
    spacer.style.blockSize = `${2 * innerHeight}px`;
    const el = document.createElement('trade-news-feed') as TradeNewsFeed;
    el.src = feedUrl();
    el.limit = 4;
    stubFetch(() => json(jsonFeed(items(4))));
    document.body.append(spacer, el);
    placed.push(spacer, el);
    await settled(el);
    expect(cards(el).map(lazy)).to.deep.equal([true, true, true, true]);
  });

  it('keeps the images of the cards "Load more" adds lazy', async () => {
    const src = feedUrl();
    stubFetch(() => json(jsonFeed(items(6))));
    const el = await feedFixture(html`<trade-news-feed src=${src} load-more></trade-news-feed>`);
    expect(lazy(cards(el)[0]!)).to.equal(false);
    shadow(el).querySelector<HTMLButtonElement>('[part~="load-more-button"]')!.click();
    await settled(el);
    await el.updateComplete;
    expect(cards(el)).to.have.length(6);
    expect(cards(el).slice(3).map(lazy)).to.deep.equal([true, true, true]);
  });
});
