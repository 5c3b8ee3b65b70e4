export * from './trade-news-feed.js';
export * from './trade-post.js';
export * from './broker-contact-form.js';
export type { Theme } from './shared/trade-element.js';
export type { MessageKey, MessageOverrides, Messages } from './shared/i18n/index.js';
export { registerLanguage } from './shared/i18n/index.js';
/** The package version (from package.json), the same as `TradeWidgets.version` in the script-tag files. */
export { version } from './version.js';
export type { Post, Author, FeedFormat, ParsedFeed, LoadedFeed } from './feed/post.js';
export { FeedError, type FeedErrorKind } from './feed/errors.js';
