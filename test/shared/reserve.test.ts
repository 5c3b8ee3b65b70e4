import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import '../../src/index.js';
import { clearFeedCache } from '../../src/feed/index.js';
import { jsonFeedOf, makePost } from '../components/trade-post/helpers.js';
import { $, $$, json, stubFetch } from '../helpers/index.js';

// The box reserved for each element before its code and posts arrive (src/shared/reserve.ts) is the
// box of what it shows once they have: checked at widths on both sides of every width where the
// elements' own styles switch (grid columns at 34rem and 52rem of list, one-line compact titles at
// 40rem, two form fields a row at 34rem of panel), in every engine. layout-shift.test.ts checks the
// same on partner pages with the script tag, at a phone's width and a desktop's.

const feedUrl = 'https://news.example.com/reserve-feed.json';
const posts = Array.from({ length: 12 }, (_, i) =>
  makePost({ id: `post-${i}`, title: `Section 301 duty exclusions, part ${i + 1}: what importers pay this year` }),
);

/** What shows that a widget has arrived: each card's article, a post's article, the form. */
const arrived: Record<string, (el: HTMLElement) => boolean> = {
  'trade-news-feed': (el) => {
    const cards = $$(el, 'trade-post');
    return cards.length > 0 && cards.every((card) => $(card, '[part~="article"]'));
  },
  'trade-post': (el) => !!$(el, '[part~="article"]'),
  'broker-contact-form': (el) => !!$(el, 'form'),
};

/** Each widget: its tag and its attributes. */
const widgets: [tag: string, attributes: string][] = [
  ...[
    'limit="2"',
    'layout="grid" limit="6"',
    'layout="grid" limit="5" hide="image tags"',
    'layout="grid" limit="4" theme="dark" searchable load-more',
    'layout="compact" limit="4" see-all-href="/blog"',
    'heading="" limit="1" profiles="https://x.com/broker https://www.linkedin.com/company/broker"',
  ].map((attributes): [string, string] => ['trade-news-feed', `src="${feedUrl}" ${attributes}`]),
  ...['variant="card"', 'variant="compact"'].map((attributes): [string, string] => [
    'trade-post',
    `src="${feedUrl}" ${attributes}`,
  ]),
  ...[
    '',
    'fields="email message"',
    'topics="Classification, Duties, Other" consent="I agree to be contacted about my request."',
    'heading="" fields="name email phone message"',
  ].map((attributes): [string, string] => ['broker-contact-form', `action="/contact" ${attributes}`]),
];

/**
 * How tall the element's own content is: the top of its shadow root's first box in the flow to the
 * bottom of its last (a screen reader's live region, absolutely placed, takes no room).
 */
function contentHeight(el: HTMLElement): number {
  const boxes = [...el.shadowRoot!.children]
    .filter((child) => child.getClientRects().length && getComputedStyle(child).position !== 'absolute')
    .map((child) => child.getBoundingClientRect());
  return Math.max(...boxes.map((box) => box.bottom)) - Math.min(...boxes.map((box) => box.top));
}

/** How tall the box reserved for the element is: its floated `::before`. */
const reserved = (el: HTMLElement): number => parseFloat(getComputedStyle(el, '::before').paddingBlockStart);

describe('reserved boxes: the box kept for a widget is the box it ends with', function () {
  this.timeout(20000);
  beforeEach(() => {
    clearFeedCache();
    stubFetch(() => json(jsonFeedOf(posts)));
  });

  for (const [tag, attributes] of widgets) {
    const markup = `<${tag} ${attributes}></${tag}>`;
    for (const width of [320, 390, 543, 544, 575, 576, 593, 594, 639, 640, 831, 832, 1200]) {
      it(`${markup} at ${width} px`, async () => {
        const wrapper = await fixture<HTMLDivElement>(
          html`<div style="inline-size: ${width}px">${unsafeHTML(markup)}</div>`,
        );
        const el = wrapper.firstElementChild as HTMLElement;
        await waitUntil(() => arrived[tag]!(el), 'the widget did not arrive', { timeout: 10000 });
        expect(reserved(el), 'no box reserved').to.be.greaterThan(0);
        expect(contentHeight(el), 'height of the content against the reserved box').to.be.closeTo(reserved(el), 1);
      });
    }
  }
});
