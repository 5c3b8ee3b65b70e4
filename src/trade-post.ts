import { TradePost } from './components/trade-post/trade-post.js';
import { defineElement } from './shared/define.js';

export { TradePost };
export type {
  PostVariant,
  TradePostDetail,
  TradePostErrorDetail,
  TradePostLoadEvent,
  TradePostSelectEvent,
  TradePostErrorEvent,
} from './components/trade-post/trade-post.js';

defineElement('trade-post', TradePost);

declare global {
  interface HTMLElementTagNameMap {
    'trade-post': TradePost;
  }
}
