import {
  collect,
  excerpt,
  isObject,
  plainText,
  str,
  toPost,
  withPage,
  type Dict,
  type ParseContext,
  type Post,
  type SourceFeed,
} from '../post.js';

/** `{ rendered }` as the REST API writes HTML fields; a plain string from custom endpoints too. */
const rendered = (value: unknown): string | undefined => (isObject(value) ? str(value.rendered) : str(value));

/** The first usable entry of an `_embedded` list: embeds the reader may not see are error objects. */
const embedded = (embeds: Dict, key: string): unknown[] => {
  const list = embeds[key];
  return Array.isArray(list) ? list.filter((entry) => isObject(entry) && !('code' in entry)) : [];
};

/** Themes append a "Continue reading" link to excerpts; it is not part of the summary. */
const MORE_LINK = /<a\b[^>]*\bmore-link\b[^>]*>[\s\S]*?<\/a>/gi;
/** Auto-excerpts end in ` […]`; one ellipsis says the same. */
const TRAILER = /(?:\s*…)?\s*\[(?:…|\.\.\.)\]$/;

function author(raw: unknown): unknown {
  if (!isObject(raw)) return undefined;
  const avatars = isObject(raw.avatar_urls) ? raw.avatar_urls : {};
  const sizes = Object.keys(avatars).sort((a, b) => +b - +a);
  return { name: raw.name, url: raw.link ?? raw.url, avatar: sizes.length ? avatars[sizes[0]!] : undefined };
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
  const summary =
    summaryHtml === undefined ? undefined : excerpt(summaryHtml.replace(MORE_LINK, ''), true)?.replace(TRAILER, '…');
  const media = embedded(embeds, 'wp:featuredmedia')[0] as Dict | undefined;
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
      image: media?.source_url ?? raw.jetpack_featured_media_url,
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
  const items = Array.isArray(data) ? data : isObject(data) ? [data] : undefined;
  if (!items) return undefined;
  const feed: SourceFeed = collect(items, (raw) => wordpressItem(raw, ctx.base));
  if (ctx.base && ctx.totalPages) {
    const page = Number(new URL(ctx.base).searchParams.get('page')) || 1;
    const next = page < ctx.totalPages ? withPage(ctx.base, page + 1) : undefined;
    if (next) feed.nextUrl = next;
  }
  return feed;
}
