import { expect, waitUntil as waitUntilQuickly } from '@open-wc/testing';
import { closePages, openPage } from '../helpers/frames.js';

// Views through the script tag, on a partner page under the strict CSP (test/server/pages.js
// `csp-views`): a full post below the fold scrolled into view in Chromium, counted at the test
// server's endpoint (test/server/plugins.js), which records what arrives.

const waitUntil = (predicate: () => unknown, message?: string) =>
  waitUntilQuickly(predicate, message, { timeout: 15000 });

type PageWindow = Window & typeof globalThis & { recorded: { errors: string[]; violations: string[] } };

interface Received {
  body: string;
  type: string;
  cookie: string | null;
}

let serial = 0;

/** The partner page, its post pointed at a log of its own, the page holding a cookie of the partner's. */
async function partnerPage(): Promise<{ win: PageWindow; post: HTMLElement; log: string }> {
  // The frames share this tab's sessionStorage: each page starts as a tab that has counted nothing.
  sessionStorage.removeItem('trade-widgets:viewed');
  const win = await openPage<PageWindow>('csp-views');
  const log = `/test-api/views/${Date.now()}-${serial++}`;
  win.document.cookie = 'partner_session=secret; path=/';
  const post = win.document.querySelector<HTMLElement>('trade-post')!;
  post.setAttribute('views-endpoint', log);
  await waitUntil(
    () => post.shadowRoot?.querySelector('[part~="body"]')?.textContent?.includes('London headquarters'),
    'the post did not render',
  );
  return { win, post, log };
}

const received = async (log: string): Promise<Received[]> => (await fetch(log)).json() as Promise<Received[]>;

/** Scrolls the post into view and resolves with the `trade-post-view` that follows. */
function readPost(win: PageWindow, post: HTMLElement): Promise<Event> {
  const seen = new Promise<Event>((resolve) => win.document.addEventListener('trade-post-view', resolve));
  post.scrollIntoView({ block: 'start' });
  return seen;
}

describe('views through the script tag under the strict CSP', function () {
  this.timeout(30_000);
  afterEach(closePages);

  it('counts the post once it is read: one JSON request without cookies, no CSP violation', async () => {
    const { win, post, log } = await partnerPage();
    expect(post.getBoundingClientRect().top).to.be.greaterThan(win.innerHeight);
    const event = (await readPost(win, post)) as CustomEvent<{ post: { id: string } }>;
    expect(event.detail.post.id).to.equal('maritime-regulator-cyberattack');
    await waitUntil(async () => (await received(log)).length === 1, 'the view did not arrive');
    const [view] = await received(log);
    expect(view!.type).to.equal('application/json');
    expect(view!.cookie).to.equal(null);
    expect(JSON.parse(view!.body)).to.deep.equal({
      id: 'maritime-regulator-cyberattack',
      url: (event.detail.post as { url?: string }).url ?? null,
      page: `${location.origin}/test/pages/csp-views.html`,
    });
    expect(win.recorded.violations).to.deep.equal([]);
    expect(win.recorded.errors).to.deep.equal([]);
  });

  it('sends nothing under Global Privacy Control, and nothing without views-endpoint', async () => {
    for (const setUp of [
      (win: PageWindow) => Object.defineProperty(win.navigator, 'globalPrivacyControl', { value: true }),
      (_win: PageWindow, post: HTMLElement) => post.removeAttribute('views-endpoint'),
    ]) {
      const { win, post, log } = await partnerPage();
      setUp(win, post);
      await readPost(win, post);
      // Anything sent would have started before the event's listeners returned: wait for the
      // page's network to be quiet, then ask the endpoint.
      await new Promise((resolve) => win.requestAnimationFrame(resolve));
      const sent = (win.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((entry) =>
        entry.name.includes('/test-api/views/'),
      );
      expect(sent).to.deep.equal([]);
      expect(await received(log)).to.deep.equal([]);
      closePages();
    }
  });

  it("shows the Follow row of the feed's profiles attribute under the strict CSP", async () => {
    const { win } = await partnerPage();
    const feed = win.document.querySelector('trade-news-feed')!;
    await waitUntil(() => feed.shadowRoot?.querySelectorAll('[part~="profile-link"]').length === 2, 'no Follow row');
    const names = [...feed.shadowRoot!.querySelectorAll('[part~="profile-link"]')].map((a) => a.textContent!.trim());
    expect(names).to.deep.equal(['X', 'LinkedIn']);
    expect(win.recorded.violations).to.deep.equal([]);
  });
});
