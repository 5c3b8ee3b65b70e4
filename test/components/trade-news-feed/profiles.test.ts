import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TradeNewsFeed } from '../../../src/components/trade-news-feed/trade-news-feed.js';
import { PROFILES_ROW_BLOCK_SIZE } from '../../../src/components/trade-news-feed/trade-news-feed.styles.js';
import { restoreFetch, stubFetch, hang } from '../../helpers/fetch.js';
import { feedUrl, items, jsonFeed } from '../../helpers/feeds.js';
import { json } from '../../helpers/responses.js';
import { feedFixture, root } from './helpers.js';

/** The broker's profiles as the seed page lists them, plus a site the row knows only by its host. */
const PROFILES = [
  'https://twitter.com/tradelogic',
  'https://www.linkedin.com/in/stephen-fodor',
  'https://www.facebook.com/tradelogicintl',
  'https://www.youtube.com/@tradelogic',
  'https://www.instagram.com/tradelogic',
  'https://news.tradelogicintl.com/follow',
];

const row = (el: TradeNewsFeed) => root(el).querySelector<HTMLElement>('[part~="profiles"]');
const links = (el: TradeNewsFeed) => [...root(el).querySelectorAll<HTMLAnchorElement>('[part~="profile-link"]')];
/** Each link as a reader meets it: its accessible name (its text) and where it goes. */
const named = (el: TradeNewsFeed) => links(el).map((a) => [a.textContent!.trim(), a.href]);
const rowReady = (el: TradeNewsFeed) =>
  waitUntil(() => links(el).length > 0, 'the Follow row did not fill in', { timeout: 3000 });
const remPx = () => parseFloat(getComputedStyle(document.documentElement).fontSize);

describe('<trade-news-feed> Follow row', function () {
  afterEach(restoreFetch);

  it('shows the profiles of the attribute under the list, each with its icon and name', async () => {
    const src = feedUrl();
    stubFetch(() => json(jsonFeed(items(2))));
    const el = await feedFixture(html`<trade-news-feed src=${src} profiles=${PROFILES.join(' ')}></trade-news-feed>`);
    await rowReady(el);
    expect(named(el)).to.deep.equal([
      ['X', PROFILES[0]],
      ['LinkedIn', PROFILES[1]],
      ['Facebook', PROFILES[2]],
      ['YouTube', PROFILES[3]],
      ['Instagram', PROFILES[4]],
      ['news.tradelogicintl.com', PROFILES[5]],
    ]);
    expect(links(el).every((a) => a.querySelector('svg[aria-hidden="true"]'))).to.equal(true);
    expect(links(el).map((a) => a.title)).to.deep.equal(named(el).map(([name]) => name));
    // Under the list, labelled "Follow".
    const list = root(el).querySelector('[part~="list"]')!;
    expect(list.compareDocumentPosition(row(el)!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(row(el)!.querySelector('ul')!.getAttribute('aria-labelledby')).to.equal('follow');
    expect(root(el).getElementById('follow')!.textContent).to.equal('Follow');
    await expect(el).to.be.accessible();
  });

  it("shows the feed's own _trade.profiles when the attribute is not set", async () => {
    const src = feedUrl();
    stubFetch(() =>
      json(
        jsonFeed(items(2), { _trade: { profiles: [PROFILES[1], 'javascript:alert(1)', PROFILES[3], PROFILES[1]] } }),
      ),
    );
    const el = await feedFixture(html`<trade-news-feed src=${src}></trade-news-feed>`);
    await rowReady(el);
    expect(named(el)).to.deep.equal([
      ['LinkedIn', PROFILES[1]],
      ['YouTube', PROFILES[3]],
    ]);
    await expect(el).to.be.accessible();
    // The attribute, when set, takes their place.
    el.setAttribute('profiles', PROFILES[0]!);
    await el.updateComplete;
    expect(named(el)).to.deep.equal([['X', PROFILES[0]]]);
  });

  it('keeps only http(s) profile URLs, each once, and shows no row without any', async () => {
    const el = await fixture<TradeNewsFeed>(
      html`<trade-news-feed
        .posts=${items(1)}
        profiles="javascript:alert(1) ${PROFILES[2]} data:text/html,x /relative ${PROFILES[2]} ftp://files.example.com/"
      ></trade-news-feed>`,
    );
    await rowReady(el);
    expect(named(el)).to.deep.equal([['Facebook', PROFILES[2]]]);
    el.profiles = 'mailto:broker@example.com';
    await el.updateComplete;
    expect(row(el)).to.equal(null);
  });

  it('hides the row with hide="profiles"', async () => {
    const el = await fixture<TradeNewsFeed>(
      html`<trade-news-feed .posts=${items(1)} profiles=${PROFILES[0]} hide="profiles"></trade-news-feed>`,
    );
    await el.updateComplete;
    expect(row(el)).to.equal(null);
  });

  it('opens profiles in the link-target, with rel as for post links', async () => {
    const el = await fixture<TradeNewsFeed>(
      html`<trade-news-feed
        .posts=${items(1)}
        profiles=${PROFILES.slice(0, 2).join(' ')}
        link-target="_blank"
      ></trade-news-feed>`,
    );
    await rowReady(el);
    for (const a of links(el)) {
      expect(a.target).to.equal('_blank');
      expect(a.rel).to.equal('noopener noreferrer');
    }
    el.linkTarget = '_self';
    await el.updateComplete;
    expect(links(el).map((a) => [a.getAttribute('target'), a.getAttribute('rel')])).to.deep.equal([
      [null, null],
      [null, null],
    ]);
  });

  it('reads "Seguir" and "Suivre" in Spanish and French', async () => {
    for (const [lang, label] of [
      ['es', 'Seguir'],
      ['fr', 'Suivre'],
    ] as const) {
      const el = await fixture<TradeNewsFeed>(
        html`<trade-news-feed lang=${lang} .posts=${items(1)} profiles=${PROFILES[1]}></trade-news-feed>`,
      );
      await waitUntil(() => root(el).getElementById('follow')?.textContent === label, `no ${label}`, {
        timeout: 3000,
      });
      await expect(el).to.be.accessible();
    }
  });

  it('is one line of a fixed height at any width: names at wide widths, icons only at narrow ones', async () => {
    const el = await fixture<TradeNewsFeed>(
      html`<trade-news-feed .posts=${items(1)} profiles=${PROFILES.join(' ')}></trade-news-feed>`,
    );
    await rowReady(el);
    const height = parseFloat(PROFILES_ROW_BLOCK_SIZE) * remPx();
    const nameShown = (a: HTMLAnchorElement) => a.querySelector<HTMLElement>('.profile-name')!.offsetWidth > 1;
    for (const width of ['60rem', '30rem', '12rem']) {
      el.style.inlineSize = width;
      await new Promise(requestAnimationFrame);
      expect(row(el)!.getBoundingClientRect().height, width).to.equal(height);
      const wide = width === '60rem';
      expect(links(el).every(nameShown), width).to.equal(wide);
      // Every link still a target of at least 40 × 40 px.
      for (const a of links(el)) expect(a.getBoundingClientRect().height).to.be.at.least(40);
    }
    el.style.inlineSize = '12rem';
    await expect(el).to.be.accessible();
  });

  it('holds the row at its final height while the posts load, when the attribute names profiles', async () => {
    stubFetch(hang);
    const el = await fixture<TradeNewsFeed>(
      html`<trade-news-feed src=${feedUrl()} profiles=${PROFILES[0]}></trade-news-feed>`,
    );
    expect(root(el).querySelector('[part~="skeleton"]')).to.not.equal(null);
    expect(row(el)!.getBoundingClientRect().height).to.equal(parseFloat(PROFILES_ROW_BLOCK_SIZE) * remPx());
  });
});
