export type { Post, Author, FeedFormat, ParsedFeed, LoadedFeed } from './post.js';
export { FeedError, isFeedError, type FeedErrorKind } from './errors.js';
