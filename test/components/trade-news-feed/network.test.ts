import { expect, fixture, fixtureSync, html, waitUntil } from '@open-wc/testing';
import type { TradeNewsFeed, TradeFeedLoadDetail } from '../../../src/components/trade-news-feed/trade-news-feed.js';
import { cards, feedFixture, settled, titles } from './helpers.js';
import {
  deferred,
  drain,
  fakeClock,
  fakeIntersection,
  type FakeIntersection,
  feedUrl,
  focused,
  hang,
  item,
  items,
  json,
  jsonFeed,
  nextEvent,
  part,
  shadow,
  stubFetch,
} from '../../helpers/index.js';

describe('<trade-news-feed> network behaviour', () => {
  afterEach(() => {
    window.scrollTo(0, 0);
  });

  it('makes one request for several feeds with the same src', async () => {
    const src = feedUrl();
    const calls = stubFetch(async () => {
      // Answered only once all three feeds have asked.
      await drain();
      return json(jsonFeed(items(3)));
    });
    const wrapper = fixtureSync(
      html`<div>
        <trade-news-feed src=${src}></trade-news-feed>
        <trade-news-feed src=${src} layout="compact"></trade-news-feed>
        <trade-news-feed src=${src} limit="1"></trade-news-feed>
      </div>`,
    );
    const feeds = [...wrapper.querySelectorAll('trade-news-feed')];
    await Promise.all(feeds.map(settled));
    expect(calls).to.have.length(1);
    expect(feeds.map((f) => titles(f).length)).to.deep.equal([3, 3, 1]);
  });

  it('reuses a fresh copy within cache-ttl without a request', async () => {
    const src = feedUrl();
    const calls = stubFetch(() => json(jsonFeed(items(2))));
    const first = await feedFixture(html`<trade-news-feed src=${src}></trade-news-feed>`);
    first.remove();
    const second = await feedFixture(html`<trade-news-feed src=${src}></trade-news-feed>`);
    expect(titles(second)).to.have.length(2);
    expect(calls).to.have.length(1);
  });

  it('asks the server again once cache-ttl has passed', async () => {
    const src = feedUrl();
    const calls = stubFetch(() => json(jsonFeed(items(2))));
    const first = await feedFixture(html`<trade-news-feed src=${src} cache-ttl="0"></trade-news-feed>`);
    first.remove();
    await drain();
    const second = await feedFixture(html`<trade-news-feed src=${src} cache-ttl="0"></trade-news-feed>`);
    await waitUntil(() => calls.length === 2, 'no second request');
    expect(titles(second)).to.have.length(2);
  });

  it('shows an expired copy at once, then the revalidated posts, firing trade-feed-load for each', async () => {
    const src = feedUrl();
    let round = 0;
    const calls = stubFetch(() => {
      round += 1;
      return json(jsonFeed(items(2, round * 10)));
    });
    const clock = fakeClock({ date: true });
    const first = await feedFixture(html`<trade-news-feed src=${src} cache-ttl="1"></trade-news-feed>`);
    first.remove();
    clock.tick(1000);

    const sources: string[] = [];
    const onLoad = (event: Event): void => void sources.push((event as CustomEvent<TradeFeedLoadDetail>).detail.source);
    document.addEventListener('trade-feed-load', onLoad);
    try {
      const el = await feedFixture(html`<trade-news-feed src=${src} cache-ttl="1"></trade-news-feed>`);
      await waitUntil(() => titles(el)[0] === 'Post number 20', 'the revalidated posts never showed');
      expect(calls).to.have.length(2);
      await waitUntil(() => sources.length === 2, 'one trade-feed-load per rendering');
      expect(sources).to.deep.equal([src, src]);
    } finally {
      document.removeEventListener('trade-feed-load', onLoad);
      clock.restore();
    }
  });

  it('refetches when src changes and ignores the answer still due from the old src', async () => {
    const oldSrc = feedUrl('old');
    const newSrc = feedUrl('new');
    const slow = deferred<Response>();
    const calls = stubFetch(({ url }) => (url === oldSrc ? slow.promise : json(jsonFeed(items(2, 10)))));
    const el = await fixture<TradeNewsFeed>(html`<trade-news-feed src=${oldSrc}></trade-news-feed>`);
    await waitUntil(() => calls.length === 1);

    const loaded = nextEvent<TradeFeedLoadDetail>(document, 'trade-feed-load');
    el.src = newSrc;
    expect((await loaded).detail.source).to.equal(newSrc);
    expect(calls[0]!.signal.aborted).to.be.true;
    expect(titles(el)).to.deep.equal(['Post number 10', 'Post number 11']);

    slow.resolve(json(jsonFeed(items(3))));
    await drain();
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Post number 10', 'Post number 11']);
  });

  it('shows the new feed’s loading state when src changes after a load', async () => {
    const first = feedUrl();
    const second = feedUrl();
    const later = deferred<Response>();
    stubFetch(({ url }) => (url === first ? json(jsonFeed(items(2))) : later.promise));
    const el = await feedFixture(html`<trade-news-feed src=${first}></trade-news-feed>`);
    el.src = second;
    await el.updateComplete;
    expect(part(el, 'skeleton')).to.exist;
    expect(titles(el)).to.deep.equal([]);
    later.resolve(json(jsonFeed([])));
    await settled(el);
    expect(part(el, 'empty')).to.exist;
  });

  it('refresh() asks the server again even within cache-ttl, keeping the posts on screen meanwhile', async () => {
    const src = feedUrl();
    let round = 0;
    const gate = deferred<void>();
    const calls = stubFetch(async () => {
      round += 1;
      if (round === 2) await gate.promise;
      return json(jsonFeed(items(2, round * 10)));
    });
    const el = await feedFixture(html`<trade-news-feed src=${src}></trade-news-feed>`);
    expect(titles(el)).to.deep.equal(['Post number 10', 'Post number 11']);

    const refreshed = el.refresh();
    await el.updateComplete;
    expect(part(el, 'skeleton')).to.equal(null);
    expect(titles(el)).to.deep.equal(['Post number 10', 'Post number 11']);
    gate.resolve();
    await refreshed;
    expect(calls).to.have.length(2);
    expect(titles(el)).to.deep.equal(['Post number 20', 'Post number 21']);
  });

  it('keeps each shown post’s card, and the reader’s focus in it, when a refresh adds a post above', async () => {
    const src = feedUrl();
    let round = 0;
    stubFetch(() => {
      round += 1;
      return json(jsonFeed(round === 1 ? items(3, 2) : [item(1, { tags: ['Ocean'] }), ...items(3, 2)]));
    });
    const el = await feedFixture(html`<trade-news-feed src=${src} limit="4"></trade-news-feed>`);
    const [second, third] = cards(el);
    const link = shadow(second!).querySelector<HTMLElement>('[part~="title-link"]')!;
    link.focus();

    await el.refresh();
    await settled(el);
    expect(titles(el)).to.deep.equal(['Post number 1', 'Post number 2', 'Post number 3', 'Post number 4']);
    // Compared as booleans: a failing comparison of two elements would print both whole.
    expect(cards(el)[1] === second, 'post 2 kept its card').to.be.true;
    expect(cards(el)[2] === third, 'post 3 kept its card').to.be.true;
    expect(focused(second!) === link, 'focus stayed on post 2').to.be.true;
    expect(link.textContent!.trim()).to.equal('Post number 2');

    // Filtering keeps the cards that stay, too.
    el.tag = 'customs';
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Post number 2', 'Post number 3', 'Post number 4']);
    expect(cards(el)[0] === second, 'post 2 kept its card').to.be.true;
    expect(focused(second!) === link, 'focus stayed on post 2').to.be.true;
  });

  describe('background refresh', () => {
    let clock: ReturnType<typeof fakeClock>;
    beforeEach(() => (clock = fakeClock()));
    afterEach(() => clock.restore());

    it('refreshes every `refresh` seconds, and stops once removed', async () => {
      const src = feedUrl();
      let round = 0;
      const calls = stubFetch(() => {
        round += 1;
        return json(jsonFeed(items(1, round)));
      });
      const el = await feedFixture(html`<trade-news-feed src=${src} refresh="1"></trade-news-feed>`);
      expect(titles(el)).to.deep.equal(['Post number 1']);
      clock.tick(999);
      expect(calls.length).to.equal(1);
      clock.tick(1);
      await waitUntil(() => titles(el)[0] === 'Post number 2', 'no background refresh');
      expect(calls.length).to.equal(2);

      el.remove();
      clock.tick(5000);
      expect(calls.length).to.equal(2);
    });

    it('pauses while the page is hidden and catches up when it shows again', async () => {
      const src = feedUrl();
      const calls = stubFetch(() => json(jsonFeed(items(1))));
      const el = await feedFixture(html`<trade-news-feed src=${src} refresh="1"></trade-news-feed>`);
      const own = Object.getOwnPropertyDescriptor(document, 'hidden');
      Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
      try {
        clock.tick(3000);
        expect(calls).to.have.length(1);
        Object.defineProperty(document, 'hidden', { configurable: true, get: () => false });
        document.dispatchEvent(new Event('visibilitychange'));
        await waitUntil(() => calls.length === 2, 'no refresh after the page showed again');
      } finally {
        if (own) Object.defineProperty(document, 'hidden', own);
        else delete (document as { hidden?: boolean }).hidden;
        el.remove();
      }
    });

    it('stops when refresh is set back to 0', async () => {
      const src = feedUrl();
      const calls = stubFetch(() => json(jsonFeed(items(1))));
      const el = await feedFixture(html`<trade-news-feed src=${src} refresh="1"></trade-news-feed>`);
      el.setAttribute('refresh', '0');
      await el.updateComplete;
      clock.tick(5000);
      expect(calls).to.have.length(1);
    });
  });

  it('aborts its request when removed, fires no error, and fetches again if put back', async () => {
    const src = feedUrl();
    let respond = false;
    const calls = stubFetch((request) => (respond ? json(jsonFeed(items(2))) : hang(request)));
    let errors = 0;
    const onError = (): void => void (errors += 1);
    document.addEventListener('trade-feed-error', onError);
    try {
      const wrapper = fixtureSync<HTMLDivElement>(html`<div><trade-news-feed src=${src}></trade-news-feed></div>`);
      const el = wrapper.querySelector('trade-news-feed')!;
      await waitUntil(() => calls.length === 1);
      el.remove();
      await waitUntil(() => calls[0]!.signal.aborted === true, 'the request was not aborted');
      await drain();
      expect(errors).to.equal(0);

      respond = true;
      wrapper.append(el);
      await settled(el);
      expect(titles(el)).to.have.length(2);
      expect(errors).to.equal(0);
    } finally {
      document.removeEventListener('trade-feed-error', onError);
    }
  });

  it('leaves no interval running after removal', async () => {
    const src = feedUrl();
    stubFetch(() => json(jsonFeed(items(1))));
    const realSet = window.setInterval;
    const realClear = window.clearInterval;
    const live = new Set<number>();
    window.setInterval = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
      const id = realSet(handler, ms, ...args);
      if (ms === 30_000) live.add(id);
      return id;
    }) as typeof window.setInterval;
    window.clearInterval = ((id?: number) => {
      if (id !== undefined) live.delete(id);
      realClear(id);
    }) as typeof window.clearInterval;
    try {
      const el = await feedFixture(html`<trade-news-feed src=${src} refresh="30"></trade-news-feed>`);
      expect(live.size).to.equal(1);
      el.remove();
      expect(live.size).to.equal(0);
    } finally {
      window.setInterval = realSet;
      window.clearInterval = realClear;
    }
  });

  describe('loading="lazy"', () => {
    // Visibility is the subject: the feed comes near the viewport only when a test says so.
    let viewport: FakeIntersection;
    beforeEach(() => (viewport = fakeIntersection()));

    /** A lazy feed of `src` far below the viewport. */
    const belowTheFold = (src: string): TradeNewsFeed =>
      fixtureSync<HTMLDivElement>(
        html`<div>
          <div style="block-size: 4000px"></div>
          <trade-news-feed src=${src} loading="lazy"></trade-news-feed>
        </div>`,
      ).querySelector('trade-news-feed')!;

    it('fetches only when scrolled near the viewport', async () => {
      const src = feedUrl();
      const calls = stubFetch(() => json(jsonFeed(items(3))));
      const el = belowTheFold(src);
      await el.updateComplete;
      await drain();
      expect(viewport.watched(el), 'the feed watches its distance to the viewport').to.be.true;
      expect(calls).to.have.length(0);
      expect(part(el, 'skeleton')).to.exist;
      await expect(el).to.be.accessible();

      viewport.reveal(el);
      await settled(el);
      expect(calls).to.have.length(1);
      expect(titles(el)).to.have.length(3);
    });

    it('starts at once for a lazy feed already in view', async () => {
      // The real observer: a feed at the top of the page is near the viewport from the start.
      viewport.restore();
      const src = feedUrl();
      const calls = stubFetch(() => json(jsonFeed(items(1))));
      const el = await feedFixture(html`<trade-news-feed src=${src} loading="lazy"></trade-news-feed>`);
      expect(calls).to.have.length(1);
      expect(titles(el)).to.have.length(1);
    });

    it('never fetches when removed before it came near', async () => {
      const src = feedUrl();
      const calls = stubFetch(() => json(jsonFeed(items(3))));
      const el = belowTheFold(src);
      await el.updateComplete;
      el.remove();
      expect(viewport.watched(el), 'a removed feed stops watching').to.be.false;
      viewport.reveal(el);
      await drain();
      expect(calls).to.have.length(0);
    });

    it('still fetches when scrolled near after being moved elsewhere on the page', async () => {
      const src = feedUrl();
      const calls = stubFetch(() => json(jsonFeed(items(2))));
      const el = belowTheFold(src);
      await el.updateComplete;
      el.parentElement!.append(el);
      await el.updateComplete;
      await drain();
      expect(calls).to.have.length(0);
      viewport.reveal(el);
      await settled(el);
      expect(calls).to.have.length(1);
      expect(titles(el)).to.have.length(2);
    });

    it('fetches at once when switched to eager', async () => {
      const src = feedUrl();
      const calls = stubFetch(() => json(jsonFeed(items(2))));
      const el = belowTheFold(src);
      await el.updateComplete;
      await drain();
      expect(calls).to.have.length(0);
      el.loading = 'eager';
      await settled(el);
      expect(calls).to.have.length(1);
    });

    it('fetches when really scrolled near the viewport (the real observer)', async () => {
      viewport.restore();
      const src = feedUrl();
      const calls = stubFetch(() => json(jsonFeed(items(3))));
      const el = belowTheFold(src);
      await el.updateComplete;
      expect(calls).to.have.length(0);
      el.scrollIntoView();
      await settled(el);
      expect(calls).to.have.length(1);
    });
  });
});
