import { expect, waitUntil as waitUntilQuickly } from '@open-wc/testing';
import { $, $$, closePages, makeUnreachable, openPage as open, shadow } from '../helpers/index.js';

// What the script-tag build loads only when a page needs it (dist/, built by `npm test` before the
// browser tests): a full post's module (its styles, share bar and body sanitizing) and the decoder
// of byte-order marks, UTF-16/32 and legacy charsets, the full table of character references and
// the WordPress and Ghost readers. Pages are in test/server/pages.js.

const waitUntil = (predicate: () => unknown, message?: string) =>
  waitUntilQuickly(predicate, message, { timeout: 15000 });

type PageWindow = Window & typeof globalThis & { recorded: { errors: string[] } };
const openPage = (name: string) => open<PageWindow>(name);

/** The names (without hash) of our files the page fetched, e.g. `trade-post`, `full-post`. */
function chunks(win: Window): string[] {
  return (win.performance.getEntriesByType('resource') as PerformanceResourceTiming[])
    .map((entry) => /\/trade-widgets\.([a-z-]+)-[\w-]{8}\.js$/.exec(new URL(entry.name).pathname)?.[1])
    .filter((name): name is string => Boolean(name));
}

/** The file of one chunk the page fetched, by name. */
function chunkFile(win: Window, name: string): string | undefined {
  return (win.performance.getEntriesByType('resource') as PerformanceResourceTiming[])
    .map((entry) => new URL(entry.name).pathname)
    .find((path) => new RegExp(`/trade-widgets\\.${name}-[\\w-]{8}\\.js$`).test(path));
}

/** The widget `selector` names on `win`'s page, if it is there yet. */
const widget = (win: Window, selector: string) => win.document.querySelector(selector);

/** The shadow roots of the posts a feed shows. */
const cards = (win: Window) => $$(widget(win, 'trade-news-feed'), 'trade-post').map(shadow);

/** The element on `win` shows the network error with "Try again", and the page recorded no errors. */
async function expectNetworkError(win: PageWindow, tag: string): Promise<void> {
  await waitUntil(() => $(widget(win, tag), '[part~="error"]'), `no error shown by <${tag}>`);
  const error = shadow(widget(win, tag)!);
  expect(error.querySelector('[part~="error"] p')?.textContent).to.equal(
    'We couldn’t reach the news server. Check your connection and try again.',
  );
  expect(error.querySelector('[part~="retry-button"]')).to.not.equal(null);
  expect(win.recorded.errors).to.deep.equal([]);
}

afterEach(closePages);

describe('script-tag bundle: code loaded on demand', function () {
  this.timeout(30000);

  it('renders a feed of cards without the full-post module or the charset decoder', async () => {
    const win = await openPage('cards');
    await waitUntil(() => cards(win).length === 2 && cards(win).every((card) => card.querySelector('.post--card')));
    const card = cards(win)[0]!.querySelector<HTMLElement>('.post--card')!;
    expect(win.getComputedStyle(card).borderStyle).to.equal('solid');
    expect(cards(win)[0]!.querySelector('[part~="excerpt"]')?.textContent).to.include('International Maritime');
    expect(chunks(win)).to.include.members(['shared', 'trade-news-feed', 'trade-post']);
    expect(chunks(win)).to.not.include('full-post');
    expect(chunks(win)).to.not.include('decode');
    expect(chunks(win)).to.not.include('cms-formats');
    expect(win.recorded.errors).to.deep.equal([]);
  });

  it('loads the WordPress and Ghost readers for a WordPress feed and shows its posts', async () => {
    const win = await openPage('wordpress');
    await waitUntil(() => cards(win).length === 2 && cards(win)[1]!.querySelector('[part~="title"]'), 'no cards');
    expect(cards(win).map((card) => card.querySelector('[part~="title"]')!.textContent!.trim())).to.deep.equal([
      'Section 301 Duty Exclusions Set to Expire on 12/31/23 – What Importers’ Should Do',
      'Importer Pleads Guilty to Duty Evasion',
    ]);
    expect(chunks(win)).to.include('cms-formats');
    expect(win.recorded.errors).to.deep.equal([]);
  });

  it('loads them for a raw WordPress post given to a card through its post property', async () => {
    const win = await openPage('wordpress-post');
    await waitUntil(() => $(widget(win, 'trade-post'), '[part~="title"]'), 'no card');
    expect($(widget(win, 'trade-post'), '[part~="title"]')!.textContent!.trim()).to.equal(
      'Section 301 Duty Exclusions Set to Expire on 12/31/23 – What Importers’ Should Do',
    );
    expect(chunks(win)).to.include('cms-formats');
    expect(win.recorded.errors).to.deep.equal([]);
  });

  it('loads them for raw Ghost posts given to a feed through its posts property', async () => {
    const win = await openPage('ghost-posts');
    await waitUntil(() => cards(win).length === 2 && cards(win)[1]!.querySelector('[part~="title"]'), 'no cards');
    expect(cards(win)[0]!.querySelector('[part~="title"]')!.textContent!.trim()).to.equal(
      'Maritime Regulator Hit by Cyberattack',
    );
    expect(chunks(win)).to.include('cms-formats');
    expect(win.recorded.errors).to.deep.equal([]);
  });

  it('loads the full-post module for a full post: styles, body and share bar', async () => {
    const win = await openPage('full-post');
    await waitUntil(() => $(widget(win, 'trade-post'), '[part~="body"] blockquote'), 'no body');
    const post = shadow(widget(win, 'trade-post')!);
    expect(win.getComputedStyle(post.querySelector('.post--full')!).display).to.equal('flex');
    expect(post.querySelectorAll('[part~="share-link"]').length).to.equal(5);
    expect(chunks(win)).to.include('full-post');
    expect(win.recorded.errors).to.deep.equal([]);
  });

  it('loads the charset decoder for a windows-1252 feed and reads it right', async () => {
    const win = await openPage('windows-1252');
    await waitUntil(() => $(widget(win, 'trade-post'), '[part~="title"]'), 'no card');
    const title = $(widget(win, 'trade-post'), '[part~="title"]')!.textContent!.trim();
    expect(title).to.equal('Café Tariffs – Duty “Drawback”');
    expect(chunks(win)).to.include('decode');
    expect(win.recorded.errors).to.deep.equal([]);
  });

  describe('when the full-post module cannot be fetched', () => {
    let registration: ServiceWorkerRegistration | undefined;
    after(async () => {
      await registration?.unregister();
    });

    it('shows the post with its summary, a "could not be shown" note and a link, without errors', async () => {
      // Find the module's file name on a page that loads it, then fail it for every page after.
      const first = await openPage('full-post');
      await waitUntil(() => chunkFile(first, 'full-post'), 'the full-post module was not loaded');
      const file = chunkFile(first, 'full-post')!;
      registration = await makeUnreachable(file);

      const win = await openPage('full-post');
      await waitUntil(() => $(widget(win, 'trade-post'), '.body__unavailable'), 'no note');
      const post = shadow(widget(win, 'trade-post')!);
      expect(post.querySelector('[part~="title"]')?.textContent).to.include('Maritime Regulator');
      expect(post.querySelector('.body__unavailable')?.textContent).to.equal('The full text could not be shown.');
      expect(post.querySelector<HTMLAnchorElement>('[part~="read-more"]')?.href).to.equal(
        'https://blog.example.com/post/maritime-regulator-cyberattack',
      );
      expect(post.querySelector('[part~="share"]')).to.equal(null);
      expect(win.recorded.errors).to.deep.equal([]);
    });
  });

  describe('when the charset decoder cannot be fetched', () => {
    let registration: ServiceWorkerRegistration | undefined;
    after(async () => {
      await registration?.unregister();
    });

    it('shows the network error with "Try again" for a windows-1252 feed, without errors', async () => {
      const first = await openPage('windows-1252');
      await waitUntil(() => chunkFile(first, 'decode'), 'the decoder was not loaded');
      const file = chunkFile(first, 'decode')!;
      registration = await makeUnreachable(file);

      const win = await openPage('windows-1252');
      await expectNetworkError(win, 'trade-post');
    });
  });

  describe('when the table of character references cannot be fetched', () => {
    let registration: ServiceWorkerRegistration | undefined;
    after(async () => {
      await registration?.unregister();
    });

    it('shows the network error with "Try again" for a feed that needs it, without errors', async () => {
      const first = await openPage('rare-entity');
      await waitUntil(() => cards(first)[0]?.querySelector('[part~="title"]'), 'no card');
      expect(cards(first)[0]!.querySelector('[part~="title"]')!.textContent!.trim()).to.equal(
        'Steel Tariffs ≠ Aluminum Tariffs: Section 232 Explained',
      );
      registration = await makeUnreachable(chunkFile(first, 'entities')!);

      // The second visit reads the copy the first kept in sessionStorage, which needs the table too.
      await expectNetworkError(await openPage('rare-entity'), 'trade-news-feed');
    });
  });

  describe('when the WordPress and Ghost readers cannot be fetched', () => {
    let registration: ServiceWorkerRegistration | undefined;
    after(async () => {
      await registration?.unregister();
    });

    it('shows the network error with "Try again" for a WordPress feed, without errors', async () => {
      const first = await openPage('wordpress');
      await waitUntil(() => chunkFile(first, 'cms-formats'), 'the readers were not loaded');
      const file = chunkFile(first, 'cms-formats')!;
      registration = await makeUnreachable(file);

      const win = await openPage('wordpress');
      await expectNetworkError(win, 'trade-news-feed');
    });

    it('shows the same for a raw WordPress post given to a card through its post property', async () => {
      const win = await openPage('wordpress-post');
      await expectNetworkError(win, 'trade-post');
    });

    it('shows the same for raw Ghost posts given through the posts property, until they are taken away', async () => {
      const win = await openPage('ghost-posts');
      await expectNetworkError(win, 'trade-news-feed');
      const feed = win.document.querySelector('trade-news-feed') as HTMLElement & { posts: unknown };
      feed.posts = undefined;
      await waitUntil(() => !$(widget(win, 'trade-news-feed'), '[part~="error"]'), 'the error stayed');
    });
  });
});
