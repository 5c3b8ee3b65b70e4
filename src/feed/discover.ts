/**
 * Feed discovery: the feeds a web page announces in its `<head>`, for the command line and the
 * configurator when they are given a blog's address instead of its feed. The elements never import
 * it (a partner's page is given a feed), so it costs their pages nothing.
 */
import { scanHtml } from './html.js';
import { decodeEntities, text } from './text.js';

/** A feed a page announces, in the format it announces it in. */
export interface AnnouncedFeed {
  url: string;
  format: 'json-feed' | 'wordpress' | 'atom' | 'rss';
  /** The link's own title, e.g. "Harbor & Gate » Feed". */
  title?: string;
}

/** What a web page says about its feeds. */
export interface PageFeeds {
  /** Best first: JSON Feed, then WordPress's REST API (its posts carry featured images), Atom, RSS. */
  feeds: AnnouncedFeed[];
  /** The site's name (`og:site_name`, else the page's `<title>`), for a feed without a title. */
  siteName?: string;
}

/** How each format reads to a person, for messages. */
export const FORMAT_NAMES: Record<AnnouncedFeed['format'], string> = {
  'json-feed': 'JSON Feed',
  wordpress: 'WordPress REST API',
  atom: 'Atom feed',
  rss: 'RSS feed',
};

const ORDER: AnnouncedFeed['format'][] = ['json-feed', 'wordpress', 'atom', 'rss'];

/** An HTML document rather than a feed: a doctype, an `<html>` or `<head>`, maybe after comments. */
export const isWebPage = (body: string): boolean =>
  /^(?:\s|<!--[^]*?-->)*<(?:!doctype\s+html|html[\s>]|head[\s>])/i.test(body.slice(0, 4096));

/**
 * The posts collection of the WordPress REST API at `root` (the `https://api.w.org/` link's
 * `https://site/wp-json/`, or `https://site/?rest_route=/` without pretty permalinks), with `_embed`
 * so authors, featured images and terms come along.
 */
export function wordpressPostsUrl(root: string): string {
  const url = new URL(root);
  if (url.searchParams.has('rest_route')) {
    url.searchParams.set('rest_route', '/wp/v2/posts');
    return `${url.href}&_embed`;
  }
  url.search = '';
  url.hash = '';
  return `${url.href.replace(/\/?$/, '/')}wp/v2/posts?_embed`;
}

/** The format a `<link rel="alternate">` announces by its `type` (and, for plain JSON, its name). */
function formatOf(type: string, title: string, href: string): AnnouncedFeed['format'] | undefined {
  if (type === 'application/feed+json') return 'json-feed';
  // WordPress also links each page's own REST resource as application/json: not a feed.
  if (type === 'application/json')
    return /feed/i.test(title + ' ' + href) && !/wp-json/.test(href) ? 'json-feed' : undefined;
  if (type === 'application/atom+xml') return 'atom';
  if (type === 'application/rss+xml' || type === 'application/rdf+xml' || type === 'text/xml') return 'rss';
  return undefined;
}

/**
 * The feeds `html` announces in its head: `<link rel="alternate">` of type JSON Feed, RSS or Atom,
 * and WordPress's `<link rel="https://api.w.org/">` (read as its posts with `_embed`). Relative
 * addresses resolve against the page's `<base href>`, then `pageUrl`; one that cannot resolve is
 * passed over. Links inside scripts, comments or the body do not count, nor a comments feed beside
 * a feed of posts.
 */
export function discoverFeeds(html: string, pageUrl?: string): PageFeeds {
  const found: AnnouncedFeed[] = [];
  let base = pageUrl;
  let siteName: string | undefined;
  const resolve = (href: string | undefined) => {
    try {
      const url = new URL(decodeEntities(href ?? '').trim(), base);
      return /^https?:$/.test(url.protocol) ? url.href : undefined;
    } catch {
      return undefined;
    }
  };
  scanHtml(
    html,
    () => true,
    (tag) => {
      if (tag.end) return;
      if (tag.name === 'body') return false;
      const get = (name: string) => tag.attributes.get(name);
      if (tag.name === 'base') base = resolve(get('href')) ?? base;
      if (tag.name === 'meta' && get('property') === 'og:site_name')
        siteName ??= text(decodeEntities(get('content') ?? ''));
      if (tag.name !== 'link') return;
      const rel = (get('rel') ?? '').toLowerCase().split(/\s+/);
      const title = text(decodeEntities(get('title') ?? '')) ?? '';
      if (rel.includes('https://api.w.org/')) {
        const root = resolve(get('href'));
        if (root) found.push({ url: wordpressPostsUrl(root), format: 'wordpress' });
        return;
      }
      if (!rel.includes('alternate')) return;
      const url = resolve(get('href'));
      const format = formatOf((get('type') ?? '').trim().toLowerCase(), title, url ?? '');
      if (url && format) found.push(title ? { url, format, title } : { url, format });
    },
    (name) => name === 'link' || name === 'base' || name === 'meta',
  );
  // The page's <title> is raw text the scanner skips: read it directly, bounded.
  siteName ??= text(decodeEntities(/<title[^>]*>([^<]{1,300})<\/title>/i.exec(html.slice(0, 65536))?.[1] ?? ''));
  // A comments feed is no feed of posts, unless it is all there is.
  const posts = found.filter(({ url, title }) => !/comment/i.test(`${title} ${new URL(url).pathname}`));
  const feeds = (posts.length ? posts : found)
    .filter((feed, i, list) => list.findIndex((other) => other.url === feed.url) === i)
    .sort((a, b) => ORDER.indexOf(a.format) - ORDER.indexOf(b.format));
  return siteName ? { feeds, siteName } : { feeds };
}

/**
 * For a WordPress feed address (`/feed/`, `/feed/atom/`, `?feed=rss2`, in a subfolder too), the
 * site's REST API posts, which WordPress serves with CORS headers where its RSS has none; else
 * undefined.
 */
export function wordpressRestFor(feedUrl: string): string | undefined {
  let url: URL;
  try {
    url = new URL(feedUrl);
  } catch {
    return undefined;
  }
  const path = /^(.*?)\/(?:(?:category|tag|author)\/[^/]+\/)?feed(?:\/(?:rss2?|atom|rdf))?\/?$/.exec(url.pathname);
  if (path) return wordpressPostsUrl(`${url.origin}${path[1]}/wp-json/`);
  // `?feed=rss2`: a site without pretty permalinks, whose REST API is `?rest_route=`.
  const folder = url.pathname.replace(/\/[^/]*$/, '');
  return /^(rss2?|atom|rdf)$/.test(url.searchParams.get('feed') ?? '')
    ? wordpressPostsUrl(`${url.origin}${folder}/?rest_route=/`)
    : undefined;
}
