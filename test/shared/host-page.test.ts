import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/index.js';
import type { BrokerContactForm, TradeNewsFeed, TradePost } from '../../src/index.js';
import type { Post } from '../../src/feed/index.js';
import { clearFeedCache } from '../../src/feed/index.js';
import { hang, restoreFetch, stubFetch } from '../helpers/fetch.js';
import { json } from '../helpers/responses.js';

// What makes the widgets welcome on someone else's page, checked across all three elements:
// tokens, themes with real contrast, languages, direction, reduced motion, isolation from the
// page's CSS, and no layout shift while loading.

const posts: Post[] = [
  {
    id: 'section-301',
    title: 'Section 301 Duty Exclusions Set to Expire on 12/31/23',
    url: 'https://blog.example.com/section-301',
    summary: 'Unless Congress acts quickly, the duty exclusions for certain products imported from China expire.',
    contentHtml: '<p>Unless Congress acts quickly, the duty exclusions expire on Dec. 31st.</p>',
    datePublished: '2023-12-12T15:00:00Z',
    authors: [{ name: 'Stephen Fodor' }],
    tags: ['Section 301'],
    views: 18,
    comments: 0,
  },
  {
    id: 'duty-evasion',
    title: 'Importer Pleads Guilty to Duty Evasion',
    url: 'https://blog.example.com/duty-evasion',
    summary: 'The owner of a U.S. based import business faces a maximum penalty of five years in prison.',
    datePublished: '2023-10-19T16:30:00Z',
    authors: [{ name: 'Stephen Fodor' }],
    tags: ['Enforcement'],
    views: 1,
    comments: 1,
  },
];

type Widget = TradeNewsFeed | TradePost | BrokerContactForm;

async function settled(el: Widget): Promise<void> {
  await el.updateComplete;
  for (const inner of el.shadowRoot!.querySelectorAll<TradePost>('trade-post')) await inner.updateComplete;
}

async function feedWithPosts(template = html`<trade-news-feed see-all-href="/news"></trade-news-feed>`) {
  const host = await fixture<HTMLElement>(html`<div>${template}</div>`);
  const feed = host.querySelector('trade-news-feed')!;
  feed.posts = posts;
  await settled(feed);
  return { host, feed };
}

function part(el: Element, name: string): HTMLElement {
  const found = el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
  if (!found) throw new Error(`no part ${name} in ${el.localName}`);
  return found;
}

function innerPart(feed: TradeNewsFeed, name: string): HTMLElement {
  return part(feed.shadowRoot!.querySelector('trade-post')!, name);
}

/** Relative luminance contrast of two CSS colours, computed by the browser itself. */
function contrast(a: string, b: string): number {
  const probe = document.createElement('canvas').getContext('2d')!;
  const rgb = (color: string) => {
    probe.fillStyle = '#000';
    probe.fillStyle = color;
    const hex = probe.fillStyle as string;
    const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
    const [r, g, b2] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [
      number,
      number,
      number,
    ];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b2;
  };
  const [l1, l2] = [rgb(a), rgb(b)].sort((x, y) => y - x) as [number, number];
  return (l1 + 0.05) / (l2 + 0.05);
}

function token(el: Element, name: string): string {
  return getComputedStyle(el).getPropertyValue(name).trim();
}

afterEach(async () => {
  clearFeedCache();
  document.documentElement.lang = 'en';
  await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
});

describe('theme tokens', () => {
  it('reach inside every element from an ancestor', async () => {
    const host = await fixture<HTMLElement>(html`
      <div style="--trade-color-accent: rgb(200, 10, 20); --trade-font-family: monospace">
        <trade-news-feed see-all-href="/news"></trade-news-feed>
        <broker-contact-form action="/test-api/contact"></broker-contact-form>
      </div>
    `);
    const feed = host.querySelector('trade-news-feed')!;
    const form = host.querySelector('broker-contact-form')!;
    feed.posts = posts;
    await settled(feed);
    await form.updateComplete;
    expect(getComputedStyle(part(feed, 'see-all')).color).to.equal('rgb(200, 10, 20)');
    expect(getComputedStyle(innerPart(feed, 'title-link')).fontFamily).to.equal('monospace');
    expect(getComputedStyle(part(form, 'submit-button')).backgroundColor).to.equal('rgb(200, 10, 20)');
  });

  it('inherit the page font unless --trade-font-family is set', async () => {
    const host = await fixture<HTMLElement>(html`<div style="font-family: serif"><trade-post></trade-post></div>`);
    const post = host.querySelector('trade-post')!;
    post.post = posts[1]!;
    await settled(post);
    expect(getComputedStyle(part(post, 'title')).fontFamily).to.equal('serif');
  });

  it('style the main pieces through ::part()', async () => {
    const style = document.createElement('style');
    style.textContent = 'trade-news-feed::part(heading) { text-transform: uppercase; }';
    document.head.append(style);
    try {
      const { feed } = await feedWithPosts();
      expect(getComputedStyle(part(feed, 'heading')).textTransform).to.equal('uppercase');
    } finally {
      style.remove();
    }
  });
});

describe('themes', () => {
  const pairs: [string, string, number][] = [
    ['--_text', '--_surface', 4.5],
    ['--_muted', '--_surface', 4.5],
    ['--_accent', '--_surface', 4.5],
    ['--_accent-text', '--_accent', 4.5],
    ['--_danger', '--_surface', 4.5],
    ['--_success', '--_surface', 4.5],
    ['--_border', '--_surface', 1.2],
  ];

  for (const theme of ['light', 'dark']) {
    it(`meets WCAG AA contrast in the ${theme} palette`, async () => {
      const el = await fixture<TradePost>(html`<trade-post theme=${theme}></trade-post>`);
      for (const [fg, bg, min] of pairs) {
        const ratio = contrast(token(el, fg), token(el, bg));
        expect(ratio, `${fg} on ${bg} = ${ratio.toFixed(2)}`).to.be.at.least(min);
      }
    });
  }

  it('uses a dark palette with theme="dark" and a light one with theme="light"', async () => {
    const host = await fixture<HTMLElement>(html`
      <div><trade-post theme="dark"></trade-post><trade-post theme="light"></trade-post></div>
    `);
    const [dark, light] = host.querySelectorAll('trade-post');
    expect(contrast(token(dark!, '--_surface'), '#000')).to.be.below(2);
    expect(contrast(token(light!, '--_surface'), '#fff')).to.be.below(1.1);
  });

  it('follows prefers-color-scheme with theme="auto", and theme="light" overrides it', async () => {
    const host = await fixture<HTMLElement>(html`
      <div><broker-contact-form></broker-contact-form><broker-contact-form theme="light"></broker-contact-form></div>
    `);
    const [auto, light] = host.querySelectorAll('broker-contact-form');
    expect(auto!.getAttribute('theme')).to.equal('auto');
    const lightSurface = token(auto!, '--_surface');
    await emulateMedia({ colorScheme: 'dark' });
    expect(token(auto!, '--_surface')).not.to.equal(lightSurface);
    expect(contrast(token(auto!, '--_surface'), '#000')).to.be.below(2);
    expect(token(light!, '--_surface')).to.equal(lightSurface);
  });

  it('lets a partner token win over the built-in dark palette', async () => {
    const el = await fixture<TradePost>(
      html`<trade-post theme="dark" style="--trade-color-surface: rgb(1, 2, 3)"></trade-post>`,
    );
    expect(token(el, '--_surface')).to.equal('rgb(1, 2, 3)');
  });
});

describe('languages', () => {
  it('follow <html lang> in every element, and change with it', async () => {
    document.documentElement.lang = 'es';
    const host = await fixture<HTMLElement>(html`
      <div>
        <trade-news-feed></trade-news-feed>
        <trade-post></trade-post>
        <broker-contact-form></broker-contact-form>
      </div>
    `);
    const feed = host.querySelector('trade-news-feed')!;
    const post = host.querySelector('trade-post')!;
    const form = host.querySelector('broker-contact-form')!;
    feed.posts = posts;
    post.post = posts[0]!;
    await Promise.all([settled(feed), settled(post), form.updateComplete]);
    expect(part(feed, 'heading').textContent).to.contain('Publicaciones recientes');
    // A full post's footer (with the stats) follows its body.
    await waitUntil(() => post.shadowRoot?.querySelector('[part~="stats"]'), 'no stats');
    expect(part(post, 'stats').textContent).to.contain('18 vistas');
    expect(part(form, 'heading').textContent).to.contain('agente de aduanas');

    document.documentElement.lang = 'fr';
    await waitUntil(() => part(feed, 'heading').textContent?.includes('Articles récents'), 'feed did not switch');
    await waitUntil(() => part(post, 'stats').textContent?.includes('18 vues'), 'post did not switch');
    await waitUntil(() => part(form, 'heading').textContent?.includes('commissionnaire'), 'form did not switch');
  });

  it('prefer the element’s own lang over the page’s', async () => {
    document.documentElement.lang = 'es';
    const { feed } = await feedWithPosts(html`<trade-news-feed lang="fr"></trade-news-feed>`);
    expect(part(feed, 'heading').textContent).to.contain('Articles récents');
    expect(innerPart(feed, 'date').textContent).to.contain('décembre');
  });

  it('accept a messages property overriding any string', async () => {
    const { feed } = await feedWithPosts();
    feed.messages = { 'feed.heading': 'Customs news', 'feed.seeAll': 'Everything' };
    await settled(feed);
    expect(part(feed, 'heading').textContent?.trim()).to.equal('Customs news');
    expect(part(feed, 'see-all').textContent?.trim()).to.equal('Everything');
  });
});

describe('direction', () => {
  it('mirrors the layout under dir="rtl"', async () => {
    const ltr = (await feedWithPosts(html`<trade-news-feed see-all-href="/news"></trade-news-feed>`)).feed;
    const rtlHost = await fixture<HTMLElement>(html`
      <div dir="rtl"><trade-news-feed see-all-href="/news"></trade-news-feed></div>
    `);
    const rtl = rtlHost.querySelector('trade-news-feed')!;
    rtl.posts = posts;
    await settled(rtl);
    const side = (feed: TradeNewsFeed) =>
      part(feed, 'see-all').getBoundingClientRect().left - part(feed, 'heading').getBoundingClientRect().left;
    expect(side(ltr)).to.be.above(0);
    expect(side(rtl)).to.be.below(0);
  });
});

describe('motion', () => {
  it('stops the loading shimmer when the reader prefers reduced motion', async () => {
    stubFetch(hang);
    try {
      const feed = await fixture<TradeNewsFeed>(html`<trade-news-feed src="/slow-feed.json"></trade-news-feed>`);
      await waitUntil(() => feed.shadowRoot!.querySelector('.bone'), 'no loading placeholder');
      const bone = feed.shadowRoot!.querySelector('.bone')!;
      expect(getComputedStyle(bone).animationName).not.to.equal('none');
      await emulateMedia({ reducedMotion: 'reduce' });
      expect(getComputedStyle(bone).animationName).to.equal('none');
    } finally {
      restoreFetch();
    }
  });
});

describe('isolation from the host page', () => {
  it('keeps working under hostile page CSS', async () => {
    const hostile = document.createElement('style');
    hostile.textContent = `
      * { display: inline !important; color: transparent !important; }
      article, section, form, h2, h3, ul, li, button, input, a { display: none !important; }
      trade-post, trade-news-feed, broker-contact-form { font-size: 2px; }
    `;
    document.head.append(hostile);
    try {
      const { feed } = await feedWithPosts();
      const form = await fixture<BrokerContactForm>(html`<broker-contact-form></broker-contact-form>`);
      const article = innerPart(feed, 'article');
      expect(getComputedStyle(article).display).not.to.equal('none');
      expect(article.getBoundingClientRect().height).to.be.above(20);
      expect(getComputedStyle(part(form, 'submit-button')).display).not.to.equal('none');
      expect(getComputedStyle(innerPart(feed, 'title')).color).not.to.equal('rgba(0, 0, 0, 0)');
    } finally {
      hostile.remove();
    }
  });

  it('adds no styles to the host page', async () => {
    const before = [document.styleSheets.length, document.adoptedStyleSheets.length];
    await feedWithPosts();
    await fixture(html`<broker-contact-form></broker-contact-form>`);
    expect([document.styleSheets.length, document.adoptedStyleSheets.length]).to.deep.equal(before);
  });

  it('hides light-DOM fallback content once upgraded', async () => {
    const feed = await fixture<TradeNewsFeed>(
      html`<trade-news-feed><a href="https://blog.example.com/">Read our blog</a></trade-news-feed>`,
    );
    feed.posts = posts;
    await settled(feed);
    expect(feed.querySelector('a')!.getClientRects().length).to.equal(0);
  });
});

describe('layout stability', () => {
  it('reserves the final height while loading, so nothing below it jumps', async () => {
    let answer!: (response: Response) => void;
    stubFetch(() => new Promise<Response>((resolve) => (answer = resolve)));
    const shifts: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) shifts.push(entry.value);
    });
    try {
      const host = await fixture<HTMLElement>(html`
        <div>
          <trade-news-feed src="/feed-for-layout.json" limit="2"></trade-news-feed>
          <p id="below">Content below the widget</p>
        </div>
      `);
      const feed = host.querySelector('trade-news-feed')!;
      await waitUntil(() => feed.shadowRoot!.querySelector('[part~="skeleton"]'), 'no loading placeholder');
      const below = host.querySelector('#below')!;
      const before = below.getBoundingClientRect().top;
      observer.observe({ type: 'layout-shift' });
      const feedJson = { version: 'https://jsonfeed.org/version/1.1', items: jsonFeedItems() };
      answer(json(feedJson, { headers: { 'Content-Type': 'application/feed+json' } }));
      await waitUntil(() => feed.shadowRoot!.querySelectorAll('trade-post').length === 2, 'posts did not render');
      await settled(feed);
      await aTimeout(100);
      const after = below.getBoundingClientRect().top;
      const moved = Math.abs(after - before) / Math.max(after, before);
      expect(moved, `content below moved from ${before}px to ${after}px`).to.be.below(0.15);
      expect(shifts.reduce((a, b) => a + b, 0)).to.be.below(0.1);
    } finally {
      observer.disconnect();
      restoreFetch();
    }
  });
});

function jsonFeedItems() {
  return posts.map((post) => ({
    id: post.id,
    title: post.title,
    url: post.url,
    // Feeds that reach partners nearly always carry images; the placeholder reserves room for one.
    image: `/test/pages/${post.id}.svg`,
    summary: post.summary,
    date_published: post.datePublished,
    authors: post.authors,
    tags: post.tags,
    _trade: { views: post.views, comments: post.comments },
  }));
}
