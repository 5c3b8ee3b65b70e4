import { expect, waitUntil } from '@open-wc/testing';
import { version } from '../../src/version.js';

// The partner's view: dist/trade-widgets.min.js (built by `npm test` before the browser tests) on
// real pages under test/pages/, in every way a partner may include it.

interface Recorded {
  errors: string[];
  violations: string[];
}

type PageWindow = Window & typeof globalThis & { recorded: Recorded; TradeWidgets?: { version: string } };

const frames: HTMLIFrameElement[] = [];

async function openPage(name: string): Promise<PageWindow> {
  const frame = document.createElement('iframe');
  frame.title = name;
  frame.width = '1000';
  frame.height = '800';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/test/pages/${name}.html`;
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  return frame.contentWindow as PageWindow;
}

/** Text of an element's shadow tree, including the shadow trees nested in it (a feed's posts). */
function deepText(root: ShadowRoot | null | undefined): string {
  if (!root) return '';
  const nested = [...root.querySelectorAll('*')].map((el) => deepText(el.shadowRoot)).join(' ');
  return `${root.textContent ?? ''} ${nested}`;
}

function shadowText(win: Window, selector: string): string {
  return deepText(win.document.querySelector(selector)?.shadowRoot).replace(/\s+/g, ' ');
}

/** Waits until all three widgets show their data: the feed's posts, the post's body, the form. */
async function widgetsRendered(win: PageWindow): Promise<void> {
  await waitUntil(
    () =>
      shadowText(win, 'trade-news-feed').includes('Maritime Regulator Hit by Cyberattack') &&
      shadowText(win, 'trade-post').includes('London headquarters') &&
      (win.document.querySelector('broker-contact-form')?.shadowRoot?.querySelector('form') ?? null) !== null,
    'the three widgets did not render their data',
    { timeout: 4000 },
  );
}

afterEach(() => {
  for (const frame of frames.splice(0)) frame.remove();
});

describe('script-tag bundle', () => {
  for (const mode of ['defer', 'async', 'sync-head', 'sync-end']) {
    it(`renders all three widgets when included ${mode.replace('-', ' in the ')}`, async () => {
      const win = await openPage(mode);
      await widgetsRendered(win);
      expect(win.recorded.errors).to.deep.equal([]);
    });
  }

  it('works when included twice, without errors', async () => {
    const win = await openPage('twice');
    await widgetsRendered(win);
    expect(win.recorded.errors).to.deep.equal([]);
    expect(win.document.querySelectorAll('script[src$="trade-widgets.min.js"]')).to.have.length(3);
  });

  it('works next to the npm build on the same page', async () => {
    const win = await openPage('with-npm-build');
    await widgetsRendered(win);
    await waitUntil(() => win.document.querySelector('script[type=module]') && win.customElements.get('trade-post'));
    expect(win.recorded.errors).to.deep.equal([]);
  });

  it('upgrades elements created later with document.createElement', async () => {
    const win = await openPage('later');
    await waitUntil(() => win.customElements.get('trade-news-feed'), 'bundle did not define the elements');
    const feed = win.document.createElement('trade-news-feed');
    feed.setAttribute('src', 'feed.json');
    win.document.body.append(feed);
    await waitUntil(() => shadowText(win, 'trade-news-feed').includes('Importer Pleads Guilty'), 'feed did not render');
    expect(win.recorded.errors).to.deep.equal([]);
  });

  it('keeps light-DOM fallback content in the page for before the upgrade', async () => {
    const win = await openPage('defer');
    const fallback = win.document.querySelector('trade-news-feed a');
    expect(fallback?.textContent).to.equal('Fallback link');
  });

  it('exposes window.TradeWidgets = { version } and no other global', async () => {
    const [bare, withWidgets] = [await openPage('no-widgets'), await openPage('defer')];
    await widgetsRendered(withWidgets);
    const before = new Set(Object.getOwnPropertyNames(bare));
    const added = Object.getOwnPropertyNames(withWidgets).filter((name) => !before.has(name));
    expect(added).to.deep.equal(['TradeWidgets']);
    expect(withWidgets.TradeWidgets).to.deep.equal({ version });
  });

  it('causes no violation under the strict partner Content-Security-Policy with Trusted Types', async () => {
    const win = await openPage('csp-strict');
    await widgetsRendered(win);
    expect(win.recorded.violations).to.deep.equal([]);
    expect(win.recorded.errors).to.deep.equal([]);
  });

  it('never runs script from a hostile post body, even without a CSP', async () => {
    const win = await openPage('defer');
    await widgetsRendered(win);
    const body = win.document.querySelector('trade-post')!.shadowRoot!;
    expect(body.querySelector('script')).to.equal(null);
    expect(body.querySelector('[onclick], [onerror]')).to.equal(null);
    expect(win.recorded.errors).to.deep.equal([]);
  });
});
