/**
 * `trade-widgets/feed`: the framework-free data layer. It has no Lit and touches no DOM at import,
 * so it runs in Node too (every JSON format; RSS and Atom need `DOMParser`).
 */
export type { Post, Author, FeedFormat, ParsedFeed, LoadedFeed } from './post.js';
export { FeedError, isFeedError, type FeedErrorKind } from './errors.js';
export { parseFeed, normalizePost, type ParseOptions } from './parse.js';
export { loadFeed, clearFeedCache, type LoadOptions } from './load.js';
