import { expect } from '@open-wc/testing';
import { relFor } from '../../src/shared/link-rel.js';
import { loadSanitizer } from '../../src/shared/load-sanitizer.js';
import '../../src/trade-news-feed.js';
import '../../src/trade-post.js';
import { drain, json, nextEvent, shadow, stubFetch } from '../helpers/index.js';

/**
 * Links from the data that open anywhere but `_self` (`link-target="news"` here) carry
 * `rel="noopener noreferrer"`: in the feed, in a post, and in a post's sanitized body.
 */
const feed = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Trade news',
  home_page_url: 'https://blog.example/',
  items: [1, 2].map((n) => ({
    id: `post-${n}`,
    url: `https://blog.example/2024/05/post-${n}/`,
    title: `Post ${n}`,
    summary: 'Summary',
    content_html: `<p>Body with <a href="https://other.example/on" target="_blank">a link</a>, <a href="/local" target="news">a named target</a> and <a href="https://blog.example/same">another</a>.</p>`,
    date_published: '2024-05-01T12:00:00Z',
  })),
};

/** Every link under `root`, shadow roots included. */
function links(root: Element | ShadowRoot): HTMLAnchorElement[] {
  const found: HTMLAnchorElement[] = [...root.querySelectorAll('a')];
  for (const element of root.querySelectorAll('*')) {
    if (element.shadowRoot) found.push(...links(element.shadowRoot));
  }
  return found;
}

const mounted: Element[] = [];

/** Puts a `tag` element with `attributes` on the page and waits for its `event`. */
async function mount(tag: string, attributes: Record<string, string>, event: string): Promise<Element> {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  const loaded = nextEvent(element, event);
  document.body.append(element);
  mounted.push(element);
  await loaded;
  return element;
}

describe('links from the data with a target other than _self', () => {
  before(async function () {
    this.timeout(60_000);
    await loadSanitizer();
  });

  beforeEach(() => stubFetch(() => json(feed, { headers: { 'Content-Type': 'application/feed+json' } })));

  afterEach(() => {
    for (const element of mounted.splice(0)) element.remove();
  });

  it('relFor asks for noopener noreferrer for every target but _self', () => {
    for (const target of ['_blank', 'news', '_parent', '_top', ' News ']) {
      expect(relFor(target), target).to.equal('noopener noreferrer');
    }
    for (const target of ['_self', ' _SELF', '', null, undefined]) expect(relFor(target)).to.equal(undefined);
  });

  it('carry rel="noopener noreferrer" in the feed and its posts', async () => {
    const attributes = { src: '/feeds/rel.json', 'link-target': 'news', 'see-all-href': 'https://blog.example/news/' };
    const element = await mount('trade-news-feed', { ...attributes, heading: 'News' }, 'trade-feed-load');
    await drain();
    const targeted = links(shadow(element)).filter((a) => a.target && a.target !== '_self');
    expect(targeted.length).to.be.at.least(3);
    expect(targeted.some((a) => a.getAttribute('part') === 'see-all')).to.equal(true);
    for (const link of targeted) expect(link.rel, link.outerHTML).to.equal('noopener noreferrer');
  });

  it('carry rel="noopener noreferrer" in a full post and its sanitized body', async () => {
    const element = await mount('trade-post', { src: '/feeds/rel.json', 'link-target': 'news' }, 'trade-post-load');
    const all = links(shadow(element));
    const title = all.find((a) => a.href === 'https://blog.example/2024/05/post-1/');
    expect(title?.target).to.equal('news');
    expect(title?.rel).to.equal('noopener noreferrer');
    const body = all.filter((a) => a.textContent === 'a link' || a.textContent === 'a named target');
    expect(body).to.have.length(2);
    for (const link of all.filter((a) => a.target && a.target !== '_self')) {
      expect(link.rel, link.outerHTML).to.equal('noopener noreferrer');
    }
  });
});
