import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { TradePost } from '../../../src/components/trade-post/trade-post.js';
import { json } from '../../helpers/responses.js';
import { restoreFetch, stubFetch } from '../../helpers/fetch.js';
import { jsonFeedOf, makePost, renderPost, shadow, warmUp } from './helpers.js';

// A full post's styles, share bar and body sanitizing load on demand (load-full-post.ts): the file
// is fetched the first time a full post shows, never for cards. Each test file has a page of its
// own, so the module is not loaded before the first test here.

/** Whether this page has fetched the full-post module. */
const fetchedFullPost = (): boolean =>
  performance.getEntriesByType('resource').some((entry) => new URL(entry.name).pathname.endsWith('/full-post.ts'));

describe('<trade-post> loading what only a full post needs', function () {
  before(warmUp);
  afterEach(restoreFetch);

  it('renders cards and compact lines without fetching the full-post module', async () => {
    const card = await renderPost(makePost(), { variant: 'card' });
    const compact = await renderPost(makePost({ id: 'other' }), { variant: 'compact' });
    expect(shadow(card).querySelector('[part~="title"]')?.textContent).to.include('Maritime Regulator');
    expect(getComputedStyle(shadow(card).querySelector('.post--card')!).borderStyle).to.equal('solid');
    expect(shadow(compact).querySelector('[part~="date"]')).to.not.equal(null);
    expect(fetchedFullPost()).to.equal(false);
  });

  it('never shows a full post before its styles: the first render already has them', async () => {
    const el = document.createElement('trade-post');
    el.post = makePost();
    await fixture(html`${el}`);
    // updateComplete waits for the module, so the first article on screen is styled.
    const article = shadow(el).querySelector<HTMLElement>('[part~="article"]')!;
    expect(article.classList.contains('post--full')).to.equal(true);
    expect(getComputedStyle(article).display).to.equal('flex');
    // The footer with the share bar follows once the body is there, so it never moves under it.
    await waitUntil(() => shadow(el).querySelector('[part~="share"]'), 'no share bar');
    expect(fetchedFullPost()).to.equal(true);
  });

  it('renders a full post with its body, footer styles and share bar once loaded', async () => {
    const el = await renderPost(makePost());
    const root = shadow(el);
    expect(root.querySelector('[part~="body"] h3')?.textContent).to.equal('CMA CGM');
    expect(getComputedStyle(root.querySelector('footer')!).borderTopStyle).to.equal('solid');
    expect(root.querySelectorAll('[part~="share-link"]').length).to.equal(5);
  });

  it('shows the loading placeholder while a full post from `src` loads, then the post', async () => {
    stubFetch(() => json(jsonFeedOf([makePost()])));
    const el = document.createElement('trade-post') as TradePost;
    el.src = '/feeds/on-demand.json';
    const loaded = oneEvent(el, 'trade-post-load');
    await fixture(html`${el}`);
    expect(shadow(el).querySelector('[part~="skeleton"]')).to.not.equal(null);
    await loaded;
    await el.updateComplete;
    expect(shadow(el).querySelector('[part~="share"]')).to.not.equal(null);
    expect(shadow(el).querySelector('[part~="body"]')?.textContent).to.include('London headquarters');
  });

  it('gives a card that becomes full its full styles and share bar', async () => {
    const el = await renderPost(makePost({ id: 'switch' }), { variant: 'card' });
    el.variant = 'full';
    const loaded = oneEvent(el, 'trade-post-load');
    el.post = makePost({ id: 'switch', title: 'Now in full' });
    await loaded;
    await el.updateComplete;
    const article = shadow(el).querySelector<HTMLElement>('[part~="article"]')!;
    expect(article.classList.contains('post--full')).to.equal(true);
    expect(getComputedStyle(article).display).to.equal('flex');
    expect(shadow(el).querySelector('[part~="share"]')).to.not.equal(null);
  });
});
