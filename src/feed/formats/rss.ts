import {
  collect,
  decoded,
  excerpt,
  httpUrl,
  plainText,
  text,
  textToHtml,
  toPost,
  type ParseContext,
  type Post,
  type SourceFeed,
} from '../post.js';
import type { XmlElement } from '../xml.js';

// Namespaces without their trailing slash: feeds in the wild write both.
const ATOM = 'http://www.w3.org/2005/Atom';
const RSS1 = 'http://purl.org/rss/1.0';
const CONTENT = 'http://purl.org/rss/1.0/modules/content';
const DC = 'http://purl.org/dc/elements/1.1';
const MEDIA = 'http://search.yahoo.com/mrss';
const SLASH = 'http://purl.org/rss/1.0/modules/slash';
const THREAD = 'http://purl.org/syndication/thread/1.0';

const IMG_SRC = /<img\b[^>]*?\bsrc\s*=\s*["']?([^"'\s>]+)/i;
const IMAGE_FILE = /\.(?:jpe?g|png|gif|webp|avif)(?:[?#]|$)/i;

/** The children called `name` in namespace `ns` ('' for none). */
function all(parent: XmlElement | undefined, name: string, ns: string): XmlElement[] {
  const found: XmlElement[] = [];
  const children = parent?.children ?? [];
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    if (child.localName === name && (child.namespaceURI ?? '').replace(/\/$/, '') === ns) found.push(child);
  }
  return found;
}
const first = (parent: XmlElement | undefined, name: string, ns: string): XmlElement | undefined =>
  all(parent, name, ns)[0];
const textOf = (el: XmlElement | undefined): string | undefined => el?.textContent ?? undefined;
const attr = (el: XmlElement | undefined, name: string): string | undefined => el?.getAttribute(name) ?? undefined;

/** An Atom text construct (`type` text, html or xhtml) as markup, or as plain text. */
function construct(el: XmlElement | undefined): { html?: string; plain?: string } {
  if (!el) return {};
  const type = attr(el, 'type') ?? 'text';
  if (type === 'xhtml') return { html: (el.children[0] ?? el).innerHTML };
  return type.includes('html') ? { html: el.textContent ?? '' } : { plain: decoded(el.textContent) };
}

/** `rel` defaults to `alternate` (RFC 4287 §4.2.7.2). */
const link = (parent: XmlElement | undefined, rel: string, ns: string): XmlElement | undefined =>
  all(parent, 'link', ns).find((el) => (attr(el, 'rel') ?? 'alternate') === rel);

function image(item: XmlElement, core: string, html: string | undefined, base?: string): string | undefined {
  const media = [...all(item, 'content', MEDIA), ...all(first(item, 'group', MEDIA), 'content', MEDIA)];
  const isImage = (el: XmlElement, url?: string) => {
    const type = attr(el, 'medium') ?? attr(el, 'type');
    return type ? /^image/.test(type) : IMAGE_FILE.test(url ?? '');
  };
  const candidates = [
    ...media.filter((el) => isImage(el, attr(el, 'url'))).map((el) => attr(el, 'url')),
    ...all(item, 'thumbnail', MEDIA).map((el) => attr(el, 'url')),
    ...all(item, 'enclosure', core)
      .filter((el) => isImage(el, attr(el, 'url')))
      .map((el) => attr(el, 'url')),
    ...all(item, 'link', core)
      .filter((el) => attr(el, 'rel') === 'enclosure' && isImage(el, attr(el, 'href')))
      .map((el) => attr(el, 'href')),
    html ? IMG_SRC.exec(html)?.[1] : undefined,
  ];
  for (const candidate of candidates) {
    const url = httpUrl(candidate, base);
    if (url) return url;
  }
  return undefined;
}

/** RSS `author` is an e-mail address with the name in parentheses: `editor@x.com (Ann Lee)`. */
const rssAuthor = (value: string) => ({ name: /\(([^)]+)\)/.exec(value)?.[1] ?? value });

/** One RSS 2.0 / RSS 1.0 item (https://www.rssboard.org/rss-specification) with the common modules. */
function rssItem(item: XmlElement, core: string, base?: string): Post | undefined {
  const guid = first(item, 'guid', core);
  const permalink = attr(guid, 'isPermaLink') !== 'false' ? textOf(guid) : undefined;
  const description = textOf(first(item, 'description', core));
  const html = textOf(first(item, 'encoded', CONTENT)) ?? description;
  const creators = all(item, 'creator', DC).map(textOf);
  const title = textOf(first(item, 'title', core));
  return toPost(
    {
      id: textOf(guid) ?? textOf(first(item, 'link', core)) ?? attr(item, 'rdf:about'),
      title: title === undefined ? undefined : plainText(title),
      url: textOf(first(item, 'link', core)) ?? permalink,
      summary: description === undefined ? undefined : excerpt(description, true),
      contentHtml: html,
      image: image(item, core, html, base),
      datePublished: text(textOf(first(item, 'pubDate', core)) ?? textOf(first(item, 'date', DC))),
      dateModified: text(textOf(first(item, 'updated', ATOM))),
      authors: creators.length
        ? creators.map((name) => ({ name }))
        : all(item, 'author', core).map((el) => rssAuthor(el.textContent ?? '')),
      tags: all(item, 'category', core).map(textOf),
      comments: text(textOf(first(item, 'comments', SLASH) ?? first(item, 'total', THREAD))),
    },
    base,
  );
}

function atomAuthors(parent: XmlElement, core: string, base?: string) {
  return all(parent, 'author', core).map((el) => ({
    name: textOf(first(el, 'name', core)),
    url: httpUrl(textOf(first(el, 'uri', core)), base),
  }));
}

/** One Atom entry (RFC 4287); without authors of its own it has the feed's. */
function atomEntry(
  entry: XmlElement,
  core: string,
  base: string | undefined,
  feedAuthors: unknown[],
): Post | undefined {
  const title = construct(first(entry, 'title', core));
  const summary = construct(first(entry, 'summary', core));
  const content = construct(first(entry, 'content', core));
  const html = content.html ?? (content.plain ? textToHtml(content.plain) : undefined);
  const authors = atomAuthors(entry, core, base);
  const updated = text(textOf(first(entry, 'updated', core)));
  return toPost(
    {
      id: text(textOf(first(entry, 'id', core))) ?? attr(link(entry, 'alternate', core), 'href'),
      title: title.html === undefined ? title.plain : plainText(title.html),
      url: httpUrl(attr(link(entry, 'alternate', core), 'href'), base),
      summary: summary.html === undefined ? summary.plain : excerpt(summary.html, true),
      contentHtml: html ?? summary.html,
      image: image(entry, core, html, base),
      datePublished: text(textOf(first(entry, 'published', core))) ?? updated,
      dateModified: updated,
      authors: authors.length ? authors : feedAuthors,
      tags: all(entry, 'category', core).map((el) => attr(el, 'label') ?? attr(el, 'term')),
      comments: text(textOf(first(entry, 'total', THREAD) ?? first(entry, 'comments', SLASH))),
    },
    base,
  );
}

/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom from their root element. The next page is a
 * `<link rel="next">` (RFC 5005), `atom:link` in RSS.
 */
export function parseXmlFeed(root: XmlElement, ctx: ParseContext): SourceFeed | undefined {
  const name = root.localName;
  const isAtom = name === 'feed';
  if (!isAtom && name !== 'rss' && name !== 'RDF') return undefined;
  const core = isAtom ? (root.namespaceURI ?? '').replace(/\/$/, '') : name === 'RDF' ? RSS1 : '';
  const channel = isAtom ? root : first(root, 'channel', core);
  const home = isAtom ? attr(link(root, 'alternate', core), 'href') : textOf(first(channel, 'link', core));
  const homePageUrl = httpUrl(home, ctx.base);
  const base = ctx.base ?? homePageUrl;
  let feed: SourceFeed;
  if (isAtom) {
    const authors = atomAuthors(root, core, base);
    feed = collect(all(root, 'entry', core), (entry) => atomEntry(entry as XmlElement, core, base, authors));
  } else {
    const items = all(name === 'RDF' ? root : channel, 'item', core);
    feed = collect(items, (item) => rssItem(item as XmlElement, core, base));
  }
  const heading = construct(first(channel, 'title', core));
  // RSS titles are plain text in theory and entity-encoded HTML in practice.
  const title = isAtom
    ? heading.html === undefined
      ? text(heading.plain)
      : plainText(heading.html)
    : plainText(textOf(first(channel, 'title', core)) ?? '');
  const next = httpUrl(attr(link(channel, 'next', isAtom ? core : ATOM), 'href'), base);
  if (title) feed.title = title;
  if (homePageUrl) feed.homePageUrl = homePageUrl;
  if (next && next !== ctx.base) feed.nextUrl = next;
  return feed;
}
