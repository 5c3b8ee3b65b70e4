import { expect, html, waitUntil } from '@open-wc/testing';
import type { TradeNewsFeed, TradeFeedLoadDetail } from '../../../src/components/trade-news-feed/trade-news-feed.js';
import { cards, feedFixture, loadMore, titles } from './helpers.js';
import {
  deferred,
  feedUrl,
  focused,
  item,
  items,
  json,
  jsonFeed,
  nextEvent,
  part,
  shadow,
  stubFetch,
  urls,
} from '../../helpers/index.js';

const ids = (el: TradeNewsFeed): string[] => titles(el).map((t) => t.replace('Post number ', ''));
const focusedItem = (el: TradeNewsFeed): Element | null | undefined =>
  shadow(el).activeElement?.closest('[part~="item"]');

describe('<trade-news-feed> load more', () => {
  it('reveals posts already fetched, without a request, until none are left', async () => {
    const src = feedUrl();
    const calls = stubFetch(() => json(jsonFeed(items(5))));
    const el = await feedFixture(html`<trade-news-feed src=${src} limit="2" load-more></trade-news-feed>`);
    expect(ids(el)).to.deep.equal(['1', '2']);
    const button = loadMore(el)!;
    expect(button.textContent!.trim()).to.equal('Load more');
    await expect(el).to.be.accessible();

    button.click();
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['1', '2', '3', '4']);
    loadMore(el)!.click();
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['1', '2', '3', '4', '5']);
    expect(loadMore(el)).to.equal(null);
    expect(calls).to.have.length(1);
  });

  it('pages through next_url (JSON Feed), de-duplicates, moves focus, announces, and hides the button at the end', async () => {
    const src = feedUrl('page1');
    const page2 = feedUrl('page2');
    const page3 = feedUrl('page3');
    const pages: Record<string, unknown> = {
      [src]: jsonFeed(items(4), { next_url: page2 }),
      [page2]: jsonFeed([item(4), item(5), item(6)], { next_url: page3 }),
      [page3]: jsonFeed([item(7)]),
    };
    const calls = stubFetch(({ url }) => json(pages[url]));
    const el = await feedFixture(html`<trade-news-feed src=${src} load-more></trade-news-feed>`);
    expect(ids(el)).to.deep.equal(['1', '2', '3']);

    const loaded = nextEvent<TradeFeedLoadDetail>(document, 'trade-feed-load');
    loadMore(el)!.focus();
    loadMore(el)!.click();
    const event = await loaded;
    // "After posts render": the new page is on screen when the event arrives.
    expect(ids(el)).to.deep.equal(['1', '2', '3', '4', '5', '6']);
    expect(urls(calls)).to.deep.equal([src, page2]);
    expect(event.detail.posts.map((p) => p.id)).to.deep.equal([
      'post-1',
      'post-2',
      'post-3',
      'post-4',
      'post-5',
      'post-6',
    ]);
    expect(event.detail.source).to.equal(src);
    await waitUntil(() => focusedItem(el) === shadow(el).querySelectorAll('[part~="item"]')[3], 'focus did not move');
    const focusedLink = focused(cards(el)[3]!)!;
    expect(focusedLink.getAttribute('part')).to.include('title-link');
    expect(focusedLink.getAttribute('href')).to.equal('https://blog.example.com/post-4');
    expect(part(el, 'status')!.textContent!.trim()).to.equal('3 more posts shown');
    expect(part(el, 'status')!.getAttribute('role')).to.equal('status');
    await expect(el).to.be.accessible();

    loadMore(el)!.click();
    await waitUntil(() => ids(el).length === 7, 'the third page never showed');
    expect(urls(calls)).to.deep.equal([src, page2, page3]);
    expect(loadMore(el)).to.equal(null);
    await waitUntil(() => focusedItem(el) === shadow(el).querySelectorAll('[part~="item"]')[6], 'focus did not move');
    expect(part(el, 'status')!.textContent!.trim()).to.equal('1 more post shown');
  });

  it('marks the button busy while a page loads and ignores extra clicks', async () => {
    const src = feedUrl();
    const next = feedUrl('next');
    const page = deferred<Response>();
    const calls = stubFetch(({ url }) => (url === src ? json(jsonFeed(items(3), { next_url: next })) : page.promise));
    const el = await feedFixture(html`<trade-news-feed src=${src} load-more></trade-news-feed>`);
    loadMore(el)!.click();
    await el.updateComplete;
    expect(loadMore(el)!.getAttribute('aria-disabled')).to.equal('true');
    expect(loadMore(el)!.textContent!.trim()).to.equal('Loading more posts…');
    expect(part(el, 'base')!.getAttribute('aria-busy')).to.equal('true');
    loadMore(el)!.click();
    expect(calls).to.have.length(2);

    page.resolve(json(jsonFeed(items(2, 4))));
    await waitUntil(() => ids(el).length === 5);
    expect(loadMore(el)).to.equal(null);
  });

  it('keeps the posts and offers the button again when a page fails, then recovers', async () => {
    const src = feedUrl();
    const next = feedUrl('next');
    let fail = true;
    stubFetch(({ url }) => {
      if (url === src) return json(jsonFeed(items(3), { next_url: next }));
      return fail ? new Response('nope', { status: 500 }) : json(jsonFeed(items(3, 4)));
    });
    const el = await feedFixture(html`<trade-news-feed src=${src} load-more></trade-news-feed>`);
    const failed = nextEvent<{ error: { kind: string } }>(document, 'trade-feed-error');
    loadMore(el)!.click();
    expect((await failed).detail.error.kind).to.equal('http');
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['1', '2', '3']);
    expect(part(el, 'footer')!.textContent).to.include('answered with an error (500)');
    expect(loadMore(el)).to.exist;
    expect(part(el, 'error')).to.equal(null);
    await expect(el).to.be.accessible();

    fail = false;
    loadMore(el)!.click();
    await waitUntil(() => ids(el).length === 6, 'the page never arrived');
    expect(part(el, 'footer')).to.equal(null);
  });

  it('starts from `limit` posts again when the tag or limit changes', async () => {
    const src = feedUrl();
    stubFetch(() => json(jsonFeed(items(6))));
    const el = await feedFixture(html`<trade-news-feed src=${src} limit="2" load-more></trade-news-feed>`);
    loadMore(el)!.click();
    await el.updateComplete;
    expect(ids(el)).to.have.length(4);
    el.limit = 3;
    await el.updateComplete;
    expect(ids(el)).to.have.length(3);
  });

  it('pages through posts set with the posts property too', async () => {
    const el = await feedFixture(html`<trade-news-feed limit="2" load-more></trade-news-feed>`);
    el.posts = items(3).map((raw) => ({ ...raw, id: String(raw['id']) }));
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['1', '2']);
    loadMore(el)!.click();
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['1', '2', '3']);
    expect(loadMore(el)).to.equal(null);
  });
});
