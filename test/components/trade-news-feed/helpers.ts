import { fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { Post } from '../../../src/feed/post.js';
import type { TradeNewsFeed } from '../../../src/components/trade-news-feed/trade-news-feed.js';
import '../../../src/trade-news-feed.js';
import { part, shadow } from '../../helpers/index.js';

type Card = HTMLElement & { post?: Post; updateComplete: Promise<unknown> };

/** The `<trade-post>` cards the feed shows, in order. */
export const cards = (el: TradeNewsFeed): Card[] => [...shadow(el).querySelectorAll<Card>('trade-post')];

/** Titles of the posts shown, in order. */
export const titles = (el: TradeNewsFeed): string[] => cards(el).map((card) => card.post?.title ?? '');

/** The "Load more" button, while there is one. */
export const loadMore = (el: TradeNewsFeed): HTMLButtonElement | null =>
  part<HTMLButtonElement>(el, 'load-more-button');

/** Resolves once the feed shows posts, an empty message or an error. */
export async function settled(el: TradeNewsFeed): Promise<void> {
  await waitUntil(
    () => shadow(el).querySelector('[part~="item"], [part~="empty"], [part~="error"]') !== null,
    'the feed never left its loading state',
    { timeout: 3000 },
  );
  await el.updateComplete;
  await Promise.all(cards(el).map((card) => card.updateComplete));
}

/** A feed from `template`, after it has settled. */
export async function feedFixture(template: TemplateResult): Promise<TradeNewsFeed> {
  const el = await fixture<TradeNewsFeed>(template);
  await settled(el);
  return el;
}
