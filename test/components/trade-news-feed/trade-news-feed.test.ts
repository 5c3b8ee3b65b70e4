import { expect, fixture, fixtureSync, html, waitUntil } from '@open-wc/testing';
import type { TradeNewsFeed, TradeFeedLoadDetail } from '../../../src/components/trade-news-feed/trade-news-feed.js';
import { cards, feedFixture, settled, titles } from './helpers.js';
import {
  feedUrl,
  item,
  items,
  json,
  jsonFeed,
  nextEvent,
  part,
  shadow,
  stubFetch,
  textOf,
} from '../../helpers/index.js';

describe('<trade-news-feed> rendering and attributes', function () {
  // A shared two-core machine can make axe scans and first module loads slow.
  this.timeout(15_000);
  it('is registered and exposes its class through the tag name map', () => {
    const el = document.createElement('trade-news-feed');
    expect(el.constructor.name).to.equal('TradeNewsFeed');
  });

  it('shows the first `limit` (3) posts as cards under a "Recent Posts" heading, in a list', async () => {
    const src = feedUrl();
    const calls = stubFetch(() => json(jsonFeed(items(5))));
    const el = await feedFixture(html`<trade-news-feed src=${src}></trade-news-feed>`);

    expect(calls).to.have.length(1);
    expect(calls[0]!.url).to.equal(src);
    const heading = part(el, 'heading')!;
    expect(heading.tagName).to.equal('H2');
    expect(heading.textContent!.trim()).to.equal('Recent Posts');
    expect(part(el, 'base')!.getAttribute('aria-labelledby')).to.equal(heading.id);

    const list = part(el, 'list')!;
    expect(list.tagName).to.equal('UL');
    expect(list.getAttribute('role')).to.equal('list');
    const lis = shadow(el).querySelectorAll('li[part~="item"]');
    expect(lis).to.have.length(3);
    expect(titles(el)).to.deep.equal(['Post number 1', 'Post number 2', 'Post number 3']);
    for (const card of cards(el)) {
      expect(card.parentElement!.tagName).to.equal('LI');
      expect(card.getAttribute('variant')).to.equal('card');
      expect(card.getAttribute('heading-level')).to.equal('3');
      expect(card.getAttribute('excerpt-length')).to.equal('160');
      expect(card.getAttribute('link-target')).to.equal('_self');
      expect(card.getAttribute('lang')).to.equal('en');
      expect(card.getAttribute('theme')).to.equal('auto');
      expect(card.getAttribute('exportparts')).to.include('title:post-title');
      expect(card.getAttribute('exportparts')).to.include('image:post-image');
    }
    // Never an article inside another: the feed adds none of its own.
    expect(shadow(el).querySelectorAll('article')).to.have.length(0);
    expect(textOf(el)).to.include('Post number 1');
    expect(part(el, 'see-all')).to.equal(null);
    expect(part(el, 'search')).to.equal(null);
    expect(part(el, 'load-more-button')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('fires trade-feed-load after the posts render, with every post, the skipped count and the source', async () => {
    const src = feedUrl();
    stubFetch(() => json(jsonFeed([...items(4), { id: 'no-title' }, { id: ['no'], title: 'Array id' }])));
    const loaded = nextEvent<TradeFeedLoadDetail>(document, 'trade-feed-load');
    const el = await fixture<TradeNewsFeed>(html`<trade-news-feed src=${src}></trade-news-feed>`);
    const event = await loaded;

    expect(event.target).to.equal(el);
    expect(event.bubbles && event.composed).to.be.true;
    expect(event.detail.source).to.equal(src);
    expect(event.detail.posts.map((p) => p.id)).to.deep.equal(['post-1', 'post-2', 'post-3', 'post-4']);
    expect(event.detail.skipped).to.equal(2);
    // "after posts render": the cards are already on the page.
    expect(titles(el)).to.have.length(3);
    expect(el.posts).to.have.length(4);
  });

  it('re-renders without a request when limit, layout, hide or excerpt-length change', async () => {
    const src = feedUrl();
    const calls = stubFetch(() => json(jsonFeed(items(8))));
    const el = await feedFixture(html`<trade-news-feed src=${src}></trade-news-feed>`);

    el.limit = 5;
    await el.updateComplete;
    expect(titles(el)).to.have.length(5);

    el.setAttribute('limit', '2');
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Post number 1', 'Post number 2']);

    el.setAttribute('layout', 'compact');
    await el.updateComplete;
    expect(cards(el).map((c) => c.getAttribute('variant'))).to.deep.equal(['compact', 'compact']);
    expect(part(el, 'base')!.classList.contains('layout-compact')).to.be.true;

    el.setAttribute('hide', 'image stats');
    el.setAttribute('excerpt-length', '80');
    await el.updateComplete;
    expect(cards(el)[0]!.getAttribute('hide')).to.equal('image stats');
    expect(cards(el)[0]!.getAttribute('excerpt-length')).to.equal('80');

    expect(calls).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('treats a nonsensical limit as the default of 3', async () => {
    const src = feedUrl();
    stubFetch(() => json(jsonFeed(items(6))));
    const el = await feedFixture(html`<trade-news-feed src=${src} limit="zero"></trade-news-feed>`);
    expect(titles(el)).to.have.length(3);
    el.setAttribute('limit', '-4');
    await el.updateComplete;
    expect(titles(el)).to.have.length(3);
  });

  it('uses a custom heading, and hides it (naming the region "News") when the heading is empty', async () => {
    const src = feedUrl();
    stubFetch(() => json(jsonFeed(items(2))));
    const el = await feedFixture(html`<trade-news-feed src=${src} heading="Trade news"></trade-news-feed>`);
    expect(part(el, 'heading')!.textContent!.trim()).to.equal('Trade news');

    el.heading = '';
    await el.updateComplete;
    expect(part(el, 'heading')).to.equal(null);
    expect(shadow(el).querySelector('h1, h2, h3, h4, h5, h6')).to.equal(null);
    expect(part(el, 'base')!.getAttribute('aria-label')).to.equal('News');
    expect(cards(el).map((c) => c.getAttribute('heading-level'))).to.deep.equal(['2', '2']);
    await expect(el).to.be.accessible();

    el.removeAttribute('heading');
    await el.updateComplete;
    expect(part(el, 'heading')!.textContent!.trim()).to.equal('Recent Posts');
  });

  it('honours heading-level, with post titles one level below', async () => {
    const src = feedUrl();
    stubFetch(() => json(jsonFeed(items(2))));
    const el = await feedFixture(html`<trade-news-feed src=${src} heading-level="4"></trade-news-feed>`);
    expect(part(el, 'heading')!.tagName).to.equal('H4');
    expect(cards(el)[0]!.getAttribute('heading-level')).to.equal('5');

    // The rule every element shares: numbers are clamped into 1–6, anything else is 2.
    el.setAttribute('heading-level', '9');
    await el.updateComplete;
    expect(part(el, 'heading')!.tagName).to.equal('H6');
    expect(cards(el)[0]!.getAttribute('heading-level')).to.equal('6');
    el.setAttribute('heading-level', 'abc');
    await el.updateComplete;
    expect(part(el, 'heading')!.tagName).to.equal('H2');
  });

  it('adds a "See All" link for http(s) and relative addresses, and refuses javascript: ones', async () => {
    const src = feedUrl();
    stubFetch(() => json(jsonFeed(items(1))));
    const el = await feedFixture(
      html`<trade-news-feed src=${src} see-all-href="https://blog.example.com/blog"></trade-news-feed>`,
    );
    const link = part<HTMLAnchorElement>(el, 'see-all')!;
    expect(link.tagName).to.equal('A');
    expect(link.textContent!.trim()).to.equal('See All');
    expect(link.getAttribute('href')).to.equal('https://blog.example.com/blog');
    expect(link.hasAttribute('target')).to.be.false;
    expect(part(el, 'header')!.contains(link)).to.be.true;
    await expect(el).to.be.accessible();

    el.seeAllHref = '/blog';
    await el.updateComplete;
    expect(part(el, 'see-all')!.getAttribute('href')).to.equal('/blog');

    el.seeAllHref = 'javascript:alert(1)';
    await el.updateComplete;
    expect(part(el, 'see-all')).to.equal(null);

    for (const unsafe of [' data:text/html,hi', 'java\tscript:alert(1)', 'JAVASCRIPT:alert(1)', 'vbscript:x', '  ']) {
      el.seeAllHref = unsafe;
      await el.updateComplete;
      expect(part(el, 'see-all'), unsafe).to.equal(null);
    }

    for (const safe of ['news/all', '//cdn.example.com/blog', 'HTTPS://blog.example.com/', '?page=2']) {
      el.seeAllHref = safe;
      await el.updateComplete;
      expect(part(el, 'see-all')?.getAttribute('href'), safe).to.equal(safe);
    }
  });

  it('passes link-target to every card and the See All link, with rel=noopener for _blank', async () => {
    const src = feedUrl();
    stubFetch(() => json(jsonFeed(items(2))));
    const el = await feedFixture(
      html`<trade-news-feed src=${src} link-target="_blank" see-all-href="/blog"></trade-news-feed>`,
    );
    expect(cards(el).map((c) => c.getAttribute('link-target'))).to.deep.equal(['_blank', '_blank']);
    const link = part(el, 'see-all')!;
    expect(link.getAttribute('target')).to.equal('_blank');
    expect(link.getAttribute('rel')).to.include('noopener');
  });

  it('passes theme to the cards and reflects it', async () => {
    const src = feedUrl();
    stubFetch(() => json(jsonFeed(items(1))));
    const el = await feedFixture(html`<trade-news-feed src=${src} theme="dark"></trade-news-feed>`);
    expect(el.getAttribute('theme')).to.equal('dark');
    expect(cards(el)[0]!.getAttribute('theme')).to.equal('dark');
    await expect(el).to.be.accessible();
  });

  it('speaks Spanish with lang="es": heading, See All, cards, and follows a lang change', async () => {
    const src = feedUrl();
    stubFetch(() => json(jsonFeed(items(2))));
    const el = await feedFixture(html`<trade-news-feed src=${src} lang="es" see-all-href="/blog"></trade-news-feed>`);
    expect(part(el, 'heading')!.textContent!.trim()).to.equal('Publicaciones recientes');
    expect(part(el, 'see-all')!.textContent!.trim()).to.equal('Ver todo');
    expect(cards(el).map((c) => c.getAttribute('lang'))).to.deep.equal(['es', 'es']);
    await expect(el).to.be.accessible();

    el.lang = 'fr';
    await el.updateComplete;
    expect(part(el, 'heading')!.textContent!.trim()).to.equal('Articles récents');
    expect(cards(el)[0]!.getAttribute('lang')).to.equal('fr');
  });

  it('uses string overrides from `messages`, and hands them to the cards', async () => {
    const src = feedUrl();
    stubFetch(() => json(jsonFeed(items(1))));
    const messages = { 'feed.heading': 'Customs news', 'feed.seeAll': 'Every post', 'post.by': 'Written by {name}' };
    const el = await feedFixture(
      html`<trade-news-feed src=${src} see-all-href="/blog" .messages=${messages}></trade-news-feed>`,
    );
    expect(part(el, 'heading')!.textContent!.trim()).to.equal('Customs news');
    expect(part(el, 'see-all')!.textContent!.trim()).to.equal('Every post');
    expect((cards(el)[0] as unknown as { messages: unknown }).messages).to.equal(messages);
  });

  it('inherits its language from an ancestor', async () => {
    const src = feedUrl();
    stubFetch(() => json(jsonFeed([])));
    const wrapper = fixtureSync(html`<div lang="es"><trade-news-feed src=${src}></trade-news-feed></div>`);
    const el = wrapper.querySelector('trade-news-feed')!;
    await settled(el);
    expect(part(el, 'empty')!.textContent!.trim()).to.equal('Aún no hay publicaciones');
  });

  it('accepts a forced format', async () => {
    const src = feedUrl();
    const calls = stubFetch(() =>
      json({ posts: [{ id: 'a', title: 'Simple post', url: 'https://blog.example.com/a' }] }),
    );
    const el = await feedFixture(html`<trade-news-feed src=${src} format="simple"></trade-news-feed>`);
    expect(titles(el)).to.deep.equal(['Simple post']);

    // Read as RSS, the same JSON is no feed at all: the old posts must not stay behind.
    el.format = 'rss';
    await el.updateComplete;
    await settled(el);
    expect(calls).to.have.length(2);
    expect(part(el, 'error')).to.exist;
    expect(titles(el)).to.deep.equal([]);
  });

  it('shows the item of a feed exactly as the data layer normalized it', async () => {
    const src = feedUrl();
    stubFetch(() => json(jsonFeed([item(1, { tags: ['Tariffs', 'China'] })])));
    const el = await feedFixture(html`<trade-news-feed src=${src}></trade-news-feed>`);
    const post = cards(el)[0]!.post!;
    expect(post.url).to.equal('https://blog.example.com/post-1');
    expect(post.tags).to.deep.equal(['Tariffs', 'China']);
    expect(post.views).to.equal(1);
  });
});

describe('<trade-news-feed> layouts', () => {
  const columns = (el: TradeNewsFeed): number =>
    getComputedStyle(part(el, 'list')!).gridTemplateColumns.split(' ').filter(Boolean).length;

  it('grid columns follow the element’s own width: one in a sidebar, two or three in wider areas', async () => {
    const src = feedUrl();
    stubFetch(() => json(jsonFeed(items(6))));
    const wrapper = fixtureSync<HTMLDivElement>(
      html`<div style="inline-size: 280px">
        <trade-news-feed src=${src} layout="grid" limit="6"></trade-news-feed>
      </div>`,
    );
    const el = wrapper.querySelector('trade-news-feed')!;
    await settled(el);
    expect(el.getAttribute('layout')).to.equal('grid');
    expect(columns(el)).to.equal(1);

    wrapper.style.inlineSize = '640px';
    await waitUntil(() => columns(el) === 2, 'no second column at 640px');
    const [first, second] = cards(el);
    expect(first!.getBoundingClientRect().top).to.equal(second!.getBoundingClientRect().top);
    expect(second!.getBoundingClientRect().left).to.be.greaterThan(first!.getBoundingClientRect().left);

    wrapper.style.inlineSize = '1100px';
    await waitUntil(() => columns(el) === 3, 'no third column at 1100px');
    await expect(el).to.be.accessible();
  });

  it('list and compact layouts keep one column however wide the element is', async () => {
    const src = feedUrl();
    stubFetch(() => json(jsonFeed(items(4))));
    const wrapper = fixtureSync<HTMLDivElement>(
      html`<div style="inline-size: 1100px"><trade-news-feed src=${src}></trade-news-feed></div>`,
    );
    const el = wrapper.querySelector('trade-news-feed')!;
    await settled(el);
    expect(columns(el)).to.equal(1);
    el.layout = 'compact';
    await el.updateComplete;
    expect(columns(el)).to.equal(1);
    expect(cards(el).every((c) => c.getAttribute('variant') === 'compact')).to.be.true;
    await expect(el).to.be.accessible();
  });
});
