import { expect, fixture, html } from '@open-wc/testing';
import type { TradePost } from '../../../src/components/trade-post/trade-post.js';
import { makePost, renderPost } from './helpers.js';
import { $, nextEvent, stubFetch } from '../../helpers/index.js';

/** The markup a reader (and a screen reader) gets in each state, compared structurally. */
describe('<trade-post> markup of each state', () => {
  it('compact: an article with the linked title and the date', async () => {
    const el = await renderPost(makePost({ authors: [] }), { variant: 'compact', 'heading-level': '4' });
    expect($(el, 'article')).dom.to.equal(
      `<article class="post post--compact" part="article" tabindex="-1">
        <h4 part="title" class="title"><a part="title-link" href="https://www.tradelogicintl.com/post/maritime-regulator-hit" target="_self">Maritime Regulator Hit by Cyberattack, Data Possibly Stolen in Last Weeks CMA CGM Cyberattack</a></h4>
        <p class="meta" part="meta"><time part="date" datetime="2020-10-02T14:00:00.000Z">October 2, 2020</time></p>
      </article>`,
    );
  });

  it('a failed load: an alert with the reason and "Try again"', async () => {
    stubFetch(() => new Response('gone', { status: 404 }));
    const el = document.createElement('trade-post') as TradePost;
    el.src = 'https://news.example.com/missing.json';
    const failed = nextEvent(el, 'trade-post-error');
    await fixture(html`${el}`);
    await failed;
    await el.updateComplete;
    expect($(el, '[part~="error"]')).dom.to.equal(
      `<div class="error" part="error" role="alert">
        <p>The news server answered with an error (404).</p>
        <button part="retry-button" type="button">Try again</button>
      </div>`,
    );
  });
});
