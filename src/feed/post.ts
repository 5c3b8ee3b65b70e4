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

/** An absolute http(s) URL the URL parser would leave as it is, so it can skip the parser. */
const PLAIN_HTTP_URL = /^https?:\/\/[\w.-]+(?::\d{1,5})?(?:[/?#][\w!#$%&()*+,\-./:;=?@[\]~]*)?$/i;

/**
 * An http(s) URL resolved against `base`, or undefined: `javascript:`, `data:` and every other
 * scheme is dropped, so a feed can never smuggle script into a link or an image.
 */
export function httpUrl(value: unknown, base?: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (!text) return undefined;
  if (PLAIN_HTTP_URL.test(text)) return text;
  try {
    // Without a base, a protocol-relative `//cdn…/a.jpg` is still a usable https address.
    const url = new URL(!base && text.startsWith('//') ? 'https:' + text : text, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

const ISO_DATE = /^(\d{4})-(\d\d)-(\d\d)(?:[T ](\d\d:\d\d(?::\d\d(?:\.\d+)?)?)\s*(z|[+-]\d\d:?\d\d)?)?$/i;
/** RFC 822 / 1123 as RSS writes it (`Tue, 10 Jun 2003 04:00:00 GMT`); Date.parse checks the rest. */
const RFC_DATE = /^(?:[a-z]{3,9},?\s*)?\d\d?\s+[a-z]{3,9}\.?\s+\d{2,4}\b/i;
/**
 * An ISO 8601 string in UTC, or undefined when the value is not a real date. Only ISO 8601 and
 * RFC 822 are read: `Date.parse` alone would turn "1" into 2001. A time without a zone is UTC, so
 * servers and browsers in any time zone agree.
 */
export function isoDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  let text = value.trim();
  const iso = ISO_DATE.exec(text);
  if (iso) {
    const [, y, m, d, time, zone] = iso;
    // Date.parse rolls 30 February over into March; a calendar check keeps such dates out.
    if (new Date(Date.UTC(+y!, +m! - 1, +d!)).getUTCDate() !== +d!) return undefined;
    const offset = !zone || zone === 'z' || zone === 'Z' ? 'Z' : zone.replace(/^(...)(\d\d)$/, '$1:$2');
    text = time ? `${y}-${m}-${d}T${time}${offset}` : text;
  } else if (!RFC_DATE.test(text)) {
    return undefined;
  }
  const time = Date.parse(text);
  return Number.isFinite(time) ? new Date(time).toISOString() : undefined;
}

/** A finite, non-negative whole count (numeric strings too, as some plugins send them), or undefined. */
export function count(value: unknown): number | undefined {
  const n = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
  return typeof n === 'number' && n >= 0 && n <= Number.MAX_SAFE_INTEGER ? Math.floor(n) : undefined;
}

/** Whitespace collapsed and trimmed; undefined when nothing is left or the value is not a string. */
export function text(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  return value.replace(/\s+/g, ' ').trim() || undefined;
}

/**
 * The named references blogs actually emit, as `name value` pairs; accented letters (`&eacute;`) are
 * composed in {@link decodeEntities} instead of listed.
 */
const NAMED = new Map<string, string>();
const PAIRS = (
  'amp & lt < gt > quot " apos \' nbsp \u00a0 hellip … ndash – mdash — lsquo ‘ rsquo ’ ldquo “ rdquo ” ' +
  'laquo « raquo » bull • middot · copy © reg ® trade ™ deg ° times × euro € pound £ cent ¢ yen ¥ ' +
  'sect § para ¶ frac12 ½ iexcl ¡ iquest ¿ szlig ß aelig æ oelig œ oslash ø'
).split(' ');
for (let i = 0; i < PAIRS.length; i += 2) NAMED.set(PAIRS[i]!, PAIRS[i + 1]!);
const MARKS: Dict = {
  acute: '\u0301',
  grave: '\u0300',
  circ: '\u0302',
  uml: '\u0308',
  tilde: '\u0303',
  cedil: '\u0327',
  ring: '\u030a',
};
const ENTITY = /&(?:#(\d{1,8})|#x([\da-f]{1,7})|([a-z][a-z\d]{1,31}));/gi;
const ACCENTED = /^([a-z])(acute|grave|circ|uml|tilde|cedil|ring)$/i;

function decodeEntity(match: string, dec?: string, hex?: string, name?: string): string {
  if (name) {
    const named = NAMED.get(name);
    if (named !== undefined) return named;
    const accent = ACCENTED.exec(name);
    return accent ? (accent[1]! + MARKS[accent[2]!]).normalize() : match;
  }
  const code = dec ? parseInt(dec, 10) : parseInt(hex!, 16);
  return code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) ? '\ufffd' : String.fromCodePoint(code);
}

/** Numeric and the common named HTML character references decoded; unknown names left as they are. */
export const decodeEntities = (value: string): string =>
  value.includes('&') ? value.replace(ENTITY, decodeEntity) : value;

/**
 * A text field (not HTML) with its entities decoded: plenty of feeds encode `&` in titles that are
 * meant as plain text. Tags are left alone: in plain text `<table>` is just a word.
 */
export const decoded = (value: unknown): string | undefined =>
  typeof value === 'string' ? decodeEntities(value) : undefined;

/** Markup whose content is never text a reader sees, and comments. */
const HIDDEN = /<(script|style|template)\b[\s\S]*?<\/\1\s*>|<!--[\s\S]*?(?:-->|$)/gi;
/** A tag, a doctype or a processing instruction, also one cut off at the end of the string. */
const TAG = /<\/?([a-z][\w:-]*)[^>]*(?:>|$)|<[!?][^>]*(?:>|$)/gi;
const BLOCK = /^(?:p|div|br|li|h\d|tr|td|th|blockquote|pre|figure|figcaption|img|hr|section|article)$/i;

/**
 * Plain text from HTML without a DOM: tags stripped, then entities decoded (so `&lt;b&gt;` stays the
 * text "<b>" and is never markup), whitespace collapsed. Block tags become spaces so paragraphs do
 * not run together.
 */
export function plainText(html: string): string {
  const stripped = html.includes('<')
    ? html.replace(HIDDEN, ' ').replace(TAG, (_, name?: string) => (name && !BLOCK.test(name) ? '' : ' '))
    : html;
  return decodeEntities(stripped).replace(/\s+/g, ' ').trim();
}

/** How much of a body becomes a summary when a source has none: more than any excerpt shows. */
const EXCERPT = 400;

/** A plain-text summary of at most {@link EXCERPT} characters, cut at a word and marked with "…". */
export function excerpt(value: string, isHtml: boolean): string | undefined {
  // Only the start of a long body is read, so a feed of full articles stays fast.
  const head = value.length > EXCERPT * 6 ? value.slice(0, EXCERPT * 6) : value;
  const plain = isHtml ? plainText(head) : (text(head) ?? '');
  if (plain.length <= EXCERPT && head === value) return plain || undefined;
  const cut = plain.slice(0, EXCERPT);
  const space = cut.lastIndexOf(' ');
  return (space > EXCERPT / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '') + '…';
}

/** Plain text as HTML, one paragraph per blank-line-separated block. */
export const textToHtml = (value: string): string =>
  '<p>' +
  value
    .trim()
    .replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'))
    .replace(/\n\s*\n\s*/g, '</p><p>')
    .replace(/\n/g, '<br>') +
  '</p>';

function toAuthor(raw: unknown, base?: string): Author | undefined {
  const source = typeof raw === 'string' ? { name: raw } : isObject(raw) ? raw : undefined;
  const name = text(source?.name);
  if (!name) return undefined;
  const author: Author = { name };
  const url = httpUrl(source!.url, base);
  const avatar = httpUrl(source!.avatar, base);
  if (url) author.url = url;
  if (avatar) author.avatar = avatar;
  return author;
}

/** Tags from an array of strings or one comma-separated string; blanks and repeats dropped. */
function toTags(raw: unknown): string[] {
  const list = typeof raw === 'string' ? raw.split(',') : Array.isArray(raw) ? raw : [];
  const tags: string[] = [];
  for (const item of list) {
    const tag = text(item);
    if (tag && !tags.includes(tag)) tags.push(tag);
  }
  return tags;
}

/**
 * The one place a post is validated, whatever its format: an id (string or number) and a title are
 * required, every URL is http(s), dates are ISO 8601, counts are finite and non-negative. Fields that
 * fail are left out; a post without id or title is undefined (the caller counts it as skipped).
 */
export function toPost(draft: Draft, base?: string): Post | undefined {
  const rawId = draft.id;
  const id =
    typeof rawId === 'string' ? rawId.trim() : typeof rawId === 'number' && Number.isFinite(rawId) ? String(rawId) : '';
  const title = draft.title === undefined ? undefined : text(draft.title);
  if (!id || !title) return undefined;

  const authors: Author[] = [];
  for (const raw of draft.authors ?? []) {
    const author = toAuthor(raw, base);
    if (author) authors.push(author);
  }
  const post: Post = { id, title, authors, tags: toTags(draft.tags) };
  const html = typeof draft.contentHtml === 'string' && draft.contentHtml.trim() ? draft.contentHtml : undefined;
  const optional: Partial<Post> = {
    url: httpUrl(draft.url, base),
    summary: text(draft.summary) ?? (html && excerpt(html, true)),
    contentHtml: html,
    image: httpUrl(draft.image, base),
    datePublished: isoDate(draft.datePublished),
    dateModified: isoDate(draft.dateModified),
    views: count(draft.views),
    comments: count(draft.comments),
  };
  // Absent rather than undefined, so posts compare and serialize cleanly.
  for (const key in optional) {
    const value = optional[key as keyof Post];
    if (value !== undefined) (post as unknown as Dict)[key] = value;
  }
  return post;
}

/**
 * Maps every item, keeping feed order; items that fail validation or repeat an earlier id are
 * skipped and counted, never fatal.
 */
export function collect(items: readonly unknown[], map: (raw: unknown) => Post | undefined): ParsedFeed {
  const posts: Post[] = [];
  const seen = new Set<string>();
  let skipped = 0;
  for (const raw of items) {
    const post = map(raw);
    if (post && !seen.has(post.id)) {
      seen.add(post.id);
      posts.push(post);
    } else {
      skipped++;
    }
  }
  return { posts, skipped };
}

/** `base` with its `page` query parameter set, the other parameters kept. */
export function withPage(base: string | undefined, page: number): string | undefined {
  const url = httpUrl(base);
  if (!url) return undefined;
  const next = new URL(url);
  next.searchParams.set('page', String(page));
  return next.href;
}
