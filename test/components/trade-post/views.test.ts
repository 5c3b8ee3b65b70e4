import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { Post } from '../../../src/feed/index.js';
import type { TradePost } from '../../../src/components/trade-post/trade-post.js';
import { fakeClock, type FakeClock } from '../../helpers/clock.js';
import { restoreFetch, stubFetch } from '../../helpers/fetch.js';
import { json } from '../../helpers/responses.js';
import { feedUrl } from '../../helpers/feeds.js';
import { jsonFeedOf, makePost, renderPost, warmUp } from './helpers.js';

/**
 * Views of a full post: `trade-post-view` and the request to `views-endpoint`. Visibility is the
 * subject here, so the IntersectionObserver is one the test drives (`show(ratio)`), and the one
 * second a post must stay visible passes on a fake clock. views-scroll.test.ts scrolls a real page.
 */

interface FakeObserver {
  target?: Element;
  callback: IntersectionObserverCallback;
  thresholds: number[];
  disconnected: boolean;
}

const RealObserver = window.IntersectionObserver;
let observers: FakeObserver[] = [];

function installObserver(): void {
  observers = [];
  window.IntersectionObserver = class {
    private readonly _record: FakeObserver;
    constructor(callback: IntersectionObserverCallback, options: IntersectionObserverInit = {}) {
      this._record = { callback, thresholds: [options.threshold ?? 0].flat(), disconnected: false };
      observers.push(this._record);
    }
    observe(target: Element): void {
      this._record.target = target;
    }
    disconnect(): void {
      this._record.disconnected = true;
    }
    unobserve(): void {}
    takeRecords(): IntersectionObserverEntry[] {
      return [];
    }
  } as unknown as typeof IntersectionObserver;
}

/** The observer watching `el`'s article now (none once it stopped). */
const watcherOf = (el: TradePost): FakeObserver | undefined =>
  observers.find((o) => !o.disconnected && o.target && el.shadowRoot!.contains(o.target));

/**
 * Reports `ratio` of `el`'s post as visible; `postHeight` and `screen` are in pixels (a post taller
 * than two screens is never half visible, but it can fill half the screen).
 */
function show(el: TradePost, ratio: number, { postHeight = 600, screen = 800 } = {}): void {
  const watcher = watcherOf(el);
  if (!watcher) throw new Error('nothing watches this post');
  const entry = {
    target: watcher.target,
    isIntersecting: ratio > 0,
    intersectionRatio: ratio,
    intersectionRect: { height: ratio * postHeight },
    rootBounds: { height: screen },
    boundingClientRect: { height: postHeight },
  } as unknown as IntersectionObserverEntry;
  watcher.callback([entry], {} as IntersectionObserver);
}

let clock: FakeClock;
let requests: Request[];
let views: CustomEvent<{ post: Post }>[];
const onView = (event: Event) => views.push(event as CustomEvent<{ post: Post }>);
let serial = 0;
/** A post no other test has counted in this tab. */
const freshPost = (overrides: Partial<Post> = {}) =>
  makePost({ id: `views-${Date.now()}-${serial++}`, url: `https://blog.example.com/post/${serial}`, ...overrides });

const viewBodies = () =>
  Promise.all(requests.filter((r) => r.url.endsWith('/views')).map((r) => r.clone().json() as Promise<unknown>));

describe('<trade-post> counts views', function () {
  before(warmUp);

  beforeEach(() => {
    installObserver();
    clock = fakeClock({ timeoutsFrom: 1000 });
    requests = stubFetch(() => json({ ok: true }));
    views = [];
    document.addEventListener('trade-post-view', onView);
  });

  afterEach(() => {
    clock.restore();
    restoreFetch();
    window.IntersectionObserver = RealObserver;
    document.removeEventListener('trade-post-view', onView);
    delete (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl;
  });

  it('fires trade-post-view and sends one request once a full post was half visible for a second', async () => {
    const post = freshPost();
    const el = await renderPost(post, { 'views-endpoint': '/views' });
    show(el, 0.5);
    clock.tick(999);
    expect(views).to.have.length(0);
    clock.tick(1);
    expect(views).to.have.length(1);
    const [event] = views;
    expect(event!.detail.post.id).to.equal(post.id);
    expect(event!.bubbles && event!.composed).to.equal(true);
    expect(event!.target).to.equal(el);

    await waitUntil(() => requests.length === 1, 'no request was sent');
    const [request] = requests;
    expect(request!.method).to.equal('POST');
    expect(request!.url).to.equal(new URL('/views', location.href).href);
    expect(request!.credentials).to.equal('omit');
    expect(request!.keepalive).to.equal(true);
    expect(request!.headers.get('content-type')).to.equal('application/json');
    expect(await viewBodies()).to.deep.equal([
      { id: post.id, url: post.url, page: location.origin + location.pathname },
    ]);
  });

  it('does not count a post scrolled past in a blink, nor one less than half visible', async () => {
    const el = await renderPost(freshPost(), { 'views-endpoint': '/views' });
    show(el, 0.8);
    clock.tick(300);
    show(el, 0);
    clock.tick(5000);
    show(el, 0.49);
    clock.tick(5000);
    expect(views).to.have.length(0);
    // Back for a whole second: now it counts, from when it came back.
    show(el, 0.6);
    clock.tick(1000);
    expect(views).to.have.length(1);
  });

  it('counts a post taller than two screens once it fills half the screen', async () => {
    const el = await renderPost(freshPost(), { 'views-endpoint': '/views' });
    // 3000 px of post on an 800 px screen: 10% of it is 300 px, 14% is 420 px.
    show(el, 0.1, { postHeight: 3000, screen: 800 });
    clock.tick(2000);
    expect(views).to.have.length(0);
    show(el, 0.14, { postHeight: 3000, screen: 800 });
    clock.tick(1000);
    expect(views).to.have.length(1);
  });

  it('counts each post once per tab, however often or wherever it is shown again', async () => {
    const post = freshPost();
    const first = await renderPost(post, { 'views-endpoint': '/views' });
    show(first, 1);
    clock.tick(1000);
    expect(views).to.have.length(1);
    expect(watcherOf(first)).to.equal(undefined);
    // Another element showing the same post (as after a reload: the tab remembers it).
    const again = await renderPost({ ...post }, { 'views-endpoint': '/views' });
    expect(watcherOf(again)).to.equal(undefined);
    expect(JSON.parse(sessionStorage.getItem('trade-widgets:viewed')!)).to.include(`${post.id} ${post.url}`);
    // A different post counts on its own.
    const other = await renderPost(freshPost(), { 'views-endpoint': '/views' });
    show(other, 1);
    clock.tick(1000);
    expect(views.map((event) => event.detail.post.id)).to.deep.equal([post.id, other.post!.id]);
    await waitUntil(() => requests.length === 2, 'one request per post');
  });

  it('sends nothing when the browser sends Global Privacy Control, and still tells the host page', async () => {
    Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true });
    const el = await renderPost(freshPost(), { 'views-endpoint': '/views' });
    show(el, 1);
    clock.tick(1000);
    expect(views).to.have.length(1);
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve));
    expect(requests).to.have.length(0);
  });

  it('sends nothing without views-endpoint, or with one that is not http(s)', async () => {
    const plain = await renderPost(freshPost());
    show(plain, 1);
    clock.tick(1000);
    const hostile = await renderPost(freshPost(), { 'views-endpoint': 'javascript:alert(1)' });
    show(hostile, 1);
    clock.tick(1000);
    expect(views).to.have.length(2);
    await new Promise((resolve) => setTimeout(resolve));
    expect(requests).to.have.length(0);
  });

  it('keeps working when the endpoint fails or cannot be reached', async () => {
    restoreFetch();
    requests = stubFetch((_request, index) =>
      index === 0 ? Promise.reject(new TypeError('Failed to fetch')) : new Response('', { status: 500 }),
    );
    const errors: unknown[] = [];
    const onRejection = (event: PromiseRejectionEvent) => errors.push(event.reason);
    window.addEventListener('unhandledrejection', onRejection);
    try {
      for (const post of [freshPost(), freshPost()]) {
        const el = await renderPost(post, { 'views-endpoint': '/views' });
        show(el, 1);
        clock.tick(1000);
      }
      await waitUntil(() => requests.length === 2);
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(views).to.have.length(2);
      expect(errors).to.deep.equal([]);
    } finally {
      window.removeEventListener('unhandledrejection', onRejection);
    }
  });

  it('does not count while the page is hidden, and counts once it shows again', async () => {
    const el = await renderPost(freshPost(), { 'views-endpoint': '/views' });
    const state = (value: DocumentVisibilityState) => {
      Object.defineProperty(document, 'visibilityState', { value, configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    };
    try {
      show(el, 1);
      clock.tick(500);
      state('hidden');
      clock.tick(5000);
      expect(views).to.have.length(0);
      state('visible');
      clock.tick(1000);
      expect(views).to.have.length(1);
    } finally {
      delete (document as { visibilityState?: unknown }).visibilityState;
    }
  });

  it('watches only full posts, and only once the post is on screen', async () => {
    const card = await renderPost(freshPost(), { variant: 'card', 'views-endpoint': '/views' });
    const compact = await renderPost(freshPost(), { variant: 'compact', 'views-endpoint': '/views' });
    expect(watcherOf(card)).to.equal(undefined);
    expect(watcherOf(compact)).to.equal(undefined);
    const full = await renderPost(freshPost(), { 'views-endpoint': '/views' });
    expect(watcherOf(full)!.target).to.equal(full.shadowRoot!.querySelector('article'));
    // Switched to a card, it stops watching.
    full.variant = 'card';
    await full.updateComplete;
    expect(watcherOf(full)).to.equal(undefined);
  });

  it('stops watching when the element leaves the page, and watches again when it comes back', async () => {
    const el = await renderPost(freshPost(), { 'views-endpoint': '/views' });
    show(el, 1);
    const parent = el.parentNode!;
    el.remove();
    clock.tick(2000);
    expect(views).to.have.length(0);
    parent.append(el);
    await el.updateComplete;
    await waitUntil(() => watcherOf(el), 'not watched again');
    show(el, 1);
    clock.tick(1000);
    expect(views).to.have.length(1);
  });

  it('watches a new post when the post changes', async () => {
    const el = await renderPost(freshPost(), { 'views-endpoint': '/views' });
    const next = freshPost();
    const loaded = oneEvent(el, 'trade-post-load');
    el.post = next;
    await loaded;
    await el.updateComplete;
    show(el, 1);
    clock.tick(1000);
    expect(views.map((event) => event.detail.post.id)).to.deep.equal([next.id]);
  });

  it('has the next load of the post ask for the new count once the endpoint accepted the view', async () => {
    const post = freshPost({ views: 18 });
    let counted = 0;
    restoreFetch();
    requests = stubFetch((request) =>
      request.url.endsWith('/views')
        ? json({ ok: true }, { status: (counted += 1) && 200 })
        : json(jsonFeedOf([{ ...post, views: 18 + counted }]), { headers: { ETag: `"v${counted}"` } }),
    );
    const src = feedUrl();
    const stats = (el: TradePost) => el.shadowRoot!.querySelector('[part~="stats"]')?.textContent ?? '';
    const first = await fixture<TradePost>(html`<trade-post src=${src} views-endpoint="/views"></trade-post>`);
    await waitUntil(() => watcherOf(first), 'the post was not watched');
    expect(stats(first)).to.include('18 views');
    show(first, 1);
    clock.tick(1000);
    await waitUntil(() => counted === 1, 'the view was not sent');
    // As after a reload: the saved copy shows at once, then the server's new count replaces it.
    const again = await fixture<TradePost>(html`<trade-post src=${src}></trade-post>`);
    await waitUntil(() => stats(again).includes('19 views'), 'the new count was not fetched');
  });
});
