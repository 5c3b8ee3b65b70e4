import { expect, waitUntil as waitUntilQuickly } from '@open-wc/testing';
import { version } from '../../src/version.js';
import { $, closePages, drain, openPage as open, shadow } from '../helpers/index.js';

// The partner's view: dist/trade-widgets.min.js (built by `npm test` before the browser tests) on
// real pages at /test/pages/<name>.html (served from the table in test/server/pages.js), in every
// way a partner may include it.

/**
 * Pages load a real script, its modules and a feed inside an iframe: on a busy machine that takes
 * seconds, so waits and tests get room (they still end as soon as the page is ready).
 */
const waitUntil = (predicate: () => unknown, message?: string) =>
  waitUntilQuickly(predicate, message, { timeout: 15000 });

interface Recorded {
  errors: string[];
  violations: string[];
}

type PageWindow = Window &
  typeof globalThis & {
    recorded: Recorded;
    TradeWidgets?: { version: string; registerLanguage(lang: string, messages: object): void };
  };

const openPage = (name: string) => open<PageWindow>(name);

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
      $(win.document.querySelector('broker-contact-form'), 'form') !== null,
    'the three widgets did not render their data',
  );
}

/**
 * Our files the page fetched (path after the last `/`), in order, with their HTTP status where the
 * engine records it (`responseStatus`: Chromium and Firefox; WebKit leaves it out).
 */
function fetched(win: Window): { file: string; status: number | undefined }[] {
  return (win.performance.getEntriesByType('resource') as PerformanceResourceTiming[])
    .filter((entry) => /\/trade-widgets[^/]*$|\/widgets\.js$/.test(new URL(entry.name).pathname))
    .map((entry) => ({ file: new URL(entry.name).pathname, status: entry.responseStatus }));
}

/** Our files the page fetched that did not end in a 200: where the engine did not record it, the server is asked again. */
async function failedFiles(win: Window): Promise<{ file: string; status: number }[]> {
  const files = await Promise.all(
    fetched(win).map(async ({ file, status }) => ({ file, status: status ?? (await fetch(file)).status })),
  );
  return files.filter(({ status }) => status !== 200);
}

/** The element chunks (by tag) the page fetched, e.g. `['trade-news-feed']`. */
function elementChunks(win: Window): string[] {
  return fetched(win)
    .map(({ file }) => /trade-widgets\.(trade-news-feed|trade-post|broker-contact-form)-[\w-]+\.js$/.exec(file)?.[1])
    .filter((tag): tag is string => Boolean(tag));
}

afterEach(closePages);

describe('script-tag bundle', function () {
  this.timeout(30000);

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

  it('loads no element code on a page without our tags', async () => {
    const win = await openPage('later');
    await drain();
    expect(win.TradeWidgets?.version).to.equal(version);
    expect(fetched(win).map(({ file }) => file)).to.deep.equal(['/dist/trade-widgets.min.js']);
    expect(win.customElements.get('trade-news-feed')).to.equal(undefined);
  });

  it('loads an element added later with createElement + append, once', async () => {
    const win = await openPage('later');
    const feed = win.document.createElement('trade-news-feed');
    feed.setAttribute('src', 'feed.json');
    win.document.body.append(feed);
    await waitUntil(() => shadowText(win, 'trade-news-feed').includes('Importer Pleads Guilty'), 'feed did not render');
    win.document.body.append(win.document.createElement('trade-news-feed'));
    await drain();
    expect(elementChunks(win)).to.deep.equal(['trade-news-feed', 'trade-post']);
    expect(win.customElements.get('broker-contact-form')).to.equal(undefined);
    expect(win.recorded.errors).to.deep.equal([]);
  });

  it('defines an element once when its code is imported again, with no warning and no extra request', async () => {
    const win = await openPage('later');
    const warnings: string[] = [];
    for (const level of ['warn', 'error'] as const) {
      const real = win.console[level].bind(win.console);
      win.console[level] = (...args: unknown[]) => {
        warnings.push(args.map(String).join(' '));
        real(...args);
      };
    }
    win.document.body.append(win.document.createElement('trade-post'));
    await waitUntil(() => win.customElements.get('trade-post'), 'trade-post was not defined');
    const first = win.customElements.get('trade-post');
    const defined: string[] = [];
    const define = win.customElements.define.bind(win.customElements);
    win.customElements.define = (tag, ctor, options) => {
      defined.push(tag);
      define(tag, ctor, options);
    };

    // The element's chunk evaluated a second time (another URL for the same file), as a second copy
    // of the library would, and more elements of the tag after the first.
    const chunk = fetched(win).find(({ file }) => /trade-widgets\.trade-post-[\w-]+\.js$/.test(file))!.file;
    const importAgain = new win.Function('url', 'return import(url)') as (url: string) => Promise<unknown>;
    await importAgain(`${chunk}?again`);
    win.document.body.append(win.document.createElement('trade-post'), win.document.createElement('trade-post'));
    await drain();

    expect(win.customElements.get('trade-post')).to.equal(first);
    expect(defined, 'customElements.define calls').to.deep.equal([]);
    const loaderRequests = (win.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter(
      ({ name }) => /trade-widgets\.trade-post-/.test(name) && !name.endsWith('?again'),
    );
    expect(loaderRequests, 'the loader fetched the chunk once').to.have.length(1);
    expect(warnings).to.deep.equal([]);
    expect(win.recorded.errors).to.deep.equal([]);
  });

  it('loads an element written later through innerHTML, nested in other markup', async () => {
    const win = await openPage('later');
    const section = win.document.createElement('section');
    section.innerHTML =
      '<div><p>Questions?</p><broker-contact-form action="/test-api/contact"></broker-contact-form></div>';
    win.document.body.append(section);
    await waitUntil(() => $(win.document.querySelector('broker-contact-form'), 'form'), 'form did not render');
    expect(elementChunks(win)).to.deep.equal(['broker-contact-form']);
    expect(win.recorded.errors).to.deep.equal([]);
  });

  it('loads only the form code on a page with only the form', async () => {
    const win = await openPage('form-only');
    await waitUntil(() => $(win.document.querySelector('broker-contact-form'), 'form'));
    expect(elementChunks(win)).to.deep.equal(['broker-contact-form']);
    const files = fetched(win).map(({ file }) => file);
    expect(
      files.some((file) => /sanitize|trade-post|i18n-es/.test(file)),
      files.join(' '),
    ).to.equal(false);
  });

  it('keeps the fallback content, without an error, when its files cannot be fetched', async () => {
    const win = await openPage('missing-files');
    await waitUntil(
      async () => (await failedFiles(win)).some(({ status }) => status === 404),
      'the loader did not try the given folder',
    );
    await drain();
    expect((await failedFiles(win)).find(({ status }) => status === 404)?.file).to.match(/^\/nowhere\/trade-widgets\./);
    expect(win.customElements.get('trade-news-feed')).to.equal(undefined);
    expect(win.document.querySelector('trade-news-feed a')?.textContent).to.equal('Fallback link');
    expect(win.recorded.errors).to.deep.equal([]);
  });

  it('hands strings registered after the elements loaded straight to them', async () => {
    const win = await openPage('defer');
    await widgetsRendered(win);
    win.TradeWidgets!.registerLanguage('en', { 'feed.heading': 'Customs news from our broker' });
    await waitUntil(() => shadowText(win, 'trade-news-feed').includes('Customs news from our broker'));
    expect(win.recorded.errors).to.deep.equal([]);
  });

  it('keeps light-DOM fallback content in the page for before the upgrade', async () => {
    const win = await openPage('defer');
    const fallback = win.document.querySelector('trade-news-feed a');
    expect(fallback?.textContent).to.equal('Fallback link');
  });

  it('exposes window.TradeWidgets = { version, registerLanguage } and no other global', async () => {
    const [bare, withWidgets] = [await openPage('no-widgets'), await openPage('defer')];
    await widgetsRendered(withWidgets);
    const before = new Set(Object.getOwnPropertyNames(bare));
    const added = Object.getOwnPropertyNames(withWidgets).filter((name) => !before.has(name));
    expect(added).to.deep.equal(['TradeWidgets']);
    expect(Object.keys(withWidgets.TradeWidgets!)).to.deep.equal(['version', 'registerLanguage']);
    expect(withWidgets.TradeWidgets!.version).to.equal(version);
    expect(Object.isFrozen(withWidgets.TradeWidgets)).to.equal(true);
  });

  it('takes languages registered before any element code has loaded', async () => {
    const win = await openPage('register-language');
    await waitUntil(() => shadowText(win, 'trade-news-feed').includes('Neueste Beiträge'), 'German heading not shown');
    await waitUntil(() => shadowText(win, 'trade-news-feed').includes('Importer Pleads Guilty'), 'feed did not render');
    expect(win.recorded.errors).to.deep.equal([]);
  });

  const strictPages = [
    ['csp-strict', 'causes no violation under the strict partner Content-Security-Policy with Trusted Types'],
    ['csp-strict-all', 'causes no violation under the strict CSP with the all-in-one file either'],
  ] as const;
  for (const [page, title] of strictPages) {
    it(title, async () => {
      const win = await openPage(page);
      await widgetsRendered(win);
      expect(win.recorded.violations).to.deep.equal([]);
      expect(win.recorded.errors).to.deep.equal([]);
    });
  }

  it('reads RSS and Atom under the strict CSP, loading their reader only on such a page', async () => {
    const json = await openPage('csp-strict');
    await widgetsRendered(json);
    const chunks = (win: Window) =>
      fetched(win).map(({ file }) => /trade-widgets\.(xml-formats|rfc-dates)-/.exec(file)?.[1]);
    expect(chunks(json).filter(Boolean)).to.deep.equal([]);
    const xml = await openPage('csp-strict-rss');
    await waitUntil(
      () =>
        shadowText(xml, 'trade-news-feed').includes('Bonded Warehouse Entries, Step by Step') &&
        shadowText(xml, 'trade-post').includes('Entries are transmitted once ACE is back'),
      'the RSS feed and the Atom post did not render',
    );
    expect(shadowText(xml, 'trade-news-feed')).to.include('What Changed for Café Equipment');
    expect(chunks(xml).filter(Boolean).sort()).to.deep.equal(['rfc-dates', 'xml-formats']);
    expect(xml.recorded.violations).to.deep.equal([]);
    expect(xml.recorded.errors).to.deep.equal([]);
  });

  it('never runs script from a hostile post body, even without a CSP', async () => {
    const win = await openPage('defer');
    await widgetsRendered(win);
    const body = shadow(win.document.querySelector('trade-post')!);
    expect(body.querySelector('script')).to.equal(null);
    expect(body.querySelector('[onclick], [onerror]')).to.equal(null);
    expect(win.recorded.errors).to.deep.equal([]);
  });
});

/** Waits for the three widgets in Spanish, with the full post body and its markup. */
async function spanishRendered(win: PageWindow): Promise<void> {
  await widgetsRendered(win);
  await waitUntil(
    () =>
      shadowText(win, 'trade-news-feed').includes('Publicaciones recientes') &&
      shadowText(win, 'broker-contact-form').includes('agente de aduanas'),
    'the widgets did not switch to Spanish',
  );
  const body = shadow(win.document.querySelector('trade-post')!);
  expect(body.querySelector('blockquote')?.textContent).to.include('We suspect a data breach');
  expect(body.querySelector('a[href="mailto:info@tradelogicintl.com"]')).to.not.equal(null);
  expect(body.querySelector('script, [onclick], [onerror]')).to.equal(null);
  expect(shadowText(win, 'trade-post')).to.not.include('could not be shown');
}

describe('script-tag files found from the URL a partner pastes', function () {
  this.timeout(30000);

  const cases = [
    ['cdn-bare', 'a bare package URL that serves the file itself', '/npm/trade-widgets@'],
    ['cdn-redirect', 'a package URL redirecting to the versioned file', '/npm/trade-widgets@'],
    ['cdn-renamed', 'a renamed file with data-base-path', '/partner/trade-widgets/'],
  ] as const;
  for (const [page, how, folder] of cases) {
    it(`renders full bodies and Spanish strings from ${how}, without a 404`, async () => {
      const win = await openPage(page);
      await spanishRendered(win);
      expect(await failedFiles(win)).to.deep.equal([]);
      const files = fetched(win);
      const siblings = files.filter(({ file }) => /trade-widgets\.[\w-]+-[\w-]+\.js$/.test(file));
      expect(siblings.length).to.be.greaterThan(3);
      for (const { file } of siblings) expect(file.startsWith(folder), file).to.equal(true);
      if (folder.startsWith('/npm/')) {
        for (const { file } of siblings) expect(file.startsWith(`/npm/trade-widgets@${version}/dist/`)).to.equal(true);
      }
      expect(files.some(({ file }) => /trade-widgets\.(es|sanitize)-/.test(file))).to.equal(true);
      expect(win.recorded.errors).to.deep.equal([]);
    });
  }

  it('renders everything in Spanish from the all-in-one file, which fetches nothing beside it and adds one global', async () => {
    const win = await openPage('all-in-one');
    await spanishRendered(win);
    expect(fetched(win).map(({ file }) => file)).to.deep.equal(['/dist/trade-widgets.all.min.js']);
    expect(win.TradeWidgets?.version).to.equal(version);
    const bare = new Set(Object.getOwnPropertyNames(await openPage('no-widgets')));
    expect(Object.getOwnPropertyNames(win).filter((name) => !bare.has(name))).to.deep.equal(['TradeWidgets']);
    expect(win.recorded.errors).to.deep.equal([]);
  });

  it('renders full bodies with the DOMPurify fallback when the browser has no HTML Sanitizer API', async () => {
    const win = await openPage('no-sanitizer-api');
    await widgetsRendered(win);
    const body = shadow(win.document.querySelector('trade-post')!);
    expect(body.querySelector('blockquote')?.textContent).to.include('We suspect a data breach');
    expect(body.querySelector('script, [onclick], [onerror]')).to.equal(null);
    expect(await failedFiles(win)).to.deep.equal([]);
    expect(win.recorded.errors).to.deep.equal([]);
  });
});
