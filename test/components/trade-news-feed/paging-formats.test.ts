import { expect, html, waitUntil } from '@open-wc/testing';
import type { TradeNewsFeed } from '../../../src/components/trade-news-feed/trade-news-feed.js';
import { feedFixture, loadMore, titles } from './helpers.js';
import { json, stubFetch } from '../../helpers/index.js';

/** Clicks "Load more" until it disappears; returns how many clicks that took. */
async function loadAll(el: TradeNewsFeed): Promise<number> {
  let clicks = 0;
  while (loadMore(el) && clicks < 10) {
    const before = titles(el).length;
    loadMore(el)!.click();
    clicks += 1;
    await waitUntil(() => titles(el).length > before || !loadMore(el), 'Load more showed nothing');
    await waitUntil(() => loadMore(el)?.getAttribute('aria-disabled') !== 'true', 'Load more stayed busy');
  }
  return clicks;
}

const wpPost = (n: number): Record<string, unknown> => ({
  id: n,
  date_gmt: '2024-03-01T10:00:00',
  link: `https://wp.example.com/?p=${n}`,
  title: { rendered: `WordPress &#8220;post&#8221; ${n}` },
  excerpt: { rendered: `<p>Excerpt ${n} […]</p>` },
  _embedded: { author: [{ name: 'Ana' }] },
});

const ghostPost = (n: number): Record<string, unknown> => ({
  id: `g${n}`,
  uuid: `uuid-${n}`,
  title: `Ghost post ${n}`,
  url: `https://ghost.example.com/p${n}/`,
  custom_excerpt: `Excerpt ${n}`,
  published_at: '2024-03-01T10:00:00.000Z',
  feature_image: null,
  primary_author: { name: 'Ben' },
});

const atomPage = (from: number, count: number, next?: string): string => `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Atom news</title>
  <id>urn:atom-news</id>
  <updated>2024-03-01T10:00:00Z</updated>
  ${next ? `<link rel="next" href="${next}"/>` : ''}
  ${Array.from(
    { length: count },
    (_, i) => `<entry>
    <id>urn:entry:${from + i}</id>
    <title>Atom entry ${from + i}</title>
    <link rel="alternate" href="https://atom.example.com/e${from + i}"/>
    <updated>2024-03-01T10:00:00Z</updated>
    <summary>Summary ${from + i}</summary>
  </entry>`,
  ).join('\n')}
</feed>`;

describe('<trade-news-feed> load more across formats', () => {
  it('pages a WordPress REST API source through X-WP-TotalPages', async () => {
    const src = 'https://wp.example.com/wp-json/wp/v2/posts?_embed&per_page=2';
    const calls = stubFetch(({ url }) => {
      const page = Number(new URL(url).searchParams.get('page') ?? '1');
      return json([wpPost(page * 10), wpPost(page * 10 + 1)], { headers: { 'X-WP-TotalPages': '3' } });
    });
    const el = await feedFixture(html`<trade-news-feed src=${src} limit="2" load-more></trade-news-feed>`);
    expect(titles(el)).to.deep.equal(['WordPress “post” 10', 'WordPress “post” 11']);
    expect(await loadAll(el)).to.equal(2);
    expect(titles(el)).to.have.length(6);
    expect(titles(el)[5]).to.equal('WordPress “post” 31');
    expect(calls.map((c) => new URL(c.url).searchParams.get('page'))).to.deep.equal([null, '2', '3']);
  });

  it('pages a Ghost Content API source through meta.pagination.next', async () => {
    const src = 'https://ghost.example.com/ghost/api/content/posts/?key=k&limit=2';
    stubFetch(({ url }) => {
      const page = Number(new URL(url).searchParams.get('page') ?? '1');
      return json({
        posts: [ghostPost(page * 10), ghostPost(page * 10 + 1)],
        meta: { pagination: { page, limit: 2, pages: 2, total: 4, next: page < 2 ? page + 1 : null, prev: null } },
      });
    });
    const el = await feedFixture(html`<trade-news-feed src=${src} limit="2" load-more></trade-news-feed>`);
    expect(titles(el)).to.deep.equal(['Ghost post 10', 'Ghost post 11']);
    expect(await loadAll(el)).to.equal(1);
    expect(titles(el)).to.deep.equal(['Ghost post 10', 'Ghost post 11', 'Ghost post 20', 'Ghost post 21']);
  });

  it('pages an Atom feed through link rel="next"', async () => {
    const src = 'https://atom.example.com/feed.atom';
    const page2 = 'https://atom.example.com/feed.atom?page=2';
    stubFetch(
      ({ url }) =>
        new Response(url === src ? atomPage(1, 3, page2) : atomPage(4, 2), {
          headers: { 'Content-Type': 'application/atom+xml' },
        }),
    );
    const el = await feedFixture(html`<trade-news-feed src=${src} load-more></trade-news-feed>`);
    expect(titles(el)).to.deep.equal(['Atom entry 1', 'Atom entry 2', 'Atom entry 3']);
    expect(await loadAll(el)).to.equal(1);
    expect(titles(el)).to.deep.equal(['Atom entry 1', 'Atom entry 2', 'Atom entry 3', 'Atom entry 4', 'Atom entry 5']);
  });

  it('stops at a page that points back at one already read', async () => {
    const src = 'https://loop.example.com/feed.json';
    const page2 = 'https://loop.example.com/feed-2.json';
    const calls = stubFetch(({ url }) =>
      json({
        version: 'https://jsonfeed.org/version/1.1',
        items: url === src ? [{ id: 'a', title: 'A' }] : [{ id: 'b', title: 'B' }],
        next_url: url === src ? page2 : src,
      }),
    );
    const el = await feedFixture(html`<trade-news-feed src=${src} limit="1" load-more></trade-news-feed>`);
    expect(await loadAll(el)).to.equal(1);
    expect(titles(el)).to.deep.equal(['A', 'B']);
    expect(calls).to.have.length(2);
  });
});
