import { TradePost } from './components/trade-post/trade-post.js';
import { defineElement } from './shared/define.js';
import { addEnglish } from './shared/i18n/index.js';
import { postStrings } from './shared/i18n/en/post.js';
import { errorStrings } from './shared/i18n/en/errors.js';

export { TradePost };
export type {
  PostVariant,
  TradePostDetail,
  TradePostErrorDetail,
  TradePostLoadEvent,
  TradePostSelectEvent,
  TradePostErrorEvent,
  TradePostViewEvent,
} from './components/trade-post/trade-post.js';

addEnglish(postStrings, errorStrings);
defineElement('trade-post', TradePost);

declare global {
  interface HTMLElementTagNameMap {
    'trade-post': TradePost;
  }
}
