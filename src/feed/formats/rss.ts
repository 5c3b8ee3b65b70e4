import { collect, put, toPost, type ParseContext, type SourceFeed } from '../post.js';
import { decoded, excerpt } from '../text.js';
import { httpUrl } from '../urls.js';
import type { XmlElement } from '../xml.js';
import { parseAtom } from './atom.js';
import {
  ATOM,
  CONTENT,
  DC,
  DCTERMS,
  ITUNES,
  SLASH,
  TRADE,
  all,
  attr,
  baseOf,
  bodyImage,
  first,
  mediaImage,
  nsOf,
  pictureUrl,
  rssAuthorName,
  textConstruct,
  titleText,
  withoutFooters,
} from './xml-common.js';

const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const RSS10 = 'http://purl.org/rss/1.0';
const RSS090 = 'http://my.netscape.com/rdf/simple/0.9';

/** The text of the first child called `name` in `ns`, or undefined. */
const get = (el: XmlElement, name: string, ns: string | ReadonlySet<string>) =>
  first(el, name, ns)?.textContent ?? undefined;

/**
 * RSS in all its versions: 0.9x and 2.0 (https://www.rssboard.org/rss-specification), with or without
 * a default namespace (`http://backend.userland.com/rss2`, say), and 1.0/RDF (http://web.resource.org/rss/1.0/)
 * and 0.90, whose items sit beside the channel. With the content, Dublin Core, Media RSS, iTunes and
 * slash modules. The next page is an `atom:link rel="next"` (RFC 5005).
 */
function parseRss(root: XmlElement, ctx: ParseContext): SourceFeed | undefined {
  const rdf = root.localName === 'RDF' && nsOf(root) === RDF;
  if (!rdf && root.localName !== 'rss') return undefined;
  // The core elements are in the channel's namespace (none, RSS 1.0's, or whatever the root declares).
  const channel = rdf
    ? (first(root, 'channel', RSS10) ?? first(root, 'channel', RSS090) ?? first(root, 'channel', ''))
    : first(root, 'channel', nsOf(root));
  if (!channel) return undefined;
  const core = new Set(['', nsOf(channel)]);
  const xmlBase = attr(channel, 'xml:base') ?? attr(root, 'xml:base');
  const homePageUrl = httpUrl(get(channel, 'link', core), baseOf(root, ctx.base));
  // Relative links resolve against xml:base, then the channel link, then the feed's own URL.
  const feedBase = xmlBase ? baseOf(channel, baseOf(root, ctx.base)) : (homePageUrl ?? ctx.base);
  const items = [...all(channel, 'item', core), ...(rdf ? all(root, 'item', core) : [])];
  const channelImage = attr(first(channel, 'image', ITUNES), 'href');
  const feed: SourceFeed = collect(items, (raw) => {
    const el = raw as XmlElement;
    const base = baseOf(el, feedBase);
    const description = first(el, 'description', core);
    const encoded = first(el, 'encoded', CONTENT);
    const summary = withoutFooters(textConstruct(description, true));
    const body = withoutFooters(textConstruct(encoded, true)) ?? summary;
    const guid = first(el, 'guid', core);
    const linkEl = first(el, 'link', core);
    const about = rdf ? (attr(el, 'rdf:about') ?? undefined) : undefined;
    const permalink = attr(guid, 'isPermaLink') !== 'false' ? guid?.textContent : undefined;
    const atomLink = all(el, 'link', ATOM).find((link) => (attr(link, 'rel') ?? 'alternate') === 'alternate');
    const linkBase = baseOf(linkEl, base);
    const url =
      httpUrl(linkEl?.textContent, linkBase) ??
      httpUrl(attr(atomLink, 'href'), baseOf(atomLink, base)) ??
      httpUrl(permalink, base) ??
      httpUrl(about, base);
    const dcCreators = all(el, 'creator', DC);
    const creators = dcCreators.length ? dcCreators : all(el, 'author', core);
    const authors = (creators.length ? creators : all(el, 'author', ITUNES)).map((person) => ({
      name: titleText(rssAuthorName(person.textContent)),
    }));
    const categories = [...all(el, 'category', core), ...all(el, 'subject', DC)];
    const contentBase = baseOf(encoded ?? description, base);
    return toPost(
      {
        id: guid?.textContent?.trim() || about || url,
        title: titleText(textConstruct(first(el, 'title', core), true)),
        url,
        summary: summary && excerpt(summary),
        contentHtml: body,
        image: mediaImage(el, base) ?? bodyImage(body, contentBase) ?? pictureUrl(channelImage, feedBase),
        datePublished:
          get(el, 'pubDate', core) ??
          get(el, 'date', DC) ??
          get(el, 'issued', DCTERMS) ??
          get(el, 'created', DCTERMS) ??
          get(el, 'updated', ATOM),
        dateModified: get(el, 'updated', ATOM) ?? get(el, 'modified', DCTERMS),
        authors: authors.length
          ? authors
          : all(channel, 'creator', DC).map((c) => ({ name: titleText(rssAuthorName(c.textContent)) })),
        // WordPress stores term names entity-encoded and writes them so.
        tags: categories.map((c) => decoded(c.textContent)),
        views: Number(get(el, 'views', TRADE) ?? NaN),
        comments: Number(get(el, 'comments', SLASH) ?? get(el, 'comments', TRADE) ?? NaN),
      },
      base,
    );
  });
  const nextLink = all(channel, 'link', ATOM).find((link) => attr(link, 'rel') === 'next');
  const next = httpUrl(attr(nextLink, 'href'), baseOf(nextLink, ctx.base ?? feedBase));
  put(feed, 'title', titleText(get(channel, 'title', core)));
  put(feed, 'homePageUrl', homePageUrl);
  return put(feed, 'nextUrl', next === ctx.base ? undefined : next);
}

/** RSS (every version) or Atom (1.0 and 0.3) from the root element of an XML document. */
export const parseXmlFeed = (root: XmlElement, ctx: ParseContext): SourceFeed | undefined =>
  parseAtom(root, ctx) ?? parseRss(root, ctx);
