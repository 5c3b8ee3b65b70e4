import {
  collect,
  decoded,
  excerpt,
  httpUrl,
  isObject,
  str,
  text,
  textToHtml,
  toPost,
  type Dict,
  type ParseContext,
  type Post,
  type SourceFeed,
} from '../post.js';

/** JSON Feed 1.0 had one `author`; 1.1 has `authors`. */
const authorsOf = (o: Dict): unknown[] | undefined =>
  Array.isArray(o.authors) ? o.authors : o.author === undefined ? undefined : [o.author];

/**
 * One JSON Feed item (https://www.jsonfeed.org/version/1.1/). Counts come from the `_trade`
 * extension; without `authors` an item has the feed's authors, as the spec says.
 */
export function jsonFeedItem(raw: unknown, base?: string, feedAuthors?: unknown[]): Post | undefined {
  if (!isObject(raw)) return undefined;
  const html = str(raw.content_html);
  const plain = str(raw.content_text);
  const trade = isObject(raw._trade) ? raw._trade : {};
  return toPost(
    {
      id: raw.id,
      title: decoded(raw.title),
      url: raw.url ?? raw.external_url,
      summary: decoded(raw.summary) ?? (html === undefined && plain ? excerpt(plain, false) : undefined),
      contentHtml: html ?? (plain ? textToHtml(plain) : undefined),
      image: raw.image ?? raw.banner_image,
      datePublished: raw.date_published,
      dateModified: raw.date_modified,
      authors: authorsOf(raw) ?? feedAuthors,
      tags: raw.tags,
      views: trade.views,
      comments: trade.comments,
    },
    base,
  );
}

/**
 * A JSON Feed: `items` in feed order, `next_url` as the next page. A lone item, or an array of items,
 * is read too.
 */
export function parseJsonFeed(data: unknown, ctx: ParseContext): SourceFeed | undefined {
  if (Array.isArray(data)) return collect(data, (raw) => jsonFeedItem(raw, ctx.base));
  if (!isObject(data)) return undefined;
  if (!Array.isArray(data.items)) {
    return 'items' in data ? undefined : collect([data], (raw) => jsonFeedItem(raw, ctx.base));
  }
  const homePageUrl = httpUrl(data.home_page_url, ctx.base);
  const base = ctx.base ?? homePageUrl;
  const feedAuthors = authorsOf(data);
  const feed: SourceFeed = collect(data.items, (raw) => jsonFeedItem(raw, base, feedAuthors));
  const nextUrl = httpUrl(data.next_url, base);
  const title = text(decoded(data.title));
  // A next page pointing back at this one would page forever.
  if (nextUrl && nextUrl !== ctx.base) feed.nextUrl = nextUrl;
  if (title) feed.title = title;
  if (homePageUrl) feed.homePageUrl = homePageUrl;
  return feed;
}
