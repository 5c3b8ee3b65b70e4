import { expect, html } from '@open-wc/testing';
import { feedFixture } from './helpers.js';
import { feedUrl, items, json, jsonFeed, part, stubFetch } from '../../helpers/index.js';

/** The markup a reader (and a screen reader) gets in each state, compared structurally. */
describe('<trade-news-feed> markup of each state', () => {
  it('an empty feed: the heading and "No posts yet"', async () => {
    stubFetch(() => json(jsonFeed([])));
    const el = await feedFixture(html`<trade-news-feed src=${feedUrl()}></trade-news-feed>`);
    expect(part(el, 'header')).dom.to.equal(
      '<div part="header" class="header"><h2 id="heading" part="heading" class="heading">Recent Posts</h2></div>',
    );
    expect(part(el, 'empty')).dom.to.equal('<p part="empty" class="message">No posts yet</p>');
  });

  it('a failed load: an alert with the reason and "Try again"', async () => {
    stubFetch(() => new Response('down', { status: 503 }));
    const el = await feedFixture(html`<trade-news-feed src=${feedUrl()} heading=""></trade-news-feed>`);
    expect(part(el, 'header')).to.equal(null);
    expect(part(el, 'error')).dom.to.equal(
      `<div part="error" class="message error" role="alert">
        <p part="error-message">The news server answered with an error (503).</p>
        <button part="retry-button" class="button primary" type="button">Try again</button>
      </div>`,
    );
  });

  it('posts: a list of items, each holding one card', async () => {
    stubFetch(() => json(jsonFeed(items(2))));
    const el = await feedFixture(html`<trade-news-feed src=${feedUrl()} layout="compact"></trade-news-feed>`);
    expect(part(el, 'list')).dom.to.equal(
      `<ul part="list" class="list" id="list" role="list">
        <li part="item" class="item"><trade-post variant="compact" heading-level="3"></trade-post></li>
        <li part="item" class="item"><trade-post variant="compact" heading-level="3"></trade-post></li>
      </ul>`,
      { ignoreAttributes: ['exportparts', 'hide', 'excerpt-length', 'link-target', 'lang', 'theme'] },
    );
  });
});
