// Entry of dist/trade-widgets.all.min.js: everything in one classic script (all three elements,
// the languages and the DOMPurify fallback), for hosts that cannot serve the sibling files of
// trade-widgets.min.js. It defines the same one global.
import './index.js';
import { registerLanguage } from './shared/i18n/index.js';
import type { TradeWidgetsGlobal } from './script-tag.js';
import { version } from './version.js';

window.TradeWidgets ??= Object.freeze<TradeWidgetsGlobal>({ version, registerLanguage });
