import {
  collect,
  put,
  excerpt,
  isObject,
  itemsOf,
  plainText,
  str,
  toPost,
  type Dict,
  type ParseContext,
  type Post,
  type SourceFeed,
} from '../post.js';
import { withPage } from './paging.js';

/** `{ rendered }` as the REST API writes HTML fields; a plain string from custom endpoints too. */
const rendered = (value: unknown): string | undefined => (isObject(value) ? str(value.rendered) : str(value));

/** An `_embedded` list; entries the reader may not see are error objects, dropped later for lack of fields. */
const embedded = (embeds: Dict, key: string): unknown[] =>
  Array.isArray(embeds[key]) ? (embeds[key] as unknown[]) : [];

function author(raw: unknown): unknown {
  const avatars = isObject(raw) && isObject(raw.avatar_urls) ? raw.avatar_urls : {};
  return (
    isObject(raw) && { name: raw.name, url: raw.link ?? raw.url, avatar: avatars[96] ?? avatars[48] ?? avatars[24] }
  );
}

/**
 * One WordPress REST API v2 post (https://developer.wordpress.org/rest-api/reference/posts/),
 * ideally fetched with `?_embed`: rendered HTML becomes plain text; author, featured image,
 * categories and tags come from `_embedded`.
 */
export function wordpressItem(raw: unknown, base?: string): Post | undefined {
  if (!isObject(raw)) return undefined;
  const embeds = isObject(raw._embedded) ? raw._embedded : {};
  const title = rendered(raw.title);
  const summaryHtml = rendered(raw.excerpt);
  const summary = summaryHtml === undefined ? undefined : excerpt(summaryHtml);
  const media = embedded(embeds, 'wp:featuredmedia')[0];
  const tags: unknown[] = [];
  for (const group of embedded(embeds, 'wp:term')) {
    if (!Array.isArray(group)) continue;
    for (const term of group) {
      // Every post is in "Uncategorized" until someone files it: that says nothing about the post.
      if (isObject(term) && term.slug !== 'uncategorized') tags.push(plainText(str(term.name) ?? ''));
    }
  }
  // Dates without a zone are the site's local time; the `_gmt` twins are UTC.
  const gmt = (key: string) => (typeof raw[key + '_gmt'] === 'string' ? raw[key + '_gmt'] : raw[key]);
  return toPost(
    {
      id: raw.id,
      title: title === undefined ? undefined : plainText(title),
      url: raw.link,
      summary,
      contentHtml: rendered(raw.content),
      image: isObject(media) && media.source_url,
      datePublished: gmt('date'),
      dateModified: gmt('modified'),
      authors: embedded(embeds, 'author').map(author),
      tags,
    },
    base,
  );
}

/**
 * A WordPress posts array (or one post). The next page is `page=N+1` while N is below the
 * `X-WP-TotalPages` header, so only a loaded response, not bare JSON, has one.
 */
export function parseWordpress(data: unknown, ctx: ParseContext): SourceFeed | undefined {
  const items = itemsOf(data, '');
  if (!items) return undefined;
  const page = ctx.base ? Number(new URL(ctx.base).searchParams.get('page')) || 1 : 0;
  return put<SourceFeed, 'nextUrl'>(
    collect(items, (raw) => wordpressItem(raw, ctx.base)),
    'nextUrl',
    page < (ctx.totalPages ?? 0) ? withPage(ctx.base, page + 1) : undefined,
  );
}
