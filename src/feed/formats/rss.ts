import {
  collect,
  put,
  decoded,
  excerpt,
  httpUrl,
  plainText,
  textToHtml,
  toPost,
  type ParseContext,
  type SourceFeed,
} from '../post.js';
import type { XmlElement } from '../xml.js';

// Namespaces without their trailing slash: feeds in the wild write both.
const ATOM = 'http://www.w3.org/2005/Atom';
const CONTENT = 'http://purl.org/rss/1.0/modules/content';
const DC = 'http://purl.org/dc/elements/1.1';
const SLASH = 'http://purl.org/rss/1.0/modules/slash';
/** Our counts for RSS and Atom, as JSON Feed's `_trade`: `<trade:views>`, `<trade:comments>`. */
const TRADE = 'urn:trade-widgets';

const IMG_SRC = /<img\b[^>]*?\bsrc\s*=\s*["']?([^"'\s>]+)/i;
const MEDIA = /^(?:content|thumbnail|group|enclosure|link)$/;

const nsOf = (el: XmlElement) => (el.namespaceURI ?? '').replace(/\/$/, '');

/** The children called `name` in namespace `ns` ('' for none). */
const all = (parent: XmlElement | undefined, name: string, ns: string) =>
  Array.from(parent?.children ?? []).filter((el) => el.localName === name && nsOf(el) === ns);
const first = (parent: XmlElement | undefined, name: string, ns: string) => all(parent, name, ns)[0];
const attr = (el: XmlElement | undefined, name: string) => el?.getAttribute(name) ?? undefined;

/**
 * An element's content as HTML. RSS fields are HTML in practice (titles included); an Atom text
 * construct says which it is with `type` (RFC 4287 §3.1).
 */
function html(el: XmlElement | undefined, atom: boolean): string | undefined {
  const type = atom ? (attr(el, 'type') ?? 'text') : 'html';
  if (!el) return undefined;
  if (type === 'xhtml') return (el.children[0] ?? el).innerHTML;
  const content = el.textContent ?? '';
  return type.includes('html') ? content : textToHtml(content);
}

/** A link's `href` by relation; `rel` defaults to `alternate` (RFC 4287 §4.2.7.2). */
const link = (parent: XmlElement | undefined, rel: string, ns: string) =>
  attr(
    all(parent, 'link', ns).find((el) => (attr(el, 'rel') ?? 'alternate') === rel),
    'href',
  );

/**
 * The post's image: `media:content` / `media:thumbnail` (also inside `media:group`), an image
 * enclosure (RSS `enclosure`, Atom `link rel="enclosure"`), else the first `<img>` of the body.
 */
function image(item: XmlElement, body: string | undefined, base?: string): string | undefined {
  for (const el of Array.from(item.children)) {
    const name = el.localName;
    const group = name === 'group';
    // Media elements and RSS enclosures carry a `url`; Atom enclosures are links.
    const url = group
      ? image(el, '', base)
      : (attr(el, 'url') ?? (attr(el, 'rel') === 'enclosure' ? attr(el, 'href') : ''));
    const type = group || name === 'thumbnail' ? '' : (attr(el, 'medium') ?? attr(el, 'type') ?? '');
    const found = MEDIA.test(name) && (!type || type.startsWith('image')) && httpUrl(url, base);
    if (found) return found;
  }
  return httpUrl(IMG_SRC.exec(body ?? '')?.[1], base);
}

/**
 * Authors: Atom `author` (`name`, `uri`); in RSS `dc:creator`, else `author`, an e-mail address
 * with the name in parentheses (`editor@x.com (Ann Lee)`).
 */
function people(parent: XmlElement, core: string, atom: boolean) {
  const creators = all(parent, 'creator', DC);
  return (atom || !creators.length ? all(parent, 'author', core) : creators).map((el) =>
    atom
      ? { name: first(el, 'name', core)?.textContent, url: first(el, 'uri', core)?.textContent }
      : { name: /@\S*\s*\(([^)]+)\)/.exec(el.textContent ?? '')?.[1] ?? el.textContent },
  );
}

/**
 * RSS 2.0 (https://www.rssboard.org/rss-specification) with the content, Dublin Core, Media RSS
 * and slash modules, and Atom (RFC 4287), whose entries without authors have the feed's. The next
 * page is a `<link rel="next">` (RFC 5005), `atom:link` in RSS.
 */
export function parseXmlFeed(root: XmlElement, ctx: ParseContext): SourceFeed | undefined {
  const atom = root.localName === 'feed';
  if (!atom && root.localName !== 'rss') return undefined;
  const core = atom ? nsOf(root) : '';
  const channel = atom ? root : first(root, 'channel', core);
  const homePageUrl = httpUrl(
    atom ? link(root, 'alternate', core) : first(channel, 'link', core)?.textContent,
    ctx.base,
  );
  const base = ctx.base ?? homePageUrl;
  const feedAuthors = atom ? people(root, core, atom) : [];
  const feed: SourceFeed = collect(all(channel, atom ? 'entry' : 'item', core), (raw) => {
    const el = raw as XmlElement;
    const get = (tag: string, ns = core) => first(el, tag, ns)?.textContent ?? undefined;
    const title = html(first(el, 'title', core), atom);
    const summary = html(first(el, atom ? 'summary' : 'description', core), atom);
    const body = html(atom ? first(el, 'content', core) : first(el, 'encoded', CONTENT), atom) ?? summary;
    const guid = first(el, 'guid', core);
    const url = atom
      ? link(el, 'alternate', core)
      : (get('link') ?? (attr(guid, 'isPermaLink') !== 'false' ? get('guid') : undefined));
    const updated = get('updated', atom ? core : ATOM);
    const authors = people(el, core, atom);
    return toPost(
      {
        id: get(atom ? 'id' : 'guid') ?? url,
        title: title && plainText(title),
        url,
        summary: summary && excerpt(summary),
        contentHtml: body,
        image: image(el, body, base),
        datePublished: get(atom ? 'published' : 'pubDate') ?? get('date', DC) ?? updated,
        dateModified: updated,
        authors: authors.length ? authors : feedAuthors,
        // WordPress stores term names entity-encoded and writes them so.
        tags: all(el, 'category', core).map((c) => decoded(attr(c, 'label') ?? attr(c, 'term') ?? c.textContent)),
        views: Number(get('views', TRADE) ?? NaN),
        comments: Number(get('comments', SLASH) ?? get('comments', TRADE) ?? NaN),
      },
      base,
    );
  });
  const next = httpUrl(link(channel, 'next', atom ? core : ATOM), base);
  put(feed, 'title', plainText(html(first(channel, 'title', core), atom) ?? '') || undefined);
  put(feed, 'homePageUrl', homePageUrl);
  return put(feed, 'nextUrl', next === ctx.base ? undefined : next);
}
