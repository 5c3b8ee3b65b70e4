import { TradePost } from './components/trade-post/trade-post.js';
import { defineElement } from './shared/define.js';

export { TradePost };

defineElement('trade-post', TradePost);

declare global {
  interface HTMLElementTagNameMap {
    'trade-post': TradePost;
  }
}
