/** A post's author. `url` and `avatar` are http(s) URLs or absent. */
export interface Author {
  name: string;
  url?: string;
  avatar?: string;
}

/** The one normalized post every element renders, whatever format it came from. */
export interface Post {
  /** Unique within a feed. */
  id: string;
  /** Plain text: entities decoded, tags never interpreted. */
  title: string;
  /** http(s) only. */
  url?: string;
  /** Plain text. */
  summary?: string;
  /** Untrusted HTML: sanitized before it is rendered. */
  contentHtml?: string;
  /** http(s) only. */
  image?: string;
  /** ISO 8601. */
  datePublished?: string;
  /** ISO 8601. */
  dateModified?: string;
  authors: Author[];
  tags: string[];
  /** Shown as "18 views". */
  views?: number;
  /** Shown as "0 comments". */
  comments?: number;
}

/** The source formats the data layer reads. `auto` detects one. */
export type FeedFormat = 'auto' | 'json-feed' | 'wordpress' | 'ghost' | 'rss' | 'atom' | 'simple';

/** What {@link parseFeed} returns. */
export interface ParsedFeed {
  posts: Post[];
  /** Items dropped because they had no id, no title, or fields of the wrong type. */
  skipped: number;
  /** The next page, when the source has one. */
  nextUrl?: string;
  title?: string;
}

/** What `loadFeed` returns. */
export interface LoadedFeed extends ParsedFeed {
  /** Served from the sessionStorage cache without a request. */
  fromCache: boolean;
  /** A cached copy past its `cacheTtl`, shown because the network failed. */
  stale: boolean;
}
