// Entry of dist/trade-widgets.min.js, the one classic script partners paste.
import './index.js';
import { version } from './version.js';

declare global {
  interface Window {
    TradeWidgets?: { version: string };
  }
}

// The only global the bundle creates. A second copy on the page keeps the first one's object.
window.TradeWidgets ??= Object.freeze({ version });
