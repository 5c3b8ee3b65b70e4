import type { FeedError } from '../../feed/errors.js';
import type { Post } from '../../feed/post.js';

/** Detail of `trade-feed-load`. */
export interface TradeFeedLoadDetail {
  /** Every post the element holds (all fetched pages), before `tag`, search and `limit` apply. */
  posts: Post[];
  /** Items of the source dropped as invalid, summed over the fetched pages. */
  skipped: number;
  /** The URL the posts came from, or `'property'` when they were set through `posts`. */
  source: string;
}

/** Detail of `trade-feed-error`. */
export interface TradeFeedErrorDetail {
  error: FeedError;
}

export type TradeFeedLoadEvent = CustomEvent<TradeFeedLoadDetail>;
export type TradeFeedErrorEvent = CustomEvent<TradeFeedErrorDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'trade-feed-load': TradeFeedLoadEvent;
    'trade-feed-error': TradeFeedErrorEvent;
  }
}
