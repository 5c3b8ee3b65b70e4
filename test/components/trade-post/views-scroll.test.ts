import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TradePost } from '../../../src/components/trade-post/trade-post.js';
import { makePost, warmUp } from './helpers.js';
import { json, nextEvent, onlyIn, shadow, stubFetch } from '../../helpers/index.js';

/**
 * A real page in Chromium: a full post below the fold, scrolled into view and away by the page
 * itself, with the browser's own IntersectionObserver and timers (views.test.ts drives both).
 */
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

describe('<trade-post> views on a scrolled page', function () {
  before(warmUp);
  afterEach(() => {
    window.scrollTo(0, 0);
  });

  // The WebKit runner puts each test file in an iframe of one window, where the observer measures
  // the post against that window's viewport rather than the scrolled page's: views.test.ts covers
  // the same rules there with a controlled observer.
  onlyIn(['chromium', 'firefox'], 'WebKit runs this file inside an iframe')(
    'counts a post below the fold once it is read, not while it is scrolled past',
    async function () {
      this.timeout(10_000);
      const requests = stubFetch(() => json({ ok: true }));
      const post = makePost({ id: `scrolled-${Date.now()}` });
      const views: Event[] = [];
      const page = await fixture<HTMLElement>(
        html`<div>
          <div style="block-size: 300vh"></div>
          <trade-post views-endpoint="/count" .post=${post}></trade-post>
          <div style="block-size: 300vh"></div>
        </div>`,
      );
      const el = page.querySelector<TradePost>('trade-post')!;
      await nextEvent(el, 'trade-post-load');
      el.addEventListener('trade-post-view', (event) => views.push(event));
      const article = shadow(el).querySelector('article')!;
      const top = () => article.getBoundingClientRect().top + window.scrollY;

      // Below the fold: nothing.
      expect(article.getBoundingClientRect().top).to.be.greaterThan(window.innerHeight);
      // Scrolled past in a blink: into view for two frames, then far below it.
      window.scrollTo(0, top());
      await nextFrame();
      window.scrollTo(0, top() + article.offsetHeight + 2 * window.innerHeight);
      await nextFrame();
      // Read: scrolled into view and left there until it counts.
      const started = performance.now();
      window.scrollTo(0, top() - 20);
      await nextEvent(el, 'trade-post-view');
      expect(performance.now() - started).to.be.at.least(950);
      expect(views).to.have.length(1);
      await waitUntil(() => requests.length === 1, 'the view was not sent');
      expect(await requests[0]!.json()).to.deep.equal({
        id: post.id,
        url: post.url,
        page: location.origin + location.pathname,
      });
      // Away and back again: still one view in this tab.
      window.scrollTo(0, 0);
      await nextFrame();
      window.scrollTo(0, top() - 20);
      await nextFrame();
      expect(views).to.have.length(1);
    },
  );
});
