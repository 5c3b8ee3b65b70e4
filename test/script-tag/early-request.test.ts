import { expect, waitUntil as waitUntilQuickly } from '@open-wc/testing';

// The loader starts a `<trade-news-feed src>` or `<trade-post src>` request as soon as it sees the
// tag, beside the element's code rather than after it. Judged from the server's side, on partner
// pages whose script files the test server holds back (test/server/slow-scripts.js): when the feed
// request arrived against when the element's code went out.

const DELAY = 400;

const waitUntil = (predicate: () => unknown, message?: string) =>
  waitUntilQuickly(predicate, message, { timeout: 15000 });

type PageWindow = Window &
  typeof globalThis & {
    recorded: { errors: string[] };
    feedEvents: { type: string; target: string; kind?: string }[];
  };

/** What the server saw of a run, in its own milliseconds (see slow-scripts.js). */
interface Seen {
  visit?: string;
  file: string;
  arrived: number;
  sent?: number;
  ifNoneMatch?: string;
}

const frames: HTMLIFrameElement[] = [];

/** A run of its own: its pages, files and timeline under /test/slow/<run>/. */
function newRun() {
  const run = `run-${Math.random().toString(36).slice(2)}`;
  return {
    /** Opens the page `name` of slow-scripts.js in an iframe, as `visit`, resolving once it has loaded. */
    async open(name: string, visit = 'first'): Promise<PageWindow> {
      const frame = document.createElement('iframe');
      frame.width = '1000';
      frame.height = '800';
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      frame.src = `/test/slow/${run}/${visit}/${name}.html`;
      document.body.append(frame);
      frames.push(frame);
      await loaded;
      return frame.contentWindow as PageWindow;
    },
    /** The requests the server saw for this run, in order. */
    async seen(): Promise<Seen[]> {
      return ((await (await fetch(`/test/slow/${run}/log`)).json()) as Seen[]).filter(({ file }) => file !== 'log');
    },
  };
}

/** The requests for feeds. */
const feedRequests = (seen: Seen[], file = 'feed.json') => seen.filter((entry) => entry.file === file);

/** When the server began sending the chunk of `tag` on `visit` (the code cannot have arrived before). */
function codeSent(seen: Seen[], tag: string, visit = 'first'): number {
  const chunk = seen.find((entry) => entry.visit === visit && entry.file.startsWith(`trade-widgets.${tag}-`));
  expect(chunk?.sent, `the ${tag} chunk was not served`).to.be.a('number');
  return chunk!.sent!;
}

const root = (win: Window, selector: string, index = 0) => win.document.querySelectorAll(selector)[index]?.shadowRoot;

/** Text of a shadow tree with the shadow trees nested in it (a feed's posts). */
function deepText(shadow: ShadowRoot | null | undefined): string {
  if (!shadow) return '';
  return `${shadow.textContent ?? ''} ${[...shadow.querySelectorAll('*')].map((el) => deepText(el.shadowRoot)).join(' ')}`;
}

const showsFeed = (win: Window, index = 0) =>
  deepText(root(win, 'trade-news-feed', index)).includes('Importer Pleads Guilty to Duty Evasion');
const showsPost = (win: Window) => deepText(root(win, 'trade-post')).includes('London headquarters');

afterEach(() => {
  for (const frame of frames.splice(0)) frame.remove();
});

describe('script-tag loader: feed requests beside the element code', function () {
  this.timeout(30000);

  for (const mode of ['defer', 'async', 'sync']) {
    it(`sends one request for two feeds and a post of one URL before their code arrives (${mode})`, async () => {
      const run = newRun();
      const win = await run.open(mode);
      await waitUntil(() => showsFeed(win, 0) && showsFeed(win, 1) && showsPost(win), 'the widgets did not render');
      const seen = await run.seen();
      const requests = feedRequests(seen);
      expect(requests, 'feed.json requests').to.have.length(1);
      const feedCode = codeSent(seen, 'trade-news-feed');
      expect(requests[0]!.arrived).to.be.below(feedCode);
      expect(requests[0]!.arrived).to.be.below(codeSent(seen, 'trade-post'));
      // The code went out a whole delay after the loader: the request did not wait for it.
      expect(feedCode - requests[0]!.arrived).to.be.at.least(DELAY / 2);
      expect(win.feedEvents.filter(({ type }) => type === 'trade-feed-load')).to.have.length(2);
      expect(win.recorded.errors).to.deep.equal([]);
    });
  }

  it('sends no request on a visit while the cached copy is fresh', async () => {
    const run = newRun();
    const first = await run.open('defer');
    await waitUntil(() => showsFeed(first) && showsPost(first), 'the widgets did not render');
    const second = await run.open('defer', 'second');
    await waitUntil(() => showsFeed(second, 1) && showsPost(second), 'the widgets did not render from the cache');
    expect(feedRequests(await run.seen())).to.have.length(1);
    expect(second.recorded.errors).to.deep.equal([]);
  });

  it('revalidates a stale copy early, with If-None-Match, and keeps showing it on 304', async () => {
    const run = newRun();
    const first = await run.open('stale');
    await waitUntil(() => showsFeed(first), 'the feed did not render');
    const second = await run.open('stale', 'second');
    await waitUntil(() => showsFeed(second), 'the feed did not render from the cache');
    await waitUntil(async () => feedRequests(await run.seen()).length === 2, 'no revalidation');
    const seen = await run.seen();
    const [fetched, revalidated] = feedRequests(seen);
    expect(fetched!.ifNoneMatch).to.equal(undefined);
    expect(revalidated!.ifNoneMatch).to.equal('"feed-v1"');
    expect(revalidated!.arrived).to.be.below(codeSent(seen, 'trade-news-feed', 'second'));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(feedRequests(await run.seen())).to.have.length(2);
    expect(second.feedEvents.filter(({ type }) => type === 'trade-feed-error')).to.deep.equal([]);
    expect(second.recorded.errors).to.deep.equal([]);
  });

  it('leaves a lazy feed to ask only once it nears the viewport, and a feed without src to ask nothing', async () => {
    const run = newRun();
    const win = await run.open('lazy');
    await waitUntil(() => root(win, 'trade-news-feed', 1), 'the feed code did not load');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const files = (seen: Seen[]) =>
      seen.filter(({ file }) => !file.startsWith('trade-widgets.')).map(({ file }) => file);
    expect(files(await run.seen())).to.deep.equal(['lazy.html']);
    win.document.querySelectorAll('trade-news-feed')[1]!.scrollIntoView();
    await waitUntil(() => showsFeed(win, 1), 'the lazy feed did not render once scrolled to');
    expect(files(await run.seen())).to.deep.equal(['lazy.html', 'feed.json']);
    expect(win.recorded.errors).to.deep.equal([]);
  });

  it('shows the network error with "Try again", and its event, when the early request fails', async () => {
    const run = newRun();
    const win = await run.open('broken');
    await waitUntil(() => root(win, 'trade-news-feed')?.querySelector('[part~="error"]'), 'no error shown');
    const shadow = root(win, 'trade-news-feed')!;
    expect(shadow.querySelector('[part~="error"] p')?.textContent).to.equal(
      'We couldn’t reach the news server. Check your connection and try again.',
    );
    expect(win.feedEvents).to.deep.equal([{ type: 'trade-feed-error', target: 'trade-news-feed', kind: 'network' }]);
    const seen = await run.seen();
    expect(feedRequests(seen, 'broken.json')[0]!.arrived).to.be.below(codeSent(seen, 'trade-news-feed'));
    const before = feedRequests(seen, 'broken.json').length;
    shadow.querySelector<HTMLButtonElement>('[part~="retry-button"]')!.click();
    await waitUntil(
      async () => feedRequests(await run.seen(), 'broken.json').length > before,
      '"Try again" sent nothing',
    );
    await waitUntil(() => win.feedEvents.length === 2, 'no second error event');
    expect(win.recorded.errors).to.deep.equal([]);
  });

  it('shows the new source of an element whose src changed before its code arrived', async () => {
    const run = newRun();
    const win = await run.open('src-changed');
    await waitUntil(() => showsFeed(win) && showsPost(win), 'the elements did not render their new source');
    expect(deepText(root(win, 'trade-post'))).to.not.include('A Post From Another Feed');
    expect(win.feedEvents.filter(({ type }) => type.endsWith('-error'))).to.deep.equal([]);
    const seen = await run.seen();
    // The loader asked for the old sources; nothing read them, and their failure stayed quiet.
    expect(feedRequests(seen, 'other.json')).to.have.length(1);
    expect(feedRequests(seen, 'broken.json').length).to.be.at.least(1);
    expect(feedRequests(seen)).to.have.length(1);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(win.recorded.errors).to.deep.equal([]);
  });
});
