/**
 * `trade-widgets/feed`: the framework-free data layer. It has no Lit and touches no DOM at import,
 * so it runs in Node too; there the package resolves to `node.js`, which adds an XML reader.
 */
export type { Post, Author, FeedFormat, ParsedFeed, LoadedFeed } from './post.js';
export { FeedError, isFeedError, type FeedErrorKind } from './errors.js';
export { parseFeed, normalizePost, type ParseOptions } from './parse.js';
export { loadFeed, clearFeedCache, type LoadOptions } from './load.js';
