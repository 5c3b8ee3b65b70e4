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

/** A parsed feed plus what only the command line needs (the source's own home page). */
export interface SourceFeed extends ParsedFeed {
  homePageUrl?: string;
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
  title: string | undefined;
  url?: unknown;
  summary?: string;
  contentHtml?: unknown;
  image?: unknown;
  datePublished?: unknown;
  dateModified?: unknown;
  authors?: readonly unknown[];
  tags?: unknown;
  views?: unknown;
  comments?: unknown;
}

export type Dict = Record<string, unknown>;

export const isObject = (value: unknown): value is Dict =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The value if it is a string, otherwise undefined. */
export const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** Sets `key` only to a defined value: absent rather than undefined, so results compare and serialize cleanly. */
export function put<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): T {
  if (value !== undefined) target[key] = value;
  return target;
}

/** An absolute http(s) URL the URL parser would leave as it is, so it can skip the parser. */
const PLAIN_HTTP_URL = /^https?:\/\/[\w.-]+(:\d+)?([/?#][\w!#$%&()*+,./:;=?@[\]~-]*)?$/i;

/**
 * An http(s) URL resolved against `base`, or undefined: `javascript:`, `data:` and every other
 * scheme is dropped, so a feed can never smuggle script into a link or an image.
 */
export function httpUrl(value: unknown, base?: string): string | undefined {
  const text = str(value)?.trim();
  if (!text || PLAIN_HTTP_URL.test(text)) return text || undefined;
  try {
    // Without a base, a protocol-relative `//cdn…/a.jpg` is still a usable https address.
    const url = new URL(!base && text.startsWith('//') ? 'https:' + text : text, base);
    if (/^https?:$/.test(url.protocol)) return url.href;
  } catch {
    // Not a URL at all.
  }
  return undefined;
}

const ISO_DATE =
  /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?:[T ](([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?))?(z|[+-]\d\d:?\d\d)?$/i;
/** RFC 822 / 1123 as RSS writes it (`Tue, 10 Jun 2003 04:00:00 GMT`); Date.parse checks the rest. */
const RFC_DATE = /^([a-z]{3,9},?\s*)?\d\d?\s+[a-z]{3,9}\.?\s+\d{2,4}\b/i;

/**
 * An ISO 8601 date-time, or undefined when the value is not a real date. Only ISO 8601 and RFC 822
 * are read: `Date.parse` alone would turn "1" into 2001. ISO input keeps its offset (so large feeds
 * need no date arithmetic); a time without one is UTC, so servers and browsers in any time zone
 * agree; RFC 822 becomes `toISOString()` form.
 */
export function isoDate(value: unknown): string | undefined {
  const text = str(value)?.trim() ?? '';
  const iso = ISO_DATE.exec(text);
  if (iso) {
    const year = +iso[1]!;
    const month = +iso[2]!;
    const zone = iso[8];
    // Date.UTC rolls 30 February over into March: the day must stay in its month.
    if (Date.UTC(year, month - 1, +iso[3]!) >= Date.UTC(year, month, 1)) return undefined;
    return `${iso[1]}-${iso[2]}-${iso[3]}T${iso[4] ?? '00:00:00'}${zone && zone.length > 1 ? zone.replace(/(\d\d):?(\d\d)/, '$1:$2') : 'Z'}`;
  }
  const time = RFC_DATE.test(text) ? Date.parse(text) : NaN;
  return isNaN(time) ? undefined : new Date(time).toISOString();
}

/** A finite, non-negative count as a whole number, or undefined (a numeric string is the wrong type). */
export const count = (value: unknown): number | undefined =>
  typeof value === 'number' && value >= 0 && value < 2 ** 53 ? Math.floor(value) : undefined;

/** Whitespace collapsed and trimmed; undefined when nothing is left or the value is not a string. */
export const text = (value: unknown): string | undefined =>
  str(value)
    ?.replace(/\s\s+|[^\S ]/g, ' ')
    .trim() || undefined;

/**
 * The named references blogs actually emit, as `name value` pairs; accented letters (`&eacute;`) are
 * composed in {@link decodeEntities} instead of listed.
 */
const NAMED = new Map<string, string>();
const PAIRS = (
  'amp & lt < gt > quot " apos \' nbsp \u00a0 hellip … ndash – mdash — lsquo ‘ rsquo ’ ldquo “ rdquo ” ' +
  'laquo « raquo » copy © reg ® trade ™ euro € pound £'
).split(' ');
for (let i = 0; i < PAIRS.length; i += 2) NAMED.set(PAIRS[i]!, PAIRS[i + 1]!);
/** Combining marks by entity suffix: `&eacute;` is e + U+0301, composed. */
const MARKS: Dict = {
  acute: '\u0301',
  grave: '\u0300',
  circ: '\u0302',
  uml: '\u0308',
  tilde: '\u0303',
  cedil: '\u0327',
  ring: '\u030a',
};
const ENTITY = /&(?:#(\d{1,8})|#x([\da-f]{1,7})|([a-z]\w*));/gi;
const ACCENTED = /^([a-z])(acute|grave|circ|uml|tilde|cedil|ring)$/i;

function decodeEntity(match: string, dec?: string, hex?: string, name?: string): string {
  if (name) {
    const accent = ACCENTED.exec(name);
    return NAMED.get(name) ?? (accent ? (accent[1]! + MARKS[accent[2]!]).normalize() : match);
  }
  const code = dec ? +dec : parseInt(hex!, 16);
  return code < 0x110000 ? String.fromCodePoint(code) : '\ufffd';
}

/** Numeric and the common named HTML character references decoded; unknown names left as they are. */
export const decodeEntities = (value: string): string =>
  value.includes('&') ? value.replace(ENTITY, decodeEntity) : value;

/**
 * A text field (not HTML) with its entities decoded: plenty of feeds encode `&` in titles that are
 * meant as plain text. Tags are left alone: in plain text `<table>` is just a word.
 */
export const decoded = (value: unknown): string | undefined => str(value) && decodeEntities(value as string);

/** Markup whose content is never text a reader sees. */
const HIDDEN = /<(script|style)\b[\s\S]*?<\/\1\s*>/gi;
/** Tags after which text starts anew: they become a space, so paragraphs do not run together. */
const BLOCK = /<\/?(p|div|br|li|h\d|t[dhr]|blockquote|pre|figure|figcaption|img|hr|section|article)\b[^>]*>/gi;
/** Any other tag, doctype or processing instruction, also one cut off at the end of the string. */
const TAG = /<[a-z/!?][^>]*(>|$)/gi;

/**
 * Plain text from HTML without a DOM: tags stripped, then entities decoded (so `&lt;b&gt;` stays the
 * text "<b>" and is never markup), whitespace collapsed.
 */
export const plainText = (html: string): string =>
  decodeEntities(html.includes('<') ? html.replace(HIDDEN, ' ').replace(BLOCK, ' ').replace(TAG, '') : html)
    .replace(/\s\s+|[^\S ]/g, ' ')
    .trim();

/**
 * A plain-text summary of a body. Only the start of a long body is read, so a feed of full articles
 * stays fast; the elements shorten it further to their `excerpt-length`.
 */
export function excerpt(html: string): string | undefined {
  const long = html.length > 400;
  return (long ? plainText(html.slice(0, 400)).replace(/\s+\S*$/, '…') : plainText(html)) || undefined;
}

/** Plain text as HTML, one paragraph per blank-line-separated block. */
export const textToHtml = (value: string): string =>
  '<p>' +
  value
    .trim()
    .replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'))
    .replace(/\n\s*\n\s*/g, '</p><p>') +
  '</p>';

/**
 * The one place a post is validated, whatever its format: an id (string or number) and a title are
 * required, every URL is http(s), dates are ISO 8601, counts are finite and non-negative. Fields that
 * fail are left out; a post without id or title is undefined (the caller counts it as skipped).
 */
export function toPost(draft: Draft, base?: string): Post | undefined {
  const raw = draft.id;
  const id = typeof raw === 'number' && isFinite(raw) ? String(raw) : text(raw);
  const title = text(draft.title);
  if (!id || !title) return undefined;
  const authors: Author[] = [];
  for (const person of draft.authors ?? []) {
    const source = isObject(person) ? person : { name: person };
    const name = text(source.name);
    if (name) {
      const author: Author = { name };
      put(author, 'url', httpUrl(source.url, base));
      authors.push(put(author, 'avatar', httpUrl(source.avatar, base)));
    }
  }
  const tags: string[] = [];
  for (const tag of str(draft.tags)?.split(',') ?? (Array.isArray(draft.tags) ? draft.tags : [])) {
    const name = text(tag);
    if (name && !tags.includes(name)) tags.push(name);
  }
  const html = str(draft.contentHtml)?.trim() ? (draft.contentHtml as string) : undefined;
  const post: Post = { id, title, authors, tags };
  put(post, 'url', httpUrl(draft.url, base));
  put(post, 'summary', text(draft.summary) ?? (html && excerpt(html)));
  put(post, 'contentHtml', html);
  put(post, 'image', httpUrl(draft.image, base));
  put(post, 'datePublished', isoDate(draft.datePublished));
  put(post, 'dateModified', isoDate(draft.dateModified));
  put(post, 'views', count(draft.views));
  return put(post, 'comments', count(draft.comments));
}

/** A parsed feed without empty optional fields. */
export const feedOf = ({ posts, skipped, nextUrl, title }: ParsedFeed): ParsedFeed =>
  put(put<ParsedFeed, 'nextUrl'>({ posts, skipped }, 'nextUrl', nextUrl), 'title', title);

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

/** `base` with its `page` query parameter set, the other parameters kept. */
export function withPage(base: string | undefined, page: number): string | undefined {
  if (!base) return undefined;
  const next = new URL(base);
  next.searchParams.set('page', String(page));
  return next.href;
}
