import { expect, fixture, html } from '@open-wc/testing';
import { registerLanguage, type BrokerContactForm, type TradeNewsFeed, type TradePost } from '../../src/index.js';
import type { Post } from '../../src/feed/post.js';
import { drain, shadow } from '../helpers/index.js';

// registerLanguage() is what a page calls to add a language the library does not ship, or to
// change the wording of one it does; elements already on the page follow at once.

const post: Post = {
  id: 'steel',
  title: 'Section 232 steel tariffs',
  url: 'https://broker.example.com/blog/steel',
  summary: 'New derivative products join the list.',
  datePublished: '2026-11-28T10:00:00Z',
  authors: [{ name: 'Dana Whitfield' }],
  tags: ['steel'],
  views: 1,
  comments: 18,
};

const german = {
  'feed.heading': 'Neueste Beiträge',
  'feed.seeAll': 'Alle anzeigen',
  'feed.empty': 'Noch keine Beiträge',
  'post.views_one': '{count} Aufruf',
  'post.views_other': '{count} Aufrufe',
  'post.comments_one': '{count} Kommentar',
  'post.comments_other': '{count} Kommentare',
  'form.heading': 'Brauchen Sie Hilfe von einem lizenzierten Zollagenten?',
  'form.label.name': 'Name',
  'form.label.email': 'E-Mail',
  'form.submit': 'Senden',
};

const text = (element: Element, selector: string) =>
  shadow(element).querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
/** Text of the cards a feed renders, each inside its own `<trade-post>`. */
const cardText = (feed: Element) =>
  [...shadow(feed).querySelectorAll('trade-post')]
    .map((card) => shadow(card).textContent!.replace(/\s+/g, ' '))
    .join(' ');

async function settle(...elements: { updateComplete: Promise<unknown> }[]) {
  await Promise.all(elements.map((element) => element.updateComplete));
  // Cards inside a feed update after the feed does.
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

describe('registerLanguage', () => {
  it('adds German to a page: elements already showing English re-render in German', async () => {
    const page = await fixture<HTMLDivElement>(html`
      <div lang="de">
        <trade-news-feed .posts=${[post]} see-all-href="/blog"></trade-news-feed>
        <trade-post .post=${post} variant="card"></trade-post>
        <broker-contact-form action="/contact"></broker-contact-form>
      </div>
    `);
    const feed = page.querySelector<TradeNewsFeed>('trade-news-feed')!;
    const card = page.querySelector<TradePost>('trade-post')!;
    const form = page.querySelector<BrokerContactForm>('broker-contact-form')!;
    await settle(feed, card, form);
    // No German catalog is built in, so English stands in until the page registers one.
    expect(text(feed, '[part~="heading"]')).to.equal('Recent Posts');
    expect(text(form, '[part~="heading"]')).to.equal('Need assistance from a licensed customs broker?');

    registerLanguage('de', german);
    await settle(feed, card, form);

    expect(text(feed, '[part~="heading"]')).to.equal('Neueste Beiträge');
    expect(text(feed, '[part~="see-all"]')).to.equal('Alle anzeigen');
    expect(cardText(feed)).to.contain('1 Aufruf').and.contain('18 Kommentare');
    expect(text(card, '[part~="stats"]')).to.equal('1 Aufruf 18 Kommentare');
    expect(text(form, '[part~="heading"]')).to.equal('Brauchen Sie Hilfe von einem lizenzierten Zollagenten?');
    expect(text(form, 'label[for="field-email"]')).to.contain('E-Mail');
    // Keys the page left out fall back to English rather than showing a key.
    expect(text(form, 'label[for="field-phone"]')).to.contain('Phone');
    // The element reports the language it resolved from its ancestor.
    expect(card.locale).to.equal('de');
  });

  it('serves a regional language (de-AT) from its base (de), and lets the region override single strings', async () => {
    registerLanguage('de', german);
    const page = await fixture<HTMLDivElement>(html`
      <div>
        <trade-news-feed lang="de-AT" .posts=${[post]}></trade-news-feed>
        <trade-news-feed lang="de" .posts=${[post]}></trade-news-feed>
      </div>
    `);
    const [austrian, german_] = [...page.querySelectorAll<TradeNewsFeed>('trade-news-feed')] as [
      TradeNewsFeed,
      TradeNewsFeed,
    ];
    await settle(austrian, german_);
    expect(text(austrian, '[part~="heading"]')).to.equal('Neueste Beiträge');

    registerLanguage('de-AT', { 'feed.heading': 'Aktuelle Beiträge' });
    await settle(austrian, german_);
    expect(text(austrian, '[part~="heading"]')).to.equal('Aktuelle Beiträge');
    expect(text(german_, '[part~="heading"]')).to.equal('Neueste Beiträge', 'plain de keeps its own wording');
  });

  it('changes a built-in language’s wording, and a later call adds to the earlier one', async () => {
    const feed = await fixture<TradeNewsFeed>(html`<trade-news-feed lang="en" .posts=${[]}></trade-news-feed>`);
    await settle(feed);
    expect(text(feed, '[part~="empty"]')).to.equal('No posts yet');
    try {
      registerLanguage('en', { 'feed.empty': 'Nothing published yet' });
      registerLanguage('en', { 'feed.heading': 'From the blog' });
      await settle(feed);
      expect(text(feed, '[part~="empty"]')).to.equal('Nothing published yet');
      expect(text(feed, '[part~="heading"]')).to.equal('From the blog');
    } finally {
      registerLanguage('en', { 'feed.empty': 'No posts yet', 'feed.heading': 'Recent Posts' });
    }
  });

  it('follows a page that switches to a registered language later', async () => {
    registerLanguage('de', german);
    const page = await fixture<HTMLDivElement>(
      html`<div lang="en"><trade-news-feed .posts=${[post]}></trade-news-feed></div>`,
    );
    const feed = page.querySelector<TradeNewsFeed>('trade-news-feed')!;
    await settle(feed);
    expect(text(feed, '[part~="heading"]')).to.equal('Recent Posts');
    page.lang = 'de-CH';
    await drain();
    await settle(feed);
    expect(text(feed, '[part~="heading"]')).to.equal('Neueste Beiträge');
  });

  it('ignores wrong arguments with a warning instead of throwing into the page', async () => {
    const feed = await fixture<TradeNewsFeed>(html`<trade-news-feed lang="nl" .posts=${[post]}></trade-news-feed>`);
    await settle(feed);
    const warn = console.warn;
    const warnings: unknown[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args[0]);
    try {
      const call = registerLanguage as (lang: unknown, messages: unknown) => void;
      expect(() => call(undefined, { 'feed.heading': 'x' })).not.to.throw();
      expect(() => call('nl', null)).not.to.throw();
      expect(warnings).to.have.length(2);
      // A value that is not a string is dropped; the strings next to it still count.
      call('nl', { 'feed.heading': 42, 'feed.seeAll': 'Alles bekijken', 'post.views_one': { text: 'x' } });
      await settle(feed);
      expect(text(feed, '[part~="heading"]')).to.equal('Recent Posts');
      expect(cardText(feed)).to.contain('1 view');
    } finally {
      console.warn = warn;
    }
  });
});
