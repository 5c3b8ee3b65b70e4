// A feed renders its posts as <trade-post> cards, so defining the feed defines the post too.
import './trade-post.js';
import { TradeNewsFeed } from './components/trade-news-feed/trade-news-feed.js';
import { defineElement } from './shared/define.js';
import { addEnglish } from './shared/i18n/index.js';
import { feedStrings } from './shared/i18n/en/feed.js';
import { errorStrings } from './shared/i18n/en/errors.js';

export { TradeNewsFeed };
export type {
  FeedLayout,
  TradeFeedLoadDetail,
  TradeFeedErrorDetail,
  TradeFeedLoadEvent,
  TradeFeedErrorEvent,
} from './components/trade-news-feed/trade-news-feed.js';

addEnglish(feedStrings, errorStrings);
defineElement('trade-news-feed', TradeNewsFeed);

declare global {
  interface HTMLElementTagNameMap {
    'trade-news-feed': TradeNewsFeed;
  }
}
