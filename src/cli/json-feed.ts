import type { Post } from '../feed/post.js';

/** One JSON Feed 1.1 item (https://www.jsonfeed.org/version/1.1/), with the `_trade` counts extension. */
export interface JsonFeedItem {
  id: string;
  url?: string;
  title: string;
  summary?: string;
  content_html?: string;
  content_text?: string;
  image?: string;
  date_published?: string;
  date_modified?: string;
  authors?: { name: string; url?: string; avatar?: string }[];
  tags?: string[];
  _trade?: { views?: number; comments?: number };
}

/** A JSON Feed 1.1 document. */
export interface JsonFeed {
  version: 'https://jsonfeed.org/version/1.1';
  title: string;
  home_page_url?: string;
  feed_url?: string;
  next_url?: string;
  /** Feed-level extension: the broker's social profiles, for the widgets' "Follow" row. */
  _trade?: { profiles: string[] };
  items: JsonFeedItem[];
}

/** Newest first by publication (or modification) date; undated posts last, in their source order. */
export function newestFirst(posts: readonly Post[]): Post[] {
  const time = (post: Post) => Date.parse(post.datePublished ?? post.dateModified ?? '') || -Infinity;
  return posts
    .map((post, index) => ({ post, index, time: time(post) }))
    .sort((a, b) => b.time - a.time || a.index - b.index)
    .map(({ post }) => post);
}

/** JSON Feed dates are RFC 3339, which wants seconds and a zone: toISOString() always has both. */
function rfc3339(date: string | undefined): string | undefined {
  const time = Date.parse(date ?? '');
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

/** A post as a JSON Feed item. Every item needs content: the summary stands in as text when there is no body. */
export function toItem(post: Post): JsonFeedItem {
  const item: JsonFeedItem = { id: post.id, title: post.title };
  if (post.url) item.url = post.url;
  if (post.summary) item.summary = post.summary;
  if (post.contentHtml) item.content_html = post.contentHtml;
  else item.content_text = post.summary ?? '';
  if (post.image) item.image = post.image;
  const published = rfc3339(post.datePublished);
  const modified = rfc3339(post.dateModified);
  if (published) item.date_published = published;
  if (modified) item.date_modified = modified;
  if (post.authors.length) item.authors = post.authors.map((author) => ({ ...author }));
  if (post.tags.length) item.tags = [...post.tags];
  if (post.views !== undefined || post.comments !== undefined) {
    item._trade = {};
    if (post.views !== undefined) item._trade.views = post.views;
    if (post.comments !== undefined) item._trade.comments = post.comments;
  }
  return item;
}

export interface FeedMeta {
  title: string;
  homePageUrl?: string;
  /** The public URL of the first page, when known. */
  feedUrl?: string;
  /** Social profile URLs, written into every page as `_trade.profiles`. */
  profiles?: readonly string[];
}

/**
 * The pages to write: `feed.json`, `feed-2.json`, … (named after `fileName`), each linking the
 * next by `next_url`: absolute under `feedUrl` when it is known, else relative to the page.
 */
export function paginate(
  posts: readonly Post[],
  pageSize: number,
  fileName: string,
  meta: FeedMeta,
): { name: string; feed: JsonFeed }[] {
  const count = Math.max(1, Math.ceil(posts.length / pageSize));
  const name = (page: number) => pageName(fileName, page);
  const url = (page: number) => (meta.feedUrl ? new URL(name(page), meta.feedUrl).href : name(page));
  return Array.from({ length: count }, (_, index) => {
    const page = index + 1;
    // Keys in the order the spec lists them, items last, so the file reads well.
    const feed = { version: 'https://jsonfeed.org/version/1.1', title: meta.title } as JsonFeed;
    if (meta.homePageUrl) feed.home_page_url = meta.homePageUrl;
    if (meta.feedUrl) feed.feed_url = page === 1 ? meta.feedUrl : url(page);
    if (page < count) feed.next_url = url(page + 1);
    if (meta.profiles?.length) feed._trade = { profiles: [...meta.profiles] };
    feed.items = posts.slice(index * pageSize, page * pageSize).map(toItem);
    return { name: name(page), feed };
  });
}

/** `feed.json` for page 1, `feed-2.json` for page 2 (the number goes before the extension). */
export function pageName(fileName: string, page: number): string {
  if (page === 1) return fileName;
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? `${fileName.slice(0, dot)}-${page}${fileName.slice(dot)}` : `${fileName}-${page}`;
}
