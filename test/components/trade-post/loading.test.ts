import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { clearFeedCache, loadFeed, type FeedError } from '../../../src/feed/index.js';
import type { TradePost } from '../../../src/components/trade-post/trade-post.js';
import { restoreFetch, stubFetch, urls } from '../../helpers/fetch.js';
import { deferred, json } from '../../helpers/responses.js';
import { $, text } from '../../helpers/page.js';
import { jsonFeedOf, makePost, seedPost, warmUp } from './helpers.js';

const feedUrl = 'https://news.example.com/feed.json';
const second = makePost({
  id: 'duty-evasion',
  title: 'Importer Pleads Guilty to Duty Evasion',
  contentHtml: undefined,
});
const third = makePost({ id: 'newsletter', title: 'Subscribe to My Linkedin Newsletter', contentHtml: undefined });

/** A `<trade-post>` on `feedUrl` with these properties, once it has reported an error and rendered it. */
async function failedPost(properties: Partial<TradePost> = {}): Promise<{ el: TradePost; error: FeedError }> {
  const el = Object.assign(document.createElement('trade-post'), { src: feedUrl, ...properties });
  const failed = oneEvent(el, 'trade-post-error');
  await fixture(html`${el}`);
  const { error } = (await failed).detail;
  await el.updateComplete;
  return { el, error };
}

describe('<trade-post> loading from src', function () {
  // A shared two-core machine can make axe scans and first module loads slow.
  this.timeout(15_000);
  before(warmUp);

  let stub: Request[] = [];

  beforeEach(() => clearFeedCache());
  afterEach(() => {
    restoreFetch();
    stub = [];
  });

  it('shows a busy skeleton, then the first post of a JSON Feed, and fires trade-post-load', async () => {
    const response = deferred<Response>();
    stub = stubFetch(() => response.promise);
    const el = await fixture<TradePost>(html`<trade-post src=${feedUrl} variant="card"></trade-post>`);
    const skeleton = $(el, '[part~="skeleton"]')!;
    expect(skeleton.getAttribute('aria-busy')).to.equal('true');
    expect(text(skeleton)).to.equal('Loading post…');
    expect(skeleton.querySelector('.bone--image')).to.exist;
    await expect(el).to.be.accessible();

    const loaded = oneEvent(el, 'trade-post-load');
    response.resolve(json(jsonFeedOf([second, third])));
    const event = await loaded;
    expect(event.detail.post.id).to.equal('duty-evasion');
    expect(event.bubbles && event.composed).to.equal(true);
    await el.updateComplete;
    expect(text($(el, '[part~="title"]'))).to.equal(second.title);
    expect($(el, '[part~="skeleton"]')).to.equal(null);
    expect(urls(stub)).to.deep.equal([feedUrl]);
  });

  for (const variant of ['full', 'compact'] as const) {
    it(`reserves space with an accessible skeleton in the ${variant} variant`, async () => {
      stub = stubFetch(() => new Promise<Response>(() => undefined));
      const el = await fixture<TradePost>(html`<trade-post src=${feedUrl} variant=${variant}></trade-post>`);
      const skeleton = $(el, '[part~="skeleton"]')!;
      expect(skeleton.getAttribute('aria-busy')).to.equal('true');
      expect(skeleton.getBoundingClientRect().height).to.be.greaterThan(variant === 'full' ? 200 : 20);
      expect($(el, 'article')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  }

  it('reserves exactly the height of the card that replaces it, without the pieces `hide` leaves out', async () => {
    const response = deferred<Response>();
    stub = stubFetch(() => response.promise);
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="inline-size: 320px">
        <trade-post src=${feedUrl} variant="card"></trade-post>
        <trade-post src=${feedUrl} variant="card" hide="image excerpt tags stats"></trade-post>
      </div>`,
    );
    const [full, bare] = [...wrapper.querySelectorAll('trade-post')];
    await Promise.all([full!.updateComplete, bare!.updateComplete]);
    const loading = [full!, bare!].map((el) => el.getBoundingClientRect().height);
    expect(loading[1]).to.be.lessThan(loading[0]! / 2);

    const title = 'Section 301 tariffs: what importers pay this year';
    response.resolve(json(jsonFeedOf([makePost({ image: undefined, title })])));
    await Promise.all([oneEvent(full!, 'trade-post-load'), oneEvent(bare!, 'trade-post-load')]);
    const loaded = [full!, bare!].map((el) => el.getBoundingClientRect().height);
    // The post has no image: its card keeps the image's room rather than shrinking under the page.
    expect(loaded[0]).to.be.closeTo(loading[0]!, 0.5);
    expect(loaded[1]).to.be.closeTo(loading[1]!, 0.5);
  });

  it('shows the post named by post-id, and switches without a new request', async () => {
    stub = stubFetch(() => json(jsonFeedOf([seedPost, second, third])));
    const el = await fixture<TradePost>(html`<trade-post src=${feedUrl} post-id="newsletter"></trade-post>`);
    await oneEvent(el, 'trade-post-load');
    await el.updateComplete;
    expect(text($(el, '[part~="title"]'))).to.equal(third.title);

    const next = oneEvent(el, 'trade-post-load');
    el.postId = 'duty-evasion';
    expect((await next).detail.post.title).to.equal(second.title);
    await el.updateComplete;
    expect(text($(el, '[part~="title"]'))).to.equal(second.title);
    expect(urls(stub)).to.have.length(1);
  });

  it('renders the full body of a loaded post', async () => {
    stub = stubFetch(() => json(jsonFeedOf([seedPost])));
    const el = await fixture<TradePost>(html`<trade-post src=${feedUrl}></trade-post>`);
    await oneEvent(el, 'trade-post-load');
    await el.updateComplete;
    expect(text($(el, '[part~="body"] h3'))).to.equal('CMA CGM');
    await expect(el).to.be.accessible();
  });

  it('resolves relative links of a post without a URL against the feed address', async () => {
    const post = makePost({ url: undefined, contentHtml: '<p><a href="about">About us</a></p>' });
    stub = stubFetch(() => json(jsonFeedOf([post])));
    const el = await fixture<TradePost>(html`<trade-post src="/feeds/news.json"></trade-post>`);
    await oneEvent(el, 'trade-post-load');
    await el.updateComplete;
    expect($(el, '[part~="body"] a')!.getAttribute('href')).to.equal(new URL('/feeds/about', location.origin).href);
  });

  it('reports not-found when post-id is not in the feed, as state and event', async () => {
    stub = stubFetch(() => json(jsonFeedOf([seedPost, second])));
    const { el, error } = await failedPost({ postId: 'no-such-post' });
    expect(error.kind).to.equal('not-found');
    expect(error.name).to.equal('FeedError');
    const box = $(el, '[part~="error"]')!;
    expect(box.getAttribute('role')).to.equal('alert');
    expect(text(box.querySelector('p'))).to.equal('This post could not be found.');
    expect($(el, '[part~="retry-button"]')).to.exist;
    expect($(el, 'article')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('reports an empty feed as not-found', async () => {
    stub = stubFetch(() => json(jsonFeedOf([])));
    expect((await failedPost()).error.kind).to.equal('not-found');
  });

  const failures: [string, () => Response | Promise<Response>, string, string][] = [
    [
      'an HTTP error',
      () => new Response('nope', { status: 503 }),
      'http',
      'The news server answered with an error (503).',
    ],
    [
      'a network failure',
      () => Promise.reject(new TypeError('Failed to fetch')),
      'network',
      'We couldn’t reach the news server. Check your connection and try again.',
    ],
    [
      'an HTML page instead of a feed',
      () =>
        new Response('<!doctype html><html><body>Login</body></html>', { headers: { 'Content-Type': 'text/html' } }),
      'parse',
      'The news feed could not be read.',
    ],
    [
      'JSON that is no feed',
      () => json({ hello: 'world' }),
      'format',
      'The news feed is not in a format we understand.',
    ],
  ];
  for (const [name, respond, kind, message] of failures) {
    it(`shows a localized message for ${name} (kind ${kind})`, async () => {
      stub = stubFetch(respond);
      const { el, error } = await failedPost();
      expect(error.kind).to.equal(kind);
      expect(text($(el, '[part~="error"] p'))).to.equal(message);
    });
  }

  it('shows the error in Spanish with lang="es"', async () => {
    stub = stubFetch(() => new Response('x', { status: 500 }));
    const { el } = await failedPost({ lang: 'es' });
    expect(text($(el, '[part~="error"] p'))).to.equal('El servidor de noticias respondió con un error (500).');
    expect(text($(el, '[part~="retry-button"]'))).to.equal('Reintentar');
  });

  it('fails with kind timeout after the timeout attribute', async () => {
    stub = stubFetch(() => new Promise<Response>(() => undefined));
    expect((await failedPost({ timeout: 50 })).error.kind).to.equal('timeout');
  });

  it('recovers with "Try again", asking the server again and moving focus to the post', async () => {
    let fail = true;
    stub = stubFetch(() => (fail ? new Response('down', { status: 502 }) : json(jsonFeedOf([second]))));
    const { el } = await failedPost();

    fail = false;
    const loaded = oneEvent(el, 'trade-post-load');
    const button = $(el, '[part~="retry-button"]')!;
    button.focus();
    button.click();
    expect((await loaded).detail.post.id).to.equal('duty-evasion');
    await el.updateComplete;
    expect($(el, '[part~="error"]')).to.equal(null);
    expect(text($(el, '[part~="title"]'))).to.equal(second.title);
    expect(el.shadowRoot!.activeElement).to.equal($(el, 'article'));
    expect(urls(stub)).to.have.length(2);
  });

  it('fires trade-post-error again when a retry fails again, keeping focus on the button', async () => {
    stub = stubFetch(() => new Response('down', { status: 502 }));
    const { el } = await failedPost();
    const again = oneEvent(el, 'trade-post-error');
    $(el, '[part~="retry-button"]')!.click();
    expect((await again).detail.error.status).to.equal(502);
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal($(el, '[part~="retry-button"]'));
  });

  it('ignores a slow response for a src that has since changed', async () => {
    const slow = deferred<Response>();
    stub = stubFetch(({ url }) => (url.includes('old') ? slow.promise : json(jsonFeedOf([third]))));
    const el = await fixture<TradePost>(html`<trade-post src="https://news.example.com/old.json"></trade-post>`);
    const loads: string[] = [];
    el.addEventListener('trade-post-load', (e) => loads.push(e.detail.post.id));

    el.src = 'https://news.example.com/new.json';
    await waitUntil(() => loads.length === 1, 'the new feed did not load');
    slow.resolve(json(jsonFeedOf([second])));
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
    expect(loads).to.deep.equal(['newsletter']);
    expect(text($(el, '[part~="title"]'))).to.equal(third.title);
  });

  it('aborts its request when removed and loads again when put back', async () => {
    const signals: AbortSignal[] = [];
    const gate = deferred<void>();
    stub = stubFetch(async ({ signal }) => {
      signals.push(signal);
      await gate.promise;
      return json(jsonFeedOf([second]));
    });
    const el = await fixture<TradePost>(html`<trade-post src=${feedUrl}></trade-post>`);
    const wrapper = el.parentElement!;
    await waitUntil(() => signals.length === 1);
    const errors: unknown[] = [];
    el.addEventListener('trade-post-error', (e) => errors.push(e.detail.error));
    el.remove();
    await waitUntil(() => signals[0]!.aborted, 'the request was not aborted');

    const loaded = oneEvent(el, 'trade-post-load');
    wrapper.append(el);
    gate.resolve();
    expect((await loaded).detail.post.id).to.equal('duty-evasion');
    expect(errors).to.deep.equal([]);
  });

  it('shows the newer edition when a stale cached feed changed on the server, announcing it once', async () => {
    let title = 'Duty rates announced';
    stub = stubFetch(() => json(jsonFeedOf([makePost({ id: 'rates', title, contentHtml: undefined })])));
    await loadFeed(feedUrl);
    title = 'Duty rates announced, then revised';
    const realNow = Date.now;
    // An hour later the cached copy is past its lifetime: shown at once, then revalidated.
    Date.now = () => realNow() + 3_600_000;
    try {
      const el = document.createElement('trade-post');
      el.src = feedUrl;
      el.variant = 'compact';
      const loads: string[] = [];
      el.addEventListener('trade-post-load', (e) => loads.push(e.detail.post.title));
      await fixture(html`${el}`);
      await waitUntil(() => text($(el, '[part~="title"]')) === title, 'the newer edition was not shown');
      await el.updateComplete;
      expect(loads).to.deep.equal(['Duty rates announced', title]);
      expect(urls(stub)).to.have.length(2);
    } finally {
      Date.now = realNow;
    }
  });

  it('prefers the post property over src', async () => {
    stub = stubFetch(() => json(jsonFeedOf([second])));
    const el = document.createElement('trade-post');
    el.src = feedUrl;
    el.post = third;
    const loaded = oneEvent(el, 'trade-post-load');
    await fixture(html`${el}`);
    expect((await loaded).detail.post.id).to.equal('newsletter');
    expect(urls(stub)).to.deep.equal([]);
  });

  it('shows light-DOM fallback content while it has neither src nor post', async () => {
    const el = await fixture<TradePost>(
      html`<trade-post><a href="https://www.tradelogicintl.com/blog">Read our blog</a></trade-post>`,
    );
    const slot = $<HTMLSlotElement>(el, 'slot')!;
    expect(slot.assignedElements()[0]!.textContent).to.equal('Read our blog');
    await expect(el).to.be.accessible();
  });

  it('reports a post property that is not a post as kind format, without a retry button', async () => {
    const el = document.createElement('trade-post');
    el.post = { hello: 'world' };
    const failed = oneEvent(el, 'trade-post-error');
    await fixture(html`${el}`);
    expect((await failed).detail.error.kind).to.equal('format');
    await el.updateComplete;
    expect($(el, '[part~="error"]')).to.exist;
    expect($(el, '[part~="retry-button"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});

describe('<trade-post> load events for posts set by property', function () {
  // A shared two-core machine can make axe scans and first module loads slow.
  this.timeout(15_000);
  it('fires once per distinct post, not again for an equal copy (as a feed re-render hands over)', async () => {
    const el = document.createElement('trade-post');
    const loads: string[] = [];
    el.addEventListener('trade-post-load', (e) => loads.push(e.detail.post.id));
    el.variant = 'card';
    el.post = seedPost;
    await fixture(html`${el}`);
    await waitUntil(() => loads.length === 1);

    el.post = { ...seedPost, tags: [...seedPost.tags] };
    await el.updateComplete;
    el.post = structuredClone(seedPost);
    await el.updateComplete;
    expect(loads).to.deep.equal(['maritime-regulator-hit']);

    el.post = second;
    await el.updateComplete;
    el.post = makePost({ title: 'Edited title' });
    await el.updateComplete;
    expect(loads).to.deep.equal(['maritime-regulator-hit', 'duty-evasion', 'maritime-regulator-hit']);
  });

  it('waits for the body of a full post before firing', async () => {
    const el = document.createElement('trade-post');
    el.post = seedPost;
    const loaded = oneEvent(el, 'trade-post-load');
    await fixture(html`${el}`);
    await loaded;
    expect($(el, '[part~="body"] h3')).to.exist;
  });
});
