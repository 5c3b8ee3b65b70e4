/**
 * The data layer as the elements import it: JSON Feed and simple posts read at once; WordPress and
 * Ghost, RSS and Atom through `loadFeed`, which loads their readers (cms-formats.ts,
 * xml-formats.ts) the first time a response is in one of them. `trade-widgets/feed` is public.ts:
 * this plus those readers installed up front.
 */
export type { Post, Author, FeedFormat, ParsedFeed, LoadedFeed } from './post.js';
export { FeedError, isFeedError, type FeedErrorKind } from './errors.js';
export { parseFeed } from './parse-feed.js';
export { normalizePost, type ParseOptions } from './parse.js';
export { loadFeed, clearFeedCache, type LoadOptions } from './load.js';
