// A feed renders its posts as <trade-post> cards, so defining the feed defines the post too.
import './trade-post.js';
import { TradeNewsFeed } from './components/trade-news-feed/trade-news-feed.js';
import { defineElement } from './shared/define.js';

export { TradeNewsFeed };
export type {
  FeedLayout,
  TradeFeedLoadDetail,
  TradeFeedErrorDetail,
  TradeFeedLoadEvent,
  TradeFeedErrorEvent,
} from './components/trade-news-feed/trade-news-feed.js';

defineElement('trade-news-feed', TradeNewsFeed);

declare global {
  interface HTMLElementTagNameMap {
    'trade-news-feed': TradeNewsFeed;
  }
}
