import { expect, waitUntil } from '@open-wc/testing';
import { afterPaint, closePages, openPage } from '../helpers/index.js';

// A good guest: the partner's text after a widget stands where it stood in the first frame drawn,
// while the loader, the element code and the posts arrive late (test/pages/layout.html, served by
// test/server/pages.js). Every browser checks the text's position; Chromium, the only engine that
// reports layout shifts, also adds them up as Cumulative Layout Shift does.

type LayoutWindow = Window & {
  layout: { shifts: number[]; firstTop?: number };
  recorded: { errors: string[] };
};

const feed = '/slow/400/test/pages/feed.json';

/** Each widget as a partner pastes it, and what shows that it has finished arriving. */
const widgets: [name: string, markup: string][] = [
  ['a feed as a list', `<trade-news-feed src="${feed}"><a href="/blog">Our blog</a></trade-news-feed>`],
  ['a grid of six', `<trade-news-feed src="${feed}" layout="grid" limit="6"></trade-news-feed>`],
  [
    'a compact feed with "See All"',
    `<trade-news-feed src="${feed}" layout="compact" limit="5" see-all-href="/blog"></trade-news-feed>`,
  ],
  [
    'a dark feed with search and "Load more", some pieces hidden',
    `<trade-news-feed src="${feed}" theme="dark" searchable load-more limit="2" hide="image tags"></trade-news-feed>`,
  ],
  ['a feed that fails', '<trade-news-feed src="/slow/400/test/pages/no-such-feed.json"></trade-news-feed>'],
  ['a fast feed without a heading', '<trade-news-feed src="/test/pages/feed.json" heading=""></trade-news-feed>'],
  ['a full post', `<trade-post src="${feed}" post-id="maritime-regulator-cyberattack"></trade-post>`],
  ['a card', `<trade-post src="${feed}" variant="card"></trade-post>`],
  ['a compact post', `<trade-post src="${feed}" variant="compact"></trade-post>`],
  ['the contact form', '<broker-contact-form action="/test-api/contact"></broker-contact-form>'],
  [
    'a form with topics and consent',
    '<broker-contact-form action="/test-api/contact" topics="Classification, Duties, Other" consent="I agree to be contacted about my request."></broker-contact-form>',
  ],
  [
    'a form of two fields',
    '<broker-contact-form action="/test-api/contact" fields="email message"></broker-contact-form>',
  ],
];

/** Whether the widget in `win` shows what it will show: posts, an error, a full post's body, a form. */
function arrived(win: Window): boolean {
  const el = win.document.querySelector('trade-news-feed, trade-post, broker-contact-form');
  const root = el?.shadowRoot;
  if (!root) return false;
  if (el.localName === 'broker-contact-form') return !!root.querySelector('form');
  if (el.localName === 'trade-news-feed') {
    const cards = [...root.querySelectorAll('trade-post')];
    return (
      !!root.querySelector('[part~="error"]') ||
      (cards.length > 0 && cards.every((card) => card.shadowRoot?.querySelector('[part~="article"]')))
    );
  }
  return el.getAttribute('variant') ? !!root.querySelector('[part~="article"]') : !!root.querySelector('footer');
}

/** Chromium reports layout shifts; the others do not, and the test says which it checked. */
const reportsShifts = PerformanceObserver.supportedEntryTypes?.includes('layout-shift') ?? false;

async function visit(markup: string, width: number, script: string): Promise<void> {
  const win = await openPage<LayoutWindow>('layout', width, `?script=${script}&widget=${encodeURIComponent(markup)}`);
  await waitUntil(() => arrived(win), 'the widget did not arrive', { timeout: 15000 });
  await afterPaint(win);
  await afterPaint(win);
  const after = win.document.getElementById('after')!;
  const first = win.layout.firstTop;
  expect(first, 'the page was never drawn').to.be.a('number');
  const now = after.getBoundingClientRect().top + win.scrollY;
  // What a visitor sees, as Cumulative Layout Shift counts it: the text may move only while it is
  // below the first screen (after a long post, say) both before and after.
  if (first! < win.innerHeight || now < win.innerHeight) {
    expect(now, 'the text after the widget moved').to.be.closeTo(first!, 1);
  }
  if (reportsShifts) {
    const cls = win.layout.shifts.reduce((sum, value) => sum + value, 0);
    expect(cls, 'Cumulative Layout Shift').to.be.at.most(0.02);
  }
  expect(win.recorded.errors).to.deep.equal([]);
}

describe('layout shift: the page stays put while widgets arrive', function () {
  this.timeout(60000);
  afterEach(closePages);

  for (const [name, markup] of widgets) {
    for (const width of [1200, 390]) {
      const title = `${name}, ${width} px wide, the snippet as written`;
      it(title, () => visit(markup, width, 'sync'));
    }
  }

  // `blocking="render"` holds the first frame until a `defer` or `async` loader in <head> has run;
  // only Chromium honours it, so elsewhere the snippet says to keep the script as it is.
  for (const script of ['defer', 'async']) {
    for (const [name, markup] of widgets.filter((_, i) => i % 3 === 1)) {
      it(`${name}, with ${script} added (Chromium)`, async function () {
        if (!('LayoutShift' in window)) this.skip();
        await visit(markup, 390, script);
      });
    }
  }
});
