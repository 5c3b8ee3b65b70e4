import { loadFeed, normalizePost } from '../../feed/index.js';
import type { FeedFormat, LoadedFeed, Post } from '../../feed/post.js';
import { nonNegative, positive } from '../../shared/converters.js';
import { pageUrl } from '../../shared/url.js';

const FORMATS: readonly FeedFormat[] = ['auto', 'json-feed', 'wordpress', 'ghost', 'rss', 'atom', 'simple'];

/** Format, timeout and cache lifetime of every request for one feed. */
export interface RequestOptions {
  format: FeedFormat;
  timeout: number;
  cacheTtl: number;
}

/** The request options of a feed's attributes, checked: an unknown format is `auto`. */
export function requestOptions(format: unknown, timeout: unknown, cacheTtl: unknown): RequestOptions {
  return {
    format: FORMATS.includes(format as FeedFormat) ? (format as FeedFormat) : 'auto',
    timeout: positive(timeout, 10000),
    cacheTtl: nonNegative(cacheTtl, 300),
  };
}

/** A link the feed may render, as written: http(s), or relative to the page. */
export function safeHref(value: string | undefined): string | undefined {
  const href = value?.trim();
  return href && pageUrl(href) ? href : undefined;
}

/**
 * Posts assigned to the `posts` property, normalized: the data layer's normalizePost reads any
 * accepted format and refuses items without an id or title, which are counted as skipped.
 */
export function givenPosts(value: unknown): { posts: Post[]; skipped: number } {
  const items: unknown[] = Array.isArray(value) ? value : [];
  const posts = dedupe(items.map((item) => normalizePost(item)).filter((post) => post !== undefined));
  return { posts, skipped: items.length - posts.length };
}

/** Posts in order with later duplicates of an id dropped. */
export function dedupe(posts: Post[]): Post[] {
  const seen = new Set<string>();
  return posts.filter(({ id }) => !seen.has(id) && seen.add(id));
}

/**
 * The pages of one feed URL that a `<trade-news-feed>` has fetched: page 1, replaced by every
 * refresh and revalidation, and the pages "Load more" added after it, kept across refreshes. A new
 * source or format starts a new `FeedPages`.
 */
export class FeedPages {
  /** Page 1; undefined until it has loaded. */
  first?: Post[];
  /** Posts of the pages after page 1. */
  more: Post[] = [];
  /** The next page's URL, while there is one not yet read. */
  next?: string;
  /** Items of the source dropped as invalid, summed over the fetched pages. */
  skipped = 0;
  /** A saved copy stands in for a request that failed. */
  stale = false;
  /** The broker's social profiles, from page 1 (JSON Feed's `_trade.profiles`). */
  profiles?: string[];
  /** Pages already read, so a page pointing back at one of them does not loop. */
  private _seen = new Set<string>();

  /** Every fetched post, page 1 first, each id once. */
  get posts(): Post[] {
    return dedupe([...(this.first ?? []), ...this.more]);
  }

  /** Page 1 of `src` arrived, or a fresher copy of it. */
  setFirst(feed: LoadedFeed, src: string): void {
    this.first = feed.posts;
    this.profiles = feed.profiles;
    if (!this.more.length) {
      this.next = feed.nextUrl;
      this._seen = new Set([src]);
      this.skipped = feed.skipped;
    }
    this.stale = feed.stale;
  }

  /**
   * Fetches the pages after the last one read while `wanted()` says more posts are needed, at
   * most `maxPages` of them. Resolves `true` when any page arrived.
   */
  async fetchMore(
    wanted: () => boolean,
    maxPages: number,
    options: RequestOptions,
    signal: AbortSignal,
  ): Promise<boolean> {
    let fetched = false;
    for (let page = 0; page < maxPages && this.next && wanted(); page++) {
      const url = this.next;
      this._seen.add(url);
      const feed = await loadFeed(url, { ...options, signal });
      if (signal.aborted) return fetched;
      this.more = [...this.more, ...feed.posts];
      this.skipped += feed.skipped;
      this.next = feed.nextUrl && !this._seen.has(feed.nextUrl) ? feed.nextUrl : undefined;
      this.stale ||= feed.stale;
      fetched = true;
    }
    return fetched;
  }
}
