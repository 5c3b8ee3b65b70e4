import { expect, fixture, html, waitUntil, fixtureSync } from '@open-wc/testing';
import type { TradeNewsFeed, TradeFeedErrorDetail } from '../../../src/components/trade-news-feed/trade-news-feed.js';
import { clearFeedCache } from '../../../src/feed/index.js';
import { cards, feedFixture, settled, titles } from './helpers.js';
import {
  deferred,
  feedUrl,
  hang,
  items,
  json,
  jsonFeed,
  nextEvent,
  part,
  shadow,
  stubFetch,
} from '../../helpers/index.js';

describe('<trade-news-feed> states', function () {
  // A shared two-core machine can make axe scans and first module loads slow.
  this.timeout(15_000);
  it('shows a busy placeholder of `limit` skeleton cards while loading, then the posts', async () => {
    const src = feedUrl();
    const response = deferred<Response>();
    stubFetch(() => response.promise);
    const el = await fixture<TradeNewsFeed>(html`<trade-news-feed src=${src} limit="4"></trade-news-feed>`);

    expect(part(el, 'base')!.getAttribute('aria-busy')).to.equal('true');
    const skeleton = part(el, 'skeleton')!;
    expect(skeleton).to.exist;
    expect(skeleton.querySelectorAll('[part~="skeleton-card"]')).to.have.length(4);
    expect(skeleton.querySelector('[aria-hidden="true"]')).to.exist;
    expect(skeleton.textContent).to.include('Loading posts…');
    expect(part(el, 'heading')!.textContent!.trim()).to.equal('Recent Posts');
    await expect(el).to.be.accessible();

    response.resolve(json(jsonFeed(items(4))));
    await settled(el);
    expect(part(el, 'skeleton')).to.equal(null);
    expect(part(el, 'base')!.getAttribute('aria-busy')).to.equal('false');
    expect(titles(el)).to.have.length(4);
  });

  it('reserves roughly the final height while loading (no big layout shift)', async () => {
    const src = feedUrl();
    const response = deferred<Response>();
    stubFetch(() => response.promise);
    const wrapper = fixtureSync<HTMLDivElement>(
      html`<div style="inline-size: 320px"><trade-news-feed src=${src}></trade-news-feed></div>`,
    );
    const el = wrapper.querySelector('trade-news-feed')!;
    await el.updateComplete;
    const loadingHeight = el.getBoundingClientRect().height;
    expect(loadingHeight).to.be.greaterThan(300);

    // Typical cards: an image the test server really serves, a two-line title, a full excerpt.
    const image = new URL('/demo/images/section-301.svg', location.href).href;
    const title = 'Section 301 tariffs: what importers pay this year';
    const summary =
      'A practical guide for importers and exporters working with a licensed customs broker, covering the forms, fees and timelines to expect.';
    response.resolve(json(jsonFeed(items(3).map((raw) => ({ ...raw, image, title, summary })))));
    await settled(el);
    await Promise.all([...cards(el)].map((card) => shadow(card).querySelector('img')?.decode()));
    const finalHeight = el.getBoundingClientRect().height;
    expect(loadingHeight / finalHeight).to.be.within(0.85, 1.15);
  });

  it('stops the shimmer for readers who ask for reduced motion', async () => {
    const src = feedUrl();
    stubFetch(() => deferred<Response>().promise);
    const el = await fixture<TradeNewsFeed>(html`<trade-news-feed src=${src}></trade-news-feed>`);
    const line = shadow(el).querySelector('.bone')!;
    const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
    expect(getComputedStyle(line).animationName).to.equal(reduced ? 'none' : 'shimmer');
  });

  it('says "No posts yet" for an empty feed', async () => {
    const src = feedUrl();
    stubFetch(() => json(jsonFeed([])));
    const el = await feedFixture(html`<trade-news-feed src=${src} load-more></trade-news-feed>`);
    expect(part(el, 'empty')!.textContent!.trim()).to.equal('No posts yet');
    expect(part(el, 'list')).to.equal(null);
    expect(part(el, 'load-more-button')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('says "No posts yet" with neither src nor posts', async () => {
    const el = await feedFixture(html`<trade-news-feed></trade-news-feed>`);
    expect(part(el, 'empty')!.textContent!.trim()).to.equal('No posts yet');
  });

  const failures: Array<[string, () => Response | Promise<Response>, string, RegExp]> = [
    ['http', () => new Response('oops', { status: 503 }), 'http', /answered with an error \(503\)/],
    ['network', () => Promise.reject(new TypeError('Failed to fetch')), 'network', /couldn’t reach the news server/],
    [
      'parse',
      () =>
        new Response('<!doctype html><html><body>Log in</body></html>', { headers: { 'Content-Type': 'text/html' } }),
      'parse',
      /could not be read/,
    ],
    ['format', () => json({ hello: 'world' }), 'format', /not in a format we understand/],
  ];

  for (const [name, respond, kind, message] of failures) {
    it(`shows a ${name} failure as a message with "Try again", and fires trade-feed-error`, async () => {
      const src = feedUrl();
      stubFetch(respond);
      const failed = nextEvent<TradeFeedErrorDetail>(document, 'trade-feed-error');
      const el = await fixture<TradeNewsFeed>(html`<trade-news-feed src=${src}></trade-news-feed>`);
      const event = await failed;
      await settled(el);

      expect(event.target).to.equal(el);
      expect(event.detail.error.kind).to.equal(kind);
      const error = part(el, 'error')!;
      expect(error.getAttribute('role')).to.equal('alert');
      expect(part(el, 'error-message')!.textContent).to.match(message);
      const retry = part<HTMLButtonElement>(el, 'retry-button')!;
      expect(retry.tagName).to.equal('BUTTON');
      expect(retry.textContent!.trim()).to.equal('Try again');
      expect(part(el, 'base')!.getAttribute('aria-busy')).to.equal('false');
      await expect(el).to.be.accessible();
    });
  }

  it('fails with kind timeout after `timeout` milliseconds', async () => {
    const src = feedUrl();
    stubFetch(hang);
    const failed = nextEvent<TradeFeedErrorDetail>(document, 'trade-feed-error');
    const el = await fixture<TradeNewsFeed>(html`<trade-news-feed src=${src} timeout="80"></trade-news-feed>`);
    const started = performance.now();
    const event = await failed;
    expect(performance.now() - started).to.be.below(2000);
    expect(event.detail.error.kind).to.equal('timeout');
    await settled(el);
    expect(part(el, 'error-message')!.textContent).to.include('took too long');
  });

  it('recovers with "Try again", then moves focus to the first post', async () => {
    const src = feedUrl();
    let fail = true;
    const calls = stubFetch(() => (fail ? new Response('down', { status: 500 }) : json(jsonFeed(items(3)))));
    const el = await feedFixture(html`<trade-news-feed src=${src}></trade-news-feed>`);
    expect(part(el, 'error')).to.exist;

    fail = false;
    const loaded = nextEvent(document, 'trade-feed-load');
    part<HTMLButtonElement>(el, 'retry-button')!.click();
    await loaded;
    expect(calls).to.have.length(2);
    expect(part(el, 'error')).to.equal(null);
    expect(titles(el)).to.have.length(3);
    await waitUntil(() => shadow(el).activeElement !== null, 'focus did not move to the posts');
    const focused = shadow(el).activeElement!;
    expect(focused.closest('[part~="item"]')).to.equal(shadow(el).querySelector('[part~="item"]'));
    await expect(el).to.be.accessible();
  });

  it('keeps focus on "Try again" when the retry fails too', async () => {
    const src = feedUrl();
    const calls = stubFetch(() => new Response('down', { status: 500 }));
    const el = await feedFixture(html`<trade-news-feed src=${src}></trade-news-feed>`);
    part<HTMLButtonElement>(el, 'retry-button')!.focus();
    const failed = nextEvent(document, 'trade-feed-error');
    part<HTMLButtonElement>(el, 'retry-button')!.click();
    await failed;
    await settled(el);
    await el.updateComplete;
    expect(calls).to.have.length(2);
    expect(shadow(el).activeElement).to.equal(part(el, 'retry-button'));
  });

  it('shows the saved posts with a quiet note when a refresh fails', async () => {
    const src = feedUrl();
    let fail = false;
    stubFetch(() => (fail ? Promise.reject(new TypeError('Failed to fetch')) : json(jsonFeed(items(3)))));
    const el = await feedFixture(html`<trade-news-feed src=${src}></trade-news-feed>`);
    expect(part(el, 'stale-note')).to.equal(null);

    fail = true;
    await el.refresh();
    await el.updateComplete;
    expect(titles(el)).to.have.length(3);
    expect(part(el, 'error')).to.equal(null);
    expect(part(el, 'stale-note')!.textContent!.trim()).to.equal('Showing saved posts');
    await expect(el).to.be.accessible();

    fail = false;
    await el.refresh();
    expect(part(el, 'stale-note')).to.equal(null);
  });

  it('shows an expired saved copy at once, then notes it as saved when revalidating it fails', async () => {
    const src = feedUrl();
    let fail = false;
    stubFetch(() => (fail ? Promise.reject(new TypeError('Failed to fetch')) : json(jsonFeed(items(2)))));
    const first = await feedFixture(html`<trade-news-feed src=${src}></trade-news-feed>`);
    first.remove();

    fail = true;
    const el = await feedFixture(html`<trade-news-feed src=${src} cache-ttl="0"></trade-news-feed>`);
    expect(titles(el)).to.have.length(2);
    await waitUntil(() => part(el, 'stale-note'), 'no "Showing saved posts" note');
    expect(part(el, 'stale-note')!.textContent!.trim()).to.equal('Showing saved posts');
    expect(part(el, 'error')).to.equal(null);
  });

  it('keeps its posts, notes them as saved and fires trade-feed-error when a refresh fails with nothing cached', async () => {
    const src = feedUrl();
    let fail = false;
    stubFetch(() => (fail ? new Response('down', { status: 503 }) : json(jsonFeed(items(2)))));
    const el = await feedFixture(html`<trade-news-feed src=${src}></trade-news-feed>`);
    clearFeedCache();
    fail = true;
    const failed = nextEvent<TradeFeedErrorDetail>(document, 'trade-feed-error');
    await el.refresh();
    expect((await failed).detail.error.kind).to.equal('http');
    expect(titles(el)).to.have.length(2);
    expect(part(el, 'error')).to.equal(null);
    expect(part(el, 'stale-note')).to.exist;
  });

  it('speaks Spanish in the empty and error states', async () => {
    const src = feedUrl();
    stubFetch(() => new Response('no', { status: 502 }));
    const el = await feedFixture(html`<trade-news-feed src=${src} lang="es"></trade-news-feed>`);
    expect(part(el, 'error-message')!.textContent).to.include('respondió con un error (502)');
    expect(part(el, 'retry-button')!.textContent!.trim()).to.equal('Reintentar');
    await expect(el).to.be.accessible();

    const empty = feedUrl();
    stubFetch(() => json(jsonFeed([])));
    el.src = empty;
    await el.updateComplete;
    await settled(el);
    expect(part(el, 'empty')!.textContent!.trim()).to.equal('Aún no hay publicaciones');
  });
});
