/**
 * The data layer as the elements import it: JSON Feed, WordPress, Ghost and simple posts read at
 * once; RSS and Atom through `loadFeed`, which loads their reader (xml-formats.ts) the first time a
 * response is XML. `trade-widgets/feed` is public.ts: this plus that reader installed up front.
 */
export type { Post, Author, FeedFormat, ParsedFeed, LoadedFeed } from './post.js';
export { FeedError, isFeedError, type FeedErrorKind } from './errors.js';
export { parseFeed } from './parse-feed.js';
export { normalizePost, type ParseOptions } from './parse.js';
export { loadFeed, clearFeedCache, type LoadOptions } from './load.js';
