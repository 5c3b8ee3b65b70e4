import { expect, fixture, html } from '@open-wc/testing';
import type { TradeNewsFeed, TradeFeedLoadDetail } from '../../../src/components/trade-news-feed/trade-news-feed.js';
import type { Post } from '../../../src/feed/post.js';
import { cards, feedFixture, settled, titles } from './helpers.js';
import {
  $$,
  drain,
  feedUrl,
  item,
  items,
  json,
  jsonFeed,
  nextEvent,
  part,
  shadow,
  stubFetch,
  text,
  textOf,
} from '../../helpers/index.js';

const post = (id: string, title: string, extra: Partial<Post> = {}): Post => ({
  id,
  title,
  url: `https://blog.example.com/${id}`,
  authors: [],
  tags: [],
  ...extra,
});

describe('<trade-news-feed> posts property', () => {
  it('renders assigned posts without fetching and fires trade-feed-load with source "property"', async () => {
    const calls = stubFetch(() => json(jsonFeed(items(3))));
    const el = await fixture<TradeNewsFeed>(html`<trade-news-feed></trade-news-feed>`);
    const loaded = nextEvent<TradeFeedLoadDetail>(document, 'trade-feed-load');
    el.posts = [post('a', 'Alpha'), post('b', 'Beta')];
    const event = await loaded;
    expect(event.detail.source).to.equal('property');
    expect(event.detail.skipped).to.equal(0);
    expect(event.detail.posts.map((p) => p.id)).to.deep.equal(['a', 'b']);
    expect(titles(el)).to.deep.equal(['Alpha', 'Beta']);
    expect(el.posts.map((p) => p.title)).to.deep.equal(['Alpha', 'Beta']);
    expect(calls).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('keeps posts assigned before the element was upgraded', async () => {
    const calls = stubFetch(() => json(jsonFeed(items(3))));
    // Elements of an inert document are not upgraded until they join this one.
    const early = document.implementation.createHTMLDocument('').createElement('trade-news-feed') as HTMLElement & {
      posts: unknown;
    };
    early.posts = [post('early', 'Set before upgrade')];
    document.body.append(early);
    try {
      const el = early as unknown as TradeNewsFeed;
      expect(el.refresh).to.be.a('function');
      await settled(el);
      expect(titles(el)).to.deep.equal(['Set before upgrade']);
      expect(calls).to.have.length(0);
    } finally {
      early.remove();
    }
  });

  it('takes over from src, and gives way to it again when set to undefined', async () => {
    const src = feedUrl();
    const calls = stubFetch(() => json(jsonFeed(items(2))));
    const el = await fixture<TradeNewsFeed>(
      html`<trade-news-feed src=${src} .posts=${[post('p', 'Pinned')]}></trade-news-feed>`,
    );
    await settled(el);
    expect(titles(el)).to.deep.equal(['Pinned']);
    expect(calls).to.have.length(0);

    el.posts = undefined;
    await el.updateComplete;
    await settled(el);
    expect(titles(el)).to.deep.equal(['Post number 1', 'Post number 2']);
    expect(calls).to.have.length(1);
  });

  it('normalizes raw items of any accepted format and drops hostile or invalid ones', async () => {
    const el = await fixture<TradeNewsFeed>(html`<trade-news-feed limit="10"></trade-news-feed>`);
    const loaded = nextEvent<TradeFeedLoadDetail>(document, 'trade-feed-load');
    el.posts = [
      item(1),
      { id: 'x', title: '<b>Bold</b> &amp; safe', url: 'javascript:alert(1)', image: 'data:image/png;base64,AAAA' },
      { id: 'no-title' },
      { id: {}, title: 'Object id' },
      null,
      42,
      'a string',
      { id: 7, title: ['not', 'text'] },
      post('a', 'Duplicate one'),
      post('a', 'Duplicate two'),
    ];
    const event = await loaded;
    const shown = cards(el).map((c) => c.post!);
    expect(shown.map((p) => p.id)).to.deep.equal(['post-1', 'x', 'a']);
    const hostile = cards(el)[1]!;
    expect(hostile.post!.url).to.equal(undefined);
    expect(hostile.post!.image).to.equal(undefined);
    // The markup in the title is shown as the characters it is made of, never as elements.
    expect(textOf(hostile)).to.include('<b>Bold</b> & safe');
    expect(shadow(hostile).querySelector('b, img')).to.equal(null);
    expect(event.detail.skipped).to.equal(7);
  });

  it('shows "No posts yet" for an empty or non-array assignment', async () => {
    const el = await fixture<TradeNewsFeed>(html`<trade-news-feed></trade-news-feed>`);
    el.posts = [];
    await el.updateComplete;
    expect(part(el, 'empty')!.textContent!.trim()).to.equal('No posts yet');
    el.posts = { not: 'an array' };
    await el.updateComplete;
    expect(part(el, 'empty')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('applies tag, limit and search to assigned posts too', async () => {
    const el = await fixture<TradeNewsFeed>(html`<trade-news-feed tag="ocean" limit="1"></trade-news-feed>`);
    el.posts = [
      post('a', 'Air', { tags: ['Air'] }),
      post('b', 'Sea', { tags: ['Ocean'] }),
      post('c', 'Port', { tags: ['OCEAN'] }),
    ];
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Sea']);
  });
});

describe('<trade-news-feed> hostile feeds', () => {
  it('shows HTML in titles as text, drops javascript: URLs and skips bad items', async () => {
    const src = feedUrl();
    stubFetch(() =>
      json(
        jsonFeed([
          item(1, { title: '<img src=x onerror="window.__pwned=1">Tariff <script>alert(1)</script>update' }),
          item(2, { url: 'javascript:alert(1)', image: 'javascript:alert(2)' }),
          { id: 'bad', title: { nested: true } },
          { id: 'nothing-to-show' },
          'not an object',
        ]),
      ),
    );
    const loaded = nextEvent<TradeFeedLoadDetail>(document, 'trade-feed-load');
    const el = await fixture<TradeNewsFeed>(html`<trade-news-feed src=${src} limit="10"></trade-news-feed>`);
    const event = await loaded;
    await drain();

    expect(event.detail.skipped).to.equal(3);
    expect(titles(el)).to.have.length(2);
    const [first, second] = cards(el);
    // No element was made from the title: whatever shows of it is text.
    for (const root of [shadow(el), first!.shadowRoot].filter(Boolean) as ShadowRoot[]) {
      expect(root.querySelector('img[src="x"], script')).to.equal(null);
    }
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    expect(textOf(first!)).to.include('<img src=x onerror="window.__pwned=1">Tariff <script>alert(1)</script>update');
    expect(second!.post!.url).to.equal(undefined);
    expect(second!.post!.image).to.equal(undefined);
    expect(textOf(el)).not.to.include('javascript:');
    // The card whose URL was javascript: shows its title as text, not as a link anywhere on the card.
    expect(part(first!, 'title-link'), 'a post with a URL links its title').to.exist;
    expect(text(part(second!, 'title'))).to.equal('Post number 2');
    expect(part(second!, 'title-link')).to.equal(null);
    expect($$(second!, 'a').map((a) => a.getAttribute('href'))).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('treats a login page served instead of the feed as a parse error, not as posts', async () => {
    const src = feedUrl();
    stubFetch(
      () =>
        new Response('<html><body><form>Sign in</form></body></html>', { headers: { 'Content-Type': 'text/html' } }),
    );
    const el = await feedFixture(html`<trade-news-feed src=${src}></trade-news-feed>`);
    expect(part(el, 'error')).to.exist;
    expect(shadow(el).querySelector('form')).to.equal(null);
  });
});

describe('<trade-news-feed> trade-post-select', () => {
  it('lets a page cancel navigation when a post link is activated, with the event coming from the feed', async () => {
    const src = feedUrl();
    stubFetch(() => json(jsonFeed(items(1))));
    const el = await feedFixture(html`<trade-news-feed src=${src}></trade-news-feed>`);
    const card = cards(el)[0]!;
    await card.updateComplete;
    const link = shadow(card).querySelector<HTMLAnchorElement>('a[href="https://blog.example.com/post-1"]')!;
    expect(link, 'the card links its title to the post').to.exist;

    const seen: Array<CustomEvent<{ post: Post }>> = [];
    const onSelect = (event: Event): void => {
      seen.push(event as CustomEvent<{ post: Post }>);
      event.preventDefault();
    };
    el.addEventListener('trade-post-select', onSelect);
    const before = location.href;
    link.click();
    el.removeEventListener('trade-post-select', onSelect);
    await drain();

    expect(seen).to.have.length(1);
    expect(seen[0]!.detail.post.id).to.equal('post-1');
    expect(seen[0]!.cancelable).to.be.true;
    expect(location.href).to.equal(before);
  });
});
