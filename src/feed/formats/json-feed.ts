import {
  collect,
  put,
  decoded,
  excerpt,
  httpUrl,
  isObject,
  itemsOf,
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
      summary: decoded(raw.summary) ?? (html === undefined && plain ? excerpt(plain) : undefined),
      contentHtml: html ?? (plain && textToHtml(plain)),
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
 * The broker's social profiles from the feed-level extension `"_trade": { "profiles": [...] }`:
 * http(s) URLs only, each once, in feed order; undefined when there are none.
 */
function profilesOf(trade: unknown, base: string | undefined): string[] | undefined {
  const list = isObject(trade) && Array.isArray(trade.profiles) ? trade.profiles : [];
  const urls = [...new Set(list.map((url) => httpUrl(url, base)).filter((url) => url !== undefined))];
  return urls.length ? urls : undefined;
}

/**
 * A JSON Feed: `items` in feed order, `next_url` as the next page. A lone item, or an array of items,
 * is read too.
 */
export function parseJsonFeed(data: unknown, ctx: ParseContext): SourceFeed | undefined {
  const items = itemsOf(data, 'items');
  if (!items) return undefined;
  const feed = isObject(data) && items === data.items ? data : {};
  const homePageUrl = httpUrl(feed.home_page_url, ctx.base);
  const base = ctx.base ?? homePageUrl;
  const authors = authorsOf(feed);
  const nextUrl = httpUrl(feed.next_url, base);
  const result: SourceFeed = collect(items, (raw) => jsonFeedItem(raw, base, authors));
  // A next page pointing back at this one would page forever.
  put(result, 'nextUrl', nextUrl === ctx.base ? undefined : nextUrl);
  put(result, 'title', text(decoded(feed.title)));
  put(result, 'profiles', profilesOf(feed._trade, base));
  return put(result, 'homePageUrl', homePageUrl);
}
