import type { FeedError } from '../../feed/errors.js';
import type { Post } from '../../feed/post.js';

/** Detail of `trade-post-load`, `trade-post-select` and `trade-post-view`. */
export interface TradePostDetail {
  post: Post;
}

/** Detail of `trade-post-error`. */
export interface TradePostErrorDetail {
  error: FeedError;
}

export type TradePostLoadEvent = CustomEvent<TradePostDetail>;
export type TradePostSelectEvent = CustomEvent<TradePostDetail>;
export type TradePostErrorEvent = CustomEvent<TradePostErrorDetail>;
export type TradePostViewEvent = CustomEvent<TradePostDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'trade-post-load': TradePostLoadEvent;
    'trade-post-select': TradePostSelectEvent;
    'trade-post-error': TradePostErrorEvent;
    'trade-post-view': TradePostViewEvent;
  }
}
