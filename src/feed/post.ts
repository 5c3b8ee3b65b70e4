import { isoDate } from './dates.js';
import { decoded, excerpt, plainText, text, titleFromText, windows1252, withoutMore } from './text.js';
import { httpUrl } from './urls.js';
import { isObject, put, str } from './util.js';

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
  /** The broker's social profiles (http(s) URLs, each once), from JSON Feed's feed-level `_trade.profiles`. */
  profiles?: string[];
}

/** What `loadFeed` returns. */
export interface LoadedFeed extends ParsedFeed {
  /** Served from the sessionStorage cache without a request. */
  fromCache: boolean;
  /** A cached copy past its `cacheTtl`, shown because the network failed. */
  stale: boolean;
}

/** A parsed feed plus what only the command line needs (the source's own home page). */
export interface SourceFeed extends ParsedFeed {
  homePageUrl?: string;
  /** Relative links dropped for want of an absolute base. */
  unresolvedLinks?: number;
}

/** What the format readers know besides the body: where it came from and the paging headers. */
export interface ParseContext {
  /** The feed's URL: relative links resolve against it and next-page URLs are built from it. */
  base?: string;
  /** WordPress's `X-WP-TotalPages` response header. */
  totalPages?: number;
}

/** The loose shape a format reader fills in; {@link toPost} validates every field. */
export interface Draft {
  id: unknown;
  title?: unknown;
  url?: unknown;
  summary?: unknown;
  contentHtml?: unknown;
  image?: unknown;
  datePublished?: unknown;
  dateModified?: unknown;
  authors?: readonly unknown[];
  tags?: unknown;
  views?: unknown;
  comments?: unknown;
}

export { isObject, str, put, type Dict } from './util.js';
export { httpUrl } from './urls.js';
export { isoDate } from './dates.js';
export { decodeEntities, decoded, excerpt, plainText, text, textToHtml } from './text.js';

/** A finite, non-negative count as a whole number, or undefined (a numeric string is the wrong type). */
export const count = (value: unknown): number | undefined =>
  typeof value === 'number' && value >= 0 && value < 2 ** 53 ? Math.floor(value) : undefined;

/** WordPress's default category ("Uncategorised" in British English). */
const UNCATEGORIZED = /^uncategori[sz]ed$/i;

const wrongType = (value: unknown, type: string) => value !== undefined && value !== null && typeof value !== type;

/** A stable short hash of `value` (cyrb53), for the id of an item that has none. */
function hash(value: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/**
 * The one place a post is validated, whatever its format: every URL is http(s), dates are ISO 8601,
 * counts are finite and non-negative. An item without a title is titled from its text (or its link);
 * one without an id takes its URL, then a stable hash of its content. Fields that fail are left out;
 * an item with nothing to show (no title, no text, no link) is undefined (the caller counts it).
 */
export function toPost(draft: Draft, base?: string): Post | undefined {
  const raw = draft.id;
  // A field of the wrong type is a broken item, not a missing field.
  if (wrongType(draft.title, 'string') || (wrongType(raw, 'string') && typeof raw !== 'number')) return undefined;
  const html = str(draft.contentHtml)?.trim() ? windows1252(draft.contentHtml as string) : undefined;
  const url = httpUrl(draft.url, base);
  const given = text(draft.summary);
  const summary = (given && withoutMore(given)) || (html && excerpt(html));
  const title =
    text(draft.title) ??
    titleFromText(summary ?? (html && plainText(html, 200))) ??
    (url && url.replace(/^https?:\/\/(www\.)?/, '').replace(/[/?#]+$/, ''));
  if (!title) return undefined;
  const id =
    (typeof raw === 'number' && isFinite(raw) ? String(raw) : text(raw)) ??
    url ??
    `urn:hash:${hash(`${title}\n${str(draft.datePublished) ?? ''}\n${html ?? summary ?? ''}`)}`;
  const authors: Author[] = [];
  for (const person of draft.authors ?? []) {
    const source = isObject(person) ? person : { name: person };
    // Decoded like titles: WordPress serves display names HTML-escaped (`Harbor &amp; Gate`).
    const name = text(decoded(source.name));
    if (name) {
      const author: Author = { name };
      put(author, 'url', httpUrl(source.url, base));
      authors.push(put(author, 'avatar', httpUrl(source.avatar, base)));
    }
  }
  const tags: string[] = [];
  for (const tag of str(draft.tags)?.split(',') ?? (Array.isArray(draft.tags) ? draft.tags : [])) {
    const name = text(tag);
    // WordPress files every post in "Uncategorized" until someone picks a category: no topic.
    if (name && !tags.includes(name) && !UNCATEGORIZED.test(name)) tags.push(name);
  }
  const post: Post = { id, title, authors, tags };
  put(post, 'url', url);
  put(post, 'summary', summary);
  put(post, 'contentHtml', html);
  put(post, 'image', httpUrl(draft.image, base));
  put(post, 'datePublished', isoDate(draft.datePublished));
  put(post, 'dateModified', isoDate(draft.dateModified));
  put(post, 'views', count(draft.views));
  return put(post, 'comments', count(draft.comments));
}

/** A parsed feed without empty optional fields. */
export const feedOf = ({ posts, skipped, nextUrl, title, profiles }: ParsedFeed): ParsedFeed =>
  put(put(put<ParsedFeed, 'nextUrl'>({ posts, skipped }, 'nextUrl', nextUrl), 'title', title), 'profiles', profiles);

/**
 * Maps every item, keeping feed order; items that fail validation or repeat an earlier id are
 * skipped and counted, never fatal.
 */
export function collect(items: readonly unknown[], map: (raw: unknown) => Post | undefined): ParsedFeed {
  const posts: Post[] = [];
  const seen = new Set<string>();
  for (const raw of items) {
    const post = map(raw);
    if (post && !seen.has(post.id)) posts.push(post);
    seen.add(post?.id ?? '');
  }
  return { posts, skipped: items.length - posts.length };
}

/**
 * The items of a container: the array itself, its `key` array (`items`, `posts`), or a lone post
 * object as a one-post feed. Undefined for anything else, such as another format's container.
 */
export const itemsOf = (data: unknown, key: string): unknown[] | undefined =>
  Array.isArray(data)
    ? data
    : !isObject(data)
      ? undefined
      : Array.isArray(data[key])
        ? (data[key] as unknown[])
        : 'items' in data || 'posts' in data
          ? undefined
          : [data];
